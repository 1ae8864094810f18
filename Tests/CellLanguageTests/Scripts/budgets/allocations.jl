# A giant allocation fails at the memory budget before anything is made: never a crash.
zeros(50_000_000_000)
# error: 2:1 memory budget exceeded: more than 50000000 array elements (line 2)
# ---
fill(0.0, 10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
ones(10^10, 10^10)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
zeros((10^10, 10^10, 10^10))
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
collect(1:10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
Vector{Float64}(undef, 10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
Array{Float64}(undef, 10^10, 10^10)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
randn(10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
[i for i in 1:10^11]
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
[x for x in -1.0:1e-12:1.0]
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
[i + j for i in 1:10^6, j in 1:10^6]
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
vcat(1:10^11, 1:2)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
hcat(1:10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
reshape(collect(1:10^11), 10^5, 10^6)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
reshape([1, 2], 10^10, 10^10)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
repeat([1.0, 2.0], 10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
(1:10^11) .^ 2
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
# Julia's `r .+ 1` is a range again: nothing is allocated.
(1:10^11) .+ 1
# expect: 2:100000000001
# ---
(1:10^11)'
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
map(x -> x, 1:10^11)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
collect(range(0, stop=1, length=10^11))
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
# A range is lazy, as Julia's: making one allocates nothing.
length(range(0, stop=1, length=10^11))
# expect: 100000000000
# ---
"a"^(10^12)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
repeat("ab", 10^12)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
lpad("x", 10^12)
# error: memory budget exceeded: more than 50000000 array elements (line 1)
# ---
s = "ab"
for k in 1:60
    global s = s * s
end
# error: memory budget exceeded: more than 50000000 array elements (line 3)
# ---
t = "ab"
for k in 1:60
    global t = "$t$t"
end
# error: memory budget exceeded: more than 50000000 array elements (line 3)
# ---
# Ranges stay lazy where Julia's are: their length and emptiness need no elements.
length(eachindex(1:10^11)), isempty(1:10^11), length(1:10^11)
# expect: (100000000000, false, 100000000000)
# ---
# Within the budget, large arrays are still made.
length(zeros(1000, 1000)), length(collect(1:10^6)), length("a"^1000)
# expect: (1000000, 1000000, 1000)
# (Arrays that exist already are not counted again when an operation reads them: see
# MemoryBudgetTests, which checks it against a small budget.)
# ---
# A concatenation is sized before its pieces are copied.
x = zeros(10^7)
y = [x; x; x; x; x; x]
# error: memory budget exceeded: more than 50000000 array elements (line 3)

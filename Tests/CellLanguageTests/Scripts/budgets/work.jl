# Built-ins charge their work to the operation budget by size, before doing it: a cell that
# asks for too much stops at once, at the same step everywhere.
# Reductions read every element: a sum in a loop stops at the budget.
# budget: 10000000
x = zeros(10^6)
s = 0.0
for i in 1:2000
    global s += sum(x)
end
# error: 8:17 operation budget exceeded: more than 10000000 steps (line 8)
# ---
maximum(1:10^12)
# error: 1:1 operation budget exceeded: more than 200000000 steps (line 1)
# ---
extrema(1:10^12)
# error: 1:1 operation budget exceeded: more than 200000000 steps (line 1)
# ---
# A sum with a closed form costs nothing.
sum(1:10^9)
# expect: 500000000500000000
# ---
# A 2000×2000 matrix product is 8e9 multiply-adds: refused before the first.
A = ones(2000, 2000)
B = A * A
# error: 3:5 operation budget exceeded: more than 200000000 steps (line 3)
# ---
# A 2000×2000 solve: ~8e9 operations, refused before the factorization.
A = zeros(2000, 2000)
b = zeros(2000)
x = A \ b
# error: 4:5 operation budget exceeded: more than 200000000 steps (line 4)
# ---
# Matrix powers are products.
ones(1000, 1000)^3
# error: 2:1 operation budget exceeded: more than 200000000 steps (line 2)
# ---
# Small products and solves stay cheap.
[2.0 0.0; 0.0 4.0] \ [2.0, 4.0]
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  1.0
# ---
# Strings: searching, joining and concatenating read or write every byte.
# budget: 30000000
s = repeat("a", 10^7)
for i in 1:1000
    occursin("b", s)
end
# error: 5:5 operation budget exceeded: more than 30000000 steps (line 5)
# ---
# budget: 1000000
t = ""
for i in 1:10^6
    global t = t * "ab"
end
# error: 4:16 operation budget exceeded: more than 1000000 steps (line 4)
# ---
# budget: 1000000
words = fill("word", 1000)
for i in 1:10^6
    join(words, " ")
end
# error: 4:5 operation budget exceeded: more than 1000000 steps (line 4)
# ---
# Comparing long strings or arrays reads them.
# budget: 1000000
a = zeros(10^5)
c = copy(a)
for i in 1:10^6
    a == c
end
# error: 6:5 operation budget exceeded: more than 1000000 steps (line 6)
# ---
# Random arrays: each element drawn is an element written.
# budget: 5000000
for i in 1:1000
    randn(1000, 1000)
end
# error: 4:5 operation budget exceeded: more than 5000000 steps (line 4)
# ---
for i in 1:1000
    randn(10^4, 10^4)
end
# error: 2:5 memory budget exceeded: more than 50000000 array elements (line 2)
# ---
# Sorting charges n log n comparisons.
# budget: 1000000
v = zeros(10^5)
sort(v)
# error: 4:1 operation budget exceeded: more than 1000000 steps (line 4)
# ---
# Printing keeps its text: it is charged as the string it makes.
# budget: 1000000
s = repeat("a", 600000)
println(s)
# error: 4:1 operation budget exceeded: more than 1000000 steps (line 4)
# ---
# Plotting: each point costs as it is converted and later drawn.
using PlotlyJS
y = zeros(5 * 10^6)
plot(y)
# error: 4:1 operation budget exceeded: more than 200000000 steps (line 4)
# ---
using UnicodePlots
lineplot(zeros(5 * 10^6))
# error: 2:1 operation budget exceeded: more than 200000000 steps (line 2)
# ---
# The session survives and small work runs.
sum([1.0, 2.0, 3.0])
# expect: 6.0

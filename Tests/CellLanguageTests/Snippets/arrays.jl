# Arrays: vectors, matrices, comprehensions, broadcasting and indexing.
v = [1, 2, 3]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
# A row vector is a 1×n matrix
[1 2 3]
# expect: 1×3 Array{Int64,2}:
# expect:  1  2  3
# ---
A = [1 2; 3 4]
# expect: 2×2 Array{Int64,2}:
# expect:  1  2
# expect:  3  4
# ---
# Mixed-width floats are aligned on the decimal point
[1.5, -2.0, 10.25]
# expect: 3-element Array{Float64,1}:
# expect:   1.5 
# expect:  -2.0 
# expect:  10.25
# ---
zeros(3)
# expect: 3-element Array{Float64,1}:
# expect:  0.0
# expect:  0.0
# expect:  0.0
# ---
ones(2, 3)
# expect: 2×3 Array{Float64,2}:
# expect:  1.0  1.0  1.0
# expect:  1.0  1.0  1.0
# ---
zeros(Int, 2, 2)
# expect: 2×2 Array{Int64,2}:
# expect:  0  0
# expect:  0  0
# ---
fill(7, 2, 3)
# expect: 2×3 Array{Int64,2}:
# expect:  7  7  7
# expect:  7  7  7
# ---
# Ranges and collect
collect(1:5)
# expect: 5-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# expect:  4
# expect:  5
# ---
collect(range(0, stop=1, length=5))
# expect: 5-element Array{Float64,1}:
# expect:  0.0 
# expect:  0.25
# expect:  0.5 
# expect:  0.75
# expect:  1.0 
# ---
# Comprehensions
[x^2 for x in 1:5]
# expect: 5-element Array{Int64,1}:
# expect:   1
# expect:   4
# expect:   9
# expect:  16
# expect:  25
# ---
[i + j for i in 1:2, j in 1:3]
# expect: 2×3 Array{Int64,2}:
# expect:  2  3  4
# expect:  3  4  5
# ---
# Broadcasting with dots
[1, 2, 3] .* 2
# expect: 3-element Array{Int64,1}:
# expect:  2
# expect:  4
# expect:  6
# ---
x = [1.0, 2.0, 3.0]
x .^ 2 .+ 1
# expect: 3-element Array{Float64,1}:
# expect:   2.0
# expect:   5.0
# expect:  10.0
# ---
# push! appends to a vector
a = [1, 2, 3]
push!(a, 4)
# expect: 4-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# expect:  4
# ---
# Sizes
M = [1 2 3; 4 5 6]
(size(M), length(M), ndims(M), size(M, 1))
# expect: ((2, 3), 6, 2, 2)
# ---
# Indexing and slicing
v = [10, 20, 30, 40, 50]
v[2:end]
# expect: 4-element Array{Int64,1}:
# expect:  20
# expect:  30
# expect:  40
# expect:  50
# ---
v = [10, 20, 30, 40, 50]
(v[1], v[end], v[end-1])
# expect: (10, 50, 40)
# ---
M = [1 2 3; 4 5 6]
M[2, :]
# expect: 3-element Array{Int64,1}:
# expect:  4
# expect:  5
# expect:  6
# ---
M = [1 2 3; 4 5 6]
M[:, 2]
# expect: 2-element Array{Int64,1}:
# expect:  2
# expect:  5
# ---
# Reductions
sum([1, 2, 3, 4]), prod([1, 2, 3, 4]), maximum([3, 7, 2]), argmax([3, 7, 2])
# expect: (10, 24, 7, 2)
# ---
M = [1 2; 3 4]
sum(M, dims=1)
# expect: 1×2 Array{Int64,2}:
# expect:  4  6
# ---
# Sorting
sort([3, 1, 2], rev=true)
# expect: 3-element Array{Int64,1}:
# expect:  3
# expect:  2
# expect:  1
# ---
# map and filter
map(x -> x + 1, [1, 2, 3])
# expect: 3-element Array{Int64,1}:
# expect:  2
# expect:  3
# expect:  4
# ---
filter(iseven, 1:10)
# expect: 5-element Array{Int64,1}:
# expect:   2
# expect:   4
# expect:   6
# expect:   8
# expect:  10
# ---
# Concatenation
hcat([1, 2], [3, 4])
# expect: 2×2 Array{Int64,2}:
# expect:  1  3
# expect:  2  4
# ---
vcat([1, 2], [3])
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
reshape(collect(1:6), 2, 3)
# expect: 2×3 Array{Int64,2}:
# expect:  1  3  5
# expect:  2  4  6
# ---
# Matrix multiplication
[1 2; 3 4] * [5 6; 7 8]
# expect: 2×2 Array{Int64,2}:
# expect:  19  22
# expect:  43  50
# ---
# Arrays are passed by reference
a = [1, 2, 3]
b = a
b[1] = 100
a
# expect: 3-element Array{Int64,1}:
# expect:  100
# expect:    2
# expect:    3
# ---
# copy makes an independent array
a = [1, 2, 3]
b = copy(a)
b[1] = 100
a
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
findall(x -> x > 2, [1, 3, 5, 2])
# expect: 2-element Array{Int64,1}:
# expect:  2
# expect:  3
# ---
3 in [1, 2, 3], eltype([1.0, 2.0])
# expect: (true, Float64)
# ---
cumsum([1, 2, 3, 4])
# expect: 4-element Array{Int64,1}:
# expect:   1
# expect:   3
# expect:   6
# expect:  10
# ---
unique([1, 2, 2, 3, 3, 3])
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
# An empty typed array
xs = Float64[]
push!(xs, 1.5)
push!(xs, 2.5)
xs
# expect: 2-element Array{Float64,1}:
# expect:  1.5
# expect:  2.5
# ---
Int[]
# expect: 0-element Array{Int64,1}
# ---
# Strings in an array are left-aligned
["x", "yyy"]
# expect: 2-element Array{String,1}:
# expect:  "x"  
# expect:  "yyy"
# ---
# In-place broadcast assignment
y = zeros(3)
y .= [1, 2, 3] ./ 2
y
# expect: 3-element Array{Float64,1}:
# expect:  0.5
# expect:  1.0
# expect:  1.5
# ---
# Out-of-bounds access
v = [1, 2, 3]
v[5]
# error: BoundsError: attempt to access 3-element Array{Int64,1} at index [5]

# Reductions and array built-ins.
v = [3.0, 1.0, 2.0]
sum(v), prod(v), maximum(v), minimum(v), length(v)
# expect: (6.0, 6.0, 3.0, 1.0, 3)
# ---
using Statistics
mean(v), size(v), size([1 2; 3 4], 1)
# expect: (2.0, (3,), 2)
# ---
zeros(2)
# expect: 2-element Array{Float64,1}:
# expect:  0.0
# expect:  0.0
# ---
ones(2, 2)
# expect: 2×2 Array{Float64,2}:
# expect:  1.0  1.0
# expect:  1.0  1.0
# ---
fill(7, 3)
# expect: 3-element Array{Int64,1}:
# expect:  7
# expect:  7
# expect:  7
# ---
w = copy(v)
w[1] = 100.0
v[1]
# expect: 3.0
# ---
reverse([1, 2, 3])
# expect: 3-element Array{Int64,1}:
# expect:  3
# expect:  2
# expect:  1
# ---
filter(iseven, 1:6)
# expect: 3-element Array{Int64,1}:
# expect:  2
# expect:  4
# expect:  6
# ---
reduce(+, [1, 2, 3]), foldl(-, [1, 2, 3]), first([5, 6]), last([5, 6])
# expect: (6, -4, 5, 6)
# ---
vcat([1, 2], [3]), hcat([1, 2], [3, 4])
# expect: ([1, 2, 3], [1 3; 2 4])
# ---
reshape(collect(1:6), 2, 3)
# expect: 2×3 Array{Int64,2}:
# expect:  1  3  5
# expect:  2  4  6
# ---
vec([1 2; 3 4])
# expect: 4-element Array{Int64,1}:
# expect:  1
# expect:  3
# expect:  2
# expect:  4
# ---
s = similar([1.0, 2.0])
length(s)
# expect: 2
# ---
x = Float64[]
append!(x, [1, 2])
push!(x, 3)
x'
# expect: 1×3 LinearAlgebra.Adjoint{Float64,Array{Float64,1}}:
# expect:  1.0  2.0  3.0
# ---
sort([3, 1, 2])
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
map(+, [1, 2], [10, 20])
# expect: 2-element Array{Int64,1}:
# expect:  11
# expect:  22
# ---
collect(1:3)
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3

# diagm with Julia 1.0's Pair form and rank (stdlib/LinearAlgebra/src/dense.jl docstrings:
# `diagm(1 => [1,2,3])`, `diagm(1 => [1,2,3], -1 => [4,5])`; generic.jl's `rank`).
using LinearAlgebra
diagm(0 => [1, 2, 3])
# expect: 3×3 Array{Int64,2}:
# expect:  1  0  0
# expect:  0  2  0
# expect:  0  0  3
# ---
diagm(1 => [1,2,3])
# expect: 4×4 Array{Int64,2}:
# expect:  0  1  0  0
# expect:  0  0  2  0
# expect:  0  0  0  3
# expect:  0  0  0  0
# ---
diagm(1 => [1,2,3], -1 => [4,5])
# expect: 4×4 Array{Int64,2}:
# expect:  0  1  0  0
# expect:  4  0  2  0
# expect:  0  5  0  3
# expect:  0  0  0  0
# ---
diagm(0 => [1, 2], 0 => [0.5, 1.0])
# expect: 2×2 Array{Float64,2}:
# expect:  1.5  0.0
# expect:  0.0  3.0
# ---
rank([1 2; 2 4]), rank([1 0; 0 1]), rank([0 0; 0 0]), rank([1 2 3; 4 5 6; 7 8 9]), rank([1 2 3; 4 5 6])
# expect: (1, 2, 0, 2, 2)
# ---
rank([1.0 2.0; 2.0 4.0])
# error: 1:1 rank of Array{Float64,2} (singular values) is not supported by sitegen's Julia
# ---
isinteger(2.0), isinteger(2.5), isinteger(3), isinteger(Inf)
# expect: (true, false, true, false)

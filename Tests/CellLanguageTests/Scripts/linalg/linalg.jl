# LinearAlgebra (Julia 1.0: stdlib/LinearAlgebra docstrings and generic.jl, dense.jl, lu.jl).
using LinearAlgebra
M = [2 5; 1 3]
N = inv(M)
# expect: 2×2 Array{Float64,2}:
# expect:   3.0  -5.0
# expect:  -1.0   2.0
# ---
M * N == N * M == Matrix{Float64}(I, 2, 2)
# expect: true
# ---
det([1 0; 2 2]), det([1 2; 3 4]), det([2.0 0.0; 0.0 4.0]), det([1 2; 2 4])
# expect: (2.0, -2.0, 8.0, 0.0)
# ---
inv([1 2; 2 4])
# error: 1:1 SingularException(2)
# ---
inv([1 2 3; 4 5 6])
# error: 1:1 DimensionMismatch("matrix is not square: dimensions are (2, 3)")
# ---
inv(4), inv(0.5)
# expect: (0.25, 2.0)
# ---
v = [3, -2, 6]
norm(v), norm(v, 1), norm(v, Inf)
# expect: (7.0, 11.0, 6.0)
# ---
norm([1 2; 3 4]), norm([0.0, 0.0]), norm(Float64[]), norm([1e300, 1e300])
# expect: (5.477225575051661, 0.0, 0.0, 1.4142135623730952e300)
# ---
norm(ones(32))
# error: 1:1 norm(x) of 32 or more Float64 elements (Julia's BLAS kernel) is not supported by sitegen's Julia
# ---
A = [1 2; 3 4]
tr(A), diag([1 2 3; 4 5 6; 7 8 9]), cross([0; 1; 0], [0; 0; 1])
# expect: (5, [1, 5, 9], [1, 0, 0])
# ---
kron([1 2; 3 4], [1 1])
# expect: 2×4 Array{Int64,2}:
# expect:  1  1  2  2
# expect:  3  3  4  4
# ---
cross([1, 2], [3, 4])
# error: 1:1 DimensionMismatch("cross product is only defined for vectors of length 3")
# ---
# `\` of a square matrix goes through the same LU; a non-square one is Julia's QR.
[2.0 1.0; 4.0 3.0] \ [3.0, 7.0]
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  1.0
# ---
[1.0 2.0; 3.0 4.0; 5.0 6.0] \ [1.0, 2.0, 3.0]
# error: 1:1 A \ b of a non-square matrix (3×2, least squares by QR) is not supported by sitegen's Julia
# ---
# generic.jl's dot starts at the first product: integer vectors give an integer.
dot([1, 2, 3], [4, 5, 6]), dot([1.0, 2.0], [3, 4]), dot(Int[], Int[])
# expect: (32, 11.0, 0)
# ---
dot([1, 2], [1, 2, 3])
# error: 1:1 DimensionMismatch("dot product arguments have lengths 2 and 3")

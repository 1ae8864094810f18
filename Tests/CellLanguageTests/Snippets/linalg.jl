# LinearAlgebra: dot, norm, det, inv, I, transposes.
using LinearAlgebra
dot([1, 2, 3], [4, 5, 6])
# expect: 32
# ---
using LinearAlgebra
norm([3.0, 4.0]), norm([1, 2, 2])
# expect: (5.0, 3.0)
# ---
using LinearAlgebra
det([1 2; 3 4])
# expect: -2.0
# ---
using LinearAlgebra
inv([2.0 1.0; 1.0 1.0])
# expect: 2×2 Array{Float64,2}:
# expect:   1.0  -1.0
# expect:  -1.0   2.0
# ---
# Solving a linear system with \
A = [2.0 0.0; 0.0 4.0]
b = [1.0, 2.0]
A \ b
# expect: 2-element Array{Float64,1}:
# expect:  0.5
# expect:  0.5
# ---
# Without `using LinearAlgebra` the wrapper type is shown with its module
A = [1 2; 3 4]
A'
# expect: 2×2 LinearAlgebra.Adjoint{Int64,Array{Int64,2}}:
# expect:  1  3
# expect:  2  4
# ---
using LinearAlgebra
[1 2; 3 4]'
# expect: 2×2 Adjoint{Int64,Array{Int64,2}}:
# expect:  1  3
# expect:  2  4
# ---
transpose([1, 2, 3])
# expect: 1×3 LinearAlgebra.Transpose{Int64,Array{Int64,1}}:
# expect:  1  2  3
# ---
# The inner product of a vector with itself
x = [1, 2, 3]
x' * x
# expect: 14
# ---
using LinearAlgebra
Matrix{Float64}(I, 2, 2)
# expect: 2×2 Array{Float64,2}:
# expect:  1.0  0.0
# expect:  0.0  1.0
# ---
using LinearAlgebra
[1 2; 3 4] + I
# expect: 2×2 Array{Int64,2}:
# expect:  2  2
# expect:  3  5
# ---
using LinearAlgebra
I
# expect: UniformScaling{Bool}
# expect: true*I
# ---
using LinearAlgebra
tr([1 2; 3 4]), rank([1 2; 2 4])
# expect: (5, 1)
# ---
using LinearAlgebra
cross([1, 0, 0], [0, 1, 0])
# expect: 3-element Array{Int64,1}:
# expect:  0
# expect:  0
# expect:  1
# ---
using LinearAlgebra
diagm(0 => [1, 2, 3])
# expect: 3×3 Array{Int64,2}:
# expect:  1  0  0
# expect:  0  2  0
# expect:  0  0  3
# ---
# Outer product of two vectors
[1, 2] * [3, 4]'
# expect: 2×2 Array{Int64,2}:
# expect:  3  4
# expect:  6  8

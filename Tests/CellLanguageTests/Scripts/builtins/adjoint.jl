# Julia 1.0's LinearAlgebra: x' is a lazy Adjoint of x (stdlib/LinearAlgebra/src/adjtrans.jl),
# shown with its module until LinearAlgebra is loaded.
x = [1.0, 2.0, 3.0]
x' * x
# expect: 14.0
# ---
x = [1.0, 2.0, 3.0]
A = [1.0 0.0 0.0; 0.0 2.0 0.0; 0.0 0.0 3.0]
x' * A
# expect: 1×3 LinearAlgebra.Adjoint{Float64,Array{Float64,1}}:
# expect:  1.0  4.0  9.0
# ---
x = [1, 2, 3]
typeof(x')
# expect: LinearAlgebra.Adjoint{Int64,Array{Int64,1}}
# ---
x = [1, 2, 3]
(x')'
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
using LinearAlgebra
transpose([1 2; 3 4])
# expect: 2×2 Transpose{Int64,Array{Int64,2}}:
# expect:  1  3
# expect:  2  4
# ---
permutedims([1, 2, 3])
# expect: 1×3 Array{Int64,2}:
# expect:  1  2  3
# ---
# In Julia a write into x' writes into x; a copy would not, so it is refused.
x = [1, 2, 3]
y = x'
y[1] = 10
# error: 4:1 writing into an Adjoint (it would not change the array it wraps) is not supported by sitegen's Julia
# ---
x = [1.0, 2.0, 3.0]
y = x'
y .= 0.0
# error: 3:1 writing into an Adjoint (it would not change the array it wraps) is not supported by sitegen's Julia
# ---
x = [1.0, 2.0, 3.0]
y = x'
fill!(y, 0.0)
# error: 3:1 writing into an Adjoint (it would not change the array it wraps) is not supported by sitegen's Julia
# ---
# An Adjoint is an AbstractMatrix to dispatch on.
f(m::AbstractMatrix) = size(m)
f([1, 2, 3]')
# expect: (1, 3)
# ---
permutedims([1, 2, 3]')
# expect: 3×1 Array{Int64,2}:
# expect:  1
# expect:  2
# expect:  3

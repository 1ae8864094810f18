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
# x' is lazy (adjtrans.jl: `struct Adjoint{T,S} <: AbstractMatrix{T}; parent::S; end`, whose
# getindex/setindex! read and write `A.parent[j, i]`): it sees later changes of x, and a write
# into it writes into x. (LinearAlgebra is loaded above: the type is shown without its module.)
A = [1.0 2.0; 3.0 4.0]
w = A'
# expect: 2×2 Adjoint{Float64,Array{Float64,2}}:
# expect:  1.0  3.0
# expect:  2.0  4.0
# ---
# (In a cell of its own: a snapshot of the session between the cells keeps w looking into A.)
A[1, 2] = 5.0
w
# expect: 2×2 Adjoint{Float64,Array{Float64,2}}:
# expect:  1.0  3.0
# expect:  5.0  4.0
# ---
A = [1.0 2.0; 3.0 4.0]
w = A'
w[1, 2] = 7.0
A
# expect: 2×2 Array{Float64,2}:
# expect:  1.0  2.0
# expect:  7.0  4.0
# ---
x = [1, 2, 3]
y = x'
y[1] = 10
x
# expect: 3-element Array{Int64,1}:
# expect:  10
# expect:   2
# expect:   3
# ---
x = [1.0, 2.0, 3.0]
y = x'
y .= 0.0
x
# expect: 3-element Array{Float64,1}:
# expect:  0.0
# expect:  0.0
# expect:  0.0
# ---
x = [1.0, 2.0, 3.0]
y = x'
fill!(y, 4.0)
y
# expect: 1×3 Adjoint{Float64,Array{Float64,1}}:
# expect:  4.0  4.0  4.0
# ---
# adjoint(A::Adjoint) = A.parent: the transpose of the transpose is the array itself, and so
# is parent(A') (parent(A::AdjOrTrans) = A.parent).
A = [1 2; 3 4]
((A')' === A, parent(A') === A, parent(transpose(A)) === A)
# expect: (true, true, true)
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

# Vectors, typed empty vectors, matrices.
[1, 2, 3]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
[1, 2.5]
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  2.5
# ---
Float64[]
# expect: 0-element Array{Float64,1}
# ---
v = Float64[]
push!(v, 1)
push!(v, 2.5)
v
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  2.5
# ---
[1 2; 3 4]
# expect: 2×2 Array{Int64,2}:
# expect:  1  2
# expect:  3  4
# ---
[1 2 3]
# expect: 1×3 Array{Int64,2}:
# expect:  1  2  3
# ---
[1; 2; 3]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
[1.5 -2; 3 4]
# expect: 2×2 Array{Float64,2}:
# expect:  1.5  -2.0
# expect:  3.0   4.0
# ---
A = [1 2; 3 4]
A[2, 1], A[1, 2], size(A), length(A)
# expect: (3, 2, (2, 2), 4)
# ---
A'
# expect: 2×2 LinearAlgebra.Adjoint{Int64,Array{Int64,2}}:
# expect:  1  3
# expect:  2  4
# ---
["a", "b"]
# expect: 2-element Array{String,1}:
# expect:  "a"
# expect:  "b"
# ---
[1, "a"]
# expect: 2-element Array{Any,1}:
# expect:  1   
# expect:   "a"
# ---
[1:3;]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
[2.5;]
# expect: 1-element Array{Float64,1}:
# expect:  2.5

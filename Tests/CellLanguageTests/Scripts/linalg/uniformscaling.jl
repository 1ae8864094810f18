# LinearAlgebra's I (Julia 1.0: stdlib/LinearAlgebra/src/uniformscaling.jl, `const I =
# UniformScaling(true)`, its `show` and the `+`, `-`, `*` and `Matrix` methods there).
using LinearAlgebra
I
# expect: UniformScaling{Bool}
# expect: true*I
# ---
typeof(I), I.λ
# expect: (UniformScaling{Bool}, true)
# ---
[1 2; 3 4] + I
# expect: 2×2 Array{Int64,2}:
# expect:  2  2
# expect:  3  5
# ---
I + [1 2; 3 4] == [1 2; 3 4] + I
# expect: true
# ---
[1.0 2.0; 3.0 4.0] - I
# expect: 2×2 Array{Float64,2}:
# expect:  0.0  2.0
# expect:  3.0  3.0
# ---
I - [1 2; 3 4]
# expect: 2×2 Array{Int64,2}:
# expect:   0  -2
# expect:  -3  -3
# ---
2I
# expect: UniformScaling{Int64}
# expect: 2*I
# ---
A = [1 2; 3 4]
A + 2.5I
# expect: 2×2 Array{Float64,2}:
# expect:  3.5  2.0
# expect:  3.0  6.5
# ---
I * [1, 2, 3]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
[1 2; 3 4] * (3I)
# expect: 2×2 Array{Int64,2}:
# expect:  3   6
# expect:  9  12
# ---
I + I, -I, I + 1, I * I
# expect: (UniformScaling{Int64}
# expect: 2*I, UniformScaling{Int64}
# expect: -1*I, 2, UniformScaling{Bool}
# expect: true*I)
# ---
Matrix{Float64}(I, 2, 2)
# expect: 2×2 Array{Float64,2}:
# expect:  1.0  0.0
# expect:  0.0  1.0
# ---
Matrix(1.0I, 2, 3)
# expect: 2×3 Array{Float64,2}:
# expect:  1.0  0.0  0.0
# expect:  0.0  1.0  0.0
# ---
Matrix(I, 2, 2)
# expect: 2×2 Array{Bool,2}:
# expect:   true  false
# expect:  false   true
# ---
[1 2 3; 4 5 6] + I
# error: 1:1 DimensionMismatch("matrix is not square: dimensions are (2, 3)")
# ---
I[1, 1], I[1, 2], (2.0I)[2, 1]
# expect: (true, false, 0.0)
# ---
# uniformscaling.jl broadcasts `.*` and `./` with a number; Julia 1.0 would `collect` I for any
# other broadcast, and I has no length.
2 .* I, I ./ 2
# expect: (UniformScaling{Int64}
# expect: 2*I, UniformScaling{Float64}
# expect: 0.5*I)
# ---
[1 2; 3 4] .+ I
# error: 1:1 broadcasting + over a UniformScaling is not supported by sitegen's Julia

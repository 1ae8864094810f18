# `A \ b`: solving a square system (LU with partial pivoting; triangular by substitution).
A = [2.0 1.0; 1.0 3.0]
A \ [1.0, 2.0]
# expect: 2-element Array{Float64,1}:
# expect:  0.2
# expect:  0.6
# ---
A = [1.0 2.0; 3.0 4.0]
x = A \ [5.0, 6.0]
A * x
# expect: 2-element Array{Float64,1}:
# expect:  5.0
# expect:  6.0
# ---
U = [2.0 4.0; 0.0 8.0]
U \ [8.0, 16.0]
# expect: 2-element Array{Float64,1}:
# expect:  0.0
# expect:  2.0
# ---
[4 0; 2 2] \ [8 4; 6 2]
# expect: 2×2 Array{Float64,2}:
# expect:  2.0  1.0
# expect:  1.0  0.0
# ---
2 \ [2.0, 4.0]
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# ---
[1.0 2.0; 2.0 4.0] \ [1.0, 2.0]
# error: 1:1 SingularException(2)
# ---
[1.0 2.0; 3.0 4.0] \ [1.0, 2.0, 3.0]
# error: 1:1 DimensionMismatch("matrix has 2 rows, but right hand side has 3 rows")

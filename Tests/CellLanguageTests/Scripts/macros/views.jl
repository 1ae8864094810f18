# `@view A[inds…]` is `view(A, inds…)`; `@views expression` makes every slice `A[…]` in the
# expression a view, except as an assignment's target, and keeps scalar indexing a scalar
# (Julia 1.0: base/views.jl's `_views` and `maybeview`).
A = [1 2; 3 4]
b = @view A[:, 1]
# expect: 2-element view(::Array{Int64,2}, :, 1) with eltype Int64:
# expect:  1
# expect:  3
# ---
fill!(b, 0)
A
# expect: 2×2 Array{Int64,2}:
# expect:  0  2
# expect:  0  4
# ---
z = [1.0, 2.0, 3.0, 4.0]
@view z[2:end]
# expect: 3-element view(::Array{Float64,1}, 2:4) with eltype Float64:
# expect:  2.0
# expect:  3.0
# expect:  4.0
# ---
@view z
# error: 1:1 ArgumentError: Invalid use of @view macro: argument must be a reference expression A[...].
# ---
# The `@views` docstring's example (of later Julia versions), shown as Julia 1.0 shows it.
A = zeros(3, 3);
@views for row in 1:3
    b = A[row, :]
    b[:] .= row
end
A
# expect: 3×3 Array{Float64,2}:
# expect:  1.0  1.0  1.0
# expect:  2.0  2.0  2.0
# expect:  3.0  3.0  3.0
# ---
B = [1 2 3; 4 5 6]
@views x = B[1, 2:3]
x[1] = 20
B
# expect: 2×3 Array{Int64,2}:
# expect:  1  20  3
# expect:  4   5  6
# ---
typeof(x)
# expect: SubArray{Int64,1,Array{Int64,2},Tuple{Int64,UnitRange{Int64}},true}
# ---
@views sum(B[:, 2]), B[1, 2], typeof(B[2, 1]), B[end, end]
# expect: (25, 20, Int64, 6)
# ---
@views B[2, :] .= 0
B
# expect: 2×3 Array{Int64,2}:
# expect:  1  20  3
# expect:  0   0  0
# ---
@views B[1, 2:end] .+= 1
B
# expect: 2×3 Array{Int64,2}:
# expect:  1  21  4
# expect:  0   0  0
# ---
@views B[1, 1:2] += [100, 100]
B
# expect: 2×3 Array{Int64,2}:
# expect:  101  121  4
# expect:    0    0  0
# ---
# A function defined under `@views` slices with views.
@views function scale_columns!(M)
    for j in 1:size(M, 2)
        column = M[:, j]
        column .*= j
    end
    M
end
scale_columns!([1 1; 1 1])
# expect: 2×2 Array{Int64,2}:
# expect:  1  2
# expect:  1  2
# ---
# Indexing what is not an array is `getindex`.
D = Dict(1 => [1, 2, 3]); s = "hello"; t = (1, 2, 3)
@views D[1], s[2:3], t[1:2]
# expect: ([1, 2, 3], "el", (1, 2))
# ---
# Without views, a dotted assignment into a slice still writes into the array (Julia lowers
# it to `broadcast!` into a view).
C = [1, 2, 3, 4]
C[2:3] .= 0
C
# expect: 4-element Array{Int64,1}:
# expect:  1
# expect:  0
# expect:  0
# expect:  4
# ---
C[2:3] .+= 5
C
# expect: 4-element Array{Int64,1}:
# expect:  1
# expect:  5
# expect:  5
# expect:  4
# ---
# A plain slice is a copy.
y = C[1:2]
y[1] = 100
C[1]
# expect: 1
# ---
# `deepcopy` of a view is a view of a copy of its parent; `copy` is an Array.
v = view([1.0, 2.0, 3.0], 2:3)
w = deepcopy(v)
w[1] = 0.0
typeof(w), v[1], typeof(copy(v))
# expect: (SubArray{Float64,1,Array{Float64,1},Tuple{UnitRange{Int64}},true}, 2.0, Array{Float64,1})

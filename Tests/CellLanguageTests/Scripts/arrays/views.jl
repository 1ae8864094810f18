# Views (Julia 1.0: base/subarray.jl, base/views.jl; the docstrings' examples, shown as 1.0's
# REPL shows a SubArray: `summary` is `dims view(::Parent, indices…) with eltype T`,
# base/show.jl's `showarg`). A view's elements are its parent's: writes reach the parent.
A = [1 2; 3 4]
# expect: 2×2 Array{Int64,2}:
# expect:  1  2
# expect:  3  4
# ---
b = view(A, :, 1)
# expect: 2-element view(::Array{Int64,2}, :, 1) with eltype Int64:
# expect:  1
# expect:  3
# ---
fill!(b, 0)
# expect: 2-element view(::Array{Int64,2}, :, 1) with eltype Int64:
# expect:  0
# expect:  0
# ---
A # Note A has changed even though we modified b
# expect: 2×2 Array{Int64,2}:
# expect:  0  2
# expect:  0  4
# ---
# The type the `@view` docstring prints.
A = [1 2; 3 4]
b = @view A[:, 1]
typeof(b)
# expect: SubArray{Int64,1,Array{Int64,2},Tuple{Base.Slice{Base.OneTo{Int64}},Int64},true}
# ---
# `parentindices`' docstring.
A = [1 2; 3 4];
V = view(A, 1, :)
# expect: 2-element view(::Array{Int64,2}, 1, :) with eltype Int64:
# expect:  1
# expect:  2
# ---
parentindices(V)
# expect: (1, Base.Slice(Base.OneTo(2)))
# ---
view(A, parentindices(V)...) == V, parentindices(view(A, 2:3)), parentindices(view(A, [2, 1], 1:2:2))
# expect: (true, (2:3,), ([2, 1], 1:2:1))
# ---
# Reading and writing through a view.
A = [1 2; 3 4]
v = view(A, :, 1)
v[1] = 10
A
# expect: 2×2 Array{Int64,2}:
# expect:  10  2
# expect:   3  4
# ---
v .+= 1
A
# expect: 2×2 Array{Int64,2}:
# expect:  11  2
# expect:   4  4
# ---
v .= 0
A
# expect: 2×2 Array{Int64,2}:
# expect:  0  2
# expect:  0  4
# ---
A = [10 2; 3 4]
v = view(A, :, 1)
println(v)
print(v, "\n")
v
# expect: [10, 3]
# expect: [10, 3]
# expect: 2-element view(::Array{Int64,2}, :, 1) with eltype Int64:
# expect:  10
# expect:   3
# ---
sum(v), length(v), size(v), v[2], ndims(v), eltype(v), axes(v)
# expect: (13, 2, (2,), 3, 1, Int64, (Base.OneTo(2),))
# ---
for x in v
    println(x)
end
# expect: 10
# expect: 3
# ---
v isa AbstractVector, v isa AbstractArray{Int64,1}, v isa Array, v isa Vector, v isa AbstractMatrix
# expect: (true, true, false, false, false)
# ---
# Broadcasting, `copy`, `collect` and slicing a view give plain arrays.
v .* 2
# expect: 2-element Array{Int64,1}:
# expect:  20
# expect:   6
# ---
copy(v)
# expect: 2-element Array{Int64,1}:
# expect:  10
# expect:   3
# ---
collect(v)
# expect: 2-element Array{Int64,1}:
# expect:  10
# expect:   3
# ---
w = v[1:2]
w[1] = 0
w, A[1, 1]
# expect: ([0, 3], 10)
# ---
# Functions of AbstractVector take a view, and write into it.
function double!(x::AbstractVector)
    for i in eachindex(x)
        x[i] *= 2
    end
    x
end
double!(view(A, 2, :))
A
# expect: 2×2 Array{Int64,2}:
# expect:  10  2
# expect:   6  8
# ---
total(x::AbstractArray) = sum(x)
total(view(A, :, 2)), total(A)
# expect: (10, 26)
# ---
kind(x::SubArray) = "a view"
kind(x::AbstractArray) = "an array"
kind(view(A, :, 2)), kind(A), view(A, 1, :) isa SubArray, A isa SubArray
# expect: ("a view", "an array", true, false)
# ---
# The type's parameters: the parent's type, the indices' types, and whether the view has
# fast linear indexing (base/subarray.jl's `viewindexing`).
M = reshape(collect(1:12), 3, 4)
typeof(view(M, 1, :))
# expect: SubArray{Int64,1,Array{Int64,2},Tuple{Int64,Base.Slice{Base.OneTo{Int64}}},true}
# ---
typeof(view(M, 2:3, 2))
# expect: SubArray{Int64,1,Array{Int64,2},Tuple{UnitRange{Int64},Int64},true}
# ---
typeof(view(M, :, 2:3))
# expect: SubArray{Int64,2,Array{Int64,2},Tuple{Base.Slice{Base.OneTo{Int64}},UnitRange{Int64}},true}
# ---
typeof(view(M, 1:2, 2:3))
# expect: SubArray{Int64,2,Array{Int64,2},Tuple{UnitRange{Int64},UnitRange{Int64}},false}
# ---
typeof(view(M, [1, 3], 2))
# expect: SubArray{Int64,1,Array{Int64,2},Tuple{Array{Int64,1},Int64},false}
# ---
typeof(view(M, 2, 1:2:4))
# expect: SubArray{Int64,1,Array{Int64,2},Tuple{Int64,StepRange{Int64,Int64}},true}
# ---
# One index addresses a matrix as a vector (its reshape, an Array{Int64,1}).
view(M, 4:6)
# expect: 3-element view(::Array{Int64,1}, 4:6) with eltype Int64:
# expect:  4
# expect:  5
# expect:  6
# ---
typeof(view(M, :))
# expect: SubArray{Int64,1,Array{Int64,1},Tuple{Base.Slice{Base.OneTo{Int64}}},true}
# ---
view(M, 1:2, [2, 4])
# expect: 2×2 view(::Array{Int64,2}, 1:2, [2, 4]) with eltype Int64:
# expect:  4  10
# expect:  5  11
# ---
view(M, 2, 1:2:4)
# expect: 2-element view(::Array{Int64,2}, 2, 1:2:3) with eltype Int64:
# expect:  2
# expect:  8
# ---
# A view of a view is a view of the same parent (`_maybe_reindex`).
c = view(M, :, 3)
d = view(c, 2:3)
# expect: 2-element view(::Array{Int64,2}, 2:3, 3) with eltype Int64:
# expect:  8
# expect:  9
# ---
d .= 0
M
# expect: 3×4 Array{Int64,2}:
# expect:  1  4  7  10
# expect:  2  5  0  11
# expect:  3  6  0  12
# ---
typeof(view(view(M, 2, :), 1:2:3)), parent(d) === M
# expect: (SubArray{Int64,1,Array{Int64,2},Tuple{Int64,StepRange{Int64,Int64}},true}, true)
# ---
# Indexed writes into a view, and functions that sort in place, reach the parent.
x = collect(1:6)
v = view(x, 2:5)
v[2:3] .= 0
v[1:2] = [7, 8]
v[end] = 9
x
# expect: 6-element Array{Int64,1}:
# expect:  1
# expect:  7
# expect:  8
# expect:  0
# expect:  9
# expect:  6
# ---
sort!(view(x, 1:4))
x
# expect: 6-element Array{Int64,1}:
# expect:  0
# expect:  1
# expect:  7
# expect:  8
# expect:  9
# expect:  6
# ---
# A write whose source overlaps its target reads the source first (Julia unaliases it).
y = [3.0, 1.0, 2.0]
@views y[1:2] .= y[2:3]
y
# expect: 3-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# expect:  2.0
# ---
# A dotted assignment into a call's result is `broadcast!` into it.
y = [3.0, 1.0, 2.0]
view(y, 1:2) .= view(y, 2:3)
y
# expect: 3-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# expect:  2.0
# ---
A = [1 2; 3 4]
view(A, :, 1) .+= 10
(@view A[2, :]) .= 0
A
# expect: 2×2 Array{Int64,2}:
# expect:  11  2
# expect:   0  0
# ---
# Arrays of views hold the views themselves.
A = [1 2; 3 4]
vs = [view(A, :, 1), view(A, :, 2)]
A[1, 1] = 5
vs
# expect: 2-element Array{SubArray{Int64,1,Array{Int64,2},Tuple{Base.Slice{Base.OneTo{Int64}},Int64},true},1}:
# expect:  [5, 3]
# expect:  [2, 4]
# ---
b = trues(4)
vb = view(b, 2:3)
vb .= false
b
# expect: 4-element BitArray{1}:
# expect:   true
# expect:  false
# expect:  false
# expect:   true
# ---
vb
# expect: 2-element view(::BitArray{1}, 2:3) with eltype Bool:
# expect:  false
# expect:  false
# ---
# Views of Float64 arrays compute as the copies indexing makes.
using Statistics
x = [0.1 * k^2 for k in 1:30]
v = view(x, 3:27)
sum(v) == sum(x[3:27]), mean(v) == mean(x[3:27]), maximum(v) == maximum(x[3:27]), v .* 2 == x[3:27] .* 2
# expect: (true, true, true, true)
# ---
q = view([k / 4 for k in 1:30], 3:27)
sum(q), mean(q), minimum(q), maximum(q)
# expect: (93.75, 3.75, 0.75, 6.75)
# ---
# A view without fast linear indexing sums left to right (`mapfoldl`, base/reduce.jl).
y = view(x, collect(1:20))
m = mean(y)
sum(y) == foldl(+, x[1:20]), m == foldl(+, x[1:20]) / 20, var(y) == foldl(+, [(t - m)^2 for t in x[1:20]]) / 19
# expect: (true, true, true)
# ---
# Indexing an out-of-bounds view is Julia's BoundsError, with the indices `to_indices` made.
A = [1 2; 3 4]
view(A, :, 3)
# error: 3:1 BoundsError: attempt to access 2×2 Array{Int64,2} at index [Base.Slice(Base.OneTo(2)), 3]
# ---
v = view(A, :, 1)
v[3]
# error: 2:1 BoundsError: attempt to access 2-element view(::Array{Int64,2}, :, 1) with eltype Int64 at index [3]
# ---
push!(view([1, 2, 3], 1:2), 4)
# error: 1:1 MethodError: no method matching push!(::SubArray{Int64,1,Array{Int64,1},Tuple{UnitRange{Int64}},true}, ::Int64)

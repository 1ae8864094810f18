# Array functions as Julia 1.0 gives them (base/abstractarray.jl, base/array.jl,
# base/bitarray.jl, base/iterators.jl, base/multidimensional.jl, base/reduce.jl).
A = [1 5; 7 2]
argmax(A)
# expect: CartesianIndex(2, 1)
# ---
A[argmax(A)], findmax(A), findmin(A), argmin([3, 1, 2])
# expect: (7, (7, CartesianIndex(2, 1)), (1, CartesianIndex(1, 1)), 2)
# ---
enumerate([5, 6])
# expect: Base.Iterators.Enumerate{Array{Int64,1}}([5, 6])
# ---
zip([1, 2], [3, 4])
# expect: Base.Iterators.Zip2{Array{Int64,1},Array{Int64,1}}([1, 2], [3, 4])
# ---
collect(enumerate([5, 6]))
# expect: 2-element Array{Tuple{Int64,Int64},1}:
# expect:  (1, 5)
# expect:  (2, 6)
# ---
[i * x for (i, x) in enumerate([5, 6])], length(zip(1:3, [4, 5])), collect(zip([1, 2], [3, 4], [5, 6]))
# expect: ([5, 12], 2, Tuple{Int64,Int64,Int64}[(1, 3, 5), (2, 4, 6)])
# ---
diff([1, 4, 9]), diff(A, dims=1), diff(A, dims=2)
# expect: ([3, 5], [6 -3], [4; -5])
# ---
diff(A)
# error: 1:1 UndefKeywordError: keyword argument dims not assigned
# ---
trues(3)
# expect: 3-element BitArray{1}:
# expect:  true
# expect:  true
# expect:  true
# ---
falses(2, 2)
# expect: 2×2 BitArray{2}:
# expect:  false  false
# expect:  false  false
# ---
circshift([1, 2, 3, 4], 1), circshift([1, 2, 3, 4], -1), circshift([1 2; 3 4], (0, 1))
# expect: ([4, 1, 2, 3], [2, 3, 4, 1], [2 1; 4 3])
# ---
accumulate(+, [1, 2, 3]), accumulate(*, [1.0, 2.0, 3.0])
# expect: ([1, 3, 6], [1.0, 2.0, 6.0])
# ---
findlast([true, false, true]), findlast(isodd, [2, 4]), findlast(iseven, [2, 4, 5])
# expect: (3, nothing, 2)
# ---
foreach(println, [1, 2])
# expect: 1
# expect: 2
# ---
cat([1, 2], [3], dims=1), cat([1, 2], [3, 4], dims=2), vcat([1 2], [3 4]), hcat([1 2], [3 4])
# expect: ([1, 2, 3], [1 3; 2 4], [1 2; 3 4], [1 2 3 4])
# ---
cat([1, 2], [3])
# error: 1:1 UndefKeywordError: keyword argument dims not assigned
# ---
[[1 2] [3 4]; [5 6] [7 8]]
# expect: 2×4 Array{Int64,2}:
# expect:  1  2  3  4
# expect:  5  6  7  8
# ---
zeros(2, 3), ones(Int, 3), fill(1.5, 2, 2), collect(1:3), vec([1 2; 3 4])
# expect: ([0.0 0.0 0.0; 0.0 0.0 0.0], [1, 1, 1], [1.5 1.5; 1.5 1.5], [1, 2, 3], [1, 3, 2, 4])
# ---
3 ∈ [1, 2, 3], mapreduce(x -> x^2, +, [1, 2, 3]), count(x -> x > 1, [1, 2, 3]), count([1, -1, 2] .> 0)
# expect: (true, 14, 2, 2)
# ---
findall(isodd, [1, 2, 3]), findfirst(isodd, [2, 3]), maximum(abs, [-3, 1]), all(iseven, [2, 4]), any(x -> x > 3, [1, 2])
# expect: ([1, 3], 2, 3, true, false)
# ---
# `eachrow` and `eachcol` came in Julia 1.1.
eachrow([1 2; 3 4])
# error: 2:1 UndefVarError: eachrow not defined
# ---
x = collect(1:6)
reshape(x, 3, :)
# expect: 3×2 Array{Int64,2}:
# expect:  1  4
# expect:  2  5
# expect:  3  6
# ---
reshape(x, (2, 3)), reshape(x, :, 2), reshape(x, 2, 3)
# expect: ([1 3 5; 2 4 6], [1 4; 2 5; 3 6], [1 3 5; 2 4 6])
# ---
reshape(x, 4, :)
# error: 1:1 DimensionMismatch("array size 6 must be divisible by the product of the new dimensions (4, Colon())")
# ---
reshape(x, 4, 2)
# error: 1:1 DimensionMismatch("new dimensions (4, 2) must be consistent with array size 6")
# ---
reshape(1:6, 2, 3)
# error: 1:1 reshape of a range (a ReshapedArray) is not supported by sitegen's Julia (collect it first)
# ---
mapslices(sum, [1 2; 3 4], dims=1), mapslices(sum, [1 2; 3 4], dims=2), mapslices(x -> x .* 2, [1 2; 3 4], dims=2)
# expect: ([4 6], [3; 7], [2 4; 6 8])
# ---
mapslices(sum, [1 2; 3 4])
# error: 1:1 UndefKeywordError: keyword argument dims not assigned
# ---
prod([1.0, 2.0, 3.0]), prod(Float64[]), prod([2, 3])
# expect: (6.0, 1.0, 6)
# ---
# `findmax`: the first NaN wins; `isless` ranks 0.0 above -0.0; the first of equals is kept.
findmax([1.0, NaN, 2.0, NaN]), findmin([2.0, NaN]), findmax([-0.0, 0.0]), argmax([3, 7, 7]), argmin([2, 1, 1])
# expect: ((NaN, 2), (NaN, 2), (0.0, 2), 2, 2)
# ---
# base/arrayshow.jl at v1.0.0: an empty matrix shows as its constructor,
# `Array{T}(undef,` then its size joined by ',' and `)`; an empty vector as `T[]`.
(zeros(0, 3), Int[], fill(1, 0, 2)), string(zeros(2, 0))
# expect: ((Array{Float64}(undef,0,3), Int64[], Array{Int64}(undef,0,2)), "Array{Float64}(undef,2,0)")
# ---
# x .= v is broadcast!(identity, x, v), which returns x; x[1:2] .= v writes into
# Base.dotview(x, 1:2), a view (base/broadcast.jl, base/views.jl at v1.0.0), and returns it.
x = zeros(3)
x .= 5
# expect: 3-element Array{Float64,1}:
# expect:  5.0
# expect:  5.0
# expect:  5.0
# ---
x[1:2] .= 7
# expect: 2-element view(::Array{Float64,1}, 1:2) with eltype Float64:
# expect:  7.0
# expect:  7.0

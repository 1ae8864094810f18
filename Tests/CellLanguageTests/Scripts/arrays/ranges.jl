# Index ranges and ranges by length (Julia 1.0: base/abstractarray.jl, base/range.jl,
# base/twiceprecision.jl).
v = [10, 20, 30]
eachindex(v)
# expect: Base.OneTo(3)
# ---
keys(v)
# expect: 3-element LinearIndices{1,Tuple{Base.OneTo{Int64}}}:
# expect:  1
# expect:  2
# expect:  3
# ---
axes([1 2 3; 4 5 6]), axes(v, 1), axes(v, 2), typeof(eachindex(v))
# expect: ((Base.OneTo(2), Base.OneTo(3)), Base.OneTo(3), Base.OneTo(1), Base.OneTo{Int64})
# ---
s = 0
for i in eachindex(v)
  global s += v[i]
end
s, [v[i] for i in keys(v)] == v, collect(eachindex(v))
# expect: (60, true, [1, 2, 3])
# ---
keys([1 2; 3 4])
# error: 1:1 keys of a matrix (CartesianIndices) is not supported by sitegen's Julia
# ---
range(0, stop=1, length=5)
# expect: 0.0:0.25:1.0
# ---
r = range(0.1, stop=0.3, length=3)
r, collect(r), length(r), typeof(r)
# expect: (0.1:0.1:0.3, [0.1, 0.2, 0.3], 3, StepRangeLen{Float64,Base.TwicePrecision{Float64},Base.TwicePrecision{Float64}})
# ---
collect(range(0, stop=1, length=4))
# expect: 4-element Array{Float64,1}:
# expect:  0.0               
# expect:  0.3333333333333333
# expect:  0.6666666666666666
# expect:  1.0               
# ---
# Julia 1.0 takes `stop` only as a keyword (a positional stop came in 1.1).
range(0, 1, length=5)
# error: 2:1 MethodError: no method matching range(::Int64, ::Int64; length=5)
# ---
range(1, stop=10)
# error: 1:1 ArgumentError: At least one of `length` or `step` must be specified
# ---
L = LinRange(0, 1, 5)
# expect: 5-element LinRange{Float64}:
# expect:  0.0,0.25,0.5,0.75,1.0
# ---
L, collect(L), L[2], length(L)
# expect: (range(0.0, stop=1.0, length=5), [0.0, 0.25, 0.5, 0.75, 1.0], 0.25, 5)
# ---
LinRange(1, 3, 7)
# expect: 7-element LinRange{Float64}:
# expect:  1.0,1.33333,1.66667,2.0,2.33333,2.66667,3.0
# ---
LinRange(0, 1, 1)
# error: 1:1 ArgumentError: range(0.0, stop=1.0, length=1): endpoints differ
# ---
# `reverse` of a range is a range (base/range.jl).
reverse(1:3), reverse(1:2:7), reverse(0:0.25:1)
# expect: (3:-1:1, 7:-2:1, 1.0:-0.25:0.0)
# ---
v = [1, 2, 3]
reverse(eachindex(v)), reverse(LinRange(0, 1, 3)), eachindex(v) == 1:3, last(eachindex(v))
# expect: (3:-1:1, range(1.0, stop=0.0, length=3), true, 3)
# ---
# Arithmetic keeps a range a range (base/broadcast.jl's `broadcasted` methods for ranges).
(1:3) .+ 1, 2 .* (1:3), (1:3) * 2, -(1:3), 10 .- (1:3), (1:3) + (1:3), (1:3) .- 1
# expect: (2:4, 2:2:6, 2:2:6, -1:-1:-3, 9:-1:7, 2:2:6, 0:2)
# ---
(1:3) ./ 2, (1:3) .* 0.5, (0:0.25:1) .+ 1, 2 .* (0:0.25:1), (1:3) .+ 0.5
# expect: (0.5:0.5:1.5, 0.5:0.5:1.5, 1.0:0.25:2.0, 0.0:0.5:2.0, 1.5:1.0:3.5)
# ---
# Other operations, and LinearIndices (an array), give arrays.
(1:3) .^ 2, keys([1, 2]) .+ 1
# expect: ([1, 4, 9], [2, 3])
# ---
(0:0.1:0.3) .* 2.5
# error: 1:1 * of StepRangeLen{Float64,Base.TwicePrecision{Float64},Base.TwicePrecision{Float64}} and Float64 (a range in Julia's twice-precision arithmetic) is not supported by sitegen's Julia; collect the range first

# MersenneTwister objects, permutations and draws from collections: the examples Julia 1.0
# prints in the docstrings of stdlib/Random/src/misc.jl and RNGs.jl (v1.0.0).
using Random
rng = MersenneTwister(1234);
shuffle(rng, collect(1:10))
# expect: 10-element Array{Int64,1}:
# expect:   6
# expect:   1
# expect:  10
# expect:   2
# expect:   3
# expect:   9
# expect:   5
# expect:   7
# expect:   4
# expect:   8
# ---
rng = MersenneTwister(1234);
v = collect(1:16)
shuffle!(rng, v);
println(v)
# expect: [2, 15, 5, 14, 1, 9, 10, 6, 11, 3, 16, 7, 4, 12, 8, 13]
# ---
randperm(MersenneTwister(1234), 4)
# expect: 4-element Array{Int64,1}:
# expect:  2
# expect:  1
# expect:  4
# expect:  3
# ---
rand(MersenneTwister(1234), 2)
# expect: 2-element Array{Float64,1}:
# expect:  0.5908446386657102
# expect:  0.7667970365022592
# ---
rng = MersenneTwister(1234);
x1 = rand(rng, 2)
rng = MersenneTwister(1234);
x2 = rand(rng, 2)
x1 == x2
# expect: true
# ---
rng = MersenneTwister(1234);
rand(rng), rand(rng, Float64)
# expect: (0.5908446386657102, 0.7667970365022592)
# ---
rng = MersenneTwister(1234);
randn(rng, 2, 1)
# expect: 2×1 Array{Float64,2}:
# expect:   0.8673472019512456
# expect:  -0.9017438158568171
# ---
rng = MersenneTwister(1234);
randexp(rng, 2)
# expect: 2-element Array{Float64,1}:
# expect:  2.4835053723904896
# expect:  1.516703605376473 
# ---
# A generator of its own leaves the global one alone; seed! reseeds it in place.
Random.seed!(1234)
rng = MersenneTwister(7)
rand(rng, 3)
Random.seed!(rng, 1234)
rand(rng) == rand()
# expect: true
# ---
# Draws from a range, an array and a step range are all in the collection.
rng = MersenneTwister(0)
a = [rand(rng, 1:6) for i in 1:1000]
(minimum(a), maximum(a), rand(rng, [0.5, 1.5]) in [0.5, 1.5], rand(rng, 2:2:10) in 2:2:10)
# expect: (1, 6, true, true)
# ---
# julia#33170 shows Julia 1.2 (the same generator and scalar sampler as 1.0) giving 2 here.
Random.seed!(1234)
rand(2:4)
# expect: 2
# ---
# rand(1:n) on the global generator is the generator's draw.
Random.seed!(3)
x = [rand(1:10) for i in 1:5]
rng = MersenneTwister(3)
y = [rand(rng, 1:10) for i in 1:5]
x == y
# expect: true
# ---
# An array of draws from a range takes the sampler of one draw, value after value (Julia 1.0's
# RNGs.jl: SamplerRangeFast for Val(1) and Val(Inf) alike).
a = rand(MersenneTwister(1), 1:6, 3)
rng = MersenneTwister(1)
b = [rand(rng, 1:6) for i in 1:3]
(a == b, typeof(a), size(rand(MersenneTwister(2), [10, 20, 30], 2, 2)))
# expect: (true, Array{Int64,1}, (2, 2))
# ---
sort(randperm(6)) == 1:6 && sort(shuffle(1:6)) == 1:6
# expect: true
# ---
rand(MersenneTwister(1), Int)
# error: 1:1 random values of type Int64 are not supported by sitegen's Julia (only Float64 and Float32)
# ---
MersenneTwister()
# error: 1:1 MersenneTwister() without a seed (Julia seeds it from system entropy) is not supported by sitegen's Julia
# ---
MersenneTwister(-1)
# error: 1:1 DomainError with -1:
# ---
rand(Int[])
# error: 1:1 ArgumentError: collection must be non-empty
# ---
x = 1
rng = MersenneTwister(1234)
# error: 2:1 showing a MersenneTwister (Julia 1.0 prints its whole state) is not supported by sitegen's Julia; end the line with ;

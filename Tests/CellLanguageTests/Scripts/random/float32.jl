# Float32 draws of Julia 1.0's MersenneTwister (stdlib/Random/src/generation.jl, RNGs.jl and
# normal.jl at v1.0.0). Expected values are derived from the doubles the docstrings of rand! and
# randn! print for MersenneTwister(1234): rand(rng, Float32) keeps the low 23 bits of the next
# double's mantissa; an array turns each pair of doubles u (a UInt128) into the four 32-bit
# words of u ⊻ u << 26, and draws its last length % 4 values one by one; randn converts the
# Float64 draw. Julia 1.0 pads each column of an array to its widest entry, trailing spaces too.
using Random
rand(MersenneTwister(1234), Float32)
# expect: 0.010770321f0
# ---
rand(MersenneTwister(1234), Float32, 5)
# expect: 5-element Array{Float32,1}:
# expect:  0.010770321
# expect:  0.88627934 
# expect:  0.6934594  
# expect:  0.22535205 
# expect:  0.20819986 
# ---
Random.seed!(1234)
rand(Float32, 2, 3)
# expect: 2×3 Array{Float32,2}:
# expect:  0.0107703  0.693459  0.2082  
# expect:  0.886279   0.225352  0.405684
# ---
# Fewer than four values are all drawn one by one.
Random.seed!(1234)
rand(Float32, 3)
# expect: 3-element Array{Float32,1}:
# expect:  0.010770321
# expect:  0.30586517 
# expect:  0.20819986 
# ---
Random.seed!(1234)
x = rand(Float32)
# expect: 0.010770321f0
# ---
rng = MersenneTwister(1234);
rand(rng, Float32, 4);
rand(rng)
# expect: 0.5662374165061859
# ---
randn(MersenneTwister(1234), Float32, 3)
# expect: 3-element Array{Float32,1}:
# expect:   0.8673472 
# expect:  -0.9017438 
# expect:  -0.49447876
# ---
rng = MersenneTwister(1234);
randn(rng, Float32), randn(rng, Float32)
# expect: (0.8673472f0, -0.9017438f0)
# ---
Random.seed!(1234)
randn(Float32, 2, 2)
# expect: 2×2 Array{Float32,2}:
# expect:   0.867347  -0.494479
# expect:  -0.901744  -0.902914
# ---
randexp(MersenneTwister(1234), Float32)
# expect: 2.4835055f0
# ---
typeof(rand(Float32, 2)), typeof(rand(Float32)), eltype(randn(Float32, 2, 2)), typeof(randn(Float32))
# expect: (Array{Float32,1}, Float32, Float32, Float32)
# ---
rand(MersenneTwister(1), Int, 2)
# error: 1:1 random values of type Int64 are not supported by sitegen's Julia (only Float64 and Float32)

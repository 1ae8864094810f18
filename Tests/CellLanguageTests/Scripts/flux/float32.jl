# Flux 0.8.3's Float32 layers (src/layers/basic.jl, src/utils.jl) on Tracker 0.2.0. Expected
# values are worked out in single precision from the Float32 draws of MersenneTwister(1234)
# (see random/float32.jl): glorot_uniform(dims...) = (rand(Float32, dims...) .- 0.5f0) .*
# sqrt(24.0f0/sum(dims)); a Float32 Dense converts a Float64 input with Float32.(x) and sums
# W*x in k order; ADAM's state and step are Float32 arrays, computed in Float64 and rounded.
using Flux, Random
Random.seed!(1234)
Flux.glorot_uniform(2, 3)
# expect: 2×3 Array{Float32,2}:
# expect:  -1.07185    0.423848  -0.639302
# expect:   0.846296  -0.601724  -0.206636
# ---
Random.seed!(1234)
d = Dense(3, 2)
d.W
# expect: Tracked 2×3 Array{Float32,2}:
# expect:  -1.07185    0.423848  -0.639302
# expect:   0.846296  -0.601724  -0.206636
# ---
d.b
# expect: Tracked 2-element Array{Float32,1}:
# expect:  0.0
# expect:  0.0
# ---
x = [1.0, 2.0, 3.0]
d(x)
# expect: Tracked 2-element Array{Float32,1}:
# expect:  -2.1420581 
# expect:  -0.97706026
# ---
l = sum(d(x) .^ 2)
# expect: 5.54306f0 (tracked)
# ---
typeof(l), typeof(d.W)
# expect: (Tracker.TrackedReal{Float32}, TrackedArray{…,Array{Float32,2}})
# ---
gs = Tracker.gradient(() -> sum(d(x) .^ 2), params(d))
gs[d.W]
# expect: Tracked 2×3 Array{Float32,2}:
# expect:  -4.28412  -8.56823  -12.8523 
# expect:  -1.95412  -3.90824   -5.86236
# ---
Flux.Optimise.update!(ADAM(0.1), params(d), gs)
d.b
# expect: Tracked 2-element Array{Float32,1}:
# expect:  0.1
# expect:  0.1
# ---
Tracker.data(l)
# expect: 5.54306f0
# ---
# Julia would compute with a Float64 operand in Float64; sitegen keeps a graph in one type.
d.W * [1.0, 2.0, 3.0]
# error: 2:1 an operation mixing Float32 and Float64 values with a tracked operand is not supported by sitegen's Julia (Julia would compute it in Float64); convert one side, e.g. Float32.(x)

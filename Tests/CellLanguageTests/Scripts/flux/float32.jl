# Flux 0.8.3's Float32 layers (src/layers/basic.jl, src/utils.jl) on Tracker 0.2.0. Expected
# values are worked out in single precision from the Float32 draws of MersenneTwister(1234)
# (see random/float32.jl): glorot_uniform(dims...) = (rand(Float32, dims...) .- 0.5f0) .*
# sqrt(24.0f0/sum(dims)); a Float32 Dense converts a Float64 input with Float32.(x) and sums
# W*x in k order; ADAM's state and step are Float32 arrays, computed in Float64 and rounded.
# (The Float64 loss below is (ŷ - y)^2 summed in Float64 from the Float32 ŷ.)
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
# A Float64 operand makes the operation Float64, as Julia promotes; the gradients that reach
# the Float32 parameters are added into their Float32 grads (Tracker's `x.grad .+= Δ`).
Random.seed!(1234)
d = Dense(3, 2)
y = [0.5, -0.25]
l = sum((d(x) .- y) .^ 2)
# expect: 7.509087803180879 (tracked)
# ---
gs = Tracker.gradient(() -> sum((d(x) .- y) .^ 2), params(d))
gs[d.b]
# expect: Tracked 2-element Array{Float32,1}:
# expect:  -5.2841163
# expect:  -1.4541205
# ---
Flux.Optimise.update!(ADAM(0.1), params(d), gs)
d.b
# expect: Tracked 2-element Array{Float32,1}:
# expect:  0.1       
# expect:  0.10000001
# ---
# x.data and x.grad of a Float32 parameter are its Float32 arrays: what is written into them
# is converted to Float32, as setindex! and .= convert.
W = param(Float32[1.5, 2.5])
Tracker.back!(W[1] * 2f0 + W[2]^2)
W.grad
# expect: 2-element Array{Float32,1}:
# expect:  2.0
# expect:  5.0
# ---
W.data .-= 0.1f0 .* W.grad
W.data[1] = 0.3
W, typeof(W.data), sum(W.data)
# expect: (Float32[0.3, 2.0] (tracked), Array{Float32,1}, 2.3f0)

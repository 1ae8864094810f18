# gradient, Params, optimisers, Dense and Chain. Tracker 0.2.0's gradient returns tracked values.
using Flux
Tracker.gradient(x -> 3x^2, 2.0)
# expect: (12.0 (tracked),)
# ---
g = Tracker.gradient((a, b) -> a * b, 2.0, 5.0)
g
# expect: (5.0 (tracked), 2.0 (tracked))
# ---
w = param([1.0, 2.0])
ps = params(w)
gs = Tracker.gradient(() -> sum(w .* w), ps)
gs[w]
# expect: Tracked 2-element Array{Float64,1}:
# expect:  2.0
# expect:  4.0
# ---
opt = Descent(0.1)
Flux.Optimise.update!(opt, ps, gs)
w.data
# expect: 2-element Array{Float64,1}:
# expect:  0.8
# expect:  1.6
# ---
opt
# expect: Descent(0.1)
# ---
m = Dense(2, 1; initW = (o, i) -> rand(o, i), initb = zeros)
size(m.W), size(m.b)
# expect: ((1, 2), (1,))
# ---
init(dims...) = (rand(dims...) .- 0.5) .* sqrt(24 / sum(dims))
c = Chain(Dense(2, 3, relu; initW = init, initb = zeros), Dense(3, 1; initW = init, initb = zeros))
out = c([1.0, 2.0])
length(out)
# expect: 1
# ---
Flux.mse([1.0, 2.0], [1.0, 4.0])
# expect: 2.0
# ---
sigmoid(0.0), σ(0.0), relu(-1.0)
# expect: (0.5, 0.5, 0.0)
# ---
Momentum(0.01, 0.9)
# expect: Momentum(0.01, 0.9, IdDict{Any,Any}())

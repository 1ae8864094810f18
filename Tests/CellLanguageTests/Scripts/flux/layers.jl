# Flux 0.8.3's layers, losses, one-hot encodings and train! (src/layers/basic.jl,
# src/layers/stateless.jl, src/onehot.jl, src/optimise/train.jl) with NNlib 0.6's softmax.
using Flux, Random
Dense(2, 3)
# expect: Dense(2, 3)
# ---
rng = MersenneTwister(1)
glorot(dims...) = (rand(rng, dims...) .- 0.5) .* sqrt(24 / sum(dims))
m = Chain(Dense(2, 8, relu; initW = glorot, initb = zeros), Dense(8, 2; initW = glorot, initb = zeros), softmax)
# expect: Chain(Dense(2, 8, NNlib.relu), Dense(8, 2), NNlib.softmax)
# ---
m[1], length(m.layers)
# expect: (Dense(2, 8, NNlib.relu), 3)
# ---
Dense(param([1.0 2.0; 3.0 4.0]), param([0.5, -0.5]), σ)
# expect: Dense(2, 2, NNlib.σ)
# ---
# NNlib 0.6's docstring prints 0.0900306, 0.244728, 0.665241; the full digits are its
# algorithm (exp of x - max, summed in order, divided) in IEEE double arithmetic.
softmax([1, 2, 3.])
# expect: 3-element Array{Float64,1}:
# expect:  0.09003057317038046
# expect:  0.24472847105479764
# expect:  0.6652409557748218 
# ---
Flux.onehot(:b, [:a, :b, :c])
# expect: 3-element Flux.OneHotVector:
# expect:  false
# expect:   true
# expect:  false
# ---
Flux.onehotbatch([:b, :a, :b], [:a, :b, :c])
# expect: 3×3 Flux.OneHotMatrix{Array{Flux.OneHotVector,1}}:
# expect:  false   true  false
# expect:   true  false   true
# expect:  false  false  false
# ---
# Flux's getindex: a column is a OneHotVector, columns a OneHotMatrix.
y = Flux.onehotbatch([:b, :a, :b], [:a, :b, :c])
y[:, 2], typeof(y[:, [1, 3]]), y[2, 3]
# expect: (Bool[true, false, false], Flux.OneHotMatrix{Array{Flux.OneHotVector,1}}, true)
# ---
Flux.onecold([true, false, false], [:a, :b, :c]), Flux.onecold([0.3, 0.2, 0.5], [:a, :b, :c])
# expect: (:a, :c)
# ---
Flux.onecold([0.1 0.7; 0.9 0.3])
# expect: 2-element Array{Int64,1}:
# expect:  2
# expect:  1
# ---
Flux.onehot(:d, [:a, :b])
# error: 1:1 Value d is not in labels
# ---
# The loss is -sum(y .* log.(ŷ)) / size(y, 2).
Flux.crossentropy([0.25 0.5; 0.75 0.5], [0.0 1.0; 1.0 0.0]) == -(log(0.75) + log(0.5)) / 2
# expect: true
# ---
# Gradients of the whole model against central finite differences.
x = [0.3 -1.2 0.8; 0.5 0.1 -0.7]
y = Flux.onehotbatch([1, 2, 1], 1:2)
W, b = m[2].W, m[2].b
gs = Tracker.gradient(() -> Flux.crossentropy(m(x), y), params(m))
loss(w) = (m2 = Chain(m[1], Dense(param(reshape(w, 2, 8)), b, identity), softmax); Tracker.data(Flux.crossentropy(m2(x), y)))
numeric = Tracker.ngradient(loss, vec(Tracker.data(W)))[1]
maximum(abs.(vec(gs[W]) .- numeric)) < 1e-8
# expect: true
# ---
using Statistics
accuracy(x, y) = mean(Flux.onecold(m(x)) .== Flux.onecold(y))
accuracy(x, y) isa Float64
# expect: true
# ---
# train! takes a gradient step per item of data, then calls the callback.
losses = Float64[]
opt = ADAM(0.01)
l(x, y) = Flux.crossentropy(m(x), y)
before = Tracker.data(l(x, y))
Flux.train!(l, params(m), [(x, y) for i in 1:20], opt; cb = () -> push!(losses, Tracker.data(l(x, y))))
length(losses), losses[end] < before
# expect: (20, true)
# ---
f = Flux.throttle(() -> println("training"), 10)
f(); f(); f();
# expect: training
# ---
# update!(opt, x, x̄) steps by apply!(opt, x, x̄), which Descent computes in place: x̄ .*= η.
W = param([1.0, 2.0])
g = [0.5, -1.0]
Flux.Optimise.update!(Descent(0.1), W, g)
Tracker.data(W), g
# expect: ([0.95, 2.1], [0.05, -0.1])
# ---
seen = Int[]
@epochs 2 push!(seen, length(seen))
seen'
# expect: [ Info: Epoch 1
# expect: [ Info: Epoch 2
# expect: 1×2 LinearAlgebra.Adjoint{Int64,Array{Int64,1}}:
# expect:  0  1
# ---
@epochs 2 (k = 1)
# error: 1:1 assignments inside @epochs are not supported by sitegen's Julia
# ---
# NNlib 0.6: leakyrelu(x, a = 0.01) = max(a*x, x/1); logsoftmax(x) = x .- log(sum(exp.(x .- max))) .- max.
leakyrelu(-2.0), leakyrelu(3), leakyrelu(-1.0, 0.2)
# expect: (-0.02, 3.0, -0.2)
# ---
z = [1.0 -2.0; 0.5 3.0]
t = [1.0 0.0; 0.0 1.0]
Flux.logitcrossentropy(z, t) == Flux.crossentropy(softmax(z), t), logsoftmax([0.0, 0.0]) == [-log(2), -log(2)]
# expect: (false, true)
# ---
d = Dense(param([1.0 2.0; 3.0 4.0]), param([0.5, -0.5]), tanh)
Tracker.data(d([1.0, -1.0])) == tanh.([1.0 - 2.0 + 0.5, 3.0 - 4.0 - 0.5])
# expect: true
# ---
zt = param(z)
gs = Tracker.gradient(() -> Flux.logitcrossentropy(zt, t), params(zt))
numeric = Tracker.ngradient(w -> Flux.logitcrossentropy(w, t), z)[1]
maximum(abs.(gs[zt] .- numeric)) < 1e-8
# expect: true
# ---
# The binarycrossentropy docstring (Flux 0.8.3) prints 1.4244, 0.352317, 0.86167.
round.(Flux.binarycrossentropy.(σ.([-1.1491, 0.8619, 0.3127]), [1, 1, 0.]), digits=4)
# expect: 3-element Array{Float64,1}:
# expect:  1.4244
# expect:  0.3523
# expect:  0.8617
# ---
# Dense(W, b, σ) of plain arrays keeps them untracked (src/layers/basic.jl): plain outputs and
# no parameters, since params collects tracked arrays only (src/treelike.jl).
layer = Dense([1.0 -1.0], [0.5], relu)
# expect: Dense(2, 1, NNlib.relu)
# ---
layer([3.0, 1.0]), length(params(layer))
# expect: ([2.5], 0)

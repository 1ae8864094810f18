# Flux 0.8: activations, losses, one-hot encoding, layers, Tracker gradients, a training step.
using Flux
σ(0.0)
# expect: 0.5
# ---
using Flux
relu.([-2.0, 0.0, 3.0])
# expect: 3-element Array{Float64,1}:
# expect:  0.0
# expect:  0.0
# expect:  3.0
# ---
using Flux
leakyrelu(-1.0)
# expect: -0.01
# ---
using Flux
softmax([0.0, 0.0, 0.0, 0.0])
# expect: 4-element Array{Float64,1}:
# expect:  0.25
# expect:  0.25
# expect:  0.25
# expect:  0.25
# ---
# Mean squared error
using Flux
Flux.mse([1.0, 2.0, 3.0], [1.0, 2.0, 5.0])
# expect: 1.3333333333333333
# ---
using Flux
Flux.crossentropy([0.5, 0.5], [1.0, 0.0])
# expect: 0.6931471805599453
# ---
# One-hot encoding
using Flux: onehot
onehot(:b, [:a, :b, :c])
# expect: 3-element Flux.OneHotVector:
# expect:  false
# expect:   true
# expect:  false
# ---
using Flux: onehotbatch
onehotbatch([1, 2, 1], 1:2)
# expect: 2×3 Flux.OneHotMatrix{Array{Flux.OneHotVector,1}}:
# expect:   true  false   true
# expect:  false   true  false
# ---
using Flux: onecold
onecold([0.1, 0.7, 0.2]), onecold([0.1, 0.7, 0.2], [:a, :b, :c])
# expect: (2, :b)
# ---
# Models are displayed by their layers
using Flux
m = Chain(Dense(2, 3, relu), Dense(3, 1))
# expect: Chain(Dense(2, 3, NNlib.relu), Dense(3, 1))
# ---
using Flux
Dense(10, 5, σ), Dense(3, 2, tanh)
# expect: (Dense(10, 5, NNlib.σ), Dense(3, 2, tanh))
# ---
# Output sizes and parameter counts
using Flux
m = Chain(Dense(4, 8, relu), Dense(8, 2), softmax)
(size(m(rand(4))), size(m(rand(4, 10))), length(params(m)))
# expect: ((2,), (2, 10), 4)
# ---
using Flux
d = Dense(3, 2)
size(d.W), size(d.b)
# expect: ((2, 3), (2,))
# ---
# A layer with given weights
using Flux
layer = Dense([1.0 -1.0], [0.5], relu)
layer([3.0, 1.0])
# expect: 1-element Array{Float64,1}:
# expect:  2.5
# ---
# Tracker: gradients of plain Julia functions
using Flux
using Flux.Tracker
f(x) = 3x^2 + 2x + 1
Tracker.gradient(f, 2)
# expect: (14.0 (tracked),)
# ---
using Flux
Tracker.gradient((W, b, x) -> W * x + b, 2, 3, 4)
# expect: (4.0 (tracked), 1.0 (tracked), 2.0 (tracked))
# ---
using Flux
W = param([1 2; 3 4])
# expect: Tracked 2×2 Array{Float64,2}:
# expect:  1.0  2.0
# expect:  3.0  4.0
# ---
# back! accumulates gradients in the parameters
using Flux
W = param([1 2; 3 4])
x = param([5, 6])
y = W * x
Tracker.back!(y, [1, -1])
W.grad
# expect: 2×2 Array{Float64,2}:
# expect:   5.0   6.0
# expect:  -5.0  -6.0
# ---
using Flux
a, b = param(2), param(3)
c = a * b
Tracker.back!(c)
Tracker.grad(a), Tracker.grad(b)
# expect: (3.0, 2.0)
# ---
# Gradients with respect to params
using Flux
W = param(2)
b = param(3)
f(x) = W * x + b
grads = Tracker.gradient(() -> f(4), params(W, b))
grads[W], grads[b]
# expect: (4.0 (tracked), 1.0 (tracked))
# ---
# One step of gradient descent with train!
using Flux
W = param([0.5])
loss(x, y) = sum((W .* x .- y) .^ 2)
Flux.train!(loss, params(W), [([1.0], [2.0])], Descent(0.1))
W
# expect: Tracked 1-element Array{Float64,1}:
# expect:  0.8
# ---
# Updating a parameter by hand
using Flux
using Flux.Tracker: update!
W = param([1.0, 2.0])
Tracker.back!(sum(W .^ 2))
update!(W, -0.1 .* W.grad)
W
# expect: Tracked 2-element Array{Float64,1}:
# expect:  0.8
# expect:  1.6

# Tracker's workflow: param, back!, .grad, .data, data.
using Flux, Flux.Tracker
w = param([1.0, 2.0])
# expect: Tracked 2-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# ---
y = sum(w .* w)
# expect: 5.0 (tracked)
# ---
Flux.Tracker.back!(y)
w.grad
# expect: 2-element Array{Float64,1}:
# expect:  2.0
# expect:  4.0
# ---
w.data
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# ---
w.grad[:] .= 0.0
w.data[:] = [3.0, 4.0]
z = w[1] * w[2]
back!(z)
w.grad
# expect: 2-element Array{Float64,1}:
# expect:  4.0
# expect:  3.0
# ---
Tracker.data(z), Flux.Tracker.data(w)
# expect: (12.0, [3.0, 4.0])
# ---
back!(z)
# error: `back!` was already used
# ---
s = param(2.0)
t = s^2 + 3s
back!(t)
s.grad
# expect: 7.0
# ---
l = param(0.0) / 0.0
back!(l)
# error: Loss is NaN
# ---
# Tracker 0.2.0's forward (src/back.jl): the value and a pullback Δ -> the gradients, which the
# scalar rules of lib/real.jl (`Δ * b`, `a * Δ`) return tracked; the pullback can be called again.
using Flux
y, back = Tracker.forward((a, b) -> a * b, 2, 3)
back(1)
# expect: (3.0 (tracked), 2.0 (tracked))
# ---
y, back(2)
# expect: (6.0 (tracked), (6.0 (tracked), 4.0 (tracked)))
# ---
W = param([1.0 2.0; 3.0 4.0])
l, pullback = Tracker.forward(() -> sum(W * [1.0, 1.0]), params(W))
pullback(1)[W]
# expect: Tracked 2×2 Array{Float64,2}:
# expect:  1.0  1.0
# expect:  1.0  1.0

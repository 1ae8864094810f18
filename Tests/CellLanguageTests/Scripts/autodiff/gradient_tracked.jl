# Tracker 0.2.0's gradient returns each gradient tracked (src/back.jl: extract_grad! wraps it in
# nobacksies); the outputs are those of Flux 0.8.3's docs/src/models/basics.md.
using Flux.Tracker
f(x) = 3x^2 + 2x + 1;
df(x) = Tracker.gradient(f, x)[1];
df(2)
# expect: 14.0 (tracked)
# ---
g(W, b, x) = W * x + b;
Tracker.gradient(g, 2, 3, 4)
# expect: (4.0 (tracked), 1.0 (tracked), 2.0 (tracked))
# ---
# `using Flux.Tracker` brings Tracker's exports (gradient, param, Params) into scope.
gradient(x -> 3x^2, 2.0)
# expect: (12.0 (tracked),)
# ---
using Flux
W = param(2)
# expect: 2.0 (tracked)
# ---
b = param(3)
# expect: 3.0 (tracked)
# ---
h(x) = W * x + b;
grads = Tracker.gradient(() -> h(4), params(W, b));
grads[W]
# expect: 4.0 (tracked)
# ---
grads[b]
# expect: 1.0 (tracked)
# ---
# A TrackedArray shows its data then " (tracked)" (src/lib/array.jl); the REPL displays it with
# the summary "Tracked 3-element Array{Float64,1}".
Tracker.gradient(x -> sum(x .^ 2), [1.0, 2.0, 3.0])
# expect: ([2.0, 4.0, 6.0] (tracked),)
# ---
v = Tracker.gradient(x -> sum(x .^ 2), [1.0, 2.0, 3.0])[1]
# expect: Tracked 3-element Array{Float64,1}:
# expect:  2.0
# expect:  4.0
# expect:  6.0
# ---
# Arithmetic on a tracked gradient is tracked; Tracker.data gives the plain values.
df(2) * 2, Tracker.data(df(2)), Tracker.data(v)
# expect: (28.0 (tracked), 14.0, [2.0, 4.0, 6.0])
# ---
# Against central finite differences.
k(x) = sum(sin.(x) .* x)
xs = [0.3, -1.2, 2.0]
maximum(abs.(Tracker.data(Tracker.gradient(k, xs)[1]) .- Tracker.ngradient(k, xs)[1])) < 1e-8
# expect: true
# ---
# A parameter the loss does not reach has Tracker's zero gradient.
A = param([1.0, 2.0])
B = param([3.0])
gs = Tracker.gradient(() -> sum(A .* A), params(A, B));
gs[A], gs[B]
# expect: ([2.0, 4.0] (tracked), [0.0] (tracked))
# ---
# Tracker's update!(x::TrackedArray, Δ): x.data .+= data(Δ), the gradient zeroed.
Tracker.update!(A, [0.5, -0.5])
# expect: Tracked 2-element Array{Float64,1}:
# expect:  1.5
# expect:  1.5
# ---
Flux.Optimise.update!(Descent(0.1), A, gs[A]);
Tracker.data(A)
# expect: 2-element Array{Float64,1}:
# expect:  1.3
# expect:  1.1
# ---
# gradient(f, xs...; nest = true) is Tracker 0.2.0's gradient_nested: forward, then back(1)
# with the DiffRules derivatives evaluated on tracked operands, so the result can be
# differentiated again: d/dx (3x^2 + 2x + 1) = 6x + 2, d²/dx² = 6; for h(x, y) = x^2 y + √y,
# ∂h/∂x = 2xy, ∂h/∂y = x^2 + 1/(2√y).
f(x) = 3x^2 + 2x + 1
df(x) = Tracker.gradient(f, x; nest = true)[1]
d2f(x) = Tracker.gradient(df, x; nest = true)[1]
df(2), d2f(2)
# expect: (14.0 (tracked), 6.0 (tracked))
# ---
h(x, y) = x^2 * y + sqrt(y)
Tracker.gradient(h, 3.0, 4.0; nest = true)
# expect: (24.0 (tracked), 9.25 (tracked))
# ---
Tracker.gradient(x -> tanh(x), 1.0; nest = true)
# error: 1:1 a nested gradient (nest = true) through tanh is not supported by sitegen's Julia
# ---
Tracker.gradient(x -> sum(x .^ 2), [1.0, 2.0]; nest = true)
# error: 1:1 gradient(f, xs...; nest = true) of an array is not supported by sitegen's Julia
# ---
Tracker.gradient(x -> x^2, 3.0; nest = false)
# expect: (6.0 (tracked),)
# ---
# gradient(f, ps) adds to what back! left in the grads, then zeroes them (extract_grad!).
C = param([1.0, 2.0])
Tracker.back!(sum(C .* 3))
gc = Tracker.gradient(() -> sum(C .* C), params(C));
gc[C], C.grad
# expect: ([5.0, 7.0] (tracked), [0.0, 0.0])
# ---
# The arguments are taken by value: param.(data.(xs)).
Tracker.gradient(x -> x^3, param(2.0)), Tracker.gradient(x -> sum(x), param([1.0, 2.0]))
# expect: ((12.0 (tracked),), ([1.0, 1.0] (tracked),))
# ---
# gradient(f, ps) against central finite differences.
P = param([0.4, -0.7, 1.3])
lossP() = sum(exp.(P) .* P) / 3
gP = Tracker.gradient(lossP, params(P));
numericP = Tracker.ngradient(p -> sum(exp.(p) .* p) / 3, [0.4, -0.7, 1.3])[1]
maximum(abs.(Tracker.data(gP[P]) .- numericP)) < 1e-8
# expect: true
# ---
# Tracker 0.2.0 shows Grads with println (src/params.jl): the newline is part of it.
repr(gP)
# expect: "Grads(...)\n"
# ---
# Flux 0.8.3's update!(opt, x, x̄) steps by apply!(opt, x, data(x̄)), which Descent computes in
# place (Δ .*= η): the Grads entry, or a tracked gradient, holds the step afterwards.
V = param([1.0, 2.0])
gv = Tracker.gradient(() -> sum(V .* V), params(V));
Flux.Optimise.update!(Descent(0.1), params(V), gv)
Tracker.data(V), gv[V]
# expect: ([0.8, 1.6], [0.2, 0.4] (tracked))
# ---
# 0.8 - 0.2 is 0.6000000000000001; an array's show (show_vector) sets :compact => true.
gw = Tracker.gradient(w -> sum(w .* w), [1.0, 2.0])[1]
Flux.Optimise.update!(Descent(0.1), V, gw)
Tracker.data(V), gw
# expect: ([0.6, 1.2], [0.2, 0.4] (tracked))
# ---
# A gradient is no path for back! (Tracker 0.2.0's extract_grad! wraps it in nobacksies).
using Flux
g = Tracker.gradient(x -> 3x^2, 2.0)[1]
l = 2 * g
Tracker.back!(l)
# error: 5:1 Use `gradient(...; nest = true)` for nested derivatives
# ---
using Flux
g = Tracker.gradient(x -> sum(x .^ 2), [1.0, 2.0])[1]
w = param([1.0, 1.0])
Tracker.back!(sum(w .* Tracker.data(g)))
w.grad
# expect: 2-element Array{Float64,1}:
# expect:  2.0
# expect:  4.0

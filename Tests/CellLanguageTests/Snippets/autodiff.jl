# Automatic differentiation: finite differences, hand-written dual numbers, Tracker.
# Forward finite difference
f(x) = x^2
fd(f, x; h = 1e-6) = (f(x + h) - f(x)) / h
fd(f, 3.0)
# expect: 6.000001000927568
# ---
# Central difference is more accurate
f(x) = x^2
central(f, x; h = 1e-6) = (f(x + h) - f(x - h)) / (2h)
central(f, 3.0)
# expect: 6.000000000838668
# ---
# Forward mode with hand-written dual numbers
struct Dual
    val::Float64
    der::Float64
end
Base.:+(a::Dual, b::Dual) = Dual(a.val + b.val, a.der + b.der)
Base.:*(a::Dual, b::Dual) = Dual(a.val * b.val, a.der * b.val + a.val * b.der)
g(x) = x * x + x
g(Dual(3.0, 1.0))
# expect: Dual(12.0, 7.0)
# ---
# Dual numbers with constants and sin
struct D
    v::Float64
    d::Float64
end
Base.:*(a::Number, b::D) = D(a * b.v, a * b.d)
Base.:+(a::D, b::Number) = D(a.v + b, a.d)
Base.sin(a::D) = D(sin(a.v), cos(a.v) * a.d)
h(x) = sin(2 * x + 1)
h(D(-0.5, 1.0))
# expect: D(0.0, 2.0)
# ---
# Reverse mode with Tracker
using Flux
Tracker.gradient(x -> x^3, 2.0)
# expect: (12.0 (tracked),)
# ---
using Flux
Tracker.gradient(sin, 0.0), Tracker.gradient(exp, 0.0)
# expect: ((1.0 (tracked),), (1.0 (tracked),))
# ---
using Flux
Tracker.gradient(σ, 0.0)
# expect: (0.25 (tracked),)
# ---
# Gradient of a function of a vector
using Flux
Tracker.gradient(x -> sum(x .^ 2), [1.0, 2.0, 3.0])
# expect: ([2.0, 4.0, 6.0] (tracked),)
# ---
using Flux
Tracker.gradient((a, b) -> sum(a .* b), [1.0, 2.0], [3.0, 4.0])
# expect: ([3.0, 4.0] (tracked), [1.0, 2.0] (tracked))
# ---
# Second derivatives with nest = true
using Flux
f(x) = 3x^2 + 2x + 1
df(x) = Tracker.gradient(f, x; nest = true)[1]
d2f(x) = Tracker.gradient(df, x; nest = true)[1]
df(2), d2f(2)
# expect: (14.0 (tracked), 6.0 (tracked))
# ---
# Tracked scalars
using Flux
x = param(3.0)
y = x^2 + 2x
# expect: 15.0 (tracked)
# ---
using Flux
x = param(3.0)
y = x^2 + 2x
Tracker.back!(y)
Tracker.grad(x)
# expect: 8.0
# ---
# Gradient of a linear model's loss with respect to its weights
using Flux
W = param([1.0 2.0; 3.0 4.0])
x = [1.0, 1.0]
Tracker.back!(sum(W * x))
W.grad
# expect: 2×2 Array{Float64,2}:
# expect:  1.0  1.0
# expect:  1.0  1.0
# ---
# Stripping the tracking
using Flux
Tracker.data(param([1.0, 2.0]) .* 2)
# expect: 2-element Array{Float64,1}:
# expect:  2.0
# expect:  4.0
# ---
# forward returns the value and a backpropagator
using Flux
y, back = Tracker.forward((a, b) -> a * b, 2, 3)
back(1)
# expect: (3.0 (tracked), 2.0 (tracked))

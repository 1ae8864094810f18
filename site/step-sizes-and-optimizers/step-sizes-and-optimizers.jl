# # Step sizes and optimizers
#
# The training loop of [chapter 1](https://example.org/flux-by-example/differentiable-programming/) turned
# each gradient into a step with a single line,
#
# $$
#     w \leftarrow w - \eta \, \nabla_w \ell,
# $$ {#eq-descent}
#
# and chose $\eta = 10^{-5}$ without saying why. This chapter explains that
# number, then replaces the line with two better rules, Momentum and ADAM, and
# races all three on the fits of chapter 1. Finally it does what every
# practitioner does by accident sooner or later: takes a step that is too
# large, and watches the loss blow up.
#
# We'll need the polynomial and the loss again, written as functions of the
# coefficients as in [chapter 2](https://example.org/flux-by-example/gradients-three-ways/):

import Random
using Flux, PlotlyJS

l2_loss(y, y_hat) = sqrt(sum((y .- y_hat).^2))
poly(w, x) = sum([x^(i-1) .* w[i] for i in 1:length(w)])

Random.seed!(3)
w = randn(3)

# ## Why η = 1e-5
#
# [Chapter 2](https://example.org/flux-by-example/gradients-three-ways/#the-gradient-we-expect) showed that
# the gradient of one sample's loss is $\operatorname{sign}(\hat{y} - y) \cdot
# x^{i-1}$ for the coefficient $w_i$. At the edge of our interval, $x = 10$:

Tracker.gradient(w -> l2_loss(abs(10), poly(w, 10)), w)

# The $x^2$ coefficient is pushed 100 times harder than the constant one. What
# does one step at $x$ do to the prediction *at that same $x$*? Each $w_i$ moves
# by $\eta\, x^{i-1}$, and each of those moves changes $\hat{y}$ by another
# factor $x^{i-1}$, so
#
# $$
#     \Delta \hat{y} = -\operatorname{sign}(\hat{y} - y) \cdot \eta \, S(x),
#     \qquad
#     S(x) = \sum_{i=1}^N x^{2(i-1)} = 1 + x^2 + x^4 .
# $$
#
# At $x = 10$, $S(10) = 10101$, and nearly all of it comes from the $x^4$ term,
# that is from the $x^2$ coefficient. With $\eta = 10^{-5}$ a single step moves
# the prediction at the edge by about a tenth:

S(x) = 1 + x^2 + x^4
η = 1e-5
η * S(10), η * S(1)

# A tenth is a sensible step when the error is a few units: small enough not to
# jump over the target, large enough to get somewhere in a few hundred epochs.
# Make $\eta$ a hundred times larger and every step near the edges throws the
# prediction ten units up or down. The price of a step size chosen for the
# largest coefficient is paid by the smallest: the constant $w_1$ moves by only
# $\eta = 10^{-5}$ per sample, so even if every one of the 201 samples of an
# epoch agreed, it would take about 500 epochs to move it by 1.
#
# ## Three ways to take a step
#
# An *optimizer* is the rule that turns gradients into steps. Flux calls the
# rule of @eq-descent `Descent(η)`. Two others are in everyday use.
#
# **Momentum** keeps a running velocity $v$, a decaying sum of past gradients,
# and steps along it:
#
# $$
#     v \leftarrow \rho \, v - \eta \, \nabla_w \ell,
#     \qquad
#     w \leftarrow w + v ,
# $$
#
# with $\rho = 0.9$ by default. Where successive gradients agree, the velocity
# builds up to $\eta / (1 - \rho)$, ten times the plain step; where they
# alternate, they cancel. That is exactly the situation of the constant term,
# whose gradient has the same sign for long runs of samples.
#
# **ADAM** keeps two running averages for every coefficient: of the gradient,
# $m$, and of its square, $v$, and divides one by the square root of the other:
#
# $$
#     m \leftarrow \beta_1 m + (1 - \beta_1)\, g,
#     \qquad
#     v \leftarrow \beta_2 v + (1 - \beta_2)\, g^2,
#     \qquad
#     w \leftarrow w - \eta \, \frac{\hat{m}}{\sqrt{\hat{v}} + \epsilon}
# $$
#
# where $g = \nabla_w \ell$, $\beta_1 = 0.9$, $\beta_2 = 0.999$, and $\hat{m}$,
# $\hat{v}$ are $m$ and $v$ corrected for starting at zero. The ratio is about
# $\pm 1$ whatever the size of the gradient, so every coefficient moves by
# about $\eta$ per step: the constant as fast as the $x^2$ term. That makes the
# 100-fold imbalance above irrelevant, and lets $\eta$ be picked for the
# problem rather than for the largest coefficient.
#
# In short, for a coefficient whose gradient is $g$:
#
# | rule     | in Flux 0.8      | keeps per coefficient          | a step is about          |
# | :------- | :--------------- | :----------------------------- | :----------------------- |
# | descent  | `Descent(η)`     | nothing                        | $\eta \, g$              |
# | momentum | `Momentum(η, ρ)` | a velocity $v$                 | up to $\eta \, g / (1 - \rho)$ |
# | ADAM     | `ADAM(η)`        | averages $m$ of $g$, $v$ of $g^2$ | $\eta$, whatever $g$ is   |
#
# The `{train}` directive runs chapter 1's training loop (one sample at a time,
# 201 samples per epoch, the same $\ell_2$ loss, the same starting coefficients
# from `Random.seed!(3)`) with any of the three. First, plain descent as in the
# notebook:
#
# ```{train}
# name: abs_descent
# target: abs
# model: polynomial
# order: 3
# seed: 3
# eta: 1e-5
# optimizer: descent
# epochs: 150
# points: -10:0.1:10
# loss: l2
# caption: Descent(1e-5) fitting |x| for 150 epochs
# alt: After 150 epochs of Descent the parabola is still tilted: it rises to 35 at x = -10, meets |x| at 10 at x = 10 and dips just below 0 near x = 3
# ```
#
# Then Momentum, with the same $\eta$:
#
# ```{train}
# name: abs_momentum
# target: abs
# model: polynomial
# order: 3
# seed: 3
# eta: 1e-5
# optimizer: momentum
# epochs: 150
# points: -10:0.1:10
# loss: l2
# caption: Momentum(1e-5, 0.9) fitting |x| for 150 epochs
# alt: The parabola follows the V of |x|: about 14 at x = -10, 10 at x = 10, lowest at about 1.1 near x = 1
# ```
#
# And ADAM. Its $\eta$ is the size of a step in every coefficient, so it is
# chosen differently: a few thousandths moves the prediction at the edge by
# about $0.003 \cdot (1 + 10 + 100) \approx 0.3$ per step at first, and less as
# the averages settle.
#
# ```{train}
# name: abs_adam
# target: abs
# model: polynomial
# order: 3
# seed: 3
# eta: 3e-3
# optimizer: adam
# epochs: 150
# points: -10:0.1:10
# loss: l2
# caption: ADAM(3e-3) fitting |x| for 150 epochs
# alt: The parabola follows the V of |x|: about 13 at x = -10, 10 at x = 10, lowest at about 1.2 near x = 1
# ```
#
# Each directive binds its result under its name, so a cell can put the three
# loss curves in one figure. Losses that fall by orders of magnitude are best
# read on a logarithmic axis:

#| caption: Average loss per epoch fitting |x|, log scale
#| alt: Three loss curves on a log axis over 150 epochs, all starting near 60. Descent drops to about 12 by epoch 30, then creeps down to 6.4. Momentum falls below 1 by about epoch 40 and ADAM by about epoch 15; both then jitter around 0.6
plot([
    scatter(;y=abs_descent.losses, name="Descent(1e-5)"),
    scatter(;y=abs_momentum.losses, name="Momentum(1e-5)"),
    scatter(;y=abs_adam.losses, name="ADAM(3e-3)"),
], Layout(;yaxis_type="log", xaxis_title="epoch", yaxis_title="average loss"))

@show abs_descent.losses[end]
@show abs_momentum.losses[end]
@show abs_adam.losses[end];

# Descent is where the reasoning about $\eta$ predicted: the first 30 epochs
# bring the large $x^2$ coefficient down, which is the steep part of its
# curve; after that the linear coefficient, which started at $-2.5$, creeps
# towards 0 by at most $10 \eta$ per sample, and after 150 epochs it is still
# at $-1.26$. The fit is tilted, and the loss still falling. Momentum, with the
# same $\eta$, builds up speed along that slow direction and gets to the bottom
# by epoch 40; ADAM, which gives every coefficient steps of the same size, by
# epoch 15. Both then jitter around 0.6, which is as close as a parabola gets
# to $|x|$ under this loss. The jitter is the price of updating after every
# sample: each step suits the current sample and slightly undoes the last one.
#
# ### The step function
#
# The same race on the step function of chapter 1:
#
# ```{train}
# name: step_descent
# target: step
# model: polynomial
# order: 3
# seed: 3
# eta: 1e-5
# optimizer: descent
# epochs: 150
# points: -10:0.1:10
# loss: l2
# caption: Descent(1e-5) fitting the step for 150 epochs
# alt: A parabola far from the step: 26 at x = -10, down to about -2 near x = 5 and back to about 1 at x = 10
# ```
#
# ```{train}
# name: step_momentum
# target: step
# model: polynomial
# order: 3
# seed: 3
# eta: 1e-5
# optimizer: momentum
# epochs: 150
# points: -10:0.1:10
# loss: l2
# caption: Momentum(1e-5, 0.9) fitting the step for 150 epochs
# alt: A curve bending downwards, from -2.8 at x = -10 through 0.45 at x = 0 to a peak of 1.2 near x = 7.5, crossing the jump of the step
# ```
#
# ```{train}
# name: step_adam
# target: step
# model: polynomial
# order: 3
# seed: 3
# eta: 3e-3
# optimizer: adam
# epochs: 150
# points: -10:0.1:10
# loss: l2
# caption: ADAM(3e-3) fitting the step for 150 epochs
# alt: An almost straight line from -0.95 at x = -10 through 0.12 at x = 0 to 1.02 at x = 10, cutting diagonally across the jump of the step
# ```

#| caption: Average loss per epoch fitting the step, log scale
#| alt: Three loss curves on a log axis over 150 epochs, all starting near 60. Descent drops to about 13 by epoch 30, then creeps down to 6.9. Momentum falls to about 0.3 by epoch 35, rises to about 0.5 around epoch 50 and settles back near 0.27. ADAM reaches about 0.2 by epoch 15 and stays there
plot([
    scatter(;y=step_descent.losses, name="Descent(1e-5)"),
    scatter(;y=step_momentum.losses, name="Momentum(1e-5)"),
    scatter(;y=step_adam.losses, name="ADAM(3e-3)"),
], Layout(;yaxis_type="log", xaxis_title="epoch", yaxis_title="average loss"))

@show step_descent.losses[end]
@show step_momentum.losses[end]
@show step_adam.losses[end];

# The same story, with one new twist: Momentum overshoots. Around epoch 35 its
# velocity carries the coefficients past the best fit, and the loss climbs
# back up for a while before the velocity decays and it settles. None of the
# three can do much with a step, though. The best the parabola finds is
# ADAM's, an almost straight line through the jump: three coefficients are not
# enough to turn a corner that sharp.
#
# ## When the step is too large
#
# With the notebook's loss, a step that is too large is wasteful but not
# dangerous: the gradient has the same size however wrong the prediction is,
# so each step moves $\hat{y}$ by $\eta S(x)$ and no more. Most training,
# though, uses the *squared* error $(\hat{y} - y)^2$, whose gradient
# $2(\hat{y} - y)\, x^{i-1}$ grows with the error. One step at $x$ then
# multiplies the error at $x$ by a fixed factor:
#
# $$
#     \hat{y} - y \;\leftarrow\; \big(1 - 2 \eta \, S(x)\big) (\hat{y} - y)
# $$
#
# While $2\eta S(x) < 2$ the error shrinks. Beyond that, the step jumps over the
# target and lands farther away on the other side, and every visit to the
# edges of the interval makes things worse. At $x = 10$ the limit is
# $\eta < 1/S(10) \approx 10^{-4}$.
#
# ```{warning} A diverging run stops the page
# A training run that blows up ends in `Inf` and `NaN`, and the `{train}`
# directive treats that as an error in the page; so does `back!`, which refuses
# to propagate a loss that is not a finite number.
# ```
#
# To watch it happen we write
# the loop ourselves, and look at each loss before asking for its gradient,
# stopping as soon as it is no longer finite (`Tracker.data` turns the tracked
# gradient that `Tracker.gradient` returns into a plain array, so that `w` stays
# one):

squared_error(w, x) = (poly(w, x) - abs(x))^2

function sgd_squared(η; epochs=3)
    Random.seed!(3)
    w = randn(3)
    losses = Float64[]
    for epoch in 1:epochs
        for x in -10:0.1:10
            l = squared_error(w, x)
            push!(losses, l)
            if !isfinite(l)
                return losses    # stop at the first loss that is not a number
            end
            g = Tracker.data(Tracker.gradient(w -> squared_error(w, x), w)[1])
            w = w .- η .* g
        end
    end
    return losses
end

safe = sgd_squared(5e-5)
blowup = sgd_squared(3e-3)
@show length(safe)
@show safe[end]
@show length(blowup)
@show blowup[end-2:end];

# With $\eta = 5 \cdot 10^{-5}$ every factor $1 - 2\eta S(x)$ lies between -1
# and 1, and three epochs bring the error down to a few hundredths. With
# $\eta = 3 \cdot 10^{-3}$ the factor at $x = \pm 10$ is about $-60$: each step
# near the edges throws the prediction sixty times farther to the other side.
# The error shrinks again while $x$ passes through the middle of the interval,
# where $|x| < 4.2$ keeps $2\eta S(x)$ below 2, but the next edge undoes that,
# and in the second epoch the squared error passes $1.8 \cdot 10^{308}$, the
# largest `Float64`, and becomes `Inf`. The logarithm of the error shows both
# runs on one scale:

#| caption: The base-10 logarithm of the squared error at each step, for η = 5e-5 and η = 3e-3
#| alt: Two curves over steps. For η = 5e-5 the logarithm stays near 0 and ends at about -1.2 after 603 steps. For η = 3e-3 it climbs to about 130 within 70 steps, sags to about 110 while x crosses the middle of the interval, then climbs again past 300 and stops at step 231, where the error becomes infinite
plot([
    scatter(;y=log10.(safe), name="η = 5e-5"),
    scatter(;y=log10.(blowup), name="η = 3e-3"),
], Layout(;xaxis_title="step (one sample each)", yaxis_title="log10(squared error)"))

# The cure is the one this chapter started with: choose $\eta$ for the largest
# $S(x)$ on the data. The trouble is that $S(x)$ grows like $x^{2(N-1)}$, so
# every extra term in the polynomial makes the largest coefficient's gradient a
# hundred times larger again, and the smallest one's steps a hundred times
# slower. The [next chapter](https://example.org/flux-by-example/more-terms-better-fits/) removes the problem
# at its root, by scaling the inputs to $[-1, 1]$, and then adds as many terms
# as we like.

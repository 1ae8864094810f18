# # More terms, better fits
#
# Three coefficients got us a parabola, and a parabola can only do so much:
# [chapter 3](https://example.org/flux-by-example/step-sizes-and-optimizers/) ended with an almost straight
# line through the step. The obvious fix is more terms. The notebook's
# $f^{(N)}$ was written for any $N$ from the start; this chapter takes $N$ up to
# 10, a polynomial of degree 9, and finds out what that buys and what it
# doesn't.
#
# ## Scaling the inputs first
#
# Chapter 3 showed why more terms cannot simply be added on $[-10, 10]$. A step
# at $x$ moves the prediction there by $\eta\,S(x)$ with $S(x) = \sum_i
# x^{2(i-1)}$, and for a degree-9 polynomial $S(10)$ is about $10^{18}$: no
# single $\eta$ would suit both the constant and the $x^9$ coefficient. The
# cure is to feed the polynomial $t = x / 10$ instead of $x$:
#
# $$
#     f^{(N)}(x) = \sum_{i=1}^N \left( \frac{x}{10} \right)^{i-1} w_i ,
#     \qquad
#     S(t) = \sum_{i=1}^N t^{2(i-1)} \le N \quad \text{for } |t| \le 1 .
# $$
#
# Every power of a number between -1 and 1 is again between -1 and 1, so no
# coefficient's gradient is larger than the constant's:

import Random
using Flux, PlotlyJS

poly(w, t) = sum([t^(i-1) .* w[i] for i in 1:length(w)])
w = zeros(10)

Tracker.gradient(w -> (poly(w, 10 / 10) - abs(10))^2, w)

# Nothing about the model has changed: a polynomial in $x/10$ is a polynomial
# in $x$, with its coefficient $w_i$ divided by $10^{i-1}$. But the steps are now
# the same size in every direction, so one step size works for all of them. The
# `{train}` directive does the division for us with `scale: 10`.
#
# From here on we also switch to the squared error, the loss
# [chapter 3](https://example.org/flux-by-example/step-sizes-and-optimizers/#when-the-step-is-too-large)
# ended with, averaged over the points (`loss: mse`), and to ADAM with
# $\eta = 0.01$. Each fit runs 150 epochs, starting from `Random.seed!(1)`.
# To keep the page quick, the fits use every other point of chapter 1's, the
# 101 points of `-10:0.2:10`; the figures draw the fitted curves at all 201.
#
# ## Fitting sin(x)
#
# Three full periods of a sine wave, with degree 3, 5 and 9 (`order` counts
# the coefficients, one more than the degree):
#
# ```{train}
# name: sin3
# target: sin
# model: polynomial
# order: 4
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 3 fitting sin(x)
# alt: A gentle S-shaped curve rising from -0.5 at x = -10, nearly flat at 0 from x = -5 to 5, up to 0.5 at x = 10, ignoring the three periods of the sine
# ```
#
# ```{train}
# name: sin5
# target: sin
# model: polynomial
# order: 6
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 5 fitting sin(x)
# alt: A low wavy curve: a dip to -0.35 near x = -8.5, a bump of 0.07 near x = -3, a dip of -0.07 near x = 2.5 and a peak of 0.38 near x = 8.3, far inside the swings of the sine
# ```
#
# ```{train}
# name: sin9
# target: sin
# model: polynomial
# order: 10
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 9 fitting sin(x)
# alt: The curve follows the outermost half-waves of the sine roughly, falling from 0.8 at x = -10 to -0.73 near x = -8.5 and peaking at 0.73 near x = 8.3, swings only to ±0.28 in the middle, and plunges to -0.87 at x = 10
# ```
#
# Each directive binds its coefficients as `name.w`, so the three fits can be
# drawn together against the target:

#| label: fig-sin-fits
#| caption: sin(x) and its fits of degree 3, 5 and 9
#| alt: sin(x) swinging between -1 and 1 three times, with the three fits: degree 3 almost flat, degree 5 a low wave, degree 9 reaching the outer half-waves but not the middle ones
x = collect(-10:0.1:10)
fit(w) = [poly(w, xi / 10) for xi in x]
plot([
    scatter(;x=x, y=sin.(x), name="sin(x)"),
    scatter(;x=x, y=fit(sin3.w), name="degree 3"),
    scatter(;x=x, y=fit(sin5.w), name="degree 5"),
    scatter(;x=x, y=fit(sin9.w), name="degree 9"),
])

# In @fig-sin-fits, degree 3 sees a wave it cannot bend to and settles for a
# gentle curve through the middle. Degree 5 wiggles a little. Degree 9 follows the two
# outermost half-waves, roughly, and misses the ones in the middle. To follow
# three periods, a fit must turn around six times (at $\pm\pi/2$,
# $\pm 3\pi/2$ and $\pm 5\pi/2$); a polynomial of degree 9 can turn at most
# eight times, so it could, but only with large, finely balanced coefficients,
# and [below](#ill-conditioning) we'll see why those are hard to train.
#
# ## Fitting |x|
#
# ```{train}
# name: abs3
# target: abs
# model: polynomial
# order: 4
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 3 fitting |x|
# alt: A parabola above the V near the ends and 1.9 above it at x = 0: 11.5 at x = -10, 1.9 at x = 0, 11.2 at x = 10
# ```
#
# ```{train}
# name: abs5
# target: abs
# model: polynomial
# order: 6
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 5 fitting |x|
# alt: A curve that hugs the V of |x| except near the corner, where it rounds off at about 1.3, and near the ends, where it stays at 9.4 to 9.6
# ```
#
# ```{train}
# name: abs9
# target: abs
# model: polynomial
# order: 10
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 9 fitting |x|
# alt: A curve that hugs the V of |x| except near the corner, where it rounds off at about 1.4, and near the ends, where it bends over to about 9.2 at x = -10 and 9.4 at x = 10
# ```

#| label: fig-abs-fits
#| caption: |x| and its fits of degree 3, 5 and 9
#| alt: The V of |x| with its three fits: the degree-3 curve is a parabola 2 units above the corner and above the V at the ends; the degree-5 and degree-9 curves lie almost on top of each other, close to the V except at the rounded corner and the ends
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
    scatter(;x=x, y=fit(abs3.w), name="degree 3"),
    scatter(;x=x, y=fit(abs5.w), name="degree 5"),
    scatter(;x=x, y=fit(abs9.w), name="degree 9"),
])

# $|x|$ is symmetric (@fig-abs-fits), so only the even powers can help it. Degree 3 has just
# two of those, $1$ and $t^2$, so the best it can do is the parabola of
# chapter 1 once more. Degree 5 adds $t^4$, which lets the curve be
# flatter near the bottom and steeper at the sides, and the loss falls to less
# than a third. Degree 9 adds $t^6$ and $t^8$, and ends with a *higher* loss
# than degree 5: a first sign of the trouble described below. Either way, a
# corner is rounded off by every smooth curve.
#
# ## Fitting the step
#
# ```{train}
# name: step3
# target: step
# model: polynomial
# order: 4
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 3 fitting the step
# alt: A smooth curve from 0.21 at x = -10, down to -0.08 near x = -6.5, up through 0.44 at x = 0 to a peak of 1.02 near x = 7 and down to 0.81 at x = 10
# ```
#
# ```{train}
# name: step5
# target: step
# model: polynomial
# order: 6
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 5 fitting the step
# alt: A wavy curve: -0.18 at x = -10, a bump of 0.05 near x = -8.5 and a dip of -0.09 near x = -5, then up through 0.47 at x = 0 to an overshoot of 1.12 near x = 5.5, a dip to 1.03 near x = 8.5 and up to 1.16 at x = 10
# ```
#
# ```{train}
# name: step9
# target: step
# model: polynomial
# order: 10
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: Degree 9 fitting the step
# alt: A wavy curve: -0.23 at x = -10, a bump of 0.04 near x = -8.5 and a dip of -0.09 near x = -5, then up through 0.5 at x = 0 to 1.07 near x = 5.5, 1.03 near x = 8.5 and 1.07 at x = 10
# ```

#| caption: The step and its fits of degree 3, 5 and 9
#| alt: The step with its three fits, all smooth curves rising through about 0.45 to 0.5 at the jump; each wiggles around 0 on the left and around 1 on the right, degree 5 overshooting most, to 1.12 near x = 5.5 and 1.16 at x = 10, and degree 3 falling back to 0.81 at x = 10
u(x) = Float64(x > 0)
plot([
    scatter(;x=x, y=u.(x), name="step(x)"),
    scatter(;x=x, y=fit(step3.w), name="degree 3"),
    scatter(;x=x, y=fit(step5.w), name="degree 5"),
    scatter(;x=x, y=fit(step9.w), name="degree 9"),
])

for (name, run) in [("sin", (sin3, sin5, sin9)), ("|x|", (abs3, abs5, abs9)), ("step", (step3, step5, step9))]
    println(name, ": ", [r.losses[end] for r in run])
end

# ## Where polynomials fail
#
# More terms helped $|x|$ a great deal, going from degree 3 to degree 5, and
# then made it worse. On the sine they helped only a little, and on the step,
# too, the degree-9 fit ended with a higher loss than degree 5. Two different
# things are going wrong.
#
# ### Oscillation at the jump
#
# A polynomial is smooth everywhere; it cannot be flat on one side of 0, jump,
# and be flat on the other. What it can do is wiggle around the flat parts, and
# the fits above do exactly that. The difference between each fit and the step
# makes the wiggles plain:

#| label: fig-step-error
#| caption: The error of the degree-5 and degree-9 fits of the step
#| alt: Two error curves, almost on top of each other. Both jump from about +0.48 just left of x = 0 to about -0.5 just right of it; further left they swing by less than 0.1 around 0; right of the jump degree 5 overshoots by 0.13 near x = 5.5 and degree 9 by 0.07; at the ends the errors reach about -0.2 at x = -10 and up to 0.16 at x = 10
plot([
    scatter(;x=x, y=fit(step5.w) .- u.(x), name="degree 5 minus step"),
    scatter(;x=x, y=fit(step9.w) .- u.(x), name="degree 9 minus step"),
], Layout(;xaxis_title="x", yaxis_title="error"))

# In @fig-step-error the largest errors sit right at the jump, where every fit passes through
# about $\frac{1}{2}$ and misses both levels by half the step, and at the ends of
# the interval, where the highest power has the most leverage. In between, the
# error swings above and below 0. With more terms, trained to the end, the
# ripples get narrower and crowd towards the jump, but the overshoot next to
# it does not shrink: this is the *Gibbs phenomenon*, and every approximation
# of a jump by a sum of smooth functions shows it.
#
# ### Ill-conditioning
#
# The degree-9 polynomial contains every degree-5 polynomial: set its last
# four coefficients to zero. So its best fit of the step is at least as good
# as degree 5's, and yet after 150 epochs it is worse. That is a failure of the
# training, not of the model, and the reason is visible in a plot of the
# powers themselves:

#| caption: The odd powers t, t³, t⁵, t⁷ and t⁹ on [-1, 1]
#| alt: Five curves from (-1, -1) to (1, 1): t is a straight line, while t³, t⁵, t⁷ and t⁹ stay ever flatter near 0 and rise ever more steeply near ±1, the higher ones nearly on top of each other
t = x ./ 10
plot([scatter(;x=t, y=t .^ k, name="t^$k") for k in 1:2:9])

# Each power looks more like the one two below it than the last pair did. The
# cosine of the angle between two powers, sampled at the 201 points of
# $x / 10$, measures how alike they are (1 means identical up to scale):

cosine(a, b) = sum(a .* b) / sqrt(sum(a .^ 2) * sum(b .^ 2))
[cosine(t .^ k, t .^ (k + 2)) for k in 0:7]

# By the top of the polynomial the powers are nearly parallel: $t^7$ and $t^9$
# differ by less than a tenth anywhere on the interval,

maximum(abs.(t .^ 7 .- t .^ 9))

# so adding 1 to $w_8$ and subtracting 1 from $w_{10}$ changes the fit by less
# than 0.1 anywhere. The loss barely notices such a change, which means its
# gradient barely pushes in that direction: the loss surface is a long, nearly
# flat valley, and gradient-based training crawls along it. Problems with
# this shape are called *ill-conditioned*. It also shows in the coefficients: the
# odd-power ones ($w_2, w_4, \ldots, w_{10}$) alternate in sign, and several are
# larger than the whole step, because most of what they do cancels out:

step9.w

# Ill-conditioning has a cure within polynomials: replace the powers $t^{i-1}$
# by polynomials that are *not* alike, such as the Legendre or Chebyshev
# polynomials, and the valley becomes round. The Gibbs ripples have no cure
# within polynomials at all. For a function made of pieces, the natural model
# is one made of pieces too, which is where the
# [next chapter](https://example.org/flux-by-example/a-tiny-neural-network/) goes: a tiny neural network,
# built from ReLUs.

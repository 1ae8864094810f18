# # A tiny neural network
#
# [Chapter 4](https://example.org/flux-by-example/more-terms-better-fits/) ended with two complaints about
# polynomials: they cannot be flat on one side of a jump and flat on the other,
# and their higher terms are so alike that training crawls. Both come from the
# same place. A polynomial builds its curve out of fixed shapes, the powers
# $t^{i-1}$, which all live across the whole interval; training may only choose
# how much of each to use. A neural network builds its curve out of shapes
# whose *position* is learned too. This chapter fits the same functions with
# the smallest network worth the name, and compares it with the best
# polynomials of chapter 4.
#
# ## The model
#
# Flux writes the network as a chain of two layers:
#
# $$
#     \hat{y} = W_2 \, \operatorname{relu}(W_1 t + b_1) + b_2,
#     \qquad
#     \operatorname{relu}(z) = \max(0, z),
# $$
#
# where $t = x/10$ as before, $W_1$ and $b_1$ are 16 numbers each (one per
# *hidden unit*), $W_2$ is a row of 16 and $b_2$ a single number. Written out,
#
# $$
#     \hat{y} = b_2 + \sum_{j=1}^{16} W_{2,j} \, \max\!\big(0,\; W_{1,j}\, t + b_{1,j}\big).
# $$
#
# Each term is a *hinge*: zero on one side of $t = -b_{1,j} / W_{1,j}$, a
# straight line on the other. A sum of 16 hinges is a piecewise linear curve
# with up to 16 corners, and because the $b_{1,j}$ are trained, so are the
# places of the corners. That is exactly what the step needs: a corner where
# the jump is, and flat pieces elsewhere.

import Random
using Flux, PlotlyJS

glorot(dims...) = (rand(dims...) .- 0.5) .* sqrt(24 / sum(dims))
Random.seed!(1)
m = Chain(Dense(1, 16, relu; initW = glorot, initb = zeros),
          Dense(16, 1; initW = glorot, initb = zeros))

# `Dense(1, 16, relu)` holds $W_1$ and $b_1$; `Dense(16, 1)` holds $W_2$ and
# $b_2$. Left to itself, Flux 0.8 would draw them as `Float32` numbers; `glorot`
# is Flux's own starting rule (`glorot_uniform`) written for `Float64`, and
# `initb = zeros` starts the biases at `Float64` zeros, so that every number in
# this chapter is an ordinary `Float64`. Counting what training will have to set:

[size(p) for p in params(m)]

# That is $W_1$ (16 rows, 1 column), $b_1$, $W_2$ (1 row, 16 columns) and $b_2$,
# in that order. Adding up their sizes:

sum(length, params(m))

# 49 parameters, against 10 for the degree-9 polynomial. Flux starts the
# weights at small random values (Glorot's uniform initialisation) and the
# biases at zero, which means every hinge starts at $t = 0$. The untrained
# network is therefore just two straight lines meeting at 0:

#| caption: The untrained network on -10 to 10
#| alt: Two straight line pieces meeting at x = 0: a shallow one from -0.02 at x = -10 up to 0, and a steeper one rising to 0.17 at x = 10
x = collect(-10:0.1:10)
net(m, xi) = m([xi / 10]).data[1]
plot([scatter(;x=x, y=[net(m, xi) for xi in x], name="untrained network")],
     Layout(;xaxis_title="x"))

# Training has to move the corners apart and put them where the target bends.
#
# ## The step
#
# The `{train}` directive knows this model as `model: mlp` with `hidden: 16`;
# it starts from the same random numbers as the cell above. Everything else is
# as in chapter 4: 150 epochs of ADAM with $\eta = 0.01$ on the squared error,
# the same 101 points, the same scaling:
#
# ```{train}
# name: net_step
# target: step
# model: mlp
# hidden: 16
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 150
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: The network fitting the step
# alt: The network is almost the step itself: a shallow straight line from -0.13 at x = -10 to -0.02 just left of 0, a steep ramp up to 1 between about x = -0.5 and x = 1, and flat at 1 from there to x = 10
# ```
#
# The best polynomial of chapter 4 for the step was degree 5. Here it is
# again, with the same settings, so the two runs can be compared epoch by
# epoch:
#
# ```{train}
# name: poly_step
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
# caption: The degree-5 polynomial of chapter 4 fitting the step
# alt: The same wavy curve as in chapter 4: -0.18 at x = -10, small ripples around 0 on the left, through 0.47 at x = 0, an overshoot of 1.12 near x = 5.5, a dip to 1.03 near x = 8.5 and 1.16 at x = 10
# ```
#
# Each directive binds its final parameters as `name.w`. For the network
# that is all 49 numbers, layer by layer ($W_1$, $b_1$, $W_2$, $b_2$), which is
# all we need to evaluate the formula above ourselves:

function hinges(w)
    W1, b1, W2, b2 = w[1:16], w[17:32], w[33:48], w[49]
    return x -> b2 + sum(W2 .* max.(0, W1 .* (x / 10) .+ b1))
end

poly(w, t) = sum([t^(i-1) .* w[i] for i in 1:length(w)])
u(x) = Float64(x > 0)
step_net = hinges(net_step.w);

#| label: fig-step-fits
#| caption: The step, the degree-5 polynomial and the network
#| alt: The step with both fits. The degree-5 polynomial is a smooth wave crossing the jump at 0.47 and overshooting to 1.12; the network is a shallow line just below 0, a steep ramp at the jump, and flat at 1
plot([
    scatter(;x=x, y=u.(x), name="step(x)"),
    scatter(;x=x, y=[poly(poly_step.w, xi / 10) for xi in x], name="degree 5"),
    scatter(;x=x, y=step_net.(x), name="network"),
])

#| label: fig-step-losses
#| caption: Average loss per epoch on the step, polynomial against network, log scale
#| alt: Two loss curves on a log axis over 150 epochs. The polynomial falls to 0.05 within 10 epochs and then levels off at 0.033. The network stays near 0.09 for the first 35 epochs, then falls steadily past the polynomial to 0.007 at epoch 150, still falling
plot([
    scatter(;y=poly_step.losses, name="degree 5 (6 parameters)"),
    scatter(;y=net_step.losses, name="network (49 parameters)"),
], Layout(;yaxis_type="log", xaxis_title="epoch", yaxis_title="average loss"))

@show poly_step.losses[end]
@show net_step.losses[end];

# The network wins on every count that matters here. Its fit (@fig-step-fits)
# is nearly flat where the step is flat and has a steep ramp at the jump: no ripples, because
# nothing in it is smooth. It takes its time to get going (@fig-step-losses), and for its first 35
# epochs it does worse than the polynomial, but then its loss falls past the
# polynomial's and keeps falling, to nearly five times lower, while the
# polynomial's has long stopped improving.
#
# It is also more expensive: 49 parameters instead of 6, and each one updated
# after every sample. Whether that is a good trade depends on the target. For
# a jump it clearly is.
#
# ## sin(x)
#
# Three periods of a sine defeated every polynomial of chapter 4. First the
# degree-9 polynomial again, then the network, this time for 60 epochs, which
# is enough to see where it is going:
#
# ```{train}
# name: poly_sin
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
# caption: The degree-9 polynomial fitting sin(x) on 101 points
# alt: The same curve as in chapter 4: from 0.8 at x = -10 down to -0.73 near x = -8.5, swings of only about ±0.28 in the middle, a peak of 0.73 near x = 8.3 and down to -0.87 at x = 10
# ```
#
# ```{train}
# name: net_sin
# target: sin
# model: mlp
# hidden: 16
# seed: 1
# eta: 0.01
# optimizer: adam
# epochs: 60
# points: -10:0.2:10
# scale: 10
# loss: mse
# caption: The network fitting sin(x), points visited from left to right
# alt: The network has learned almost nothing: a straight line rising from -0.55 at x = -10 to 0.07 at x = -5, then flat at 0.07 all the way to x = 10
# ```

@show poly_sin.losses[end]
@show net_sin.losses[end];

# The polynomial does exactly as well as in chapter 4, with the same settings;
# the network, worse than anything yet. Its final fit is a line that rises on
# the left and then stays flat. Counting the hinges that are switched on for at
# least one of the points shows why:

W1, b1 = net_sin.w[1:16], net_sin.w[17:32]
ts = collect(-10:0.2:10) ./ 10
alive(j) = any([W1[j] * t + b1[j] > 0 for t in ts])
count([alive(j) for j in 1:16])

# Fifteen of the sixteen hinges output zero for every input. Their gradients
# are zero too, so no later step can bring them back: they are *dead* units,
# and what remains is one hinge, one slope.
#
# The culprit is not the model but the order of the samples. The `{train}`
# directive, like the notebook, visits the points from left to right in every
# epoch. Each step pulls the network towards the sample at hand, so during a
# sweep it chases the sine from one half-wave to the next, and what it learned
# at the start of the sweep is undone by the end. The polynomial is
# less exposed to this, since each of its coefficients shapes the whole
# interval; a hinge shapes only its own side of its corner, and a hinge pushed
# too far while the sweep is elsewhere can end up switched off for good. The
# usual cure is to visit the samples in a different, mixed-up order. Here is
# the same training loop as the directive's, written as a cell, taking the
# points in a scrambled order: 37 places along each time, wrapping around, which
# visits each of the 101 points exactly once per epoch:

xs = collect(-10:0.2:10)

function train_net(target, order; epochs=150, η=0.01)
    Random.seed!(1)
    m = Chain(Dense(1, 16, relu; initW = glorot, initb = zeros),
              Dense(16, 1; initW = glorot, initb = zeros))
    ps = params(m)
    opt = ADAM(η)
    losses = Float64[]
    for epoch in 1:epochs
        total = 0.0
        for i in order
            x = xs[i]
            l = Flux.mse(m([x / 10]), [target(x)])
            Flux.Tracker.back!(l)
            for p in ps
                Flux.Optimise.update!(opt, p, Tracker.grad(p))
            end
            total += Tracker.data(l) / length(xs)
        end
        push!(losses, total)
    end
    return m, losses
end

scrambled = [mod(37k, 101) + 1 for k in 0:100]
@show scrambled[1:8]
sin_net, sin_losses = train_net(sin, scrambled)
@show sin_losses[end];

# Same network, same starting weights, same update rule; only the order of
# the samples differs. The loss curves side by side:

#| label: fig-sin-losses
#| caption: Average loss per epoch on sin(x), log scale
#| alt: Three loss curves on a log axis. The degree-9 polynomial falls from 0.75 to 0.38 over 150 epochs. The network trained in order flattens out at 0.49 after about 40 epochs and stops at epoch 60. The network trained in scrambled order starts at 0.48 and keeps falling, to 0.28 at epoch 150
plot([
    scatter(;y=poly_sin.losses, name="degree 9, in order"),
    scatter(;y=net_sin.losses, name="network, in order"),
    scatter(;y=sin_losses, name="network, scrambled"),
], Layout(;yaxis_type="log", xaxis_title="epoch", yaxis_title="average loss"))

#| label: fig-sin-fits
#| caption: sin(x), the degree-9 polynomial and the network trained in scrambled order
#| alt: sin(x) with two fits. The degree-9 polynomial follows the outer half-waves roughly and swings only to ±0.3 in the middle. The scrambled network is a zigzag of straight pieces with corners near x = -5, -1.5, 1.5 and 4.5, reaching 0.4, -0.8, 0.75 and -0.5 there, then a straight line up to 0.6 at x = 10: it follows the middle three half-waves but not the outer ones
plot([
    scatter(;x=xs, y=sin.(xs), name="sin(x)"),
    scatter(;x=xs, y=[poly(poly_sin.w, xi / 10) for xi in xs], name="degree 9"),
    scatter(;x=xs, y=[net(sin_net, xi) for xi in xs], name="network, scrambled"),
])

# Scrambled, the network keeps learning long after the polynomial has stalled,
# and ends with a loss below 0.3 (@fig-sin-losses). Its fit (@fig-sin-fits) is
# a zigzag of straight pieces, as
# promised, and its corners have moved to where the sine turns: it follows the
# three middle half-waves, though not to their full height, while the outer
# ones are still a straight line. With 150 epochs, 16 hinges and one sample at a
# time, that is as far as it gets here. More hidden units, more epochs, or whole
# batches of samples per step are the usual next moves, and each of them is a
# one-line change.
#
# We started in
# [chapter 1](https://example.org/flux-by-example/differentiable-programming/) with three coefficients and a
# call to `back!`; learned in [chapter 2](https://example.org/flux-by-example/gradients-three-ways/) where its
# gradients come from and how to check them; in
# [chapter 3](https://example.org/flux-by-example/step-sizes-and-optimizers/) how to turn them into steps of
# the right size; in [chapter 4](https://example.org/flux-by-example/more-terms-better-fits/) how far a
# polynomial can go; and here, that a model made of learned pieces can go
# further. The loop at the heart of it never changed: predict, measure the
# loss, take its gradient, step. [Chapter 6](https://example.org/flux-by-example/a-classifier-with-dense-and-chain/)
# turns the same pieces to a question whose answer is a class rather than a
# number.

# # Gradients three ways
#
# In [chapter 1](https://example.org/flux-by-example/differentiable-programming/) we asked Flux for a gradient
# in one particular way: wrap the coefficients with `param()`, compute a loss,
# call `Flux.Tracker.back!()`, then read `.grad`. That is one of three ways of
# getting the same numbers. This chapter shows all three on the notebook's own
# loss, checks them against each other, opens up the computation that `back!`
# walks through, and explains the one line of the training loop that is easiest
# to forget: zeroing the gradient.
#
# ## The gradient we expect
#
# Before asking the computer, let's work the answer out by hand. For a single
# sample $x$ with target $y$, the notebook's loss is the $\ell_2$ norm of a
# single number, which is simply its absolute value:
#
# $$
#     \ell(w) = \sqrt{(y - \hat{y})^2} = |y - \hat{y}|,
#     \qquad
#     \hat{y} = f^{(N)}(x) = \sum_{i=1}^N x^{i-1} w_i
# $$ {#eq-loss}
#
# The chain rule splits the derivative of @eq-loss into how the loss depends on the
# prediction $\hat{y}$, and how the prediction depends on each coefficient:
#
# $$
#     \frac{\partial \ell}{\partial w_i}
#     = \frac{\partial \ell}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial w_i}
#     = \operatorname{sign}(\hat{y} - y) \cdot x^{i-1}
# $$ {#eq-gradient}
#
# Two things follow from @eq-gradient. The gradient only knows on which side of the target we
# are, not how far away; and the coefficient of $x^{i-1}$ is pushed $x^{i-1}$
# times harder than the constant term. In chapter 1, at $x = 1$ the prediction
# $0.7466\ldots$ fell short of $y = 1$, so the sign was $-1$ and every power of
# $x$ was $1$: hence the gradient `[-1.0, -1.0, -1.0]`. At $x = 6$ the
# prediction overshoots, and we expect $[1, 6, 36]$.
#
# Let's set up the same polynomial as in chapter 1, with the same random
# coefficients:

import Random
using Flux, PlotlyJS

Random.seed!(3)
w = randn(3)

l2_loss(y, y_hat) = sqrt(sum((y .- y_hat).^2))

# ## Way one: `back!` and `.grad`
#
# This is the notebook's way. `param(w)` makes a *tracked* copy of `w`: an array
# that carries its values in `.data` and a gradient in `.grad`, and that
# records every computation it takes part in. `back!(l)` then walks those
# records backwards from `l` to the parameters, leaving $\partial l / \partial
# w_i$ in `.grad`:

w_tracked = param(w)
f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3])

x = 6
l = l2_loss(abs(x), f_tracked(x))
@show l
Flux.Tracker.back!(l)
w_tracked.grad

# As predicted: the prediction at $x = 6$ is too large, so every coefficient
# should come down, and the $x^2$ coefficient 36 times faster than the
# constant.
#
# ## Way two: `Tracker.gradient(f, w)`
#
# The second way treats the loss as what it mathematically is: a function of
# the coefficients. We write it as one, and hand it to `Tracker.gradient`
# (Flux keeps Tracker's `gradient` inside its `Tracker` module rather than
# exporting it, hence the prefix), which makes its own tracked copies of the
# arguments, runs the function, calls `back!` and returns the gradients, one
# per argument, in a tuple:

poly(w, x) = sum([x^(i-1) .* w[i] for i in 1:length(w)])
loss(w) = l2_loss(abs(6), poly(w, 6))

Tracker.gradient(loss, w)

# No `param`, no `.grad` to read and none to clean up afterwards: `w` is a plain
# array, and it is left exactly as it was. The gradient itself comes back
# *tracked*, marked `(tracked)`: Tracker returns its gradients as tracked
# values, and arithmetic on them stays tracked. The numbers are the same;
# `Tracker.data` strips the tracking when we want a plain array:

Tracker.data(Tracker.gradient(loss, w)[1])

# With more than one argument, `Tracker.gradient` differentiates with respect
# to each. Here is the same loss as a function of both the coefficients and
# the input $x$:

loss_wx(w, x) = l2_loss(abs(x), poly(w, x))

Tracker.gradient(loss_wx, w, 6.0)

# The second entry is $\partial \ell / \partial x$, which by the chain rule is
# $\operatorname{sign}(\hat{y} - y) \cdot \big(w_2 + 2 x w_3 - \operatorname{sign}(x)\big)$:
# the slope of the polynomial at $x = 6$ minus the slope of $|x|$ there.
# Derivatives with respect to inputs are not what we train with, but they come
# for free, and they are how one asks "which input would change this result
# most?".
#
# ## Way three: finite differences
#
# Both ways above run the same engine, so agreeing with each other proves
# little. The definition of the derivative gives an independent check: nudge
# one coefficient by a small $h$ each way, and see how much the loss moves.
#
# $$
#     \frac{\partial \ell}{\partial w_i}
#     \approx \frac{\ell(w + h e_i) - \ell(w - h e_i)}{2h}
# $$ {#eq-central-difference}
#
# where $e_i$ is the vector with a 1 in position $i$ and zeros elsewhere. In
# code, @eq-central-difference is:

function numeric_gradient(f, w; h=1e-5)
    g = zeros(length(w))
    for i in 1:length(w)
        e = zeros(length(w))
        e[i] = h
        g[i] = (f(w .+ e) - f(w .- e)) / (2h)
    end
    return g
end

numeric_gradient(loss, w)

# Close, but not exact: subtracting two nearly equal losses loses digits to
# rounding, so finite differences agree with the true gradient to only about
# ten significant digits, where @eq-gradient promised exactly $[1, 6, 36]$.
# That is still plenty to catch a wrong derivative,
# and `@gradcheck` does this comparison for us: it computes the engine's
# gradient and the finite-difference one, and fails the cell if any entry
# differs by more than a relative $10^{-5}$. The page would not build if it
# did. Here it checks the loss over a whole epoch, the average over every $x$
# from -10 to 10:

epoch_loss(w) = sum([l2_loss(abs(x), poly(w, x)) for x in -10:0.1:10]) / 201

@gradcheck loss(w)
@gradcheck epoch_loss(w)

# ## The computation graph
#
# What does `back!` actually walk through? Every operation on a tracked value
# adds a node to a graph: the node's inputs, its operation, and its value. Here
# is the graph of the notebook's loss at $x = 1$, drawn right after `back!`, so
# each node shows both its value (forward pass) and the gradient of the loss
# with respect to it (backward pass):

#| label: fig-graph
#| caption: The computation graph of l2_loss(abs(1), f_tracked(1)), with each node's value and gradient
#| alt: A graph read left to right. The param node holds w_tracked = [1.192, -2.52, 2.075] with gradient [-1, -1, -1]; three getindex nodes pick out its entries, each is multiplied by a constant 1 (the powers of x at x = 1), two + nodes add them into 0.7466, a - node subtracts that from the constant 1 (y) giving 0.2534, a ^ node squares it with the constant 2 into 0.0642, and a sqrt node gives the loss 0.2534. Gradients: 1 at the sqrt, 1.973 at the square, 1 at the difference, -1 at every node from the sum back to the coefficients
w_tracked.grad[:] .= 0.0

x = 1
l = l2_loss(abs(x), f_tracked(x))
Flux.Tracker.back!(l)
graph(l)

# Read @fig-graph from left to right and it is the forward pass: the three
# coefficients are picked out of `w_tracked` (the `getindex` nodes), multiplied
# by $x^0, x^1, x^2$ (the constants, all 1 at $x = 1$), added up into
# $\hat{y} = 0.7466\ldots$, subtracted from $y = 1$, squared and square-rooted
# into $l = 0.2533\ldots$. (The `sum` over a single number has nothing to do,
# and leaves no node.) Read it from right to left and it is the backward pass.
# `back!` starts with $\partial l / \partial l = 1$ at the `sqrt` node and,
# node by node, multiplies by the local derivative:
#
# $$
#     \frac{\partial l}{\partial s} = \frac{1}{2\sqrt{s}} \approx 1.973,
#     \qquad
#     \frac{\partial l}{\partial (y - \hat{y})} = 2 (y - \hat{y}) \cdot 1.973 = 1,
#     \qquad
#     \frac{\partial l}{\partial \hat{y}} = -1
# $$
#
# where $s = (y - \hat{y})^2$. From $\hat{y}$ the $-1$ flows unchanged through
# the sum into each term, and is multiplied by $x^{i-1} = 1$ on its way to
# $w_i$. Each node needs only its own local derivative; the chain rule is
# nothing more than multiplying them along the path.
#
# ## Why gradients accumulate
#
# `back!` does not *write* the gradient into `.grad`; it *adds* to whatever is
# there. To see it, take the two losses from above, at $x = 1$ and at $x = 6$,
# and call `back!` on both without zeroing in between:

w_tracked.grad[:] .= 0.0

l1 = l2_loss(abs(1), f_tracked(1))
l6 = l2_loss(abs(6), f_tracked(6))
Flux.Tracker.back!(l1)
Flux.Tracker.back!(l6)
w_tracked.grad

# That is $[-1, -1, -1] + [1, 6, 36]$: the sum of the two gradients, which is
# also the gradient of the sum $l_1 + l_6$. This is not a quirk, it is what
# makes the engine correct. A value used in two places influences the result
# along two paths, and its derivative is the sum of both contributions. The
# simplest case is $t = s \cdot s$: `back!` reaches $s$ once through each
# factor, each time carrying $s$, and only their sum, $2s$, is the derivative:

s = param(3.0)
t = s * s
Flux.Tracker.back!(t)
s.grad

# Our polynomial relies on the same rule: `w_tracked` is used three times, once
# per term, and each `w_tracked[i]` adds its share into the one `.grad` array.
#
# The price is that gradients left over from a previous step add themselves to
# the next. That is why the notebook's `training_epoch` ends every iteration
# with `w_tracked.grad[:] .= 0.0`. Leave that line out and each update uses the
# sum of *all* gradients so far. Here are twenty epochs of the notebook's loop,
# from the same starting coefficients, once as written and once without the
# zeroing:

#| caption: Average loss per epoch, with and without zeroing the gradient
#| alt: Two loss curves over epochs 1 to 20. With the gradient zeroed the loss falls in a straight line from 65 to about 23; never zeroed, it zigzags between about 50 and 100 and ends no lower than it started
function run_epochs(zero_grads; epochs=20, η=1e-5)
    Random.seed!(3)
    w_tracked.data[:] = randn(3)
    w_tracked.grad[:] .= 0.0
    losses = Float64[]
    for epoch in 1:epochs
        avg_loss = 0.0
        for x in -10:0.1:10
            l = l2_loss(abs(x), f_tracked(x))
            Flux.Tracker.back!(l)
            avg_loss += l.data / 201
            w_tracked.data[:] -= w_tracked.grad .* η
            if zero_grads
                w_tracked.grad[:] .= 0.0
            end
        end
        push!(losses, avg_loss)
    end
    return losses
end

zeroed = run_epochs(true)
accumulated = run_epochs(false)
plot([
    scatter(;y=zeroed, name="grad zeroed after each step"),
    scatter(;y=accumulated, name="grad never zeroed"),
], Layout(;xaxis_title="epoch", yaxis_title="average loss"))

# With the zeroing, the loss falls steadily, as in chapter 1. Without it, each
# step follows the sum of every gradient since the start rather than the
# current sample's: the step no longer points downhill for the sample at hand,
# and it is as large as that sum has grown. The loss lurches between 50 and 100
# and gets nowhere.
#
# The functional `Tracker.gradient(f, w)` sidesteps the issue: every call makes fresh
# tracked copies, so there is nothing to accumulate into. The explicit
# `back!` style keeps the accumulation because it is useful (summing the
# gradients of many samples before one update is exactly how minibatches
# work), which is why the zeroing is written out by hand.
#
# One last rule: a graph can be walked backwards only once. `back!` consumes it
# on the way, so a second call on the same loss is an error rather than a
# silent doubling:

#| error: true
l = l2_loss(abs(1), f_tracked(1))
Flux.Tracker.back!(l)
Flux.Tracker.back!(l)

# Now that we know where gradients come from and how to trust them, the
# [next chapter](https://example.org/flux-by-example/step-sizes-and-optimizers/) looks at what the training
# loop does with them: the size of each step, and smarter rules than
# "subtract $\eta$ times the gradient".

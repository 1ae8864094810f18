# # Differentiable programming

## Use package versions builtin to this repository.
import Pkg, Random
Pkg.activate(@__DIR__)
Pkg.instantiate()

## Load Flux and PlotlyJS for sweet interactive graphics
using Flux, PlotlyJS

# At the heart of Flux is the idea of "differentiable programming"; a technique
# that allows us to identify how a particular piece of a computation effects the
# end result. As an example, we will build a polynomial approximator. Any
# function can be approximated by a polynomial (some functions less successfully
# than others). We will use differentiable programming to build polynomial
# approximations for a variety of functions within this notebook, explaining
# fundamental concepts of Flux as we do so.
#
# Mathematically, we define our polynomial function $f^{(N)}(x)$ as:
#
# $$
#     f^{(N)}(x) = \sum_{i=1}^N \left( x^{i-1} \cdot w_i \right)
# $$ {#eq-polynomial}
#
# Where $x$ represents the (scalar) input to function $f$ and $w$ represents the
# internal coefficients of $f$. The structure of the computation performed
# within $f$ is set; we know we will be calculating a polynomial. However, there
# is great freedom in the choice of the values of $w$, which is what will give
# this equation its ability to approximate other functions. As a first example,
# we will simply approximate the function $|x|$:

#| caption: The function |x| on -10 to 10
#| alt: A V-shaped line: |x| falls from 10 at x = -10 to 0 at x = 0 and rises back to 10 at x = 10
x = collect(-10:.1:10)
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
])

# We will arbitrarily define `f(x)` to be of order 3 for now, and we will
# initialize the coefficients `w` randomly:

## Get predictable random numbers for the sake of notebook reliability
Random.seed!(3)

## Initialize `w` as three (small) random numbers:
w = randn(3)

## Define f(x):
f(x) = sum([x^(i-1) .* w[i] for i in 1:3])

# Excellent. Let's plot it and see how we're doing:

#| label: fig-untrained
#| caption: |x| and the untrained polynomial f(x)
#| alt: The random quadratic f(x) rises to about 235 at x = -10 and 185 at x = 10, far above the V of |x|, which never exceeds 10
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
    scatter(;x=x, y=f.(x), name="f(x)"),
])

# A very poor approximation indeed. The question now becomes, "how do I tweak
# $w$ such that $f(x)$ becomes more similar to $|x|$"? This is the question that
# differentiable programming answers. We take the gradient of $f(x)$ with
# respect to $w$, then use that to nudge $f(x)$ closer to $|x|$.
#
# To do so, we will define the following equivalencies:
#
# $$
#     y = |x|
# $$
#
# $$
#     \hat{y} = f(x)
# $$
#
# And we will mathematically define our problem as an optimization problem;
# searching for the set of $w$ parameters that best minimizes the difference
# between $y$ and $\hat{y}$, with respect to the $\ell_2$ norm.
#
# $$
#     \underset{w}{\text{minimize}} \,\, \big\|y - \hat{y} \big\|_2
# $$ {#eq-objective}
#
# With $\hat{y}$ written out as the polynomial of @eq-polynomial, this is, of
# course, equivalent to:
#
# $$
#     \underset{w}{\text{minimize}} \,\, \left\||x| - \sum_{i=1}^N \left( x^{i-1} \cdot w_i \right) \right\|_2
# $$
#
# To discover how best to change $w$ to get a better result, we will therefore
# first calculate a $\hat{y}$ using our current values of $w$, compare them to
# the true $y$, use that difference to determine how $w$ should change, then
# update our $w$ values and do the whole thing again. This is our training loop,
# and will form the basis of how we interact with the parameters of our function
# $f(x)$.
#
# In order for `Flux` to know that $w$ is the part of our function $f(x)$ that
# should be changed, we must wrap $w$ with the `param()` function. We do so, and
# use it within a separate `f_tracked` function to illustrate the slight
# difference in output datatype between `f(x)` and `f_tracked(x)`:

w_tracked = param(w)
f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3])

x = 1
@show f(x)
@show f_tracked(x)

# Notice how the output of `f_tracked()` says `(tracked)`. This denotes that
# Flux knows this output is a function of a parameter, and we can thus calculate
# how those parameters can effect this output. We now calculate the difference
# between this calculated output and our desired output, the $\ell_2$ norm that
# @eq-objective minimizes:

## Define l2_loss() function to calculate a measure of how far off we are from our target output
l2_loss(y, y_hat) = sqrt(sum((y .- y_hat).^2))

l = l2_loss(abs(x), f_tracked(x))
@show l

# This nonzero loss shows that we missed the target a bit (obviously, as
# 0.746... is not equal to 1, the desired output). However, the real magic
# begins by using the function `Flux.back(l)` to take the loss `l` and push it
# "back" through the computation, attributing to `w` the changes that must be
# made in order to reduce this loss:

Flux.Tracker.back!(l)

# A little underwhelming perhaps, however now if we inspect `w_tracked` we can
# see that there are proposed changes attributed to the values:

w_tracked.grad

# Let's use these proposed changes to modify `w_tracked.data` (the actual values
# used in the calculation), zero out the `.grad` values (so that they are ready
# to be set by a future `Flux.Tracker.back!()` invocation) and then see how this
# change has effected our guess. Note that we will take a conservative step
# here, (by multiplying by $\eta$, which moves the parameters by a very small
# portion of the gradient, rather than the entire gradient) so as to only effect
# a small change in the output.

η = 1e-5
w_tracked.data[:] -= w_tracked.grad .* η
w_tracked.grad[:] .= 0.0

@show l
@show l2_loss(abs(x), f_tracked(x))

# Excellent! We're a little closer to our goal. Let's plot it and see what the
# function looks like:

#| caption: |x|, f(x) and f_tracked_data(x) after one step at x = 1
#| alt: The three curves: the two polynomials lie on top of each other, far from |x|
## We need to build a helper function to drop the "tracked" part of f_tracked(),
## because plotting functions don't know how to deal with TrackedArrays:
f_tracked_data(x) = f_tracked(x).data

function plot_x_fx_ftrackedx()
    x = collect(-10:.1:10)
    plot([
        scatter(;x=x, y=abs.(x), name="|x|"),
        scatter(;x=x, y=f.(x), name="f(x)"),
        scatter(;x=x, y=f_tracked_data.(x), name="f_tracked_data(x)"),
    ])
end

plot_x_fx_ftrackedx()

# Hmmm. Not that much of a difference. Let's do an iteration evaluating at
# $x = 6$:

x = 6

## Perform forward pass, calculating loss
l = l2_loss(abs(x), f_tracked(x))

@show l

## Attribute loss back onto w
Flux.Tracker.back!(l)

## Update w
w_tracked.data[:] -= w_tracked.grad .* η
w_tracked.grad[:] .= 0.0

## Recalculate l, showing that loss has improved
l = l2_loss(abs(x), f_tracked(x))
@show l

#| caption: The same three curves after a step at x = 6
#| alt: At this scale f_tracked_data(x) still lies on top of f(x), both far above |x|
plot_x_fx_ftrackedx()

# Alright, a bit more of a difference! Now let's write a loop that runs an
# iteration for every x from -10 to 10, taking a step of 0.1 each time, and
# returning the average loss. We'll call this a `training_epoch()`:

function training_epoch(true_model, model)
    avg_loss = 0.0
    range = -10:0.1:10
    for x in range
        ## Perform forward pass, calculating loss
        l = l2_loss(true_model(x), model(x))

        ## Attribute loss back onto w
        Flux.Tracker.back!(l)

        ## Accumulate average loss
        avg_loss += l.data ./ length(range)

        ## Update w
        w_tracked.data[:] -= w_tracked.grad .* η
        w_tracked.grad[:] .= 0.0
    end
    return avg_loss
end

training_epoch(abs, f_tracked)

#| caption: After one training epoch
#| alt: f_tracked_data(x) has moved visibly below f(x) at both ends; both are still far above |x|
plot_x_fx_ftrackedx()

# Even more improvement! Now let's do that over and over again, 500 times,
# keeping track of the losses, to show that we eventually converge to a point at
# which our loss no longer improves, then examine the final product:

losses = Float64[]
for epoch in 1:500
    l = training_epoch(abs, f_tracked)
    push!(losses, l)
end

# The loop prints nothing, but the coefficients it learned can be inspected:

w_tracked.data

#| label: fig-abs-fit
#| caption: The fit after 500 epochs
#| alt: The learned parabola follows the V of |x| closely: above it near 0 and at the ends, slightly below it in between
x = collect(-10:.1:10)
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
    scatter(;x=x, y=f_tracked_data.(x), name="f_tracked_data(x)", marker_color="green"),
])

# Say, that's not bad at all, next to the random guess of @fig-untrained. And if
# we look at the loss versus training iteration (@fig-abs-loss), we can convince
# ourselves that we have indeed converged to close to the best this model can
# deliver:

#| label: fig-abs-loss
#| caption: Average loss per epoch
#| alt: The loss falls from about 63 to about 12 in the first 20 epochs, declines steadily to about 1 by epoch 250, then stays flat
plot(losses; name="Training epochs")

# Congratulations, you have just written your first differentiable program in
# `Flux`. To recap: we set out to use a polynomial to approximate $|x|$
# (@fig-abs-fit), and
# used differentiable programming to learn the polynomial coefficients. We did
# this by starting with a random guess for the coefficients, calculating values
# of $f(x)$ with those junk coefficients, then iteratively refining them using
# the gradients upon $w$ that `Flux` is able to calculate with the
# `Flux.Tracker.back!()` function.
#
# This is, of course, an extremely low-level way of working with `Flux`. `Flux`
# provides much higher-level ways of dealing with models of significant
# complexity, which will be addressed in later notebooks. For now, let's have
# some fun trying to fit various nonlinear functions with our new function
# approximator:
#
# ### Fitting the step function

#| caption: The step function and its quadratic fit
#| alt: The step jumps from 0 to 1 at x = 0; the fitted parabola dips to about -0.4 at x = 0 and rises to 1.5 and 1.1 at the ends
## Start from randomness again
w_tracked.data[:] = randn(3)

## Try to fit the step function:
u(x) = Float64(x > 0)

## Run training loop, keeping track of losses
losses = Float64[]
for epoch in 1:500
    l = training_epoch(u, f_tracked)
    push!(losses, l)
end

x = collect(-10:.1:10)
plot([
    scatter(;x=x, y=u.(x), name="step(x)"),
    scatter(;x=x, y=Flux.Tracker.data.(f_tracked.(x)), name="f(x)", marker_color="green"),
])

#| caption: Average loss per epoch for the step function
#| alt: The loss falls from about 52 to below 1 within the first 20 epochs and then stays flat
plot(losses; name="Training epochs")

# The coefficients learned for the step:

w_tracked.data

# ### Fitting a piecewise linear function

#| caption: ["ReLU and its quadratic fit, in braille", "Average loss per epoch for the ReLU"]
#| alt: ["A text plot of relu(x) and the fitted parabola on -10 to 10: the parabola lies just above zero on the left, dips slightly below it near 0 and follows the rising half of the ReLU on the right", "A text plot of the loss, which falls from about 31 to near 0 within the first 50 epochs and then stays flat"]
## Start from randomness again
w_tracked.data[:] = randn(3)

## Run training loop, keeping track of losses
losses = Float64[]
for epoch in 1:500
    l = training_epoch(relu, f_tracked)
    push!(losses, l)
end

## Plot function and tracked loss, in the terminal's braille
using UnicodePlots
p = lineplot([relu, f_tracked_data], -10, 10)
display(p)
p = lineplot(losses; title="Loss versus training epochs")
display(p)

# And those learned for the ReLU:

w_tracked.data

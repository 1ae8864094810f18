# # A classifier with Dense and Chain
#
# Every model so far answered a question with a number: how high is $|x|$, the
# step or the sine at this $x$? Many questions have a *kind* for an answer
# instead: which of two classes does this point belong to? This chapter trains
# a network to answer one, on the smallest problem that still needs a network:
# two interleaved half-circles of points in the plane, the *two moons*. No
# straight line separates them, so the logistic-regression trick of drawing one
# line will not do; the network has to learn a bent boundary.
#
# ## The data
#
# Each moon is 60 points. The first lies on the upper half of the unit circle,
# $(\cos t, \sin t)$ for $t$ between 0 and $\pi$; the second is the same half
# circle turned upside down and moved right and down, $(1 - \cos t,\; 0.5 - \sin
# t)$, so that each moon reaches into the hollow of the other. Both get some
# normal noise of standard deviation 0.15. Every random number of the data comes
# from a generator of our own, `MersenneTwister(1)`, so the page draws the same
# points each time it runs, whatever ran before it:

using Flux, Random, Statistics, PlotlyJS

rng = MersenneTwister(1)
n = 60
t1 = π .* rand(rng, n)
t2 = π .* rand(rng, n)
xs = vcat(cos.(t1), 1 .- cos.(t2)) .+ 0.15 .* randn(rng, 2n)
ys = vcat(sin.(t1), 0.5 .- sin.(t2)) .+ 0.15 .* randn(rng, 2n)
X = permutedims(hcat(xs, ys))
labels = vcat(fill(1, n), fill(2, n))
size(X)

# Flux wants the inputs as the columns of a matrix: `X` is 2 × 120, one point
# per column. The labels are 1 for the upper moon and 2 for the lower one, as
# @fig-moons draws them.

#| label: fig-moons
#| caption: The two moons: 60 points of class 1 and 60 of class 2
#| alt: Two noisy half-circles of dots. Class 1 arcs from about (-1, 0) over (0, 1) down to (1, 0); class 2 hangs below it, from about (0, 0.5) down through (1, -0.5) and up to (2, 0.5), its left end inside the hollow of class 1 and the right end of class 1 inside its hollow
plot([
    scatter(;x=X[1, labels .== 1], y=X[2, labels .== 1], mode="markers", name="class 1"),
    scatter(;x=X[1, labels .== 2], y=X[2, labels .== 2], mode="markers", name="class 2"),
], Layout(;xaxis_title="x₁", yaxis_title="x₂"))

# A network that answers with a class still computes numbers. It gives one
# number per class, and training asks the right class's number to be large.
# The target for each point is therefore a column with a 1 in its class's row
# and 0 in the other, a *one-hot* column:

Y = Flux.onehotbatch(labels, 1:2)
Y[:, [1, 2, 119, 120]]

# ## The model
#
# Two inputs, a hidden layer of 8 ReLU units, and two outputs, one per class:
#
# $$
#     \hat{y} = \operatorname{softmax}\big(W_2 \operatorname{relu}(W_1 x + b_1) + b_2\big),
#     \qquad
#     \operatorname{softmax}(z)_k = \frac{e^{z_k}}{\sum_j e^{z_j}} .
# $$ {#eq-model}
#
# The last step, softmax, turns the two outputs into two positive numbers that
# add up to 1, which we read as the probabilities the network gives each class.
# It keeps their order: the class with the larger output gets the larger
# probability. In Flux the whole model is a `Chain` of the three pieces:

Random.seed!(1)
m = Chain(Dense(2, 8, relu), Dense(8, 2), softmax)

# `Dense` draws its starting weights with Flux's `glorot_uniform` rule, the one
# [chapter 5](https://example.org/flux-by-example/a-tiny-neural-network/) wrote out: uniform on
# $\pm\sqrt{6/(n_\text{in} + n_\text{out})}$, and the biases start at zero.
# It draws them from Julia's global generator, not from `rng`, so
# `Random.seed!(1)` fixes them first. They are `Float32` numbers, single
# precision, as Flux's layers are by default:

m[2].W

# Given our `Float64` points, a `Float32` layer converts them first, so the
# whole network computes in single precision, and so do its gradients and the
# optimiser's steps.
#
# ```{tip} Float32 or Float64
# Single precision is what Flux chooses by default: it halves the memory and is
# all a network like this needs. To train in `Float64`, pass initialisers that
# return `Float64` arrays, `Dense(2, 8, relu; initW = …, initb = …)`, as
# [chapter 5](https://example.org/flux-by-example/a-tiny-neural-network/) does. Mixing the two is allowed, as
# in Julia: a `Float64` loss of `Float32` outputs computes in `Float64`.
# ```
#
# Julia prints `relu` and `softmax` with the package they
# come from, `NNlib`, which Flux builds on. The model has

sum(length, params(m))

# parameters: $W_1$ is 8 × 2, $b_1$ has 8 entries, $W_2$ is 2 × 8 and $b_2$ has 2.
# A `Chain` can be taken apart again: `m[1]` is the first layer, and `m[1].W`
# its weights.
#
# ## Loss and accuracy
#
# The loss for classification is the *cross-entropy*: minus the logarithm of
# the probability the network gives the right class, averaged over the points.
# With the one-hot targets $y$ it is one line,
#
# $$
#     L = -\frac{1}{N} \sum_{i=1}^{N} \sum_{k} y_{ki} \log \hat{y}_{ki} ,
# $$ {#eq-crossentropy}
#
# and `Flux.crossentropy` computes exactly @eq-crossentropy, with $\hat{y}$ the
# network's output of @eq-model. A network that knows nothing
# gives each class probability $\tfrac12$ and scores $\log 2 \approx 0.693$; a
# network that is sure and right scores close to 0. The loss is what training
# lowers, but what we care about is the *accuracy*, the fraction of points
# whose most probable class is the right one. `Flux.onecold` undoes the one-hot
# encoding: for each column it gives the row of the largest entry.

loss(x, y) = Flux.crossentropy(m(x), y)
accuracy(x, y) = mean(Flux.onecold(m(x)) .== Flux.onecold(y))
round(Tracker.data(loss(X, Y)), digits=3), accuracy(X, Y)

# Untrained, the network does no better than a coin: a loss a little above
# $\log 2$ and 61 of the 120 points right. The loss is a `Float32`, printed with
# Julia's `f0` suffix, because the network computes in single precision.
#
# ## Training
#
# Until now we wrote the training loop ourselves: take the gradient, step,
# repeat. Flux packages that loop as `Flux.train!(loss, ps, data, opt)`. For
# each item `d` of `data` it takes the gradient of `loss(d...)` with respect to
# the parameters `ps`, lets the optimiser `opt` step, and then calls the
# callback `cb`, if there is one. Here every item is the whole data set, so
# each step looks at all 120 points at once (one *batch*), and the callback
# records the loss after the step:

opt = ADAM(0.02)
losses = Float64[]
Flux.train!(loss, params(m), fill((X, Y), 200), opt;
            cb = () -> push!(losses, Tracker.data(loss(X, Y))))
length(losses)

#| label: fig-loss
#| caption: Cross-entropy after each of the 200 steps of ADAM
#| alt: The loss falls steeply from 0.66 after the first step to 0.22 at step 30 and 0.19 at step 50, then more slowly, to 0.10 at step 100, 0.04 at step 150 and 0.02 at step 200
plot(scatter(;y=losses, name="loss"),
     Layout(;xaxis_title="step", yaxis_title="cross-entropy"))

round(losses[end], digits=3), accuracy(X, Y)

# @fig-loss shows the loss falling fast and then slowly. After 200 steps every
# one of the 120 points is on the right side, and the network gives the right
# class, on average, a probability of about $e^{-0.017} \approx 0.98$.
#
# ## What the network learned
#
# Accuracy counts the points, but the network answers for every point of the
# plane. Asking it on a grid of points, 0.1 apart, and colouring each point's
# cell by the class it predicts draws the two regions it has learned, with the
# data on top (a heatmap of Plots, which the page loads with `import Plots` so
# that its `plot` and `scatter` do not clash with PlotlyJS's):

#| label: fig-regions
#| caption: The classes the trained network predicts on a grid, under the data
#| alt: Light blue cells (predicted class 1) fill the top left of the plane and light orange ones (predicted class 2) the bottom and the right. The boundary between them zigzags through the gap between the moons, from the bottom edge near (-0.8, -1) up to a peak near (0, 0.4), down to a dip near (1.1, -0.1) and up again to the top edge near x = 2.2; every dot of class 1 lies in the blue region and every dot of class 2 in the orange one
import Plots
gx = -1.5:0.1:2.5
gy = -1.0:0.1:1.5
G = permutedims(hcat(vec([x for x in gx, y in gy]), vec([y for x in gx, y in gy])))
pred = Flux.onecold(m(G))
Plots.heatmap(gx, gy, permutedims(reshape(pred, length(gx), length(gy)));
              c=Plots.cgrad(["#c6dbef", "#fdd0a2"]), colorbar=false,
              xlabel="x₁", ylabel="x₂")
Plots.scatter!(X[1, labels .== 1], X[2, labels .== 1]; c="#1f77b4", label="class 1")
Plots.scatter!(X[1, labels .== 2], X[2, labels .== 2]; c="#ff7f0e", label="class 2")

# In @fig-regions the boundary is made of straight pieces, for the same reason the fits of
# chapter 5 were: each of the 8 hidden units is a hinge, now a plane folded
# along a line, and the network's two outputs are sums of them. Where the moons
# interlock, the pieces bend the boundary around the tip of each moon. Far from
# the data the network has had nothing to go by, and the regions there, such
# as the orange wedge that widens toward the top right corner, say more about
# where the hinges
# happened to fall than about the moons.
#
# That is a whole classifier in a dozen lines: data as the columns of a
# matrix, one-hot targets, a `Chain` ending in `softmax`, the cross-entropy,
# and `Flux.train!` running the loop we wrote by hand in the earlier chapters.
# Predict, measure the loss, take its gradient, step: the loop is the same one
# that fitted three coefficients to $|x|$ in
# [chapter 1](https://example.org/flux-by-example/differentiable-programming/).

# The notebook "Flux by Example", every code cell as written; the expectations are the
# values the notebook printed.

# In [2]:
# Use package versions builtin to this repository.
import Pkg, Random
Pkg.activate(@__DIR__)
Pkg.instantiate()

# Load Flux and PlotlyJS for sweet interactive graphics
using Flux, PlotlyJS
# ---
# In [3]:
x = collect(-10:.1:10)
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
])
# expect: [figure: 1 traces]
# ---
# In [27]:
# Get predictable random numbers for the sake of notebook reliability
Random.seed!(3)

# Initialize `w` as three (small) random numbers:
w = randn(3)

# Define f(x):
f(x) = sum([x^(i-1) .* w[i] for i in 1:3])
# expect: f (generic function with 1 method)
# ---
# In [50]:
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
    scatter(;x=x, y=f.(x), name="f(x)"),
])
# expect: [figure: 2 traces]
# ---
# In [51]:
w_tracked = param(w)
f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3])

x = 1
@show f(x)
@show f_tracked(x)
# expect: f(x) = 0.746632461796028
# expect: f_tracked(x) = 0.746632461796028 (tracked)
# expect: 0.746632461796028 (tracked)
# ---
# In [52]:
# Define l2_loss() function to calculate a measure of how far off we are from our target output
l2_loss(y, y_hat) = sqrt(sum((y .- y_hat).^2))

l = l2_loss(abs(x), f_tracked(x))
@show l
# expect: l = 0.25336753820397195 (tracked)
# expect: 0.25336753820397195 (tracked)
# ---
# In [53]:
Flux.Tracker.back!(l)
# ---
# In [54]:
w_tracked.grad
# expect: 3-element Array{Float64,1}:
# expect:  -1.0
# expect:  -1.0
# expect:  -1.0
# ---
# In [55]:
η = 1e-5
w_tracked.data[:] -= w_tracked.grad .* η
w_tracked.grad[:] .= 0.0

@show l
@show l2_loss(abs(x), f_tracked(x))
# expect: l = 0.25336753820397195 (tracked)
# expect: l2_loss(abs(x), f_tracked(x)) = 0.25333753820397176 (tracked)
# expect: 0.25333753820397176 (tracked)
# ---
# In [56]:
# We need to build a helper function to drop the "tracked" part of f_tracked(),
# because plotting functions don't know how to deal with TrackedArrays:
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
# expect: [figure: 3 traces]
# ---
# In [57]:
x = 6

# Perform forward pass, calculating loss
l = l2_loss(abs(x), f_tracked(x))

@show l

# Attribute loss back onto w
Flux.Tracker.back!(l)

# Update w
w_tracked.data[:] -= w_tracked.grad .* η
w_tracked.grad[:] .= 0.0

# Recalculate l, showing that loss has improved
l = l2_loss(abs(x), f_tracked(x))
@show l
# expect: l = 54.766739169892546 (tracked)
# expect: l = 54.753409169892535 (tracked)
# expect: 54.753409169892535 (tracked)
# ---
# In [58]:
plot_x_fx_ftrackedx()
# expect: [figure: 3 traces]
# ---
# In [59]:
function training_epoch(true_model, model)
    avg_loss = 0.0
    range = -10:0.1:10
    for x in range
        # Perform forward pass, calculating loss
        l = l2_loss(true_model(x), model(x))

        # Attribute loss back onto w
        Flux.Tracker.back!(l)
        
        # Accumulate average loss
        avg_loss += l.data ./ length(range)

        # Update w
        w_tracked.data[:] -= w_tracked.grad .* η
        w_tracked.grad[:] .= 0.0
    end
    return avg_loss
end

training_epoch(abs, f_tracked)
# expect: 64.89673077450595
# ---
# In [60]:
plot_x_fx_ftrackedx()
# expect: [figure: 3 traces]
# ---
# In [61]:
losses = Float64[]
for epoch in 1:500
    l = training_epoch(abs, f_tracked)
    push!(losses, l)
end
# ---
# In [66]:
x = collect(-10:.1:10)
plot([
    scatter(;x=x, y=abs.(x), name="|x|"),
    scatter(;x=x, y=f_tracked_data.(x), name="f_tracked_data(x)", marker_color="green"),
])
# expect: [figure: 2 traces]
# ---
# In [80]:
plot(losses; name="Training epochs")
# expect: [figure: 1 traces]
# ---
# In [85]:
# Start from randomness again
w_tracked.data[:] = randn(3)

# Try to fit the step function:
u(x) = Float64(x > 0)

# Run training loop, keeping track of losses
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
# Plot function and tracked loss
#display(p)
#p = lineplot(losses; title="Loss versus training epochs")
#display(p)
# expect: [figure: 2 traces]
# ---
# In [ ]:
plot(losses; name="Training epochs")
# expect: [figure: 1 traces]
# ---
# In [17]:
using UnicodePlots
# Start from randomness again
w_tracked.data[:] = randn(3)

# Run training loop, keeping track of losses
losses = Float64[]
for epoch in 1:500
    l = training_epoch(relu, f_tracked)
    push!(losses, l)
end

# Plot function and tracked loss
p = lineplot([relu, f_tracked_data], -10, 10)
display(p)
p = lineplot(losses; title="Loss versus training epochs")
display(p)
# expect: [text figure]
# expect: [text figure]

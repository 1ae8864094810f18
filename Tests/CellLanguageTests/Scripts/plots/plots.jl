# Plots.jl 0.25: plots show as figures; print shows Plots' `string(plt)` (src/plot.jl:
# "Plot{$(plt.backend) n=$(plt.n)}", the backend printing as `Plots.GRBackend()`); plot!
# before any plot is `current()`'s error("No current plot/subplot").
using Plots
plot!(1:3)
# error: 5:1 No current plot/subplot
# ---
p = plot(1:10, (1:10) .^ 2, label = "squares", title = "Squares")
# expect: [figure: 1 traces]
# ---
plot!(1:10, 10 .* (1:10), lw = 2)
scatter!([2, 4], [50, 60])
println(p)
# expect: Plot{Plots.GRBackend() n=3}
# ---
Plots.current() === p
# expect: true
# ---
import Plots
q = Plots.histogram(randn(100); bins = 10)
print(q)
# expect: Plot{Plots.GRBackend() n=1}
# ---
plot(rand(5, 3))
# expect: [figure: 3 traces]
# ---
plot([sin, cos], 0, 2pi)
# expect: [figure: 2 traces]
# ---
plot(x -> x^2, -1:0.5:1; seriestype = :scatter, legend = :topleft, xlims = (-2, 2))
# expect: [figure: 1 traces]
# ---
xs = range(-1, stop = 1, length = 5)
heatmap(xs, xs, (x, y) -> x * y)
contour(xs, xs, [x * y for y in xs, x in xs]; levels = 3)
# expect: [figure: 0 traces]
# ---
r = plot(plot(1:3), bar([1, 2], [3, 4]); layout = (2, 1))
println(r)
# expect: Plot{Plots.GRBackend() n=2}
# ---
savefig(r, "two.svg")
savefig("current.svg")
# expect: [saved: two.svg]
# expect: [saved: current.svg]
# ---
plot(1:3; linestyle = :dash)
# error: 1:1 keyword argument linestyle of plot is not supported by sitegen's Julia
# ---
savefig("../elsewhere.svg")
# error: 1:1 savefig("../elsewhere.svg"): writing outside the page's folder is not supported by sitegen's Julia (give a file name such as "plot.svg")
# ---
savefig("plot.png")
# error: 1:1 savefig("plot.png"): only .svg files are supported by sitegen's Julia
# ---
plot(1:3; seriestype = :sticks)
# error: 1:1 seriestype :sticks is not supported by sitegen's Julia
# ---
contour(xs, xs, (x, y) -> x * y; fill = 0.5)
# error: 1:1 fill = 0.5 is not supported by sitegen's Julia
# ---
pie([1, 2])
# error: 1:1 pie is not supported by sitegen's Julia
# ---
heatmap([1 2; 3 4]; c = :viridis)
# error: 1:1 the color gradient :viridis is not supported by sitegen's Julia (use :inferno or cgrad([colors…]))
# ---
p = plot(1:3)
title!("Three")
xlims!(0, 4)
ylims!(p, (0, 5))
println(p)
# expect: Plot{Plots.GRBackend() n=1}
# ---
bar(["a", "b"], [1, 2])
# error: 1:1 categorical data (String) in bar is not supported by sitegen's Julia

# PlotlyJS and UnicodePlots calls make figures.
using PlotlyJS, UnicodePlots
x = collect(-1:0.5:1)
plot([scatter(;x=x, y=x .^ 2, name="square"), scatter(;x=x, y=abs.(x))])
# expect: [figure: 2 traces]
# ---
plot([1.0, 2.0, 4.0]; name="losses")
# expect: [figure: 1 traces]
# ---
plot(scatter(;x=x, y=x), Layout(;title="identity"))
# expect: [figure: 1 traces]
# ---
p = lineplot([1.0, 3.0, 2.0]; title="small")
display(p)
# expect: [text figure]
# ---
lineplot(sin, -3, 3)
# expect: [text figure]
# ---
using Flux
l = param(2.0) * 3.0
Tracker.back!(l)
graph(l)
# expect: [graph]

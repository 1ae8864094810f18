# using/import of the built-in modules, qualified names, Pkg.
param([1.0])
# error: UndefVarError: param not defined
# ---
import Pkg
Pkg.activate(@__DIR__)
Pkg.instantiate()
# ---
using Flux, PlotlyJS, Random, UnicodePlots, Statistics
mean([1.0, 2.0, 3.0])
# expect: 2.0
# ---
Random.seed!(1234)
rand()
# expect: 0.5908446386657102
# ---
Flux.relu(-2.0), Flux.Tracker.data(param(3.0))
# expect: (0.0, 3.0)
# ---
using DataFrames
# error: ArgumentError: Package DataFrames not found in current path (the language knows Flux, PlotlyJS, Random, Statistics, UnicodePlots, LinearAlgebra, Test, Pkg)
# ---
import Random: randexp
randexp() > 0
# expect: true

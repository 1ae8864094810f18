# Statistics 1.0 (stdlib/Statistics/src/Statistics.jl docstrings and arithmetic).
using Statistics
median([1, 2, 3]), median([3, 1, 2, 4]), median([1.0, NaN, 2.0]), median(1:4)
# expect: (2.0, 2.5, NaN, 2.5)
# ---
median(Int[])
# error: 1:1 ArgumentError: median of an empty array is undefined, Int64[]
# ---
middle(1), middle(1, 2), middle(2.0, 4.0)
# expect: (1.0, 1.5, 3.0)
# ---
quantile(0:20, 0.5)
# expect: 10.0
# ---
quantile(0:20, [0.1, 0.5, 0.9])
# expect: 3-element Array{Float64,1}:
# expect:   2.0
# expect:  10.0
# expect:  18.0
# ---
quantile([3.0, 1.0, 2.0, 10.0], 0.3), quantile([1, 2, 3, 4], 0.25, sorted=true)
# expect: (1.9, 1.75)
# ---
quantile([1.0, 2.0], 1.5)
# error: 1:1 ArgumentError: input probability out of [0,1] range
# ---
quantile([1.0, NaN], 0.5)
# error: 1:1 ArgumentError: quantiles are undefined in presence of NaNs
# ---
var([1, 2, 3, 4], corrected=false), std([1.0, 2.0, 4.0], corrected=false)
# expect: (1.25, 1.247219128924647)
# ---
cov([1, 2, 3, 4]), cov([1.0, 2.0, 4.0], corrected=false), var([1, 2, 3, 4])
# expect: (1.6666666666666667, 1.5555555555555554, 1.6666666666666667)

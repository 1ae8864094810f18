# Reductions, scans and sorts along dimensions (Julia 1.0: base/reducedim.jl,
# base/accumulate.jl, base/sort.jl; the docstrings' examples).
A = [1 2; 3 4]
sum(A, dims=1)
# expect: 1×2 Array{Int64,2}:
# expect:  4  6
# ---
sum(A, dims=2)
# expect: 2×1 Array{Int64,2}:
# expect:  3
# expect:  7
# ---
prod(A, dims=1)
# expect: 1×2 Array{Int64,2}:
# expect:  3  8
# ---
maximum(A, dims=1), maximum(A, dims=2), minimum(A, dims=1), minimum(A, dims=2)
# expect: ([3 4], [2; 4], [1 2], [1; 3])
# ---
sum(A, dims=(1, 2)), sum(A, dims=3), sum(abs2, A, dims=1)
# expect: ([10], [1 2; 3 4], [10 20])
# ---
sum([1.0, 2.0, 3.0], dims=1)
# expect: 1-element Array{Float64,1}:
# expect:  6.0
# ---
using Statistics
mean(A, dims=1)
# expect: 1×2 Array{Float64,2}:
# expect:  2.0  3.0
# ---
mean(A, dims=2)
# expect: 2×1 Array{Float64,2}:
# expect:  1.5
# expect:  3.5
# ---
var([1.0 2.0; 3.0 4.0], dims=1), std([1 2; 3 5], dims=2), var(A, dims=1, corrected=false)
# expect: ([2.0 2.0], [0.707107; 1.41421], [1.0 1.0])
# ---
var([1, 2, 3, 4]), var([1, 2, 3, 4], corrected=false), std([2.0], corrected=false), var([2.0])
# expect: (1.6666666666666667, 1.25, 0.0, NaN)
# ---
var(1:10), std(1:10), mean(0:0.1:1)
# expect: (9.166666666666666, 3.0276503540974917, 0.5)
# ---
cumsum(A, dims=1)
# expect: 2×2 Array{Int64,2}:
# expect:  1  2
# expect:  4  6
# ---
cumsum(A, dims=2)
# expect: 2×2 Array{Int64,2}:
# expect:  1  3
# expect:  3  7
# ---
cumprod(A, dims=1), cumsum([1, 2, 3]), cumprod([1, 2, 3])
# expect: ([1 2; 3 8], [1, 3, 6], [1, 2, 6])
# ---
cumsum(A)
# error: 1:1 UndefKeywordError: keyword argument dims not assigned
# ---
sum(A, dims=0)
# error: 1:1 ArgumentError: region dimension(s) must be ≥ 1, got 0
# ---
B = [3 1; 2 5]
sort(B, dims=1)
# expect: 2×2 Array{Int64,2}:
# expect:  2  1
# expect:  3  5
# ---
sort(B, dims=2, rev=true)
# expect: 2×2 Array{Int64,2}:
# expect:  3  1
# expect:  5  2
# ---
sort(B)
# error: 1:1 UndefKeywordError: keyword argument dims not assigned
# ---
reverse(A, dims=1), reverse(A, dims=2)
# expect: ([3 4; 1 2], [2 1; 4 3])
# ---
dropdims(sum(A, dims=1), dims=1)
# expect: 2-element Array{Int64,1}:
# expect:  4
# expect:  6
# ---
dropdims(A, dims=1)
# error: 1:1 ArgumentError: dropped dims must all be size 1
# ---
sum(A, dims=1, init=0)
# error: 1:1 keyword argument init of sum is not supported by sitegen's Julia
# ---
# Bools add up as Ints (`add_sum`); their running product stays Bool.
cumsum([true, false, true]), cumprod([true, true, false]), cumsum([1.5, 2.0])
# expect: ([1, 1, 2], Bool[true, true, false], [1.5, 3.5])
# ---
var(1.0:1.0:3.0), var(0:2:10), var(0.0:0.5:2.0)
# expect: (1.0, 14.0, 0.625)

# `sum` of a comprehension over an integer range, which compiled cells add up without making the
# array: Julia's `sum` of fewer than 16 elements is the left fold `(a + b) + c`
# (base/reduce.jl, `_mapreduce`), 1024 or fewer the same fold (`mapreduce_impl`'s blocksize).
sum([0.1 * i for i in 1:3])
# expect: 0.6000000000000001
# ---
sum([i for i in 1:4])
# expect: 10
# ---
# A Float64 first element and an Int later: the array is promoted to Float64 first.
sum([i == 1 ? 0.5 : i for i in 1:3])
# expect: 5.5
# ---
sum([x / 2 for x in 1.0:3.0])
# expect: 3.0
# ---
# `sum` may name another function.
g(sum) = sum([i for i in 1:5])
g(length)
# expect: 5
# ---
using Flux
w = param([1.0, 2.0, 3.0])
s = sum([w[i] * 0.1 for i in 1:3])
# expect: 0.6000000000000001 (tracked)
# ---
Flux.Tracker.back!(s)
w.grad
# expect: 3-element Array{Float64,1}:
# expect:  0.1
# expect:  0.1
# expect:  0.1
# ---
sum([w[1] * i for i in 1:20])
# expect: 210.0 (tracked)

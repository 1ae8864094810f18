# Sorting with Julia 1.0's keywords (base/sort.jl docstrings).
v = [3, 1, 2]
sort(v), sort(v, rev=true), sortperm(v)
# expect: ([1, 2, 3], [3, 2, 1], [2, 3, 1])
# ---
sort([2, 3, 1], rev=true)
# expect: 3-element Array{Int64,1}:
# expect:  3
# expect:  2
# expect:  1
# ---
sort([1, -3, 2], by=abs)
# expect: 3-element Array{Int64,1}:
# expect:   1
# expect:   2
# expect:  -3
# ---
sort([NaN, 2.0, -1.0]), sort([NaN, 2.0, -1.0], rev=true)
# expect: ([-1.0, 2.0, NaN], [NaN, 2.0, -1.0])
# ---
w = [3, 1, 2]
sort!(w)
w
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
sortperm([3.0, 1.0, 3.0, 2.0], rev=true), sortperm(["b", "a", "c"])
# expect: ([1, 3, 4, 2], [2, 1, 3])
# ---
sort(["banana", "apple", "cherry"], by=length)
# expect: 3-element Array{String,1}:
# expect:  "apple" 
# expect:  "banana"
# expect:  "cherry"

# Set operations on arrays keep first occurrences in order and return a Vector (Julia 1.0's
# base/abstractset.jl docstrings for union, intersect and setdiff; array.jl's `_shrink`).
union([1, 2], [2, 4])
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  4
# ---
union([4, 2], 1:2)
# expect: 3-element Array{Int64,1}:
# expect:  4
# expect:  2
# expect:  1
# ---
union([1, 2], [2.5])
# expect: 3-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# expect:  2.5
# ---
intersect([1, 4, 4, 5, 6], [4, 6, 6, 7, 8])
# expect: 2-element Array{Int64,1}:
# expect:  4
# expect:  6
# ---
intersect([1, 2, 3], [3.0, 4.0])
# expect: 1-element Array{Int64,1}:
# expect:  3
# ---
setdiff([1, 2, 3], [3, 4, 5])
# expect: 2-element Array{Int64,1}:
# expect:  1
# expect:  2
# ---
setdiff([3, 1, 3, 2], [2]), unique([3, 1, 3, 2, 1])
# expect: ([3, 1], [3, 1, 2])
# ---
issubset([1, 2], [1, 2, 3]), issubset([1, 4], [1, 2, 3]), issubset(Int[], [1])
# expect: (true, false, true)
# ---
unique([NaN, 0.0, NaN, -0.0])
# expect: 3-element Array{Float64,1}:
# expect:  NaN  
# expect:    0.0
# expect:   -0.0
# ---
# base/abstractset.jl: `const ⊆ = issubset`, `⊇(l, r) = issubset(r, l)`.
[1, 2] ⊆ [1, 2, 3], [1, 4] ⊆ [1, 2], [1, 2, 3] ⊇ [3]
# expect: (true, false, true)

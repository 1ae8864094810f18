# Comprehensions with filters and several `for`s; generators.
[i^2 for i in 1:4]
# expect: 4-element Array{Int64,1}:
# expect:   1
# expect:   4
# expect:   9
# expect:  16
# ---
[i for i in 1:10 if iseven(i)]
# expect: 5-element Array{Int64,1}:
# expect:   2
# expect:   4
# expect:   6
# expect:   8
# expect:  10
# ---
[i + 10j for i in 1:2, j in 1:3]
# expect: 2×3 Array{Int64,2}:
# expect:  11  21  31
# expect:  12  22  32
# ---
[(i, j) for i in 1:2 for j in 1:2]
# expect: 4-element Array{Tuple{Int64,Int64},1}:
# expect:  (1, 1)
# expect:  (1, 2)
# expect:  (2, 1)
# expect:  (2, 2)
# ---
sum(x^2 for x in 1:3)
# expect: 14
# ---
[x / 2 for x in [1, 2]]
# expect: 2-element Array{Float64,1}:
# expect:  0.5
# expect:  1.0
# ---
using Random
Random.seed!(1)
a = [x for x in rand(2)]
b = rand()
Random.seed!(1)
c = rand(2)
a == c && b == rand()
# expect: true

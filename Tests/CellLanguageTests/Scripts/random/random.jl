# Julia 1.0's MersenneTwister: the notebook's draws.
using Random
Random.seed!(3)
w = randn(3)
# expect: 3-element Array{Float64,1}:
# expect:   1.1915557734285787
# expect:  -2.5197330871745263
# expect:   2.0748097755419757
# ---
sum(w)
# expect: 0.746632461796028
# ---
Random.seed!(1234)
rand()
# expect: 0.5908446386657102
# ---
Random.seed!(3)
a = randn()
Random.seed!(3)
b = randn(1)
a == b[1]
# expect: true
# ---
size(rand(2, 3)), length(randexp(4))
# expect: ((2, 3), 4)
# ---
Random.seed!(-1)
# error: DomainError with -1:

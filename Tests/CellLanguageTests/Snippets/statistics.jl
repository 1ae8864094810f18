# Random and Statistics: summary statistics, and reproducible random numbers.
using Statistics
mean([1, 2, 3, 4])
# expect: 2.5
# ---
using Statistics
median([3, 1, 4, 1, 5]), median([1, 2, 3, 4])
# expect: (3.0, 2.5)
# ---
using Statistics
var([1, 2, 3, 4])
# expect: 1.6666666666666667
# ---
using Statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
std(data), std(data, corrected=false)
# expect: (2.138089935299395, 2.0)
# ---
using Statistics
quantile([1, 2, 3, 4, 5], 0.5), quantile([1, 2, 3, 4], 0.25)
# expect: (3.0, 1.75)
# ---
# Column means of a matrix
using Statistics
mean([1 2; 3 4], dims=1)
# expect: 1×2 Array{Float64,2}:
# expect:  2.0  3.0
# ---
using Statistics
mean(x -> x^2, [1, 2, 3])
# expect: 4.666666666666667
# ---
# Seeding makes random numbers reproducible
using Random
Random.seed!(42)
a = rand(3)
Random.seed!(42)
b = rand(3)
a == b
# expect: true
# ---
using Random
Random.seed!(1)
x = rand(5)
length(x), eltype(x), all(0 .<= x .< 1)
# expect: (5, Float64, true)
# ---
size(randn(2, 3)), typeof(rand(Float32, 2))
# expect: ((2, 3), Array{Float32,1})
# ---
all(d -> d in 1:6, rand(1:6, 100))
# expect: true
# ---
using Random
sort(shuffle([3, 1, 2])), sort(randperm(4))
# expect: ([1, 2, 3], [1, 2, 3, 4])
# ---
extrema([3, 1, 4, 1, 5])
# expect: (1, 5)
# ---
# Standardising data
using Statistics
x = [1.0, 2.0, 3.0]
(x .- mean(x)) ./ std(x)
# expect: 3-element Array{Float64,1}:
# expect:  -1.0
# expect:   0.0
# expect:   1.0

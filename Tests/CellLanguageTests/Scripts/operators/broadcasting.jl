# Dot operators and f.(x) broadcast with Julia's shape rules.
x = [1.0, 2.0, 3.0]
x .+ 1
# expect: 3-element Array{Float64,1}:
# expect:  2.0
# expect:  3.0
# expect:  4.0
# ---
x .* x
# expect: 3-element Array{Float64,1}:
# expect:  1.0
# expect:  4.0
# expect:  9.0
# ---
x .^ 2
# expect: 3-element Array{Float64,1}:
# expect:  1.0
# expect:  4.0
# expect:  9.0
# ---
abs.([-1, 2, -3])
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
[1, 2, 3] .== [1, 5, 3]
# expect: 3-element BitArray{1}:
# expect:   true
# expect:  false
# expect:   true
# ---
[1, 2] .+ [10 20]
# expect: 2×2 Array{Int64,2}:
# expect:  11  21
# expect:  12  22
# ---
[1, 2] .+ [1, 2, 3]
# error: DimensionMismatch("arrays could not be broadcast to a common size")
# ---
y = zeros(3)
y .= 7
y
# expect: 3-element Array{Float64,1}:
# expect:  7.0
# expect:  7.0
# expect:  7.0
# ---
y .+= 1
y[1]
# expect: 8.0
# ---
f(a, b) = a * b + 1
f.([1, 2], 3)
# expect: 2-element Array{Int64,1}:
# expect:  4
# expect:  7
# ---
[1, 2] + [3, 4]
# expect: 2-element Array{Int64,1}:
# expect:  4
# expect:  6
# ---
[1, 2] + 1
# error: MethodError: no method matching +(::Array{Int64,1}, ::Int64)
# ---
[1 2; 3 4] * [1, 1]
# expect: 2-element Array{Int64,1}:
# expect:  3
# expect:  7
# ---
2 .* [1, 2] .- 1
# expect: 2-element Array{Int64,1}:
# expect:  1
# expect:  3

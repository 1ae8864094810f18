# if/elseif/else, for forms, while, break, continue, begin, let.
function classify(x)
    if x < 0
        "negative"
    elseif x == 0
        "zero"
    else
        "positive"
    end
end
classify(-2), classify(0), classify(3)
# expect: ("negative", "zero", "positive")
# ---
for (i, x) in enumerate([10, 20])
    println(i, " ", x)
end
# expect: 1 10
# expect: 2 20
# ---
for (a, b) in zip([1, 2], ["x", "y"])
    println(a, b)
end
# expect: 1x
# expect: 2y
# ---
for i in 1:2, j in 1:2
    print(i, j, " ")
end
println()
# expect: 11 12 21 22 
# ---
for i in eachindex([5, 6, 7])
    print(i)
end
println()
# expect: 123
# ---
i = 0
while true
    i += 1
    i >= 5 && break
end
i
# expect: 5
# ---
odds = Int[]
for k in 1:6
    iseven(k) && continue
    push!(odds, k)
end
odds'
# expect: 1×3 LinearAlgebra.Adjoint{Int64,Array{Int64,1}}:
# expect:  1  3  5
# ---
r = begin
    a = 2
    a * 3
end
r
# expect: 6
# ---
z = let q = 10, w = 2
    q ÷ w
end
z
# expect: 5
# ---
for x in [1.5, 2.5]
    println(x)
end
# expect: 1.5
# expect: 2.5
# ---
for c in "ab"
    println(c)
end
# expect: a
# expect: b
# ---
# `break` leaves a loop over several variables entirely.
pairs = 0
for i in 1:3, j in 1:3
    pairs += 1
    j == 2 && break
end
pairs
# expect: 2

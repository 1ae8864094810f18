# @. (Julia 1.0's Base.Broadcast.@__dot__): every call and operator broadcast, `=` made `.=`.
x = [1, 2, 3]
@. x^2 + 2x
# expect: 3-element Array{Int64,1}:
# expect:   3
# expect:   8
# expect:  15
# ---
y = zeros(3)
@. y = abs(x - 2)
y
# expect: 3-element Array{Float64,1}:
# expect:  1.0
# expect:  0.0
# expect:  1.0
# ---
@. x > 1
# expect: 3-element BitArray{1}:
# expect:  false
# expect:   true
# expect:   true
# ---
@. for i in x
end
# error: 1:1 @. around this kind of expression is not supported by sitegen's Julia

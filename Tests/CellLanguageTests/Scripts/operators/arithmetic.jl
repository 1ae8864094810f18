# Int and Float arithmetic as Julia does it.
7 / 2, 7 ÷ 2, 7 % 2, -7 ÷ 2, -7 % 2
# expect: (3.5, 3, 1, -3, -1)
# ---
2^10, 2^0.5, 2.0^3, (-2)^3
# expect: (1024, 1.4142135623730951, 8.0, -8)
# ---
typeof(4 / 2)
# expect: Float64
# ---
typemax = 9223372036854775807
typemax + 1
# expect: -9223372036854775808
# ---
2^63
# expect: -9223372036854775808
# ---
-2^2
# expect: -4
# ---
x = 3
-x^2
# expect: -9
# ---
1 + 2 * 3 - 4 / 2
# expect: 5.0
# ---
2 \ 4
# expect: 2.0
# ---
2^-1
# expect: 0.5
# ---
10 - 2 - 3
# expect: 5
# ---
2^3^2
# expect: 512
# ---
# Bool * Bool is Bool (base/bool.jl: *(x::Bool, y::Bool) = x & y); + and - promote to Int.
(true * true, true * false, true & false, true | false, true ⊻ true, true + true, true - true)
# expect: (true, false, false, true, false, 2, 0)
# ---
# Masks combined with .& stay a BitArray (broadcast of & on Bools).
([1, 2, 3] .> 1) .& ([1, 2, 3] .< 3)
# expect: 3-element BitArray{1}:
# expect:  false
# expect:   true
# expect:  false

# isapprox and ≈ with Julia 1.0's default tolerance (base/floatfuncs.jl: rtol = sqrt(eps(T))
# of the less precise float type, 0 for exact numbers, 0 when atol is given).
1.0 ≈ 1.0 + 1e-10, 1.0 ≈ 1.0001, 1 ≈ 1, 1f0 ≈ 1.0001f0, 1f0 ≈ 1.001f0
# expect: (true, false, true, true, false)
# ---
isapprox(1.0, 1.1; rtol = 0.2), isapprox(1.0, 1.1; atol = 0.05), isapprox(1.0, 1.04; atol = 0.05)
# expect: (true, false, true)
# ---
isapprox(Inf, Inf), isapprox(Inf, 1e308), isapprox(NaN, NaN), isapprox(NaN, NaN; nans = true)
# expect: (true, false, false, true)
# ---
Inf ≈ 1e308, Inf ≈ Inf, -Inf ≈ Inf
# expect: (false, true, false)
# ---
isapprox(1//3, 0.3333333333), isapprox(1 + 2im, 1 + 2im), isapprox(100, 101; rtol = 0.05)
# expect: (true, true, true)
# ---
iszero(0//1), isone(1 + 0im), zero(Int32), one(Rational{Int64}), zero(Complex{Float64})
# expect: (true, true, 0, 1//1, 0.0 + 0.0im)
# ---
1f0 ≈ 1.0001, (1 + 2im) ≈ (1 + 2.0000000001im), 1//3 ≈ 1//3, Int32(3) ≈ 3
# expect: (true, true, true, true)

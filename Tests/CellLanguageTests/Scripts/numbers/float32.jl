# Float32: literals, conversion, promotion, display and single-precision math, as Julia 1.0
# prints them (manual: "Integers and Floating-Point Numbers"; base/grisu/grisu.jl's shortest
# single-precision digits, `f0` suffix from `show`, none from `print`).
1f0
# expect: 1.0f0
# ---
0.1f0, 2.5f0, 1.0f-3, 1.0f-8, 3.4028235f38, -1.5f0
# expect: (0.1f0, 2.5f0, 0.001f0, 1.0f-8, 3.4028235f38, -1.5f0)
# ---
typeof(2.5f0), typeof(2.5f0 + 1), typeof(2.5f0 + 1.0), typeof(2.5f0 * true)
# expect: (Float32, Float32, Float64, Float32)
# ---
1f0 / 3
# expect: 0.33333334f0
# ---
Float32(0.1), Float32(1), Float64(0.1f0)
# expect: (0.1f0, 1.0f0, 0.10000000149011612)
# ---
0.1f0 + 0.2f0
# expect: 0.3f0
# ---
Float32[1, 2]
# expect: 2-element Array{Float32,1}:
# expect:  1.0
# expect:  2.0
# ---
zeros(Float32, 3)
# expect: 3-element Array{Float32,1}:
# expect:  0.0
# expect:  0.0
# expect:  0.0
# ---
x = [1f0, 2]
typeof(x)
# expect: Array{Float32,1}
# ---
[1f0, 2.0]
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  2.0
# ---
print(1.5f0)
println(2f0)
string(0.25f0)
# expect: 1.52.0
# expect: "0.25"
# ---
sqrt(2f0), exp(1f0), sqrt(2.0f0) isa Float32
# expect: (1.4142135f0, 2.7182817f0, true)
# ---
sqrt(-1f0)
# error: DomainError with -1.0f0:
# ---
eps(Float32), eps(Float64), eps(1f0), eps()
# expect: (1.1920929f-7, 2.220446049250313e-16, 1.1920929f-7, 2.220446049250313e-16)
# ---
typemax(Float32), typemin(Float32), Inf32, NaN32
# expect: (Inf32, -Inf32, Inf32, NaN32)
# ---
floatmax(Float32), floatmin(Float32), floatmax(Float64), maxintfloat(Float32)
# expect: (3.4028235f38, 1.1754944f-38, 1.7976931348623157e308, 1.6777216f7)
# ---
nextfloat(1f0), prevfloat(1f0), nextfloat(1.0)
# expect: (1.0000001f0, 0.99999994f0, 1.0000000000000002)
# ---
2f0^3, 2f0^10, (1.5f0)^2
# expect: (8.0f0, 1024.0f0, 2.25f0)
# ---
zero(Float32), one(Float32), iszero(0f0), isone(1f0)
# expect: (0.0f0, 1.0f0, true, true)
# ---
1f0 == 1, 1f0 < 2.0, max(1f0, 2f0), -0.0f0
# expect: (true, true, 2.0f0, -0.0f0)
# ---
Int(2f0), round(Int, 2.5f0), floor(2.7f0)
# expect: (2, 2, 2.0f0)
# ---
Int(2.5f0)
# error: 1:1 InexactError: Int64(Int64, 2.5)
# ---
Float16(1)
# error: 1:1 Float16 is not supported by sitegen's Julia
# ---
x = Float32[1, 2]
x[1] = 5
x .+ 1, x .* 2.0, sum(x)
# expect: (Float32[6.0, 3.0], [10.0, 4.0], 7.0f0)
# ---
[1f0 2f0; 3f0 4.5f0]
# expect: 2×2 Array{Float32,2}:
# expect:  1.0  2.0
# expect:  3.0  4.5
# ---
y = 2.5f0
@show y
"$(y)"
# expect: y = 2.5f0
# expect: "2.5"
# ---
1f0:3f0
# error: 1:1 a range of Float32 is not supported by sitegen's Julia
# ---
x = Float32[1, 2, 4]
maximum(x), prod(x), cumsum(x), x / 2, x'
# expect: (4.0f0, 8.0f0, Float32[1.0, 3.0, 7.0], Float32[0.5, 1.0, 2.0], Float32[1.0 2.0 4.0])
# ---
# base/floatfuncs.jl at v1.0.0: round(x; digits) is round(x * 10f0^digits) / 10f0^digits in
# Float32: 2.345f0 * 100f0 rounds to 234.5f0, which rounds to even.
round(0.7041603f0, digits=3), round(2.345f0; digits = 2), round(2.5f0), round(1234.5f0, digits=-2)
# expect: (0.704f0, 2.34f0, 2.0f0, 1200.0f0)

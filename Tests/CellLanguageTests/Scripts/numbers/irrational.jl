# π and ℯ are Irrational (base/irrationals.jl, Julia 1.0: one show method,
# print(io, "$sym = $(string(float(x))[1:15])...")), Float64 in arithmetic.
π
# expect: π = 3.1415926535897...
# ---
(typeof(π), π isa Real, π isa AbstractFloat)
# expect: (Irrational{:π}, true, false)
# ---
println(π, " and ", ℯ)
# expect: π = 3.1415926535897... and ℯ = 2.7182818284590...
# ---
# Promotion to Float64: 2π is Float64(π) * 2, exactly.
(2π, π / 2, π^2, sin(π))
# expect: (6.283185307179586, 1.5707963267948966, 9.869604401089358, 1.2246467991473532e-16)
# ---
[π, 1]
# expect: 2-element Array{Float64,1}:
# expect:  3.141592653589793
# expect:  1.0              
# ---
# No float equals π: the exact value lies above Float64(π).
(π == 3.141592653589793, π > 3.141592653589793, π < 3.2, π == pi)
# expect: (false, true, true, true)
# ---
x = [0.0, 0.5]
cos.(π .* x)
# expect: 2-element Array{Float64,1}:
# expect:  1.0                  
# expect:  6.123233995736766e-17

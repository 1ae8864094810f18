# Rational and complex numbers (Julia manual, "Complex and Rational Numbers"; base/rational.jl,
# base/complex.jl).
1//2 + 1//3
# expect: 5//6
# ---
typeof(1//2), 6//9, -4//12, 5//-15, 2//1
# expect: (Rational{Int64}, 2//3, -1//3, -1//3, 2//1)
# ---
numerator(2//3), denominator(2//3), numerator(5), float(1//3)
# expect: (2, 3, 5, 0.3333333333333333)
# ---
2//3 == 6//9, 2//3 < 3//4, 1//2 + 1, 1//2 + 0.5, (1//2) * (2//3), (1//2) / (1//4)
# expect: (true, true, 3//2, 1.0, 1//3, 2//1)
# ---
(2//3)^2, 5//0, -3//0
# expect: (4//9, 1//0, -1//0)
# ---
0//0
# error: 1:1 ArgumentError: invalid rational: zero(Int64)//zero(Int64)
# ---
1 + 2im
# expect: 1 + 2im
# ---
typeof(1 + 2im), typeof(1.0 + 2im), im, typeof(im)
# expect: (Complex{Int64}, Complex{Float64}, im, Complex{Bool})
# ---
(1 + 2im) * (2 - im), (1 + 2im) + 1, 2(1 + 2im), (1 + 2im) - (1 + 2im), (3 + 4im) / 2
# expect: (4 + 3im, 2 + 2im, 2 + 4im, 0 + 0im, 1.5 + 2.0im)
# ---
real(1 + 2im), imag(1 + 2im), conj(1 + 2im), abs(3 + 4im), abs2(3 + 4im), reim(1 + 2im)
# expect: (1, 2, 1 - 2im, 5.0, 25, (1, 2))
# ---
angle(1 + 1im), angle(-1.0 + 0im)
# expect: (0.7853981633974483, 3.141592653589793)
# ---
sqrt(-1 + 0im)
# expect: 0.0 + 1.0im
# ---
exp(im * pi)
# expect: -1.0 + 1.2246467991473532e-16im
# ---
1.0 + Inf * im, complex(1, 2), Complex(1.5, -2)
# expect: (1.0 + Inf*im, 1 + 2im, 1.5 - 2.0im)
# ---
(1 + 2im) == (1 + 2im), (1 + 0im) == 1, (1 + 2im)^2
# expect: (true, true, -3 + 4im)
# ---
[1 + 2im, 3 - 4im]
# expect: 2-element Array{Complex{Int64},1}:
# expect:  1 + 2im
# expect:  3 - 4im
# ---
(1 + 2im) < (2 + 3im)
# error: 1:1 MethodError: no method matching isless(::Complex{Int64}, ::Complex{Int64})
# ---
sqrt(-1)
# error: DomainError with -1.0:

# Numbers: integer and floating-point arithmetic as a Julia 1.0 tutorial shows it.
# Integer division with / gives a Float64
7 / 2
# expect: 3.5
# ---
# Integer division, remainder and modulus
(7 ÷ 2, 7 % 3, div(-7, 2), mod(-7, 3), rem(-7, 3))
# expect: (3, 1, -3, 2, -1)
# ---
# Powers of integers stay integers
2^10
# expect: 1024
# ---
# Floating-point round-off
0.1 + 0.2
# expect: 0.30000000000000004
# ---
# Compare floats with ≈ instead of ==
(0.1 + 0.2 == 0.3, 0.1 + 0.2 ≈ 0.3)
# expect: (false, true)
# ---
# The type of a literal
typeof(1), typeof(1.0), typeof(1//2)
# expect: (Int64, Float64, Rational{Int64})
# ---
# Elementary functions
sqrt(2)
# expect: 1.4142135623730951
# ---
exp(1), log(10)
# expect: (2.718281828459045, 2.302585092994046)
# ---
# Rounding to a number of digits
round(3.14159, digits=2)
# expect: 3.14
# ---
# Rational numbers are exact
1//3 + 1//6
# expect: 1//2
# ---
# Integer overflow wraps around
typemax(Int64) + 1
# expect: -9223372036854775808
# ---
# Updating operators
x = 5
x += 3
x *= 2
# expect: 16
# ---
# π is an irrational constant
π
# expect: π = 3.1415926535897...
# ---
2π
# expect: 6.283185307179586
# ---
# Large and small floats print in scientific notation
(1e10, 0.00001, 123456.0)
# expect: (1.0e10, 1.0e-5, 123456.0)
# ---
# Conversions between number types
(convert(Float64, 3), floor(Int, 3.7), Int(2.0), float(7))
# expect: (3.0, 3, 2, 7.0)
# ---
# Complex numbers
(1 + 2im) * (3 - im)
# expect: 5 + 5im
# ---
# Arbitrary-precision integers
big(2)^100
# expect: 1267650600228229401496703205376
# ---
# Dividing a float by zero gives Inf
1.0 / 0
# expect: Inf
# ---
# Predicates
isodd(7), iseven(7), isinteger(3.0)
# expect: (true, false, true)
# ---
# Fahrenheit to Celsius
f = 100
c = (f - 32) * 5 / 9
# expect: 37.77777777777778
# ---
# sqrt of a negative float is an error
sqrt(-1.0)
# error: DomainError with -1.0:

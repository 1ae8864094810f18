# BigInt, factorial, binomial, gcd and lcm (base/gmp.jl, base/combinatorics.jl and
# base/intfuncs.jl at Julia 1.0).
factorial(big(30))
# expect: 265252859812191058636308480000000
# ---
typeof(big(2)), big(2)^100, big(10) - 11, typeof(big(1) + 1)
# expect: (BigInt, 1267650600228229401496703205376, -1, BigInt)
# ---
factorial(20), factorial(0), factorial(Int32(5))
# expect: (2432902008176640000, 1, 120)
# ---
factorial(21)
# error: 1:1 OverflowError: 21 is too large to look up in the table
# ---
factorial(-1)
# error: DomainError with -1:
# ---
binomial(5, 2), binomial(10, 0), binomial(-5, 2), binomial(5, 7), binomial(big(100), 50)
# expect: (10, 1, 15, 0, 100891344545564193334812497256)
# ---
binomial(67, 33)
# error: 1:1 OverflowError: binomial(67, 33) overflows
# ---
gcd(12, 18), gcd(-12, 18), gcd(0, 0), lcm(4, 6), lcm(-4, 6), gcd(12, 18, 8)
# expect: (6, 6, 0, 12, 12, 2)
# ---
div(big(7), 2), mod(big(-7), 2), big(7) == 7, big(3) < 4
# expect: (3, 1, true, true)
# ---
BigInt(2)^64 + 1
# expect: 18446744073709551617
# ---
big(1.5)
# error: 1:1 big(::Float64) (a BigFloat) is not supported by sitegen's Julia

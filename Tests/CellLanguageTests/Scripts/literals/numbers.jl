# Integer and float literals display as Julia shows them.
1
# expect: 1
# ---
1.0
# expect: 1.0
# ---
.1
# expect: 0.1
# ---
1e-5
# expect: 1.0e-5
# ---
1_000
# expect: 1000
# ---
1.0e6
# expect: 1.0e6
# ---
100000.0
# expect: 100000.0
# ---
1234567.0
# expect: 1.234567e6
# ---
0.0001
# expect: 0.0001
# ---
-0.5
# expect: -0.5
# ---
1/3
# expect: 0.3333333333333333
# ---
0.1 + 0.2
# expect: 0.30000000000000004
# ---
typeof(1), typeof(1.0), typeof(true)
# expect: (Int64, Float64, Bool)
# ---
# Julia reads 0x10 as the UInt8 0x10 (it displays as 0x10, not 16): the width comes from the
# number of digits (Julia manual, "Integers and Floating-Point Numbers").
0x10
# expect: 0x10
# ---
0b101
# expect: 0x05
# ---
typeof(0x1), typeof(0x123), typeof(0x1234567), typeof(0x123456789abcdef), typeof(0b111111111)
# expect: (UInt8, UInt16, UInt32, UInt64, UInt16)
# ---
0x00000000000000001
# error: 1:1 the hexadecimal literal 0x00000000000000001 (an unsigned integer) is not supported by sitegen's Julia
# ---
x = 0o17
# error: 1:5 the octal literal 0o17 (an unsigned integer) is not supported by sitegen's Julia
# ---
# Julia's 1f0 is the Float32 1.0, not 1 * f0.
f0 = 3
1f0
# expect: 1.0f0
# ---
2.5f-3 + 1
# expect: 1.0025f0
# ---
# Juxtaposition with a name that is not a Float32 exponent stays a product.
f = 4
2f
# expect: 8
# ---
2.5e-10
# expect: 2.5e-10

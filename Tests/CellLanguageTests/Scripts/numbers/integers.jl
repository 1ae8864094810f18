# The fixed-width integer types: conversion with Julia 1.0's InexactErrors (base/boot.jl),
# promotion (base/int.jl: the wider type wins, of one width the unsigned), wrap-around,
# display (unsigned in hexadecimal) and limits.
Int32(5)
# expect: 5
# ---
typeof(Int32(5)), typeof(Int32(5) + 1), typeof(Int32(5) + Int8(1)), typeof(UInt8(1) + 1)
# expect: (Int32, Int64, Int32, Int64)
# ---
typeof(UInt8(1) + Int8(1)), typeof(UInt16(1) + Int8(1)), typeof(UInt64(1) + 1), typeof(Int8(1) * true)
# expect: (UInt8, UInt16, UInt64, Int8)
# ---
UInt8(255)
# expect: 0xff
# ---
UInt8(255) + UInt8(1), UInt16(7), UInt32(7), UInt64(7)
# expect: (0x00, 0x0007, 0x00000007, 0x0000000000000007)
# ---
UInt8(256)
# error: 1:1 InexactError: trunc(UInt8, 256)
# ---
UInt8(-1)
# error: 1:1 InexactError: trunc(UInt8, -1)
# ---
UInt64(-1)
# error: 1:1 InexactError: check_top_bit(Int64, -1)
# ---
Int8(200)
# error: 1:1 InexactError: trunc(Int8, 200)
# ---
Int32(2.5)
# error: 1:1 InexactError: Int32(Int32, 2.5)
# ---
Int32(3.0), UInt8(0x10), Int(UInt8(200)), Float64(Int32(3))
# expect: (3, 0x10, 200, 3.0)
# ---
typemax(Int) + 1 == typemin(Int)
# expect: true
# ---
typemax(Int), typemin(Int), typemax(Int8), typemin(Int8), typemax(UInt8), typemax(UInt32)
# expect: (9223372036854775807, -9223372036854775808, 127, -128, 0xff, 0xffffffff)
# ---
typemax(Int32) + Int32(1), typemin(Int16) - Int16(1), -UInt8(1)
# expect: (-2147483648, 32767, 0xff)
# ---
UInt8(200) * UInt8(2), UInt8(2)^8, Int8(100) + Int8(100)
# expect: (0x90, 0x00, -56)
# ---
UInt8(7) ÷ UInt8(2), UInt8(7) % UInt8(2), UInt8(7) / UInt8(2), Int32(-7) ÷ Int32(2)
# expect: (0x03, 0x01, 3.5, -3)
# ---
UInt8(1) << 8, UInt8(1) << 7, Int8(-128) >> 1, UInt8(128) >> 7, 0xf0 & 0x3c, 0xf0 | 0x0f, ~0x00
# expect: (0x00, 0x80, -64, 0x01, 0x30, 0xff, 0xff)
# ---
UInt8(255) == 255, UInt8(255) == -1, -1 < UInt64(1), Int32(2) < 3.5
# expect: (true, false, true, true)
# ---
UInt8[1, 2, 255]
# expect: 3-element Array{UInt8,1}:
# expect:  0x01
# expect:  0x02
# expect:  0xff
# ---
Int32[1, 2]
# expect: 2-element Array{Int32,1}:
# expect:  1
# expect:  2
# ---
print(UInt8(255))
println(Int8(-3))
string(0x0a)
# expect: 255-3
# expect: "10"
# ---
abs(Int8(-5)), abs(typemin(Int8)), sign(Int32(-4)), iseven(UInt8(4)), zero(UInt8), one(Int16)
# expect: (5, -128, -1, true, 0x00, 1)
# ---
sqrt(UInt8(16)), Float32(UInt8(3))
# expect: (4.0, 3.0f0)
# ---
Int32(5) isa Signed, UInt8(5) isa Unsigned, UInt8(5) isa Integer, 5 isa Signed, true isa Signed
# expect: (true, true, true, true, false)
# ---
Int128(1)
# error: 1:1 Int128 is not supported by sitegen's Julia
# ---
# base/reduce.jl: sum and prod of 8-, 16- and 32-bit integers add in 64 bits.
sum(UInt8[1, 2, 200]), sum(Int32[1, 2]), typeof(sum(Int8[1])), prod(UInt8[20, 20]), maximum(UInt8[1, 200])
# expect: (0x00000000000000cb, 3, Int64, 0x0000000000000190, 0xc8)
# ---
# base/int.jl: +, -, *, &, |, xor of mixed integer types convert modulo the promoted type.
Int8(-1) + 0x01, -1 + UInt(1), UInt(1) - 2, Int8(-1) * 0x02, 0x01 - 2, Int32(-1) & 0xff
# expect: (0x00, 0x0000000000000000, 0xffffffffffffffff, 0xfe, -1, 255)

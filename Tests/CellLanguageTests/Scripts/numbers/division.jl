# Integer division with negative operands (Julia manual, "Mathematical Operations": div
# truncates, fld floors, cld ceils, rem takes the dividend's sign, mod the divisor's).
div(7, 2), div(-7, 2), div(7, -2), -7 ÷ 2
# expect: (3, -3, -3, -3)
# ---
fld(7, 2), fld(-7, 2), fld(7, -2), fld(-7, -2)
# expect: (3, -4, -4, 3)
# ---
cld(7, 2), cld(-7, 2), cld(7, -2), cld(-7, -2)
# expect: (4, -3, -3, 4)
# ---
rem(7, 3), rem(-7, 3), rem(7, -3), -7 % 3
# expect: (1, -1, 1, -1)
# ---
mod(7, 3), mod(-7, 3), mod(7, -3), mod(-7, -3)
# expect: (1, 2, -2, -1)
# ---
divrem(-7, 2), fldmod(-7, 2), divrem(7, 3)
# expect: ((-3, -1), (-4, 1), (2, 1))
# ---
mod(-7.5, 2), fld(-7.5, 2), cld(-7.5, 2), rem(-7.5, 2), mod(-4.0, 2.0)
# expect: (0.5, -4.0, -3.0, -1.5, 0.0)
# ---
mod(typemin(Int), -1), rem(typemin(Int), -1)
# expect: (0, 0)
# ---
div(1, 0)
# error: 1:1 DivideError: integer division error
# ---
fld(1, 0)
# error: 1:1 DivideError: integer division error
# ---
mod(1, 0)
# error: 1:1 DivideError: integer division error
# ---
typemin(Int) ÷ -1
# error: 1:1 DivideError: integer division error
# ---
Int32(7) % Int32(0)
# error: 1:1 DivideError: integer division error
# ---
fld(Int32(-7), 2), typeof(fld(Int32(-7), Int32(2))), mod(UInt8(7), UInt8(3))
# expect: (-4, Int32, 0x01)

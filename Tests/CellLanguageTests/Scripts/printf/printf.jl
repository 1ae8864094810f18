# Julia 1.0's Printf (base/printf.jl): the macros exist only after `using Printf`.
@printf("%d\n", 1)
# error: 2:1 UndefVarError: @printf not defined
# ---
using Printf
@printf("%.3f\n", pi)
# expect: 3.142
# ---
x = 2.5
n = 3
@printf "x = %5.2f, n = %d\n" x n
# expect: x =  2.50, n = 3
# ---
@sprintf("%012.3e", -12345.678)
# expect: "-001.235e+04"
# ---
@sprintf("%08.3e", 12345.678)
# expect: "1.235e+04"
# ---
# Grisu rounds the exact binary value, halfway cases away from zero: 2.675 is
# 2.67499999999999982236431605997495353221893310546875; 0.125 and 0.25 are exact.
@sprintf("%.2f %.2f %.1f %.0f %.0f %.0f", 2.675, 0.125, 0.25, 2.5, 0.5, 0.3)
# expect: "2.67 0.13 0.3 3 1 0"
# ---
@sprintf("%.0e %.1e %e %e", 2.5, 0.125, 1e100, 5e-324)
# expect: "3e+00 1.3e-01 1.000000e+100 4.940656e-324"
# ---
@sprintf("%5.1f|%-8.3f|%+.2f|% .2f|%08.2f", 3.14159, 2.5, 1.0, 1.0, -3.14159)
# expect: "  3.1|2.500   |+1.00| 1.00|-0003.14"
# ---
@sprintf("%f %.20f %.1f %.2f", 0.1, 0.1, 1e22, -0.001)
# expect: "0.100000 0.10000000000000000555 10000000000000000000000.0 -0.00"
# ---
# 12.345 is 12.3450000000000006394884621840901672840118408203125 in binary.
@sprintf("%5.2f%%", 12.345)
# expect: "12.35%"
# ---
# %g: the fixed form when precision > exponent >= -4, trailing zeros dropped.
@sprintf("%g %g %g %g %g %G", 0.0001, 123456789.0, 1e-5, 100000.0, 1e6, 1.5e-7)
# expect: "0.0001 1.23457e+08 1e-05 100000 1e+06 1.5E-07"
# ---
@sprintf("%g|%#g|%10.3g|%-10.3g|%g", 0.0, 1.0, pi, pi, -2.5)
# expect: "0|1.00000|      3.14|3.14      |-2.5"
# ---
# Julia decides %g's form on precision + 1 digits: 999999.5 has exponent 5 there.
@sprintf("%g", 999999.5)
# expect: "1000000"
# ---
@sprintf("%5d|%-5d|%05d|%+d|% d|%d", 42, 42, 42, 5, 5, -3)
# expect: "   42|42   |00042|+5| 5|-3"
# ---
@sprintf("%x %X %#x %o %#o %i %u", 255, 255, 255, 8, 8, 7, 7)
# expect: "ff FF 0xff 10 010 7 7"
# ---
@sprintf("%d", 2.7)
# expect: "3"
# ---
@sprintf("%d %.1f", true, false)
# expect: "1 0.0"
# ---
@sprintf("%s|%5s|%-5s|%c|%3c|%.2s|%#s", "ab", "ab", "ab", 'x', 'y', "abcdef", "a")
# expect: "ab|   ab|ab   |x|  y|ab|\"a\""
# ---
@sprintf("%s %s %s", [1, 2], 1.5, :sym)
# expect: "[1, 2] 1.5 sym"
# ---
@sprintf("100%%")
# expect: "100%"
# ---
@sprintf("%f %e %g %5.1f| %+f %-5f|", Inf, -Inf, NaN, Inf, Inf, NaN)
# expect: "Inf -Inf NaN   Inf| +Inf NaN  |"
# ---
@sprintf("%a %a %A %a", 1.0, 0.1, -2.5, 0.0)
# expect: "0x1p+0 0x1.999999999999ap-4 -0X1.4P+1 0x0p+0"
# ---
@printf("%d items\n", 3)
# expect: 3 items
# ---
@sprintf("%d %d", 1)
# error: 1:1 ArgumentError: @sprintf: wrong number of arguments (1) should be (2)
# ---
@sprintf("%y", 1)
# error: 1:1 ArgumentError: invalid printf format string: "%y"
# ---
@sprintf("%5", 1)
# error: 1:1 ArgumentError: invalid printf format string: "%5"
# ---
@sprintf("%n", 1)
# error: 1:1 printf feature %n not supported
# ---
fmt = "%d"
@sprintf(fmt, 1)
# error: 2:1 ArgumentError: @sprintf: first argument must be a format string
# ---
fmt = "%d"
@printf(fmt, 1)
# error: 2:1 ArgumentError: @printf: first or second argument must be a format string
# ---
x = 1
@sprintf("$x %d", 1)
# error: 2:1 ArgumentError: @sprintf: format must be a plain static string (no interpolation or prefix)
# ---
@sprintf()
# error: 1:1 ArgumentError: @sprintf: called with zero arguments
# ---
@sprintf("%d", "a")
# error: 1:1 MethodError: no method matching isfinite(::String)
# ---
@sprintf("%c", "a")
# error: 1:1 MethodError: no method matching Char(::String)
# ---
# A splatted argument list is counted when the call runs.
v = [1.5, 2.25]
@printf("%.1f %.2f\n", v...)
# expect: 1.5 2.25
# ---
v = [1.5, 2.25, 3.0]
@sprintf("%.1f %.2f", v...)
# error: 2:1 ArgumentError: @sprintf: wrong number of arguments (3) should be (2)
# ---
# A width beyond the memory budget stops before the padding is made.
@sprintf("%1000000000d", 1)
# error: 2:1 memory budget exceeded: more than 50000000 array elements (line 2)

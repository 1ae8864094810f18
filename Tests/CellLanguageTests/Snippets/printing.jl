# Printing: println, print, string interpolation, @show, Printf.
println("Hello, world!")
# expect: Hello, world!
# ---
print("a", 1, 2.5)
println()
# expect: a12.5
# ---
name = "Julia"
println("Hello, $name! 6 * 7 = $(6 * 7)")
# expect: Hello, Julia! 6 * 7 = 42
# ---
# println shows arrays and dictionaries on one line. Julia 1.0's show(io, ::AbstractDict)
# (base/dict.jl) shows each pair in an IOContext with :typeinfo and no :compact, and
# show(io, ::Pair) (base/show.jl, since julia#22916) writes " => " unless :compact is set.
println([1.5, 2.5])
println([1 2; 3 4])
println(Dict("a" => 1))
# expect: [1.5, 2.5]
# expect: [1 2; 3 4]
# expect: Dict("a" => 1)
# ---
println(1/3, " ", 1e-10, " ", typeof(2.0))
# expect: 0.3333333333333333 1.0e-10 Float64
# ---
# print writes text, show writes a representation
print("hi")
println()
show("hi")
println()
# expect: hi
# expect: "hi"
# ---
# @show prints the expression and its value, and returns the value
x = 5
@show x
# expect: x = 5
# expect: 5
# ---
@show 1 + 2;
# expect: 1 + 2 = 3
# ---
v = [1, 2]
@show v .* 2;
# expect: v .* 2 = [2, 4]
# ---
using Printf
@printf("%.2f\n", π)
# expect: 3.14
# ---
using Printf
@printf("%5d|%-5d|%x|%+d\n", 42, 42, 255, 5)
# expect:    42|42   |ff|+5
# ---
using Printf
@printf("%s has %d items costing %.1f\n", "cart", 3, 9.95)
# expect: cart has 3 items costing 9.9
# ---
using Printf
@sprintf("%08.3f", 3.14159)
# expect: "0003.142"
# ---
using Printf
@sprintf("%e", 12345.678), @sprintf("%.3e", 0.000123456)
# expect: ("1.234568e+04", "1.235e-04")
# ---
using Printf
@printf("%6.2f%%\n", 12.345)
# expect:  12.35%
# ---
# A training-log line
using Printf
for epoch in 1:3
    @printf("epoch %d: loss = %.4f\n", epoch, 1 / epoch)
end
# expect: epoch 1: loss = 1.0000
# expect: epoch 2: loss = 0.5000
# expect: epoch 3: loss = 0.3333
# ---
# string builds a String from several values
string("x = ", 1, ", y = ", 2.0)
# expect: "x = 1, y = 2.0"
# ---
# display shows a value as the REPL does
display([1, 2])
# expect: 2-element Array{Int64,1}:
# expect:  1
# expect:  2

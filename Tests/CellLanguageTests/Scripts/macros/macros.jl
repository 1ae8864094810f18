# @show, @assert, @test, @gradcheck.
x = 2
@show x + 1
# expect: x + 1 = 3
# expect: 3
# ---
@show x x^2;
# expect: x = 2
# expect: x ^ 2 = 4
# ---
@show "text"
# expect: "text" = "text"
# expect: "text"
# ---
@assert x == 2
# ---
@assert x > 5
# error: AssertionError: x > 5
# ---
@assert x > 5 "x must exceed 5"
# error: AssertionError: x must exceed 5
# ---
using Test
@test 1 + 1 == 2
# expect: Test Passed
# ---
@test 1 + 1 == 3
# error: Test Failed
# ---
using Flux
sq(w) = sum(w .^ 2)
@gradcheck sq([1.0, 2.0, 3.0])
# expect: true
# ---
kink(w) = sum(relu.(w))
@gradcheck kink([0.0, 1.0])
# error: Gradient check failed for kink([0.0, 1.0]): at argument 1[1] the engine gives 1.0, finite differences give 0.5000000000032756
# ---
a, b = 1, 2
@show a, b
# expect: (a, b) = (1, 2)
# expect: (1, 2)

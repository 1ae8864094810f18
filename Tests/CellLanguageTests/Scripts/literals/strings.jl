# Strings with interpolation, characters, Unicode identifiers, juxtaposition.
name = "Flux"
"Hello, $name!"
# expect: "Hello, Flux!"
# ---
x = 3
println("x squared is $(x^2) and half is $(x / 2)")
# expect: x squared is 9 and half is 1.5
# ---
println("a\tb\\c \$x")
# expect: a	b\c $x
# ---
η = 0.5
ŷ = 2η
w̄ = ŷ + 1
σ2 = w̄^2
(η, ŷ, w̄, σ2)
# expect: (0.5, 1.0, 2.0, 4.0)
# ---
x = 2
3x^2 + 2x + 1
# expect: 17
# ---
2(x + 1)
# expect: 6
# ---
'a'
# expect: 'a': ASCII/Unicode U+0061 (category Ll: Letter, lowercase)
# ---
string("a", 1, 2.5, 'c')
# expect: "a12.5c"
# ---
nothing
# ---
"multi" * "ply"
# expect: "multiply"
# ---
length("héllo")
# expect: 5

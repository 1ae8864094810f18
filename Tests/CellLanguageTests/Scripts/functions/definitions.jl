# Function forms: short and long, defaults, keywords, return, anonymous, do-blocks.
f(x) = 2x + 1
# expect: f (generic function with 1 method)
# ---
f(3)
# expect: 7
# ---
function g(x, y=10; scale=2)
    return scale * (x + y)
end
# expect: g (generic function with 2 methods)
# ---
g(1), g(1, 2), g(1; scale=3), g(1, 2, scale=0)
# expect: (22, 6, 33, 0)
# ---
h = x -> x^2
h(4)
# expect: 16
# ---
add = (a, b) -> a + b
add(2, 3)
# expect: 5
# ---
map(x -> x + 1, [1, 2, 3])
# expect: 3-element Array{Int64,1}:
# expect:  2
# expect:  3
# expect:  4
# ---
map([1, 2, 3]) do x
    x * 10
end
# expect: 3-element Array{Int64,1}:
# expect:  10
# expect:  20
# expect:  30
# ---
function early(x)
    if x < 0
        return "negative"
    end
    "non-negative"
end
early(-1), early(1)
# expect: ("negative", "non-negative")
# ---
f(x) = 3x
f(3)
# expect: 9
# ---
f
# expect: f (generic function with 1 method)
# ---
f(x, y) = x + y
f
# expect: f (generic function with 2 methods)
# ---
f(1, 2), f(2)
# expect: (3, 6)
# ---
function nothing_returned()
end
nothing_returned()
# ---
k(x::Int) = "int"
k(x::Float64) = "float"
k(1), k(1.0)
# expect: ("int", "float")
# ---
k("s")
# error: MethodError: no method matching k(::String)

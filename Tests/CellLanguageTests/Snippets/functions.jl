# Functions: definitions, defaults, keywords, closures, higher-order functions.
function add(x, y)
    return x + y
end
add(2, 3)
# expect: 5
# ---
# Defining a function displays it
square(x) = x^2
# expect: square (generic function with 1 method)
# ---
f(x) = 2x + 1
f(10)
# expect: 21
# ---
# Default arguments
greet(name = "world") = "Hello, $name!"
(greet(), greet("Julia"))
# expect: ("Hello, world!", "Hello, Julia!")
# ---
# Keyword arguments
function scale(x; factor = 2)
    x * factor
end
scale(3), scale(3, factor = 10)
# expect: (6, 30)
# ---
# Anonymous functions
h = x -> x^2 + 1
h(3)
# expect: 10
# ---
# Functions are values you can pass around
apply_twice(f, x) = f(f(x))
apply_twice(x -> 3x, 2)
# expect: 18
# ---
# Multiple return values come back as a tuple
function minmax_of(xs)
    minimum(xs), maximum(xs)
end
lo, hi = minmax_of([4, 9, 1, 7])
# expect: (1, 9)
# ---
# Recursion
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
fib(20)
# expect: 6765
# ---
factorial_rec(n) = n == 0 ? 1 : n * factorial_rec(n - 1)
factorial_rec(10)
# expect: 3628800
# ---
# Broadcasting a user function with a dot
sq(x) = x * x
sq.([1, 2, 3])
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  4
# expect:  9
# ---
# Closures capture variables
function make_counter()
    count = 0
    return () -> (count += 1)
end
counter = make_counter()
counter()
counter()
# expect: 2
# ---
# Varargs
sum_all(xs...) = sum(xs)
sum_all(1, 2, 3, 4)
# expect: 10
# ---
# Splatting a collection into arguments
add3(a, b, c) = a + b + c
args = [1, 2, 3]
add3(args...)
# expect: 6
# ---
# Function composition and piping
(sqrt ∘ abs)(-16), [1, 2, 3] |> sum
# expect: (4.0, 6)
# ---
# do-block syntax
map([1, 2, 3]) do x
    x * 10
end
# expect: 3-element Array{Int64,1}:
# expect:  10
# expect:  20
# expect:  30
# ---
# Methods with type annotations
describe(x::Int) = "an integer"
describe(x::Float64) = "a float"
describe(x) = "something else"
(describe(1), describe(1.0), describe("s"))
# expect: ("an integer", "a float", "something else")
# ---
# Counting methods
g(x) = 1
g(x, y) = 2
# expect: g (generic function with 2 methods)
# ---
# Mutating functions end in ! by convention
function double!(v)
    for i in eachindex(v)
        v[i] *= 2
    end
    return v
end
double!([1, 2, 3])
# expect: 3-element Array{Int64,1}:
# expect:  2
# expect:  4
# expect:  6
# ---
# reduce and mapreduce
reduce(+, [1, 2, 3, 4]), mapreduce(x -> x^2, +, [1, 2, 3])
# expect: (10, 14)
# ---
# Calling a function with the wrong argument type
only_ints(x::Int) = x
only_ints(2.5)
# error: MethodError: no method matching only_ints(::Float64)

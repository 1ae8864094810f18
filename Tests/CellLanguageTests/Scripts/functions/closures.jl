# Closures, recursion, varargs and splatting.
function counter()
    count = 0
    increment() = (count += 1)
    return increment
end
c = counter()
c(); c()
c()
# expect: 3
# ---
make_adder(n) = x -> x + n
add5 = make_adder(5)
add5(1)
# expect: 6
# ---
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
fib(20)
# expect: 6765
# ---
function fact(n)
    n <= 1 && return 1
    n * fact(n - 1)
end
fact(20)
# expect: 2432902008176640000
# ---
total(xs...) = sum(xs)
total(1, 2, 3)
# expect: 6
# ---
args = [4, 5, 6]
total(args...)
# expect: 15
# ---
max(args...)
# expect: 6
# ---
scale = 2
scaled(x) = scale * x
scale = 3
scaled(2)
# expect: 6
# ---
compose = sqrt ∘ abs
compose(-16)
# expect: 4.0

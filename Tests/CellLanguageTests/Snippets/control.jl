# Control flow: conditionals, loops, short-circuit evaluation and exceptions.
x = 7
if x > 5
    println("big")
elseif x > 2
    println("medium")
else
    println("small")
end
# expect: big
# ---
# if is an expression with a value
x = -3
sign_word = if x < 0
    "negative"
else
    "non-negative"
end
# expect: "negative"
# ---
# The ternary operator
x = 4
iseven(x) ? "even" : "odd"
# expect: "even"
# ---
for i in 1:3
    println("i = ", i)
end
# expect: i = 1
# expect: i = 2
# expect: i = 3
# ---
# Summing in a loop
total = 0
for i in 1:100
    global total += i
end
total
# expect: 5050
# ---
# while loop
n = 1
while n < 100
    global n *= 2
end
n
# expect: 128
# ---
# break and continue
for i in 1:10
    iseven(i) && continue
    i > 7 && break
    print(i, " ")
end
println()
# expect: 1 3 5 7 
# ---
# Nested loops in one for statement
for i in 1:2, j in 1:2
    println((i, j))
end
# expect: (1, 1)
# expect: (1, 2)
# expect: (2, 1)
# expect: (2, 2)
# ---
# enumerate gives index and value
for (i, fruit) in enumerate(["apple", "banana"])
    println(i, ": ", fruit)
end
# expect: 1: apple
# expect: 2: banana
# ---
# zip iterates over several collections together
for (a, b) in zip([1, 2, 3], ["one", "two", "three"])
    println(a, " => ", b)
end
# expect: 1 => one
# expect: 2 => two
# expect: 3 => three
# ---
# Short-circuit evaluation
x = 5
(x > 0 && x < 10, x < 0 || x == 5)
# expect: (true, true)
# ---
# FizzBuzz
for i in 1:15
    if i % 15 == 0
        println("FizzBuzz")
    elseif i % 3 == 0
        println("Fizz")
    elseif i % 5 == 0
        println("Buzz")
    else
        println(i)
    end
end
# expect: 1
# expect: 2
# expect: Fizz
# expect: 4
# expect: Buzz
# expect: Fizz
# expect: 7
# expect: 8
# expect: Fizz
# expect: Buzz
# expect: 11
# expect: Fizz
# expect: 13
# expect: 14
# expect: FizzBuzz
# ---
# try/catch
try
    sqrt(-1.0)
catch err
    println("caught a ", typeof(err))
end
# expect: caught a DomainError
# ---
# Throwing and catching your own error
function safe_div(a, b)
    b == 0 && throw(ArgumentError("division by zero"))
    return a / b
end
try
    safe_div(1, 0)
catch e
    println(e.msg)
end
# expect: division by zero
# ---
# error() raises an ErrorException
error("something went wrong")
# error: something went wrong
# ---
# finally always runs
try
    println("working")
finally
    println("cleanup")
end
# expect: working
# expect: cleanup
# ---
# A begin block returns its last value
y = begin
    a = 2
    b = 3
    a * b
end
# expect: 6
# ---
# Loop over a reversed range
for i in 3:-1:1
    print(i)
end
println(" liftoff")
# expect: 321 liftoff
# ---
# let creates a local scope
z = let a = 10, b = 20
    a + b
end
# expect: 30
# ---
# A loop variable is local to the loop
for k in 1:2
end
k
# error: UndefVarError: k not defined

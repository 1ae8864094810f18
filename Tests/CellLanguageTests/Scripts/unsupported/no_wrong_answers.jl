# What sitegen's Julia does not run is refused at its place, never answered wrongly.
# A keyword argument a built-in does not read is an error, not ignored: Julia's
# `sum(A, dims=1, init=0.0)` must not be the sum of every element.
A = [1.0 2.0; 3.0 4.0]
sum(A, dims=1, init=0.0)
# error: 5:1 keyword argument init of sum is not supported by sitegen's Julia
# ---
println("a", sep=",")
# error: 1:1 keyword argument sep of println is not supported by sitegen's Julia
# ---
# The keywords a built-in does read still work (Julia: sort's `rev`, round's `digits`).
sort([3, 1, 2], rev=true)
# expect: 3-element Array{Int64,1}:
# expect:  3
# expect:  2
# expect:  1
# ---
round(3.14159, digits=2)
# expect: 3.14
# ---
# A view that copied would give a wrong answer once written to.
x = [1.0, 2.0, 3.0]
@views y = x[1:2]
# error: 3:1 @views is not supported by sitegen's Julia (indexing copies)
# ---
x = [1.0, 2.0, 3.0]
view(x, 1:2)
# error: 2:1 view is not supported by sitegen's Julia (use indexing, which copies)
# ---
# A Pair is Julia's Pair, not a tuple: it displays as "a" => 1, not ("a", 1).
p = "a" => 1
# expect: "a" => 1
# ---
# A "not supported" error is sitegen's, not the program's: no catch takes it.
try
    readline()
catch e
    println("caught")
end
# error: 3:5 readline is not supported by sitegen's Julia

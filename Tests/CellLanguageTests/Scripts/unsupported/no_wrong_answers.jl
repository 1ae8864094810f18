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
# A view is its parent's elements: what sitegen cannot keep so is refused, never copied.
x = [1.0, 2.0, 3.0]
@views y = x[1:2]
reshape(y, 1, 2)
# error: 4:1 reshape of a SubArray (a ReshapedArray of it) is not supported by sitegen's Julia
# ---
vec(view([1 2; 3 4], 1:2, 1:2))
# error: 1:1 vec of a SubArray (a ReshapedArray of it) is not supported by sitegen's Julia
# ---
x = [1.0, 2.0, 3.0]
view(x, x .> 1.5)
# error: 2:1 a view with a logical index is not supported by sitegen's Julia
# ---
view(1:5, 2:3)
# error: 1:1 a view of a range is not supported by sitegen's Julia
# ---
@views (1:5)[2:3]
# error: 1:8 a view of a range is not supported by sitegen's Julia
# ---
view([1 2; 3 4], 1, 2)
# error: 1:1 a view of a single element (a 0-dimensional SubArray) is not supported by sitegen's Julia
# ---
view([1 2; 3 4]', :, 1)
# error: 1:1 a view of an Adjoint is not supported by sitegen's Julia
# ---
# An array a view looks into keeps its length: the view's elements would move.
x = [1.0, 2.0, 3.0]
y = view(x, 2:3)
push!(x, 4.0)
# error: 4:1 push! of an array that a view looks into is not supported by sitegen's Julia
# ---
y = view([1.0 2.0; 3.0 4.0], :, 2)
eachindex(view(y, [2, 1]))
# error: 2:1 eachindex of a SubArray without fast linear indexing (CartesianIndices) is not supported by sitegen's Julia
# ---
using Flux
view(param([1.0, 2.0]), 1:1)
# error: 2:1 a view of a tracked array is not supported by sitegen's Julia
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
# ---
# Julia's vec shares the array's elements; sitegen's copies, so a write into it is refused.
A = [1 2; 3 4]
vec(A) .= 0
# error: 3:1 writing into the result of vec is not supported by sitegen's Julia (its vec makes a copy, Julia's shares the array's elements)
# ---
# A sum along dims of a view without fast linear indexing runs in Julia's Cartesian order,
# which sitegen does not follow.
x = [0.1 * k for k in 1:20]
sum(view(x, collect(1:20)), dims=1)
# error: 4:1 sum with keywords of a SubArray without fast linear indexing is not supported by sitegen's Julia

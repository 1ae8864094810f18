# Sets, in Julia 1.0's hash order: base/abstractset.jl's doctests and the examples of the book
# "Julia 1.0 Programming" (chapter 5, sets.jl).
union(Set([1, 2]), 2:3)
# expect: Set([2, 3, 1])
# ---
Set([11, 14, 13, 7, 14, 11])
# expect: Set([7, 14, 13, 11])
# ---
Set()
# expect: Set(Any[])
# ---
s1 = Set([11, 25])
s2 = Set([25, 3.14])
union(s1, s2)
# expect: Set([3.14, 25.0, 11.0])
# ---
intersect(s1, s2)
# expect: Set([25])
# ---
setdiff(s1, s2)
# expect: Set([11])
# ---
setdiff(s2, s1)
# expect: Set([3.14])
# ---
push!(s1, 32);
in(32, s1), in(100, s1), 11 ∈ s1
# expect: (true, false, true)
# ---
s = Set([1, 2, 3])
# expect: Set([2, 3, 1])
# ---
typeof(s), length(s)
# expect: (Set{Int64}, 3)
# ---
Set([1, 2, 2])
# expect: Set([2, 1])
# ---
Set{Int}()
# expect: Set(Int64[])
# ---
Set(1:30)
# error: 1:1 displaying a Set of more than 20 elements is not supported by sitegen's Julia (print it, or collect it)
# ---
length(Set(1:30))
# expect: 30

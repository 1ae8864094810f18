# Collections: Dict, Set, Pair, Tuple, NamedTuple.
d = Dict("a" => 1)
# expect: Dict{String,Int64} with 1 entry:
# expect:   "a" => 1
# ---
d = Dict("apples" => 3, "pears" => 5)
d["apples"]
# expect: 3
# ---
# Adding and updating entries
counts = Dict{String,Int}()
counts["x"] = 1
counts["x"] += 1
counts
# expect: Dict{String,Int64} with 1 entry:
# expect:   "x" => 2
# ---
# get with a default, haskey
d = Dict(:a => 1, :b => 2)
(get(d, :c, 0), haskey(d, :a), length(d))
# expect: (0, true, 2)
# ---
# Counting words with a Dict
words = ["a", "b", "a", "a"]
freq = Dict{String,Int}()
for w in words
    freq[w] = get(freq, w, 0) + 1
end
freq["a"], freq["b"]
# expect: (3, 1)
# ---
# Sorted keys of a Dict
d = Dict("b" => 2, "a" => 1, "c" => 3)
sort(collect(keys(d)))
# expect: 3-element Array{String,1}:
# expect:  "a"
# expect:  "b"
# expect:  "c"
# ---
d = Dict(1 => "one")
delete!(d, 1)
isempty(d)
# expect: true
# ---
# A missing key is an error
d = Dict("a" => 1)
d["z"]
# error: KeyError: key "z" not found
# ---
# Pairs
p = "x" => 10
(p.first, p.second)
# expect: ("x", 10)
# ---
p = :lr => 0.1
# expect: :lr => 0.1
# ---
# Sets hold unique values
s = Set([1, 2, 2, 3, 3, 3])
length(s), 2 in s, 5 in s
# expect: (3, true, false)
# ---
sort(collect(union(Set([1, 2]), Set([2, 3]))))
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
intersect([1, 2, 3, 4], [3, 4, 5])
# expect: 2-element Array{Int64,1}:
# expect:  3
# expect:  4
# ---
# Tuples are immutable and can be destructured
t = (1, "two", 3.0)
a, b, c = t
b
# expect: "two"
# ---
t = (1, 2, 3)
typeof(t), length(t), t[2]
# expect: (Tuple{Int64,Int64,Int64}, 3, 2)
# ---
# Named tuples
nt = (name = "Flux", version = 0.8)
# expect: (name = "Flux", version = 0.8)
# ---
nt = (x = 1, y = 2)
nt.x + nt[:y], keys(nt)
# expect: (3, (:x, :y))
# ---
# Iterating over a one-entry Dict gives pairs
for (k, v) in Dict("only" => 1)
    println(k, " -> ", v)
end
# expect: only -> 1
# ---
# A Dict from a comprehension
squares = Dict(i => i^2 for i in 1:3)
squares[3]
# expect: 9
# ---
# Sum of the values of a Dict
d = Dict("a" => 1, "b" => 2, "c" => 3)
sum(values(d))
# expect: 6

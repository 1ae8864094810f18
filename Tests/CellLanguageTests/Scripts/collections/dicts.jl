# Pairs, Dicts and Sets. Expected outputs are Julia 1.0's docstring examples (doctests of
# base/pair.jl, base/dict.jl, base/abstractdict.jl, base/abstractset.jl), the 1.0 book
# "Julia 1.0 Programming" (sets), and Julia 1.0's show rules in base/show.jl.
p = "foo" => 7
# expect: "foo" => 7
# ---
typeof(p)
# expect: Pair{String,Int64}
# ---
p.first
# expect: "foo"
# ---
p.second, first(p), last(p)
# expect: (7, "foo", 7)
# ---
for x in p
    println(x)
end
# expect: foo
# expect: 7
# ---
a, b = p
b
# expect: 7
# ---
1 => 2 => 3
# expect: 1 => (2 => 3)
# ---
(1 => 2) == (1 => 2)
# expect: true
# ---
Dict([("A", 1), ("B", 2)])
# expect: Dict{String,Int64} with 2 entries:
# expect:   "B" => 2
# expect:   "A" => 1
# ---
Dict("A"=>1, "B"=>2)
# expect: Dict{String,Int64} with 2 entries:
# expect:   "B" => 2
# expect:   "A" => 1
# ---
a = Dict("foo" => 0.0, "bar" => 42.0)
# expect: Dict{String,Float64} with 2 entries:
# expect:   "bar" => 42.0
# expect:   "foo" => 0.0
# ---
b = Dict("baz" => 17, "bar" => 4711)
# expect: Dict{String,Int64} with 2 entries:
# expect:   "bar" => 4711
# expect:   "baz" => 17
# ---
merge(a, b)
# expect: Dict{String,Float64} with 3 entries:
# expect:   "bar" => 4711.0
# expect:   "baz" => 17.0
# expect:   "foo" => 0.0
# ---
merge(b, a)
# expect: Dict{String,Float64} with 3 entries:
# expect:   "bar" => 42.0
# expect:   "baz" => 17.0
# expect:   "foo" => 0.0
# ---
D = Dict('a'=>2, 'b'=>3)
# expect: Dict{Char,Int64} with 2 entries:
# expect:   'a' => 2
# expect:   'b' => 3
# ---
haskey(D, 'a'), haskey(D, 'c')
# expect: (true, false)
# ---
collect(keys(D))
# expect: 2-element Array{Char,1}:
# expect:  'a'
# expect:  'b'
# ---
collect(values(D))
# expect: 2-element Array{Int64,1}:
# expect:  2
# expect:  3
# ---
d = Dict("a"=>1, "b"=>2)
get(d, "a", 3), get(d, "c", 3)
# expect: (1, 3)
# ---
d = Dict("a"=>1, "b"=>2)
# expect: Dict{String,Int64} with 2 entries:
# expect:   "b" => 2
# expect:   "a" => 1
# ---
delete!(d, "b")
# expect: Dict{String,Int64} with 1 entry:
# expect:   "a" => 1
# ---
d = Dict("a"=>1, "b"=>2, "c"=>3);
get!(d, "a", 5)
# expect: 1
# ---
get!(d, "d", 4)
# expect: 4
# ---
d
# expect: Dict{String,Int64} with 4 entries:
# expect:   "c" => 3
# expect:   "b" => 2
# expect:   "a" => 1
# expect:   "d" => 4
# ---
d = Dict("a"=>1, "b"=>2, "c"=>3);
pop!(d, "a")
# expect: 1
# ---
pop!(d, "e", 4)
# expect: 4
# ---
pop!(d, "d")
# error: 1:1 KeyError: key "d" not found
# ---
d["z"]
# error: 1:1 KeyError: key "z" not found
# ---
A = Dict("a" => 1, "b" => 2)
empty!(A);
A
# expect: Dict{String,Int64} with 0 entries
# ---
d = Dict{String,Int}()
d["x"] = 1
d["long key"] = 2.0
d
# expect: Dict{String,Int64} with 2 entries:
# expect:   "x"        => 1
# expect:   "long key" => 2
# ---
d["y"] = 2.5
# error: 1:1 InexactError: Int64(Int64, 2.5)
# ---
length(d), isempty(d), isempty(Dict())
# expect: (2, false, true)
# ---
Dict()
# expect: Dict{Any,Any} with 0 entries
# ---
e = Dict("a" => 1, "b" => 2)
println(e)
# expect: Dict("b" => 2,"a" => 1)
# ---
print(Dict{String,Int}())
# expect: Dict{String,Int64}()
# ---
("a" => 1) in e, ("a" => 2) ∈ e
# expect: (true, false)
# ---
1 in e
# error: 1:1 AbstractDict collections only contain Pairs;
# ---
sort(collect(e))
# expect: 2-element Array{Pair{String,Int64},1}:
# expect:  "a" => 1
# expect:  "b" => 2
# ---
sum(values(e))
# expect: 3
# ---
[k for k in keys(e)]
# expect: 2-element Array{String,1}:
# expect:  "b"
# expect:  "a"
# ---
for (k, v) in e
    println(k, " ", v)
end
# expect: b 2
# expect: a 1
# ---
keys(e)
# expect: Base.KeySet for a Dict{String,Int64} with 2 entries. Keys:
# expect:   "b"
# expect:   "a"
# ---
values(e)
# expect: Base.ValueIterator for a Dict{String,Int64} with 2 entries. Values:
# expect:   2
# expect:   1
# ---
Dict(i => i^2 for i in 1:3)
# expect: Dict{Int64,Int64} with 3 entries:
# expect:   2 => 4
# expect:   3 => 9
# expect:   1 => 1
# ---
Dict("a" => 1, "b" => 2.0)
# error: 1:1 a Dict of entries of different types is not supported by sitegen's Julia (give its types: Dict{K,V}(…))
# ---
Dict([1, 2] => 1)
# error: 1:1 a Dict or Set key of type Array{Int64,1} is not supported by sitegen's Julia (Julia hashes it by rules sitegen does not reproduce, and its hash fixes the order)
# ---
# Symbol keys hash by their name (src/symbol.c): orders printed by Julia 1.x docstrings.
Dict(:a => 11, :b => 12, :c => 13)
# expect: Dict{Symbol,Int64} with 3 entries:
# expect:   :a => 11
# expect:   :b => 12
# expect:   :c => 13
# ---
Dict([Symbol(v) => i for (i, v) in enumerate(["x", "y", "t"])])
# expect: Dict{Symbol,Int64} with 3 entries:
# expect:   :y => 2
# expect:   :t => 3
# expect:   :x => 1
# ---
Dict(:u1 => 1, :u2 => 2)
# expect: Dict{Symbol,Int64} with 2 entries:
# expect:   :u1 => 1
# expect:   :u2 => 2
# ---
m = merge(Dict{Any,Any}("x" => 1), Dict("y" => 2.5))
typeof(m), length(m)
# expect: (Dict{Any,Any}, 2)
# ---
copy_of = copy(m)
copy_of["z"] = 0
length(m), length(copy_of)
# expect: (2, 3)
# ---
# Arrays of pairs: `show` compact (`[1=>2]`, Pair{Int64,Int64} being implicit), the REPL's
# display aligned on `=>` (base/show.jl's `alignment(io, ::Pair)`).
print([1 => 2, 3 => 4])
# expect: Pair{Int64,Int64}[1=>2, 3=>4]
# ---
["a" => 1, "bb" => 2]
# expect: 2-element Array{Pair{String,Int64},1}:
# expect:   "a" => 1
# expect:  "bb" => 2
# ---
# A key wider than the screen: Julia 1.0's text/plain show of a dict on the REPL's 80 columns
# gives keys at most 73 columns here (cols = 80 - 6; keylen > max(37, 74 - 1) so 73), cut by
# `_truncate_at_width_or_chars` to 72 characters and `…`.
Dict(repeat("x", 80) => 1)
# expect: Dict{String,Int64} with 1 entry:
# expect:   "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… => 1
# ---
# A dict inside a displayed dict is shown compact (`1=>2`, the context being :compact).
Dict("inner" => Dict(1 => 2))
# expect: Dict{String,Dict{Int64,Int64}} with 1 entry:
# expect:   "inner" => Dict(1=>2)

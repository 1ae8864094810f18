# Julia 1.0's Base: `first(s, n)` and `last(s, n)` of a string are strings (base/strings/basic.jl).
first("Julia", 2)
# expect: "Ju"
# ---
last("Julia", 3)
# expect: "lia"
# ---
first("héllo", 2)
# expect: "hé"
# ---
first("Julia", 10)
# expect: "Julia"
# ---
first("Julia", -1)
# error: 1:1 ArgumentError: n cannot be negative: -1
# ---
# `keys` of a NamedTuple is the tuple of its names; `values` the tuple of its values.
nt = (a = 1, b = 2.5)
keys(nt)
# expect: (:a, :b)
# ---
nt = (a = 1, b = 2.5)
values(nt)
# expect: (1, 2.5)
# ---
# Julia 1.0's String methods: a vector of characters, a symbol, a string.
String(['a', 'b'])
# expect: "ab"
# ---
String(:abc)
# expect: "abc"
# ---
String(12)
# error: 1:1 MethodError: no method matching String(::Int64)

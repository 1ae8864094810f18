# Tuples and named tuples.
t = (1, 2.0, "three")
t[2]
# expect: 2.0
# ---
t
# expect: (1, 2.0, "three")
# ---
(1,)
# expect: (1,)
# ---
nt = (a=1, b=2)
nt.a + nt.b
# expect: 3
# ---
nt
# expect: (a = 1, b = 2)
# ---
length(t)
# expect: 3
# ---
Symbol("a", 1)
# expect: :a1
# ---
nt = (a = 1, b = 2.0)
nt[:a], keys(nt), values(nt)
# expect: (1, (:a, :b), (1, 2.0))
# ---
nt
# expect: (a = 1, b = 2.0)
# ---
x, y = (1, 2)
y, length((1, 2, 3)), (1, 2, 3)[end]
# expect: (2, 3, 3)
# ---
# `pairs` of a named tuple (Julia 1.0's Iterators.Pairs, shown as `pairs(::NamedTuple)`).
p = pairs((a = 1, bb = 2))
# expect: pairs(::NamedTuple) with 2 entries:
# expect:   :a  => 1
# expect:   :bb => 2
# ---
for (k, v) in p
    println(k, " ", v)
end
# expect: a 1
# expect: bb 2
# ---
p[:bb], length(p)
# expect: (2, 2)
# ---
pairs((a = 1, b = 2.0))
# error: 1:1 pairs of a NamedTuple of values of different types is not supported by sitegen's Julia
# ---
get((a = 1,), :a, 0), get((a = 1,), :b, 0), get([10, 20], 2, 0), get([10, 20], 3, 0)
# expect: (1, 0, 20, 0)

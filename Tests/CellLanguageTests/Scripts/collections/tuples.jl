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

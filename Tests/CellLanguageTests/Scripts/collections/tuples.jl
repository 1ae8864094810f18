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

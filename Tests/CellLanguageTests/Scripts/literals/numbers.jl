# Integer and float literals display as Julia shows them.
1
# expect: 1
# ---
1.0
# expect: 1.0
# ---
.1
# expect: 0.1
# ---
1e-5
# expect: 1.0e-5
# ---
1_000
# expect: 1000
# ---
1.0e6
# expect: 1.0e6
# ---
100000.0
# expect: 100000.0
# ---
1234567.0
# expect: 1.234567e6
# ---
0.0001
# expect: 0.0001
# ---
-0.5
# expect: -0.5
# ---
1/3
# expect: 0.3333333333333333
# ---
0.1 + 0.2
# expect: 0.30000000000000004
# ---
typeof(1), typeof(1.0), typeof(true)
# expect: (Int64, Float64, Bool)
# ---
0x10
# expect: 16
# ---
2.5e-10
# expect: 2.5e-10

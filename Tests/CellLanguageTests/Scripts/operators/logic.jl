# Comparisons (chained), Boolean operators, ternary.
1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 1 === 1.0
# expect: (true, false, true, false)
# ---
true && false, true || error("not evaluated"), !true
# expect: (false, true, false)
# ---
x = 5
x > 3 ? "big" : "small"
# expect: "big"
# ---
x < 3 ? "small" : x < 10 ? "medium" : "large"
# expect: "medium"
# ---
1 ≤ 2, 2 ≥ 3, 1 ≠ 2
# expect: (true, false, true)
# ---
3 in [1, 2, 3], 4 ∈ 1:3
# expect: (true, false)
# ---
if 1
    2
end
# error: TypeError: non-boolean (Int64) used in boolean context

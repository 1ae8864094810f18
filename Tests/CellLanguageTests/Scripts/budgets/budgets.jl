# Budgets stop runaway cells with an error naming the budget and the line.
# budget: 10000
s = 0
while true
    s += 1
end
# error: 5:5 operation budget exceeded: more than 10000 steps (line 5)
# ---
deep(n) = deep(n + 1)
deep(1)
# error: 1:11 recursion limit exceeded: calls nested more than 2000 deep (line 1)
# ---
zeros(100_000_000)
# error: 1:1 memory budget exceeded: more than 50000000 array elements (line 1)
# ---
# The session survives: later cells run normally.
1 + 1
# expect: 2

# Scope as the Julia 1.5+ REPL has it for notebooks.
total = 0
for i in 1:3
    total += i
end
total
# expect: 6
# ---
for i in 1:3
    inner_only = i
end
inner_only
# error: UndefVarError: inner_only not defined
# ---
function f()
    s = 0
    for i in 1:4
        s += i
    end
    s
end
f()
# expect: 10
# ---
function g()
    for i in 1:2
        t = i
    end
    t
end
g()
# error: UndefVarError: t not defined
# ---
x = 10
function h()
    x = 1
    x
end
h(), x
# expect: (1, 10)
# ---
function set_global()
    global x = 99
end
set_global()
x
# expect: 99
# ---
i = 100
for i in 1:3
end
i
# expect: 100
# ---
y = 1
let y = 2
    y += 1
end
y
# expect: 1

# Each iteration of a loop is a new scope (Julia manual, "Scope of Variables": "for loops …
# introduce new local scopes … each iteration of the loop gets a fresh binding").
fs = []
for i in 1:3
    push!(fs, () -> i)
end
[f() for f in fs]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
# A local of the body is fresh too: a closure keeps its iteration's value.
gs = []
for i in 1:3
    y = 10i
    push!(gs, () -> y)
end
[g() for g in gs]
# expect: 3-element Array{Int64,1}:
# expect:  10
# expect:  20
# expect:  30
# ---
# A variable of the enclosing function is shared by every iteration and every closure.
function counters()
    count = 0
    fs = []
    for i in 1:3
        push!(fs, () -> count += i)
    end
    for f in fs
        f()
    end
    count
end
counters()
# expect: 6
# ---
# A body local is unbound again at the start of each iteration.
for i in 1:2
    if i == 2
        println(z)
    end
    z = i
end
# error: 4:17 UndefVarError: z not defined
# ---
function f()
    k = 0
    while k < 2
        k += 1
        if k == 2
            println(w)
        end
        w = k
    end
end
f()
# error: 6:21 UndefVarError: w not defined
# ---
# The same in a while loop whose body defines a closure.
hs = []
n = 0
while n < 3
    global n += 1
    m = n * n
    push!(hs, () -> m)
end
[h() for h in hs]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  4
# expect:  9
# ---
# A later clause's iterable sees the earlier clauses' variables.
pairs_seen = []
for i in 1:3, j in 1:i
    push!(pairs_seen, (i, j))
end
length(pairs_seen)
# expect: 6
# ---
fs2 = []
for i in 1:2, j in 1:2
    push!(fs2, () -> 10i + j)
end
[f() for f in fs2]
# expect: 4-element Array{Int64,1}:
# expect:  11
# expect:  12
# expect:  21
# expect:  22
# ---
# `break` and `continue` in a loop whose iterations have frames of their own.
acc = []
for i in 1:10
    i == 2 && continue
    i == 4 && break
    push!(acc, () -> i)
end
[a() for a in acc]
# expect: 2-element Array{Int64,1}:
# expect:  1
# expect:  3
# ---
# No method reads a number from a string by conversion; `parse` does.
Float64("2.5")
# error: 2:1 MethodError: no method matching Float64(::String)
# ---
parse(Float64, "2.5")
# expect: 2.5
# ---
# Each element of a comprehension is a new scope too.
fs = [() -> i for i in 1:3]
[f() for f in fs]
# expect: 3-element Array{Int64,1}:
# expect:  1
# expect:  2
# expect:  3
# ---
powers = [x -> x^p for p in 1:3]
[f(2) for f in powers]
# expect: 3-element Array{Int64,1}:
# expect:  2
# expect:  4
# expect:  8
# ---
# A comprehension's clauses make a product: their iterables belong to the enclosing scope.
n = 2
[i + j for i in 1:3, j in 1:n]
# expect: 3×2 Array{Int64,2}:
# expect:  2  3
# expect:  3  4
# expect:  4  5

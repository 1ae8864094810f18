# Ranges: integer and float, with Julia's correctly rounded float elements.
r = -10:0.1:10
length(r)
# expect: 201
# ---
r
# expect: -10.0:0.1:10.0
# ---
r[1], r[2], r[101], r[201]
# expect: (-10.0, -9.9, 0.0, 10.0)
# ---
collect(0:0.1:0.3)
# expect: 4-element Array{Float64,1}:
# expect:  0.0
# expect:  0.1
# expect:  0.2
# expect:  0.3
# ---
# Accumulating 0.1 would give 0.30000000000000004; the range rounds once.
(0:0.1:1)[4]
# expect: 0.3
# ---
1:3
# expect: 1:3
# ---
collect(1:2:7)
# expect: 4-element Array{Int64,1}:
# expect:  1
# expect:  3
# expect:  5
# expect:  7
# ---
length(10:-3:1), collect(10:-3:1)[end]
# expect: (4, 1)
# ---
s = 0
for i in 1:100
    s += i
end
s
# expect: 5050
# ---
sum(1:100), sum(-10:0.1:10)
# expect: (5050, 0.0)
# ---
length(5:1)
# expect: 0
# ---
x = collect(-10:.1:10)
x[end-1:end]
# expect: 2-element Array{Float64,1}:
# expect:   9.9
# expect:  10.0

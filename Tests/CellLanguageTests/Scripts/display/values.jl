# Display of values as Julia 1.0's REPL shows them.
[-1.0, 10.25, 3.5]
# expect: 3-element Array{Float64,1}:
# expect:  -1.0 
# expect:  10.25
# expect:   3.5 
# ---
[1.0e-5, 1.0]
# expect: 2-element Array{Float64,1}:
# expect:  1.0e-5
# expect:  1.0   
# ---
collect(1:25)
# expect: 25-element Array{Int64,1}:
# expect:   1
# expect:   2
# expect:   3
# expect:   4
# expect:   5
# expect:   6
# expect:   7
# expect:   8
# expect:   9
# expect:  10
# expect:   ⋮
# expect:  17
# expect:  18
# expect:  19
# expect:  20
# expect:  21
# expect:  22
# expect:  23
# expect:  24
# expect:  25
# ---
[0.5908446386657102 1.0; 2.0 3.0]
# expect: 2×2 Array{Float64,2}:
# expect:  0.590845  1.0
# expect:  2.0       3.0
# ---
"a\"b"
# expect: "a\"b"
# ---
sqrt
# expect: sqrt (generic function with 1 method)
# ---
x -> x
# expect: #1 (generic function with 1 method)
# ---
Float64
# expect: Float64
# ---
:symbol
# expect: :symbol
# ---
(1, (2.0, "x"))
# expect: (1, (2.0, "x"))
# ---
true
# expect: true
# ---
[]
# expect: 0-element Array{Any,1}

# Printing: println, print, display, string, repr.
println("a", 1, " ", 2.0)
print("no newline")
println()
# expect: a1 2.0
# expect: no newline
# ---
display([1, 2])
# expect: 2-element Array{Int64,1}:
# expect:  1
# expect:  2
# ---
display("quoted")
# expect: "quoted"
# ---
repr(1.5), repr("s"), string(:sym)
# expect: ("1.5", "\"s\"", "sym")
# ---
println([1.0, 2.0])
# expect: [1.0, 2.0]
# ---
println((1, "a"))
# expect: (1, "a")
# ---
x = 5;
# ---
x
# expect: 5

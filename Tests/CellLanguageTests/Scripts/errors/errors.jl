# Julia-style errors located at line and column of the cell.
y = 1
undefined_name + 1
# error: 3:1 UndefVarError: undefined_name not defined
# ---
f(x::Int) = x
f("text")
# error: 2:1 MethodError: no method matching f(::String)
# ---
a = [1, 2, 3]
a[4]
# error: 2:1 BoundsError: attempt to access 3-element Array{Int64,1} at index [4]
# ---
a[0]
# error: BoundsError: attempt to access 3-element Array{Int64,1} at index [0]
# ---
"a" + 1
# error: MethodError: no method matching +(::String, ::Int64)
# ---
[1 2] * [3 4]
# error: DimensionMismatch("matrix A has dimensions (1,2), matrix B has dimensions (1,2)")
# ---
2^-1 + 1 ÷ 0
# error: DivideError: integer division error
# ---
error("custom failure")
# error: custom failure
# ---
x = (1 + 2
y = 3
# error: 2:1 ParseError: expected ")" to close "(" at 1:5, found "y"
# ---
try
    error("caught")
catch e
    println("handled: ", e.msg)
end
# expect: handled: caught

# Library functions are values: Base's `iszero` and `isone` (base/number.jl), called, passed to
# higher-order functions, displayed as generic functions.
iszero(0)
# expect: true
# ---
iszero(0.5)
# expect: false
# ---
isone(1.0)
# expect: true
# ---
map(iszero, [0, 1, 0])
# expect: 3-element Array{Bool,1}:
# expect:   true
# expect:  false
# expect:   true
# ---
f = isone
f(2)
# expect: false
# ---
typeof(iszero) <: Function
# expect: true
# ---
iszero("a")
# error: 1:1 MethodError: no method matching iszero(::String)
# ---
iszero(0, tol = 1)
# error: 1:1 keyword argument tol of iszero is not supported by sitegen's Julia

# Exceptions a program constructs and throws (base/boot.jl's exception types; their
# showerror in base/errorshow.jl).
e = ArgumentError("x must be positive")
# expect: ArgumentError("x must be positive")
# ---
e = ArgumentError("x must be positive")
e.msg
# expect: "x must be positive"
# ---
function checked_sqrt(x)
    x < 0 && throw(ArgumentError("x must be non-negative, got $x"))
    sqrt(x)
end
checked_sqrt(-4)
# error: 2:14 ArgumentError: x must be non-negative, got -4
# ---
function checked_sqrt(x)
    x < 0 && throw(ArgumentError("x must be non-negative, got $x"))
    sqrt(x)
end
try
    checked_sqrt(-4)
catch e
    println(typeof(e), ": ", e.msg)
    e isa ArgumentError
end
# expect: ArgumentError: x must be non-negative, got -4
# expect: true
# ---
throw(DomainError(-1, "the argument must be non-negative"))
# error: 1:1 DomainError with -1:
# ---
try
    throw(DomainError(-1.5))
catch e
    e.val
end
# expect: -1.5
# ---
throw(ErrorException("plain"))
# error: 1:1 plain
# ---
try
    error("boom")
catch e
    e.msg
end
# expect: "boom"
# ---
try
    [1, 2][5]
catch e
    e isa BoundsError
end
# expect: true
# ---
throw(DimensionMismatch("sizes differ"))
# error: 1:1 DimensionMismatch: sizes differ
# ---
ArgumentError(1)
# error: 1:1 MethodError: no method matching ArgumentError(::Int64)

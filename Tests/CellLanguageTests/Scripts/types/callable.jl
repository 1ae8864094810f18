# Callable structs (function-like objects, the manual's "Methods" chapter at v1.0.0) and the
# values `nothing` and `missing` (base/missing.jl).
struct Affine
    W::Float64
    b::Float64
end
(m::Affine)(x) = m.W * x + m.b;
layer = Affine(2, 1)
layer(3), layer.(1:3)
# expect: (7.0, [3.0, 5.0, 7.0])
# ---
struct Scaler
    k::Int
end
function (s::Scaler)(x, y)
    s.k * (x + y)
end;
Scaler(3)(1, 2)
# expect: 9
# ---
Scaler(3)(1)
# error: 1:1 MethodError: no method matching (::Scaler)(::Int64)
# ---
Affine(1, 1)(1, 2)
# error: 1:1 MethodError: no method matching (::Affine)(::Int64, ::Int64)
# ---
missing
# expect: missing
# ---
missing + 1, missing * 2.0, missing == 1, ismissing(missing), ismissing(1)
# expect: (missing, missing, missing, true, false)
# ---
typeof(missing), missing === missing, missing !== 1
# expect: (Missing, true, true)
# ---
isnothing(nothing), nothing === nothing, nothing !== 1, isnothing(1)
# expect: (true, true, true, false)
# ---
println(missing)
string(missing)
# expect: missing
# expect: "missing"
# ---
const LIMIT = 3
let a = LIMIT
    a + 1
end
# expect: 4
# ---
[1, missing]
# expect: 2-element Array{Union{Missing, Int64},1}:
# expect:  1       
# expect:   missing
# ---
[1.5, missing, 2]
# expect: 3-element Array{Union{Missing, Float64},1}:
# expect:  1.5     
# expect:   missing
# expect:  2.0     
# ---
Missing(x) = missing
# error: 1:1 a constructor method of Missing is not supported by sitegen's Julia

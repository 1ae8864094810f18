# Union types and the abstract string types (Julia 1.0: src/jltypes.c sorts a union's members,
# singletons first, then bits types, then the rest, by name; a member that is a subtype of
# another is dropped; `Union{T}` is `T`).
describe(x::Union{Int, Float64}) = "number"
describe(x::AbstractString) = "text"
describe(3), describe(2.0), describe("x")
# expect: ("number", "number", "text")
# ---
Union{Int, Float64}, Union{Int, Nothing}, Union{Missing, Int}, Union{String, Int}
# expect: (Union{Float64, Int64}, Union{Nothing, Int64}, Union{Missing, Int64}, Union{Int64, String})
# ---
Union{Int}, Union{Int, Integer}, Union{}
# expect: (Int64, Integer, Union{})
# ---
1 isa Union{Int, String}, 1.5 isa Union{Int, String}, "a" isa AbstractString, 'a' isa AbstractChar
# expect: (true, false, true, true)
# ---
String <: AbstractString, Union{Int, Float64} <: Real, Union{Int, String} <: Real, Int <: Union{Int, String}
# expect: (true, true, false, true)
# ---
typeof(Union{Int, Float64})
# expect: Union
# ---
g(x::Union{Nothing, Int}) = x === nothing ? 0 : x
g(nothing), g(3)
# expect: (0, 3)
# ---
v = Vector{Union{Int, String}}()
push!(v, 1)
push!(v, "a")
v
# expect: 2-element Array{Union{Int64, String},1}:
# expect:  1   
# expect:   "a"
# ---
Vector{Int}(), Vector{Float64}()
# expect: (Int64[], Float64[])

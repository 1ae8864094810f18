# Parametric types and where clauses (the manual's "Types" and "Methods" chapters at v1.0.0).
struct Pair2{T}
    a::T
    b::T
end
Pair2(1, 2)
# expect: Pair2{Int64}(1, 2)
# ---
Pair2{Float64}(1, 2)
# expect: Pair2{Float64}(1.0, 2.0)
# ---
typeof(Pair2(1.5, 2.5)), typeof(Pair2), typeof(Pair2{Int64})
# expect: (Pair2{Float64}, UnionAll, DataType)
# ---
Pair2(1, 2.5)
# error: 1:1 MethodError: no method matching Pair2(::Int64, ::Float64)
# ---
Pair2(1, 2) isa Pair2, Pair2(1, 2) isa Pair2{Int64}, Pair2(1, 2) isa Pair2{Float64}
# expect: (true, true, false)
# ---
Pair2{Float64} <: Pair2, Pair2{Int64} <: Pair2{Real}
# expect: (true, false)
# ---
struct Wrapper{T<:Real}
    value::T
end
Wrapper(3)
# expect: Wrapper{Int64}(3)
# ---
Wrapper("no")
# error: 1:1 MethodError: no method matching Wrapper(::String)
# ---
Wrapper{String}
# error: 1:1 TypeError: in Wrapper, in T, expected T<:Real, got Type{String}
# ---
first_of(v::Vector{T}) where T = T
first_of([1, 2]), first_of([1.0])
# expect: (Int64, Float64)
# ---
function total(xs::Vector{T}) where {T<:Real}
    s = zero(T)
    for x in xs
        s += x
    end
    s
end
total([1, 2, 3]), total([0.5, 0.25])
# expect: (6, 0.75)
# ---
total(["a"])
# error: 1:1 MethodError: no method matching total(::Array{String,1})
# ---
same(x::T, y::T) where T = true
same(x, y) = false
same(1, 2), same(1, 2.0)
# expect: (true, false)
# ---
norm2(p::Pair2{T}) where T<:Real = p.a^2 + p.b^2
norm2(Pair2(3, 4)), norm2(Pair2(0.5, 0.5))
# expect: (25, 0.5)
# ---
[Pair2(1, 2), Pair2(3, 4)]
# expect: 2-element Array{Pair2{Int64},1}:
# expect:  Pair2{Int64}(1, 2)
# expect:  Pair2{Int64}(3, 4)
# ---
mean_of(xs::Vector{<:Real}) = sum(xs) / length(xs)
mean_of([1, 2]), mean_of([1.0, 2.0, 6.0])
# expect: (1.5, 3.0)
# ---
mean_of(["a"])
# error: 1:1 MethodError: no method matching mean_of(::Array{String,1})
# ---
abstract type Container{T} end
struct Box1{T} <: Container{T}
    v::T
end
Box1(1) isa Container, Box1(1) isa Container{Int64}, Box1(1) isa Container{Float64}, Box1("s")
# expect: (true, true, false, Box1{String}("s"))
# ---
struct Twice{T, T}
    a::T
end
# error: 1:1 a type parameter named twice is not supported by sitegen's Julia
# ---
twice(x::T, y::T) where {T, T} = x
# error: 1:1 syntax: function static parameter names not unique

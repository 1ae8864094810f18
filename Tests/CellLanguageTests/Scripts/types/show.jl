# Methods a program adds to Base's `show`, operators and functions (the manual's "Types",
# "Methods" and "Interfaces" chapters at v1.0.0, base/show.jl).
struct Vec2
    x::Float64
    y::Float64
end
Base.show(io::IO, v::Vec2) = print(io, "(", v.x, ", ", v.y, ")");
v = Vec2(1, 2)
# expect: (1.0, 2.0)
# ---
[Vec2(1, 2), Vec2(3, 4)]
# expect: 2-element Array{Vec2,1}:
# expect:  (1.0, 2.0)
# expect:  (3.0, 4.0)
# ---
println(v)
print(v, "\n")
println("v is $v")
string(v), repr(v)
# expect: (1.0, 2.0)
# expect: (1.0, 2.0)
# expect: v is (1.0, 2.0)
# expect: ("(1.0, 2.0)", "(1.0, 2.0)")
# ---
function Base.show(io::IO, ::MIME"text/plain", v::Vec2)
    print(io, "Vec2 with x = ", v.x, " and y = ", v.y)
end;
v
# expect: Vec2 with x = 1.0 and y = 2.0
# ---
println(v)
[v]
# expect: (1.0, 2.0)
# expect: 1-element Array{Vec2,1}:
# expect:  (1.0, 2.0)
# ---
show(1.5)
println()
show("text")
println()
print(1, "a")
# expect: 1.5
# expect: "text"
# expect: 1a
# ---
Base.:+(a::Vec2, b::Vec2) = Vec2(a.x + b.x, a.y + b.y);
import Base: *, -
*(k::Real, a::Vec2) = Vec2(k * a.x, k * a.y);
-(a::Vec2) = Vec2(-a.x, -a.y);
Vec2(1, 2) + Vec2(3, 4), 2 * Vec2(1, 1), -Vec2(1, 2), 2 * 3, 1 + 2, -5
# expect: ((4.0, 6.0), (2.0, 2.0), (-1.0, -2.0), 6, 3, -5)
# ---
sum([Vec2(1, 1), Vec2(2, 2), Vec2(3, 3)])
# expect: Vec2 with x = 6.0 and y = 6.0
# ---
Vec2(1, 1) - Vec2(1, 1)
# error: 1:1 MethodError: no method matching -(::Vec2, ::Vec2)
# ---
struct Stack
    items::Vector{Int}
end
Base.length(s::Stack) = length(s.items);
import Base: ==
==(a::Stack, b::Stack) = a.items == b.items;
length(Stack([1, 2, 3])), length([1, 2]), length("abc"), Stack([1]) == Stack([1]), Stack([1]) != Stack([2])
# expect: (3, 2, 3, true, true)
# ---
struct Pt
    x::Int
    y::Int
end
Base.show(io::IO, p::Pt) = print(io, "Pt<", p.x, ",", p.y, ">");
struct Line
    a::Pt
    b::Pt
end
Line(Pt(1, 2), Pt(3, 4))
# expect: Line(Pt<1,2>, Pt<3,4>)
# ---
Base.show(io::IO, p::Pt) = print(io, "Pt<", p.x, ",", p.y, ">")
# error: 1:1 showing show with its Base methods is not supported by sitegen's Julia (end the cell with ;)
# ---
struct Money
    cents::Int
end
function Base.:+(a::Money, b::Money)
    Money(a.cents + b.cents)
end;
Base.:(==)(a::Money, b::Money) = a.cents == b.cents;
Base.show(io::IO, ::MIME"text/plain", m::Money) = print(io, "\$", m.cents / 100);
Money(150) + Money(25)
# expect: $1.75
# ---
Money(1) == Money(1), Money(1) == Money(2), [Money(5)]
# expect: (true, false, Money[Money(5)])
# ---
abstract type Token end
struct Num <: Token
    v::Int
end
Base.show(io::IO, t::Token) = print(io, "token")
# error: 1:1 showing show with its Base methods is not supported by sitegen's Julia (end the cell with ;)
# ---
Num(1), [Num(1), Num(2)]
# expect: (token, Num[token, token])
# ---
Base.show(io::IO, x::Float64) = print(io, "float")
# error: 1:1 a method of show for Base's own types is not supported by sitegen's Julia
# ---
import Base: +
+(a::String, b::String) = a * b
# error: 2:1 a method of + for Base's own types is not supported by sitegen's Julia
# ---
struct Version
    major::Int
    minor::Int
end
Base.isless(a::Version, b::Version) = a.major < b.major || (a.major == b.major && a.minor < b.minor);
Version(1, 2) < Version(1, 3), Version(2, 0) > Version(1, 9), Version(1, 0) <= Version(1, 0), Version(1, 0) >= Version(2, 0)
# expect: (true, true, true, false)
# ---
Point2 = Vec2
Point2(1, 2) < Point2(2, 3)
# error: 2:1 MethodError: no method matching isless(::Vec2, ::Vec2)
# ---
sprint(show, Vec2(1, 2)), sprint(show, 1.5), sprint(print, "a", 1)
# expect: ("(1.0, 2.0)", "1.5", "a1")
# ---
describe_to(io, v) = print(io, "<", v.x, ">")
sprint(describe_to, Vec2(3, 4))
# expect: "<3.0>"

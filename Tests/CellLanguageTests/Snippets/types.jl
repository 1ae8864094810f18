# Types: composite types, parametric types, abstract types and dispatch, show overloads.
struct Point
    x::Float64
    y::Float64
end
p = Point(1.0, 2.0)
# expect: Point(1.0, 2.0)
# ---
struct Person
    name::String
    age::Int
end
bob = Person("Bob", 42)
(bob.name, bob.age)
# expect: ("Bob", 42)
# ---
# Fields are converted to the declared type
struct Vec2
    x::Float64
    y::Float64
end
Vec2(1, 2)
# expect: Vec2(1.0, 2.0)
# ---
# Structs are immutable
struct Coord
    lat::Float64
    lon::Float64
end
c = Coord(51.5, -0.1)
c.lat = 0.0
# error: type Coord is immutable
# ---
# mutable struct fields can change
mutable struct Account
    owner::String
    balance::Float64
end
acc = Account("Ann", 100.0)
acc.balance += 50
acc
# expect: Account("Ann", 150.0)
# ---
# Field names of a type
struct Sample
    x::Float64
    label::Int
end
fieldnames(Sample)
# expect: (:x, :label)
# ---
# Parametric types
struct Duo{T}
    a::T
    b::T
end
Duo(1, 2), Duo(1.5, 2.5)
# expect: (Duo{Int64}(1, 2), Duo{Float64}(1.5, 2.5))
# ---
struct Box{T}
    content::T
end
typeof(Box("hi"))
# expect: Box{String}
# ---
# Abstract types and multiple dispatch
abstract type Shape end
struct Circle <: Shape
    r::Float64
end
struct Square <: Shape
    side::Float64
end
area(c::Circle) = π * c.r^2
area(s::Square) = s.side^2
shapes = [Circle(1.0), Square(2.0)]
area.(shapes)
# expect: 2-element Array{Float64,1}:
# expect:  3.141592653589793
# expect:  4.0              
# ---
abstract type Animal end
struct Dog <: Animal end
struct Cat <: Animal end
speak(::Dog) = "Woof"
speak(::Cat) = "Meow"
speak(a::Animal) = "..."
for a in [Dog(), Cat()]
    println(speak(a))
end
# expect: Woof
# expect: Meow
# ---
# isa and subtyping
abstract type Vehicle end
struct Car <: Vehicle
    wheels::Int
end
(Car(4) isa Vehicle, Car <: Vehicle, Vehicle <: Car)
# expect: (true, true, false)
# ---
(Int64 <: Integer, Float64 <: Real, String <: Number, supertype(Float64))
# expect: (true, true, false, AbstractFloat)
# ---
1.0 isa Number, "a" isa AbstractString, [1, 2] isa Vector{Int}
# expect: (true, true, true)
# ---
# Overloading Base.show changes how a value is displayed
struct Money
    cents::Int
end
Base.show(io::IO, m::Money) = print(io, "\$", m.cents ÷ 100, ".", lpad(m.cents % 100, 2, "0"))
Money(1234)
# expect: $12.34
# ---
struct Temperature
    degrees::Float64
end
Base.show(io::IO, t::Temperature) = print(io, t.degrees, "°C")
println(Temperature(21.5))
[Temperature(20.0), Temperature(25.0)]
# expect: 21.5°C
# expect: 2-element Array{Temperature,1}:
# expect:  20.0°C
# expect:  25.0°C
# ---
# Outer constructors
struct Interval
    lo::Float64
    hi::Float64
end
Interval(x) = Interval(x, x)
Interval(3.0)
# expect: Interval(3.0, 3.0)
# ---
# Inner constructors enforce invariants
struct Positive
    value::Float64
    Positive(v) = v > 0 ? new(v) : error("value must be positive")
end
Positive(-1)
# error: value must be positive
# ---
# Callable structs (functors), as Flux layers are written
struct Affine
    W::Matrix{Float64}
    b::Vector{Float64}
end
(m::Affine)(x) = m.W * x .+ m.b
layer = Affine([1.0 2.0; 3.0 4.0], [0.5, -0.5])
layer([1.0, 1.0])
# expect: 2-element Array{Float64,1}:
# expect:  3.5
# expect:  6.5
# ---
# Parametric methods with where
first_type(xs::Vector{T}) where {T} = T
first_type([1.0, 2.0]), first_type(["a"])
# expect: (Float64, String)
# ---
# Union types in signatures
describe(x::Union{Int, Float64}) = "number"
describe(x::AbstractString) = "text"
describe(3), describe(2.0), describe("x")
# expect: ("number", "number", "text")
# ---
# A struct holding an array
mutable struct Layer
    W::Matrix{Float64}
end
Layer([1.0 2.0; 3.0 4.0])
# expect: Layer([1.0 2.0; 3.0 4.0])
# ---
# Dispatch picks the most specific method
combine(a::Number, b::Number) = "two numbers"
combine(a::Int, b::Int) = "two ints"
combine(1, 2), combine(1, 2.0)
# expect: ("two ints", "two numbers")

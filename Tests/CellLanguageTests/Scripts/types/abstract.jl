# Abstract types and dispatch (the manual's "Types" and "Methods" chapters at v1.0.0): the most
# specific method wins.
abstract type Shape end
struct Circle <: Shape
    r::Float64
end
struct Square <: Shape
    side::Float64
end
area(c::Circle) = 3.0 * c.r^2
area(s::Square) = s.side^2
describe(s::Shape) = "a shape"
describe(c::Circle) = "a circle"
shapes = [Circle(1), Square(2)]
# expect: 2-element Array{Shape,1}:
# expect:  Circle(1.0)
# expect:  Square(2.0)
# ---
map(area, shapes)
# expect: 2-element Array{Float64,1}:
# expect:  3.0
# expect:  4.0
# ---
describe(Circle(1)), describe(Square(1))
# expect: ("a circle", "a shape")
# ---
Circle <: Shape, Square <: Shape, Circle <: Square, Shape <: Any, Circle <: Real
# expect: (true, true, false, true, false)
# ---
isa(Circle(2), Shape), supertype(Circle), supertype(Shape)
# expect: (true, Shape, Any)
# ---
Shape
# expect: Shape
# ---
Shape(1)
# error: 1:1 MethodError: no method matching Shape(::Int64)
# ---
area(1)
# error: 1:1 MethodError: no method matching area(::Int64)
# ---
abstract type Animal end
abstract type Mammal <: Animal end
struct Dog <: Mammal
    name::String
end
sound(a::Animal) = "..."
sound(m::Mammal) = "warm"
sound(Dog("Rex")), Dog <: Animal, supertype(Dog)
# expect: ("warm", true, Mammal)
# ---
struct Meters <: Real
    value::Float64
end
Meters(2) isa Real, Meters <: Number
# expect: (true, true)
# ---
struct Bad <: Circle
    x
end
# error: invalid subtyping in definition of Bad
# ---
struct Number2 <: Float64
    x
end
# error: invalid subtyping in definition of Number2
# ---
struct MyFunction <: Function
    f
end
# error: 1:22 a subtype of Function is not supported by sitegen's Julia

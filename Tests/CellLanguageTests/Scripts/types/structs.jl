# Composite types (the manual's "Types" chapter at v1.0.0): fields, default constructors that
# convert to the fields' types, field access, immutability, display.
struct Point
    x::Float64
    y::Float64
end
p = Point(1, 2)
# expect: Point(1.0, 2.0)
# ---
p.x, p.y
# expect: (1.0, 2.0)
# ---
typeof(p)
# expect: Point
# ---
fieldnames(Point)
# expect: (:x, :y)
# ---
p.x = 3.0
# error: 1:1 type Point is immutable
# ---
Point(1)
# error: 1:1 MethodError: no method matching Point(::Int64)
# ---
Point(1, 2, 3)
# error: 1:1 MethodError: no method matching Point(::Int64, ::Int64, ::Int64)
# ---
Point("a", 2)
# error: 1:1 MethodError: Cannot `convert` an object of type String to an object of type Float64
# ---
p.z
# error: 1:1 type Point has no field z
# ---
[Point(1, 2), Point(3, 4.5)]
# expect: 2-element Array{Point,1}:
# expect:  Point(1.0, 2.0)
# expect:  Point(3.0, 4.5)
# ---
p == Point(1.0, 2.0), p === Point(1.0, 2.0), p != Point(1.0, 2.5)
# expect: (true, true, true)
# ---
isa(p, Point), p isa Point, isa(1, Point)
# expect: (true, true, false)
# ---
println(p)
print(p, "\n")
println("p = $p")
string(p)
# expect: Point(1.0, 2.0)
# expect: Point(1.0, 2.0)
# expect: p = Point(1.0, 2.0)
# expect: "Point(1.0, 2.0)"
# ---
struct Untyped
    a
    b
end
u = Untyped(1, "two")
# expect: Untyped(1, "two")
# ---
typeof(u.a), typeof(u.b)
# expect: (Int64, String)
# ---
struct Segment
    from::Point
    to::Point
end
Segment(Point(0, 0), Point(1, 1))
# expect: Segment(Point(0.0, 0.0), Point(1.0, 1.0))
# ---
mutable struct Counter
    count::Int
end
c = Counter(0)
c.count += 1
c
# expect: Counter(1)
# ---
c.count = 5.0
c.count
# expect: 5
# ---
c == Counter(5), c === c
# expect: (false, true)
# ---
c.count = 2.5
# error: 1:1 InexactError: Int64(Int64, 2.5)
# ---
struct Point
    x::Float64
    y::Float64
end
Point(3, 4)
# expect: Point(3.0, 4.0)
# ---
struct Point
    x::Int
end
# error: 1:1 invalid redefinition of constant Point
# ---
mutable struct Box
    items::Vector{Int}
end
b = Box([1, 2])
b2 = deepcopy(b)
push!(b2.items, 3)
b.items, b2.items, b === b2
# expect: ([1, 2], [1, 2, 3], false)
# ---
convert(Point, p)
# expect: Point(1.0, 2.0)
# ---
convert(Point, 1)
# error: 1:1 MethodError: Cannot `convert` an object of type Int64 to an object of type Point
# ---
getfield(p, :x), getfield(p, 2), getproperty(p, :y), fieldcount(Point)
# expect: (1.0, 2.0, 2.0, 2)
# ---
getfield(p, 3)
# error: 1:1 BoundsError: attempt to access Point(1.0, 2.0)
# ---
getfield.([Point(1, 2), Point(3, 4)], :x)
# expect: 2-element Array{Float64,1}:
# expect:  1.0
# expect:  3.0

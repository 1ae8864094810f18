# Inner and outer constructors (the manual's "Constructors" chapter at v1.0.0).
struct OrderedPair
    x::Real
    y::Real
    OrderedPair(x, y) = x > y ? error("out of order") : new(x, y)
end
OrderedPair(1, 2)
# expect: OrderedPair(1, 2)
# ---
OrderedPair(2, 1)
# error: 5:33 out of order
# ---
struct Interval
    lo::Float64
    hi::Float64
    function Interval(lo, hi)
        lo <= hi || error("empty interval")
        new(lo, hi)
    end
end
Interval(x) = Interval(x, x)
Interval(1), Interval(0, 2)
# expect: (Interval(1.0, 1.0), Interval(0.0, 2.0))
# ---
Interval(1, 2, 3)
# error: 1:1 MethodError: no method matching Interval(::Int64, ::Int64, ::Int64)
# ---
struct Point3
    x::Float64
    y::Float64
    z::Float64
end
Point3(x) = Point3(x, 0.0, 0.0)
Point3(x, y) = Point3(x, y, 0.0)
Point3(1), Point3(1, 2), Point3(1, 2, 3)
# expect: (Point3(1.0, 0.0, 0.0), Point3(1.0, 2.0, 0.0), Point3(1.0, 2.0, 3.0))
# ---
mutable struct Account
    owner::String
    balance::Float64
    Account(owner) = new(owner, 0.0)
end
a = Account("ann")
a.balance += 10
a
# expect: Account("ann", 10.0)
# ---
Account("bob", 5.0)
# error: 1:1 MethodError: no method matching Account(::String, ::Float64)
# ---
struct Ordered{T<:Real}
    x::T
    y::T
    Ordered{T}(x, y) where {T<:Real} = x > y ? error("out of order") : new(x, y)
end
# error: 4:5 a constructor of Ordered{…} is not supported by sitegen's Julia

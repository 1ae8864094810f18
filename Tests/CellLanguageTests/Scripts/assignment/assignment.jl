# Assignment forms: compound, indices, ranges, fields, destructuring.
a = [1, 2, 3, 4]
a[2] = 20
a[3:4] = [30, 40]
a
# expect: 4-element Array{Int64,1}:
# expect:   1
# expect:  20
# expect:  30
# expect:  40
# ---
a[:] = [5, 6, 7, 8]
a[end]
# expect: 8
# ---
x = 1
x += 2
x *= 3
x -= 1
x /= 2
x
# expect: 4.0
# ---
b, c = 1, 2
b, c = c, b
(b, c)
# expect: (2, 1)
# ---
M = zeros(2, 2)
M[1, 2] = 5
M
# expect: 2×2 Array{Float64,2}:
# expect:  0.0  5.0
# expect:  0.0  0.0
# ---
v = [1.0, 2.0]
v[1] += 10
v[:] .= 0.5
v
# expect: 2-element Array{Float64,1}:
# expect:  0.5
# expect:  0.5
# ---
v = [1, 2]
v[1] = 2.5
# error: InexactError: Int64(Int64, 2.5)
# ---
v = [1.0, 2.0]
v[3] = 1.0
# error: BoundsError: attempt to access 2-element Array{Float64,1} at index [3]
# ---
v[:] = 0.0
# error: ArgumentError: indexed assignment with a single value to many locations is not supported; perhaps use broadcasting `.=` instead?
# ---
u = v
u[1] = 42.0
v[1]
# expect: 42.0

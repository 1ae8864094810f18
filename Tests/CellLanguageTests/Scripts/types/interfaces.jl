# A struct made indexable and iterable by methods of Base's `getindex`, `setindex!`, `iterate`
# and `length` (the manual's "Interfaces" chapter at v1.0.0).
struct Squares
    count::Int
end
Base.iterate(S::Squares, state=1) = state > S.count ? nothing : (state * state, state + 1);
Base.length(S::Squares) = S.count;
collect(Squares(4))
# expect: 4-element Array{Int64,1}:
# expect:   1
# expect:   4
# expect:   9
# expect:  16
# ---
total = 0
for s in Squares(3)
    global total += s
end
total, length(Squares(3)), sum(Squares(3))
# expect: (14, 3, 14)
# ---
mutable struct Grid
    cells::Vector{Float64}
end
Base.getindex(g::Grid, i::Int) = g.cells[i];
Base.setindex!(g::Grid, v, i::Int) = (g.cells[i] = v);
g = Grid(zeros(3))
g[2] = 5
g[2], g.cells
# expect: (5.0, [0.0, 5.0, 0.0])
# ---
g[1.5]
# error: 1:1 MethodError: no method matching getindex(::Grid, ::Float64)
# ---
show(stdout, MIME"text/plain"(), [1, 2])
# expect: 2-element Array{Int64,1}:
# expect:  1
# expect:  2
# ---
function make()
    struct Inner
        x
    end
end
# error: 2:5 syntax: "struct" expression not at top level
# ---
points = Grid[]
push!(points, Grid([1.0]))
length(points), typeof(points)
# expect: (1, Array{Grid,1})

# @time, @info, @isdefined, @show. Julia 1.0's formats: base/util.jl's time_print ("%10.6f
# seconds", then the allocations), stdlib Logging's ConsoleLogger ("[ Info: msg" alone, a
# ┌/│/└ box with "  key = value" lines, no location for Info), base/show.jl's @show
# (`println(expr, " = ", repr(value))` per expression, the last value returned). sitegen reads
# no clock: @time writes the seconds as ?.?????? and no allocation counts (README).
@time sum([1, 2, 3])
# expect:   ?.?????? seconds
# expect: 6
# ---
@info "Hello"
# expect: [ Info: Hello
# ---
x = 1
@info "msg" x
# expect: ┌ Info: msg
# expect: └   x = 1
# ---
A = [1, 2]
@info "Some variables" x s=sum(A) name="a"
# expect: ┌ Info: Some variables
# expect: │   x = 1
# expect: │   s = 3
# expect: └   name = "a"
# ---
@info "two\nlines"
# expect: ┌ Info: two
# expect: └ lines
# ---
@debug "not shown" x
# ---
@info "vector" A
# error: 1:1 @info with a value shown on several lines (A) is not supported by sitegen's Julia
# ---
@isdefined x
# expect: true
# ---
@isdefined never_assigned_here
# expect: false
# ---
@elapsed sum(A)
# error: 1:1 @elapsed is not supported by sitegen's Julia (it measures time or memory, which sitegen does not read; @time shows its line with the time written ?.??????)
# ---
@warn "careful"
# error: 1:1 @warn is not supported by sitegen's Julia (Julia's message ends with the file and line of the code in Julia's session, which a page does not have)
# ---
a, b = 1, "two"
@show a b
# expect: a = 1
# expect: b = "two"
# expect: "two"
# ---
d = Dict("k" => 1)
@show d
# expect: d = Dict("k" => 1)
# expect: Dict{String,Int64} with 1 entry:
# expect:   "k" => 1

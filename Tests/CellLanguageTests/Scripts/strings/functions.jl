# Julia 1.0's string functions (base/strings/*.jl): split gives SubStrings.
split("a b  c")
# expect: 3-element Array{SubString{String},1}:
# expect:  "a"
# expect:  "b"
# expect:  "c"
# ---
split("a,b,,c", ",")
# expect: 4-element Array{SubString{String},1}:
# expect:  "a"
# expect:  "b"
# expect:  "" 
# expect:  "c"
# ---
split("a,b,,c", ','; keepempty=false)
# expect: 3-element Array{SubString{String},1}:
# expect:  "a"
# expect:  "b"
# expect:  "c"
# ---
split("a b c", " "; limit=2)
# expect: 2-element Array{SubString{String},1}:
# expect:  "a"  
# expect:  "b c"
# ---
eltype(split("x y"))
# expect: SubString{String}
# ---
replace("hello world", "o" => "0")
# expect: "hell0 w0rld"
# ---
replace("hello", 'l' => 'L'; count=1)
# expect: "heLlo"
# ---
replace("abc", "" => "-")
# expect: "-a-b-c-"
# ---
replace("hello", "l" => uppercase)
# expect: "heLLo"
# ---
(occursin("ell", "hello"), occursin('z', "hello"), startswith("hello", "he"), endswith("hello", 'o'))
# expect: (true, false, true, true)
# ---
contains("hello", "ell")
# error: 1:1 UndefVarError: contains not defined
# ---
join(["a", "b", "c"], ", ")
# expect: "a, b, c"
# ---
join([1, 2, 3], ", ", " and ")
# expect: "1, 2 and 3"
# ---
(strip("  hi \n"), lstrip("  hi "), rstrip("  hi "), strip("xxhixx", 'x'))
# expect: ("hi", "hi ", "  hi", "hi")
# ---
(chop("hello"), chop("hello"; head=1, tail=2), chomp("line\n"))
# expect: ("hell", "el", "line")
# ---
(uppercase("julia"), lowercase("JuLiA"), titlecase("the julia language"), uppercasefirst("julia"))
# expect: ("JULIA", "julia", "The Julia Language", "Julia")
# ---
# Julia 1.0's titlecase lower-cases the rest of each word; any non-cased character separates.
(titlecase("the JULIA programming-language"), titlecase("ISS - international", strict=false))
# expect: ("The Julia Programming-Language", "ISS - International")
# ---
(repeat("ab", 3), "ab"^3, repeat('x', 2), reverse("abc"))
# expect: ("ababab", "ababab", "xx", "cba")
# ---
(length("héllo"), sizeof("héllo"), ncodeunits("héllo"), lastindex("héllo"))
# expect: (5, 6, 6, 6)
# ---
collect("abc")
# expect: 3-element Array{Char,1}:
# expect:  'a'
# expect:  'b'
# expect:  'c'
# ---
(parse(Int, "42"), parse(Float64, "2.5"), parse(Int, " -7 "), parse(Int, "0x1f"))
# expect: (42, 2.5, -7, 31)
# ---
(tryparse(Int, "4x"), tryparse(Float64, "1e3"))
# expect: (nothing, 1000.0)
# ---
parse(Int, "abc")
# error: 1:1 ArgumentError: invalid base 10 digit 'a' in "abc"
# ---
parse(Int, "")
# error: 1:1 ArgumentError: input string is empty or only contains whitespace
# ---
parse(Float64, "x1")
# error: 1:1 ArgumentError: cannot parse "x1" as Float64
# ---
parse(Int, "99999999999999999999")
# error: 1:1 OverflowError: overflow parsing "99999999999999999999"
# ---
string(1, "a", 2.0, 'c', nothing, [1, 2])
# expect: "1a2.0cnothing[1, 2]"
# ---
(lpad("7", 3, "0"), rpad("ab", 5, "-"), lpad(7, 3), rpad(1.5, 5))
# expect: ("007", "ab---", "  7", "1.5  ")
# ---
(findfirst("b", "abc"), findfirst('c', "abc"), findfirst("z", "abc"), findlast("a", "banana"))
# expect: (2:2, 3, nothing, 6:6)
# ---
findnext("an", "banana", 3)
# expect: 4:5
# ---
(isdigit('7'), isdigit('a'), isletter('é'), isspace('\t'), isuppercase('A'), islowercase('A'))
# expect: (true, false, true, true, true, false)
# ---
('a' + 1, 'b' - 'a', 'c' - 2, 'a' < 'b', Char(65), Int('A'))
# expect: ('b', 1, 'a', true, 'A', 65)
# ---
'a'
# expect: 'a': ASCII/Unicode U+0061 (category Ll: Letter, lowercase)
# ---
'é'
# expect: 'é': Unicode U+00e9 (category Ll: Letter, lowercase)
# ---
'\x7f'
# expect: '\x7f': ASCII/Unicode U+007f (category Cc: Other, control)
# ---
'\n'
# expect: '\n': ASCII/Unicode U+000a (category Cc: Other, control)
# ---
['a', '\t', '\x01']
# expect: 3-element Array{Char,1}:
# expect:  'a'   
# expect:  '\t'  
# expect:  '\x01'
# ---
s = "héllo"
(s[1], s[2], s[4:5], s[end], s[2:2])
# expect: ('h', 'é', "ll", 'o', "é")
# ---
s = "héllo"
(nextind(s, 2), prevind(s, 4), thisind(s, 3), nextind(s, 0), prevind(s, 7))
# expect: (4, 2, 2, 1, 6)
# ---
s = "héllo"
s[3]
# error: 2:1 StringIndexError("héllo", 3)
# ---
s = "héllo"
s[2:3]
# error: 2:1 StringIndexError("héllo", 3)
# ---
s = "abc"
s[4]
# error: 2:1 BoundsError: attempt to access "abc"
# ---
x = [1.5, 2.0]
t = (1, "a")
"x = $x, t = $t, n = $(nothing), c = $('c'), s = $(:sym), r = $(1:3), f = $(1/3)"
# expect: "x = [1.5, 2.0], t = (1, \"a\"), n = nothing, c = c, s = sym, r = 1:3, f = 0.3333333333333333"
# ---
# The example of codeunits' docstring (base/strings/basic.jl).
codeunits("Juλia")
# expect: 6-element Base.CodeUnits{UInt8,String}:
# expect:  0x4a
# expect:  0x75
# expect:  0xce
# expect:  0xbb
# expect:  0x69
# expect:  0x61
# ---
codeunits("ab")[1]
# error: 1:1 reading a code unit (a UInt8) is not supported by sitegen's Julia
# ---
# show prefixes an array with its element type unless the literal's syntax implies it
# (base/arrayshow.jl typeinfo_prefix: Float64, Int, Char and String are implied).
@show split("a b")
# expect: split("a b") = SubString{String}["a", "b"]
# expect: 2-element Array{SubString{String},1}:
# expect:  "a"
# expect:  "b"
# ---
println([true, false], " ", [[1, 2], [3]], " ", ["a"], " ", Char[], " ", [1.5])
# expect: Bool[true, false] Array{Int64,1}[[1, 2], [3]] ["a"] Char[] [1.5]
# ---
m = match(r"a(b+)c", "xabbcx")
repr(m.captures)
# expect: "Union{Nothing, SubString{String}}[\"bb\"]"
# ---
# show escapes as escape_string does: C escapes, \0 before a digit as \x00, unprintables in hex.
"a\eb\0c\x001\u200bd\u200b1\\\$"
# expect: "a\eb\0c\x001\u200bd\u200b1\\\$"
# ---
# A no-break space is printable (category Zs): shown as itself.
("\a\b\v\f\x7f", "\u00a0")
# expect: ("\a\b\v\f\x7f", " ")
# ---
# "\xff" is a raw byte in Julia (a string that is not valid UTF-8): refused.
s = "a\xffb"
# error: 2:7 the byte escape \xff (not valid UTF-8 alone) is not supported by sitegen's Julia

# Julia 1.0's regexes (base/regex.jl, PCRE): literals, match, RegexMatch, eachmatch, replace.
r = r"a(b+)c"
# expect: r"a(b+)c"
# ---
m = match(r"a(b+)c", "xabbcx")
# expect: RegexMatch("abbc", 1="bb")
# ---
m = match(r"a(b+)c", "xabbcx")
(m.match, m[1], m.offset)
# expect: ("abbc", "bb", 2)
# ---
m = match(r"a(b+)c", "xabbcx")
m.captures
# expect: 1-element Array{Union{Nothing, SubString{String}},1}:
# expect:  "bb"
# ---
match(r"z", "abc") === nothing
# expect: true
# ---
(occursin(r"^\d+$", "12345"), occursin(r"^\d+$", "12a45"), occursin(r"HELLO"i, "say hello"))
# expect: (true, false, true)
# ---
replace("a1b22c333", r"\d+" => "#")
# expect: "a#b#c#"
# ---
collect(eachmatch(r"a.", "banana"))
# expect: 2-element Array{RegexMatch,1}:
# expect:  RegexMatch("an")
# expect:  RegexMatch("an")
# ---
eachmatch(r"a", "banana")
# expect: Base.RegexMatchIterator(r"a", "banana", false)
# ---
split("a  b\tc", r"\s+")
# expect: 3-element Array{SubString{String},1}:
# expect:  "a"
# expect:  "b"
# expect:  "c"
# ---
m = match(r"(?<year>\d{4})-(?<month>\d\d)", "on 2018-08-08")
# expect: RegexMatch("2018-08", year="2018", month="08")
# ---
m = match(r"(?<year>\d{4})-(?<month>\d\d)", "on 2018-08-08")
m[:year]
# expect: "2018"
# ---
(match(r"<.+?>", "<a><b>").match, match(r"<.+>", "<a><b>").match, match(r"cat|dog", "hotdog").match)
# expect: ("<a>", "<a><b>", "dog")
# ---
length(collect(eachmatch(r"\bis\b", "this is it")))
# expect: 1
# ---
match(r"(a)|(b)", "b")
# expect: RegexMatch("b", 1=nothing, 2="b")
# ---
(findfirst(r"b+", "abbbc"), match(r"[^a-c]+", "abcdefabc").match, match(r"x{2,3}", "xxxxx").match)
# expect: (2:4, "def", "xxx")
# ---
(r"a.c"is, Regex("a.c", "i"), match(r"a.c"s, "a\nc").match)
# expect: (r"a.c"is, r"a.c"i, "a\nc")
# ---
match(r"(\w+) \1", "hello hello world")
# expect: RegexMatch("hello hello", 1="hello")
# ---
m = match(r"(?<=a)b", "ab")
# error: 1:11 the regex group "(?<=" is not supported by sitegen's Julia
# ---
match(r"(a*)*b", "a"^25)
# budget: 100000
# error: 1:1 operation budget exceeded: more than 100000 steps (line 1)
# ---
# Substitution strings (s"\1") are refused where they are written.
replace("ab", r"(a)" => s"\1\1")
# error: 2:25 the string macro s"…" is not supported by sitegen's Julia
# ---
# A group repeated over a long subject nests too deep for the engine: refused, not a crash.
occursin(r"^(ab)*$", "ab"^100000)
# error: 2:1 a regex match nesting more than 50000 steps deep (a long subject repeated by a group) is not supported by sitegen's Julia
# ---
# A repeated single character does not nest.
occursin(r"^a*$", "a"^100000)
# expect: true

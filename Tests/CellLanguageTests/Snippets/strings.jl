# Strings: literals, interpolation, searching and splitting.
s = "Hello, Julia"
# expect: "Hello, Julia"
# ---
# Concatenation uses *
"Hello" * ", " * "world"
# expect: "Hello, world"
# ---
# Interpolation with $
name = "Ada"
age = 36
"$name is $age years old"
# expect: "Ada is 36 years old"
# ---
# Interpolating an expression
x = 3
"x squared is $(x^2)"
# expect: "x squared is 9"
# ---
# Length and indexing (strings are 1-based)
s = "Julia"
(length(s), s[1], s[end], s[2:4])
# expect: (5, 'J', 'a', "uli")
# ---
# Upper and lower case
uppercase("flux"), lowercase("ML")
# expect: ("FLUX", "ml")
# ---
# Splitting and joining
words = split("the quick brown fox")
# expect: 4-element Array{SubString{String},1}:
# expect:  "the"  
# expect:  "quick"
# expect:  "brown"
# expect:  "fox"  
# ---
join(["a", "b", "c"], ", ")
# expect: "a, b, c"
# ---
# Searching in strings
occursin("lia", "Julia"), startswith("Julia", "Ju"), endswith("Julia", "x")
# expect: (true, true, false)
# ---
# Replacing a substring
replace("I like Python", "Python" => "Julia")
# expect: "I like Julia"
# ---
# Parsing numbers from strings
parse(Int, "42") + 1
# expect: 43
# ---
parse(Float64, "2.5") * 2
# expect: 5.0
# ---
# Converting values to strings
string(42), string(1.5), string(:sym)
# expect: ("42", "1.5", "sym")
# ---
# Repetition
repeat("ab", 3)
# expect: "ababab"
# ---
"-"^10
# expect: "----------"
# ---
# Characters are a different type
c = 'x'
typeof(c)
# expect: Char
# ---
# Iterating over the characters of a string
for c in "abc"
    println(c)
end
# expect: a
# expect: b
# expect: c
# ---
# Stripping whitespace
strip("   padded  ")
# expect: "padded"
# ---
# Reversing a string
reverse("stressed")
# expect: "desserts"
# ---
# Collecting characters
collect("hey")
# expect: 3-element Array{Char,1}:
# expect:  'h'
# expect:  'e'
# expect:  'y'
# ---
# Unicode in strings: length counts characters
length("αβγ"), sizeof("αβγ")
# expect: (3, 6)
# ---
# Comparison is lexicographic
"apple" < "banana"
# expect: true

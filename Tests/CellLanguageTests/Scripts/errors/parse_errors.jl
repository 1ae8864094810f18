# A cell with several syntax errors reports each of them.
x = 1 +
# error: ParseError: incomplete: premature end of input
# ---
function f(x)
    x +
end
# error: 3:1 ParseError: unexpected "end"
# ---
y = [1, 2
# error: ParseError: expected "]" to close "[" at 1:5, found end of input
# ---
struct Point
    x
end
# error: 1:1 ParseError: unsupported syntax "struct"
# ---
@unknown_macro 1
# error: 1:1 UndefVarError: @unknown_macro not defined
# ---
break
# error: 1:1 syntax: break or continue outside loop

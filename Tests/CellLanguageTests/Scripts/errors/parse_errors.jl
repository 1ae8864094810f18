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
primitive type Byte 8 end
# error: 1:1 primitive type is not supported by sitegen's Julia
# ---
@unknown_macro 1
# error: 1:1 UndefVarError: @unknown_macro not defined
# ---
break
# error: 1:1 syntax: break or continue outside loop
# ---
# Nesting is bounded so that parsing never exhausts the stack.
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
# error: ParseError: expression nested more than 400 levels deep

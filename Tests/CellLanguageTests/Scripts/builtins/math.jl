# Math built-ins.
abs(-3), abs(-2.5), sqrt(16), exp(0), log(1)
# expect: (3, 2.5, 4.0, 1.0, 0.0)
# ---
sin(0.0), cos(0.0), tanh(0.0)
# expect: (0.0, 1.0, 0.0)
# ---
max(1, 2.5), min(3, 1), max(2, 7, 4)
# expect: (2.5, 1, 7)
# ---
floor(2.7), ceil(2.1), round(2.5), round(3.5), round(-2.5)
# expect: (2.0, 3.0, 2.0, 4.0, -2.0)
# ---
round(Int, 2.7), floor(Int, -1.5), round(3.14159; digits=2)
# expect: (3, -2, 3.14)
# ---
sign(-2.0), sign(3), clamp(5, 1, 3), clamp(-1.0, 0.0, 1.0)
# expect: (-1.0, 1, 3, 0.0)
# ---
Float64(true), Float64(3 > 4), Int(3.0)
# expect: (1.0, 0.0, 3)
# ---
Int(2.5)
# error: InexactError: Int64(Int64, 2.5)
# ---
ifelse(1 < 2, "yes", "no")
# expect: "yes"
# ---
sqrt(-1.0)
# error: DomainError with -1.0:
# ---
log(-1)
# error: DomainError with -1.0:
# ---
mod(-7, 3), rem(-7, 3), div(7, 2)
# expect: (2, -1, 3)
# ---
exp(1)
# expect: 2.718281828459045

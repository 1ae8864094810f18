# UnicodePlots 1.1: barplot and histogram print as text (show(io, plot) without color).
# The first expectation is barplot's docstring example (src/interface/barplot.jl).
using UnicodePlots
println(barplot(["Paris", "New York", "Moskau", "Madrid"], [2.244, 8.406, 11.92, 3.165], xlabel = "population [in mil]"))
# expect:             ┌                                        ┐
# expect:       Paris ┤■■■■■■ 2.244
# expect:    New York ┤■■■■■■■■■■■■■■■■■■■■■■■ 8.406
# expect:      Moskau ┤■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■ 11.92
# expect:      Madrid ┤■■■■■■■■■ 3.165
# expect:             └                                        ┘
# expect:                        population [in mil]
# ---
# Sturges: ceil(log2(8)) + 1 = 4 bins; histrange(1.0, 7.5, 4): width 1.625 → 2, edges
# 0:2:8; counts 1 5 1 1; bars round(c / 5 · 37). Labels: digits ceil_neg_log10(2) + 1 = 0,
# ends padded to the widest ("10.0", the last edge plus the width): 2 left, 2 right.
println(histogram([1.0, 2.0, 2.5, 3.0, 3.1, 3.2, 4.0, 7.5]))
# expect:                 ┌                                        ┐
# expect:    [ 0.0,  2.0) ┤▇▇▇▇▇▇▇ 1
# expect:    [ 2.0,  4.0) ┤▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇ 5
# expect:    [ 4.0,  6.0) ┤▇▇▇▇▇▇▇ 1
# expect:    [ 6.0,  8.0) ┤▇▇▇▇▇▇▇ 1
# expect:                 └                                        ┘
# expect:                                 Frequency
# ---
# A title is centered over the border like the x label; values print as `string` does.
println(barplot([:a, :b], [1, 3]; title = "Counts", width = 20))
# expect:             Counts
# expect:      ┌                    ┐
# expect:    a ┤■■■■■■ 1
# expect:    b ┤■■■■■■■■■■■■■■■■■ 3
# expect:      └                    ┘
# ---
histogram([1.0, 2.0]; nbins = 2, closed = :right)
# expect: [text figure]
# ---
barplot(["a"], [-1])
# error: 1:1 ArgumentError: All values have to be positive. Negative bars are not supported.
# ---
# densityplot: one character per column and two pixel rows per character; the point (1, 1),
# three times, falls in the bottom-left cell (pixel y 30 folded onto 29, row 14) and (2, 2) in
# the top-right one (pixel x 40 folded onto 39); shades round(count · 4 / 3) + 1 of " ░▒▓█".
println(densityplot([1, 1, 1, 2], [1, 1, 1, 2]))
# expect:      ┌────────────────────────────────────────┐
# expect:    2 │                                       ░│
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:      │                                        │
# expect:    1 │█                                       │
# expect:      └────────────────────────────────────────┘
# expect:      1                                        2

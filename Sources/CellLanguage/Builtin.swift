/// The built-in functions, by the names the language calls them.
enum Builtin: String, CaseIterable {
  // Math
  case abs, sqrt, exp, log, log2, log10, sin, cos, tan, tanh, max, min, floor, ceil, round, sign
  case clamp, inv, trunc, mod, rem, div, isnan, isinf, isfinite, iseven, isodd, zero, one, float
  case hypot, atan, asin, acos, sinh, cosh, exp2, abs2, cbrt
  // Reductions
  case sum, prod, maximum, minimum, mean, length, size, argmax, argmin, cumsum, any, all, count
  case std, variance = "var", extrema, findmax, findmin, norm, dot
  // Arrays
  case push = "push!", append = "append!", pop = "pop!", zeros, ones, fill, copy, collect, reverse
  case map, filter, reduce, foldl, first, last, vcat, hcat, reshape, vec, similar, sort, unique
  case range, linspace = "LinRange", enumerate, zip, eachindex, ndims, isempty, transpose
  case deepcopy, sortBang = "sort!", fillBang = "fill!", mapreduce, axes, lastindex, firstindex
  case keys, values, view, repeatArray = "repeat", getindex, setindexBang = "setindex!", splice
  case insert = "insert!", deleteat = "deleteat!", empty = "empty!", permutedims, findall
  case findfirst, cat, diff, sum2 = "cumprod", fillna = "replace"
  // Types and values
  case typeof, isa, convert, ifelse, identity, tuple, string, repr, parse, isnothing, Symbol
  case eltype, nameof, println, print, display, show, error, throwError = "throw", uppercase
  case lowercase, join, split, occursin, startswith, endswith, replaceString = "replace_string"
  case strip, lpad, rpad, sprint, chomp
  // Random
  case seed = "seed!", rand, randn, randexp, shuffle, randperm
  // Autodiff
  case param, back = "back!", data, grad, gradient, withgradient, params, Params, update = "update!"
  case Descent, Momentum, ADAM, Dense, Chain, relu, sigmoid = "σ", sigmoidName = "sigmoid", mse
  case softmax, graph, zeroGrad = "zero_grad!", train = "train!", ngradient
  // Plotting
  case plot, scatter, Layout, lineplot, scatterplot, lineplotBang = "lineplot!", savefig
  // Pkg
  case activate, instantiate

  /// The name the function shows as.
  var name: String {
    switch self {
    case .sigmoidName: "σ"
    default: rawValue
    }
  }
}

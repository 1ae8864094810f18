/// The built-in functions, by the names the language calls them.
enum Builtin: String, CaseIterable {
  // Math
  case abs, sqrt, exp, log, log2, log10, sin, cos, tan, tanh, max, min, floor, ceil, round, sign
  case clamp, inv, trunc, mod, rem, div, isnan, isinf, isfinite, iseven, isodd, zero, one, float
  case hypot, atan, asin, acos, sinh, cosh, exp2, abs2, cbrt
  // Reductions
  case sum, prod, maximum, minimum, mean, length, size, argmax, argmin, cumsum, any, all, count
  case std
  case variance = "var"
  case extrema, findmax, findmin, norm, dot
  // Arrays
  case push = "push!"
  case append = "append!"
  case pop = "pop!"
  case zeros, ones, fill, copy, collect, reverse
  case map, filter, reduce, foldl, first, last, vcat, hcat, reshape, vec, similar, sort, unique
  case range
  case linspace = "LinRange"
  case enumerate, zip, eachindex, ndims, isempty, transpose
  case deepcopy
  case sortBang = "sort!"
  case fillBang = "fill!"
  case mapreduce, axes, lastindex, firstindex
  case keys, values, view
  case repeatArray = "repeat"
  case getindex
  case setindexBang = "setindex!"
  case splice
  case insert = "insert!"
  case deleteat = "deleteat!"
  case empty = "empty!"
  case permutedims, findall
  case findfirst, cat, diff
  case sum2 = "cumprod"
  case fillna = "replace"
  // Types and values
  case typeof, isa, convert, ifelse, identity, tuple, string, repr, parse, isnothing
  case symbolName = "Symbol"
  case eltype, nameof, println, print, display, show, error
  case throwError = "throw"
  case uppercase
  case lowercase, join, split, occursin, startswith, endswith
  case replaceString = "replace_string"
  case strip, lpad, rpad, sprint, chomp
  // Autodiff
  case param
  case back = "back!"
  case data, grad, gradient, withgradient, params
  case paramsType = "Params"
  case update = "update!"
  case descent = "Descent"
  case momentum = "Momentum"
  case adam = "ADAM"
  case dense = "Dense"
  case chain = "Chain"
  case relu
  case sigmoid = "σ"
  case sigmoidName = "sigmoid"
  case mse
  case softmax, graph
  case zeroGrad = "zero_grad!"
  case train = "train!"
  case ngradient

  /// The name the function shows as.
  var name: String {
    switch self {
    case .sigmoidName: "σ"
    default: rawValue
    }
  }
}

/// A type of the language, named as Julia 1.0 names it (`Float64`, `Array{Float64,1}`).
indirect enum JuliaType: Hashable, Sendable {
  case any
  case nothing
  case bool
  case int64
  case float64
  case string
  case char
  case symbol
  case number
  case real
  case integer
  case abstractFloat
  case function
  case trackedReal
  case trackedArray(Int)
  case array(JuliaType, Int)
  case abstractArray(JuliaType?, Int?)
  /// `Adjoint`/`Transpose` of an array of the element type: an `AbstractMatrix`.
  case wrapped(ArrayWrapper, JuliaType)
  case tuple([JuliaType])
  case namedTuple([String], [JuliaType])
  case range(JuliaType)
  case dataType
  case module
  /// `Pair{A,B}`, `Dict{K,V}`, `Set{T}` (Library/Base/Collections).
  case pair(JuliaType, JuliaType)
  case dict(JuliaType, JuliaType)
  case set(JuliaType)
  /// A type constructor without its parameters (`Dict`, `Pair`, `Set`, `AbstractDict`): every
  /// parametrization of it is its subtype.
  case unionAll(String)
  /// The other number types (`Float32`, `Int32`, `Rational{Int64}`, …).
  case numeric(NumberType)
  case other(String)
  /// A type the program defines (`struct`, `abstract type`), with its parameters when given.
  case user(UserType, [JuliaType])
  /// A method's or a type's parameter `T` (`where T<:Real`), with its bound.
  case typeVariable(String, JuliaType)
  /// `Union{A, B, …}` of two or more types in Julia's order (`JuliaType.union(of:)`); `Union{}`
  /// when empty.
  case union([JuliaType])

  /// How Julia prints the type.
  var name: String {
    switch self {
    case .any: "Any"
    case .nothing: "Nothing"
    case .bool: "Bool"
    case .int64: "Int64"
    case .float64: "Float64"
    case .string: "String"
    case .char: "Char"
    case .symbol: "Symbol"
    case .number: "Number"
    case .real: "Real"
    case .integer: "Integer"
    case .abstractFloat: "AbstractFloat"
    case .function: "Function"
    case .trackedReal: "Tracker.TrackedReal{Float64}"
    case .trackedArray(let n):
      "TrackedArray{…,Array{Float64,\(n)}}"
    case .array(let element, let n): "Array{\(element.name),\(n)}"
    case .wrapped(let wrapper, let element): wrapper.typeName(element: element)
    case .abstractArray(let element, let n):
      switch (element, n) {
      case (nil, nil): "AbstractArray"
      case (let element?, nil): "AbstractArray{\(element.name),N} where N"
      case (nil, let n?): "AbstractArray{T,\(n)} where T"
      case (let element?, let n?): "AbstractArray{\(element.name),\(n)}"
      }
    case .tuple(let items): "Tuple{\(items.map(\.name).joined(separator: ","))}"
    case .namedTuple(let names, let items):
      "NamedTuple{(\(names.map { ":" + $0 }.joined(separator: ", "))\(names.count == 1 ? "," : "")),Tuple{\(items.map(\.name).joined(separator: ","))}}"
    case .range(let element):
      element == .int64
        ? "UnitRange{Int64}"
        : "StepRangeLen{Float64,Base.TwicePrecision{Float64},Base.TwicePrecision{Float64}}"
    case .dataType: "DataType"
    case .module: "Module"
    case .pair(let a, let b): "Pair{\(a.name),\(b.name)}"
    case .dict(let k, let v): "Dict{\(k.name),\(v.name)}"
    case .set(let t): "Set{\(t.name)}"
    case .unionAll(let name): name
    case .numeric(let type): type.name
    case .other(let name): name
    case .user(let type, let parameters): type.name(parameters)
    case .typeVariable(let name, _): name
    case .union(let members): "Union{\(members.map(\.name).joined(separator: ", "))}"
    }
  }

  /// Whether a value of type `self` is also of type `other` (Julia's `<:` on these types).
  func isSubtype(of other: JuliaType) -> Bool {
    if self == other { return true }
    if case .union(let members) = self { return members.allSatisfy { $0.isSubtype(of: other) } }
    if case .union(let members) = other {
      // An array literal's `Union{Missing, T}` element type is named, not built (UserType.swift).
      if case .other = self, self.name == other.name { return true }
      return members.contains { isSubtype(of: $0) }
    }
    if case .other("AbstractString") = other {
      return self == .string || self == .other("SubString{String}")
    }
    if case .other("AbstractChar") = other { return self == .char }
    if case .user = self { return isUserSubtype(of: other) }
    if case .typeVariable(_, let bound) = self { return bound.isSubtype(of: other) }
    if case .numeric = self, let answer = NumberType.subtype(self, of: other) { return answer }
    if case .numeric = other, let answer = NumberType.subtype(self, of: other) { return answer }
    if IrrationalObject.isIrrational(self) {
      return [.any, .number, .real, .unionAll("AbstractIrrational")].contains(other)
    }
    switch other {
    case .any: return true
    case .number:
      return [.int64, .float64, .bool, .trackedReal, .number, .real, .integer, .abstractFloat]
        .contains(self)
    case .real:
      return [.int64, .float64, .bool, .trackedReal, .real, .integer, .abstractFloat].contains(self)
    case .integer: return self == .int64 || self == .bool
    case .abstractFloat: return self == .float64 || self == .trackedReal
    case .abstractArray(let element, let n):
      let (myElement, myDims): (JuliaType, Int)
      switch self {
      case .array(let e, let d): (myElement, myDims) = (e, d)
      case .range(let e): (myElement, myDims) = (e, 1)
      case .trackedArray(let d): (myElement, myDims) = (.float64, d)
      case .wrapped(let wrapper, let e): (myElement, myDims) = (e, wrapper.rank)
      case .other(let name) where RangeValue.typeNames.contains(name):
        (myElement, myDims) = (name.hasPrefix("LinRange") ? .float64 : .int64, 1)
      default: return false
      }
      if let n, n != myDims { return false }
      if let element, element != myElement { return false }
      return true
    case .array(let element, let n):
      if case .array(let e, let d) = self { return e == element && d == n }
      return false
    case .function: return self == .function
    case .unionAll(let name):
      switch (name, self) {
      case ("Pair", .pair), ("Dict", .dict), ("AbstractDict", .dict), ("Set", .set),
        ("AbstractSet", .set):
        return true
      case ("SubArray", .wrapped(let wrapper, _)): return wrapper.subArray != nil
      default: return false
      }
    case .typeVariable(_, let bound): return isSubtype(of: bound)
    default: return false
    }
  }

  /// The narrowest element type for values of types `a` and `b` in one array literal,
  /// following Julia's promotion of numbers.
  static func promote(_ a: JuliaType, _ b: JuliaType) -> JuliaType {
    if a == b { return a }
    // An irrational with another real number: Float64 (base/irrationals.jl's promote_rule).
    if IrrationalObject.isIrrational(a) || IrrationalObject.isIrrational(b) {
      let other = IrrationalObject.isIrrational(a) ? b : a
      if [.int64, .float64, .bool].contains(other) || IrrationalObject.isIrrational(other) {
        return .float64
      }
    }
    if let union = unionWithMissing(a, b) { return union }
    if case .user = a { return typejoin(a, b) }
    if case .user = b { return typejoin(a, b) }
    if let type = NumberPromotion.promote(a, b) { return type }
    let numbers: [JuliaType] = [.bool, .int64, .float64]
    if let i = numbers.firstIndex(of: a), let j = numbers.firstIndex(of: b) {
      return numbers[max(i, j)]
    }
    return .any
  }
}

/// A type the program defines: `struct`, `mutable struct` or `abstract type`, with its type
/// parameters (`Point{T<:Real}`), supertype and fields. Its constructors (inner ones, written in
/// the definition, and outer ones added later) are methods of one function.
final class UserType: Hashable, @unchecked Sendable {
  let baseName: String
  let isAbstract: Bool
  let isMutable: Bool
  /// The declared supertype (`Any` when none is given).
  let supertype: JuliaType
  /// The type parameters and their bounds.
  let parameters: [(name: String, bound: JuliaType)]
  let fieldNames: [String]
  /// Each field's declared type (`Any` when none is given); may hold the type's parameters.
  let fieldTypes: [JuliaType]
  /// Whether the definition wrote constructors (then Julia makes no default ones).
  let hasInnerConstructors: Bool
  /// The constructor methods, inner and outer.
  let constructors: FunctionBox

  init(
    name: String, isAbstract: Bool, isMutable: Bool, supertype: JuliaType,
    parameters: [(name: String, bound: JuliaType)], fieldNames: [String],
    fieldTypes: [JuliaType], hasInnerConstructors: Bool
  ) {
    self.baseName = name
    self.isAbstract = isAbstract
    self.isMutable = isMutable
    self.supertype = supertype
    self.parameters = parameters
    self.fieldNames = fieldNames
    self.fieldTypes = fieldTypes
    self.hasInnerConstructors = hasInnerConstructors
    self.constructors = FunctionBox(name: name, methods: [])
  }

  static func == (a: UserType, b: UserType) -> Bool { a === b }
  func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

  /// The type's name with `parameters` as Julia prints it: `Point`, `Point{Float64}`.
  func name(_ parameters: [JuliaType]) -> String {
    parameters.isEmpty
      ? baseName : baseName + "{" + parameters.map(\.name).joined(separator: ",") + "}"
  }

  /// `Base`'s abstract `IO`, so that `show(io::IO, x)` methods can be written.
  static let io = UserType(
    name: "IO", isAbstract: true, isMutable: false, supertype: .any, parameters: [],
    fieldNames: [], fieldTypes: [], hasInnerConstructors: false)

  /// The buffer a user's `show` method writes into (Julia passes an `IOContext`).
  static let ioBuffer = UserType(
    name: "Base.GenericIOBuffer{Array{UInt8,1}}", isAbstract: false, isMutable: true,
    supertype: .user(io, []), parameters: [], fieldNames: [], fieldTypes: [],
    hasInnerConstructors: false)

  /// `MIME"text/plain"`, the one MIME type the REPL display asks `show` for.
  static let textPlain = UserType(
    name: "MIME{Symbol(\"text/plain\")}", isAbstract: false, isMutable: false, supertype: .any,
    parameters: [], fieldNames: [], fieldTypes: [], hasInnerConstructors: false)

  /// Whether the type is one of Base's that sitegen defines this way (shared by all sessions,
  /// so a program may not add constructors to it).
  var isBase: Bool {
    self === Self.io || self === Self.ioBuffer || self === Self.textPlain || self === Self.missing
  }

  /// `Missing`, the type of `missing`.
  static let missing = UserType(
    name: "Missing", isAbstract: false, isMutable: false, supertype: .any, parameters: [],
    fieldNames: [], fieldTypes: [], hasInnerConstructors: false)
}

extension JuliaType {
  /// `<:` when `self` is a user type: the same type (its parameters equal, or left open on the
  /// right, or within a type variable's bound), else its supertype's relation.
  func isUserSubtype(of other: JuliaType) -> Bool {
    guard case .user(let type, let parameters) = self else { return false }
    if case .any = other { return true }
    if case .user(let target, let targetParameters) = other, target === type {
      if targetParameters.isEmpty { return true }
      guard targetParameters.count == parameters.count else { return false }
      return zip(parameters, targetParameters).allSatisfy { mine, theirs in
        if case .typeVariable(_, let bound) = theirs { return mine.isSubtype(of: bound) }
        return mine == theirs
      }
    }
    guard !parameters.isEmpty else { return type.supertype.isSubtype(of: other) }
    // `Box{Int64} <: Container{Int64}` when `struct Box{T} <: Container{T}`.
    let bindings = Dictionary(uniqueKeysWithValues: zip(type.parameters.map(\.name), parameters))
    return type.supertype.substituting(bindings).isSubtype(of: other)
  }

  /// Whether the type mentions a type variable (a method with one matches by `bind`).
  var hasTypeVariables: Bool {
    switch self {
    case .typeVariable: true
    case .array(let element, _): element.hasTypeVariables
    case .abstractArray(let element?, _): element.hasTypeVariables
    case .user(_, let parameters): parameters.contains { $0.hasTypeVariables }
    case .tuple(let items): items.contains { $0.hasTypeVariables }
    default: false
    }
  }

  /// Matches the type of an argument (`self`) with a pattern that has type variables, binding
  /// them (Julia's diagonal rule: a variable takes one type however often it appears).
  func bind(to pattern: JuliaType, _ bindings: inout [String: JuliaType]) -> Bool {
    switch pattern {
    case .typeVariable(let name, let bound):
      if let bound = bindings[name] { return bound == self }
      guard isSubtype(of: bound) else { return false }
      bindings[name] = self
      return true
    case .array(let element, let n):
      guard element.hasTypeVariables else { return isSubtype(of: pattern) }
      guard case .array(let mine, let m) = self, m == n else { return false }
      return mine.bind(to: element, &bindings)
    case .abstractArray(let element?, let n) where element.hasTypeVariables:
      guard isSubtype(of: .abstractArray(nil, n)) else { return false }
      let mine: JuliaType
      switch self {
      case .array(let e, _), .range(let e), .wrapped(_, let e): mine = e
      case .trackedArray: mine = .float64
      default: return false
      }
      return mine.bind(to: element, &bindings)
    case .user(let target, let parameters) where pattern.hasTypeVariables:
      guard case .user(let type, let mine) = self, type === target, mine.count == parameters.count
      else { return false }
      for (m, p) in zip(mine, parameters) where !m.bind(to: p, &bindings) { return false }
      return true
    case .tuple(let items) where pattern.hasTypeVariables:
      guard case .tuple(let mine) = self, mine.count == items.count else { return false }
      for (m, p) in zip(mine, items) where !m.bind(to: p, &bindings) { return false }
      return true
    default:
      return isSubtype(of: pattern)
    }
  }

  /// The type with its type variables replaced by their bindings.
  func substituting(_ bindings: [String: JuliaType]) -> JuliaType {
    switch self {
    case .typeVariable(let name, _): bindings[name] ?? self
    case .array(let element, let n): .array(element.substituting(bindings), n)
    case .user(let type, let parameters): .user(type, parameters.map { $0.substituting(bindings) })
    case .tuple(let items): .tuple(items.map { $0.substituting(bindings) })
    default: self
    }
  }
}

extension JuliaType {
  /// Julia's `typejoin` with a user type: the nearest common supertype (`Circle` and `Square`
  /// join in `Shape`; `Point{Int64}` and `Point{Float64}` in `Point`). An array literal of
  /// them has that element type (`promote_type` falls back to `typejoin`).
  static func typejoin(_ a: JuliaType, _ b: JuliaType) -> JuliaType {
    var candidate = a
    while true {
      if b.isSubtype(of: candidate) { return candidate }
      guard case .user(let type, let parameters) = candidate else { return .any }
      if !parameters.isEmpty, case .user(let other, _) = b, other === type {
        return .user(type, [])
      }
      candidate = type.supertype
    }
  }
}

extension JuliaType {
  /// `Union{Missing, T}`: the element type of an array literal of `missing` and values of one
  /// other type (`promote_type` of `Missing` and `T`, base/missing.jl at v1.0.0). Nil when
  /// neither side is `Missing` (nor such a union).
  static func unionWithMissing(_ a: JuliaType, _ b: JuliaType) -> JuliaType? {
    let missing = JuliaType.user(UserType.missing, [])
    let prefix = "Union{Missing, "
    func other(_ type: JuliaType) -> JuliaType? {
      if type == missing { return nil }
      if case .other(let name) = type, name.hasPrefix(prefix) { return nil }
      return type
    }
    func inner(_ type: JuliaType) -> JuliaType? {
      guard case .other(let name) = type, name.hasPrefix(prefix), name.hasSuffix("}") else {
        return nil
      }
      let text = String(name.dropFirst(prefix.count).dropLast())
      return [JuliaType.int64, .float64, .bool, .string, .char].first { $0.name == text }
    }
    let aMissing = a == missing || inner(a) != nil
    let bMissing = b == missing || inner(b) != nil
    guard aMissing || bMissing else { return nil }
    let values = [inner(a) ?? (aMissing ? nil : other(a)), inner(b) ?? (bMissing ? nil : other(b))]
      .compactMap { $0 }
    guard let first = values.first else { return missing }
    let joined = values.dropFirst().reduce(first) { promote($0, $1) }
    switch joined {
    case .any, .other: return .any
    default: return .other(prefix + joined.name + "}")
    }
  }
}

extension JuliaType {
  /// Whether `show` of a non-empty array of this element type names it (`Money[Money(5)]`):
  /// Julia's `typeinfo_prefix` (base/arrayshow.jl at v1.0.0) omits only the types literals make.
  var isShownWithArrays: Bool {
    switch self {
    case .user: true
    case .other(let name): name.hasPrefix("Union{Missing, ")
    default: false
    }
  }
}

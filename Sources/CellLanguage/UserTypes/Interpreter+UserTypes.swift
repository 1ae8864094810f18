import SourcePositions

/// User-defined types at run time: making instances, converting fields, showing them, and the
/// methods a program adds to Base's functions and operators for them.
extension Interpreter {
  /// The names every session has for user types: `IO`, `missing`, `Missing`.
  func installUserTypeNames() {
    globals.define("IO", .type(.user(UserType.io, [])))
    globals.define("Missing", .type(.user(UserType.missing, [])))
    globals.define("missing", .object(StructInstance.missing))
  }

  /// `T(args…)` for a user type `T` (with `parameters` when written `T{…}(…)`): its constructor
  /// methods, else Julia's default constructor (when the definition wrote no inner one).
  func construct(
    _ type: UserType, _ parameters: [JuliaType], _ args: [Value], _ kwargs: [(String, Value)],
    _ span: SourceSpan
  ) throws -> Value {
    if type === UserType.textPlain, args.isEmpty {
      return .object(StructInstance(type, parameters: [], fields: []))
    }
    if !kwargs.isEmpty {
      throw fail(
        .unsupported, "keyword constructors are not supported by sitegen's Julia", span)
    }
    if parameters.isEmpty, let method = type.constructors.method(for: args) {
      return try invoke(method, args, [], span)
    }
    if !parameters.isEmpty, type.hasInnerConstructors {
      throw fail(
        .unsupported,
        "calling \(type.name(parameters)) with inner constructors is not supported by sitegen's Julia",
        span)
    }
    guard !type.isAbstract, !type.hasInnerConstructors, args.count == type.fieldNames.count,
      type.parameters.isEmpty || !parameters.isEmpty || !args.isEmpty
    else { throw noMethod(type.name(parameters), args, span) }
    return try makeInstance(type, parameters: parameters.isEmpty ? nil : parameters, args, span)
  }

  /// An instance of `type` with fields converted to their declared types; its parameters are
  /// inferred from the arguments when not given (`Point(1, 2)` is a `Point{Int64}`).
  func makeInstance(_ type: UserType, parameters: [JuliaType]?, _ args: [Value], _ span: SourceSpan)
    throws -> Value
  {
    var resolved: [JuliaType]
    if let parameters {
      resolved = parameters
    } else if type.parameters.isEmpty {
      resolved = []
    } else {
      var bindings: [String: JuliaType] = [:]
      for (arg, fieldType) in zip(args, type.fieldTypes)
      where !arg.type.bind(to: fieldType, &bindings) {
        throw noMethod(type.baseName, args, span)
      }
      resolved = []
      for parameter in type.parameters {
        guard let bound = bindings[parameter.name] else {
          throw fail(
            .unsupported,
            "a type parameter that no field determines is not supported by sitegen's Julia",
            span)
        }
        resolved.append(bound)
      }
    }
    let bindings = Dictionary(uniqueKeysWithValues: zip(type.parameters.map(\.name), resolved))
    var fields: [Value] = []
    for (arg, fieldType) in zip(args, type.fieldTypes) {
      fields.append(try convertField(arg, to: fieldType.substituting(bindings), span))
    }
    return .object(StructInstance(type, parameters: resolved, fields: fields))
  }

  /// `convert(T, value)` as a constructor applies it to a field: numbers convert, other values
  /// must already be of the type (base/essentials.jl's `convert` error otherwise).
  func convertField(_ value: Value, to type: JuliaType, _ span: SourceSpan) throws -> Value {
    if value.type.isSubtype(of: type) { return value }
    switch type {
    case .float64, .int64, .bool:
      if value.isNumber { return try convert([value], to: type, span) }
    case .array:
      if case .array = value { return try convert([value], to: type, span) }
    default:
      break
    }
    throw fail(
      .method,
      "MethodError: Cannot `convert` an object of type \(value.type.name) to an object of type \(type.name)",
      span)
  }

  /// `Point{Float64}`: a user type given its parameters, each within its bound.
  func applyUserTypeParameters(
    _ type: UserType, _ parameters: [Value], _ span: SourceSpan
  ) throws -> Value {
    guard parameters.count <= type.parameters.count else {
      throw fail(.type, "too many parameters for type \(type.baseName)", span)
    }
    var types: [JuliaType] = []
    for (value, parameter) in zip(parameters, type.parameters) {
      guard case .type(let given) = value else {
        throw fail(
          .unsupported, "a type parameter that is not a type is not supported by sitegen's Julia",
          span)
      }
      if case .typeVariable = given {
      } else if !given.isSubtype(of: parameter.bound) {
        throw fail(
          .type,
          "TypeError: in \(type.baseName), in \(parameter.name), expected \(parameter.name)<:\(parameter.bound.name), got Type{\(given.name)}",
          span)
      }
      types.append(given)
    }
    guard types.count == type.parameters.count else {
      throw fail(
        .unsupported, "a partly applied type is not supported by sitegen's Julia", span)
    }
    return .type(.user(type, types))
  }

  // MARK: Display

  /// The `show` form of an instance: a program's `show(io, x)` method if one takes it, else
  /// Julia's `show_default` (base/show.jl): the type, then the fields' `show` forms.
  func showStruct(_ instance: StructInstance, compact: Bool) -> String {
    if instance === StructInstance.missing { return "missing" }
    if instance.userType === UserType.textPlain { return "MIME type text/plain" }
    if let text = userShow([.object(instance)]) { return text }
    let fields = instance.fields.map { show($0, compact: compact) }
    return instance.type.name + "(" + fields.joined(separator: ", ") + ")"
  }

  /// The REPL's display of an instance: a program's `show(io, ::MIME"text/plain", x)` method if
  /// one takes it, else the `show` form.
  func displayStruct(_ instance: StructInstance) -> String {
    let mime = Value.object(StructInstance(UserType.textPlain, parameters: [], fields: []))
    if let text = userShow([mime, .object(instance)]) { return text }
    return showStruct(instance, compact: false)
  }

  /// What the program's `show` method for `io` and `args` writes, if it has one for them.
  func userShow(_ args: [Value]) -> String? {
    guard case .function(let box)? = globals.value(of: "show") else { return nil }
    let io = IOBufferObject()
    let arguments = [Value.object(io)] + args
    guard let method = box.method(for: arguments) else { return nil }
    do {
      _ = try invoke(method, arguments, [], method.template.span)
    } catch let error as LanguageError {
      if showError == nil { showError = error }
    } catch {
      if showError == nil {
        showError = fail(.error, "\(error)", method.template.span)
      }
    }
    return io.text
  }

  /// Throws the error a program's `show` method raised while a value was being shown.
  func rethrowShowError() throws {
    if let error = showError {
      showError = nil
      throw error
    }
  }

  // MARK: Methods for user types

  /// `a op b` with a user-type operand: `missing` propagates; else the program's method for
  /// the operator; else `==` of immutable values (Julia's `===` fallback).
  func userBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    let isMissing = Self.isMissing(a) || Self.isMissing(b)
    if isMissing {
      switch op {
      case .identical, .notIdentical, .isa, .isIn, .notIn, .subtype, .supertype, .compose:
        break
      default: return .object(StructInstance.missing)
      }
    }
    let name = op == .notEqual ? "==" : op.functionName
    if case .function(let box)? = globals.value(of: name), let method = box.method(for: [a, b]) {
      let result = try invoke(method, [a, b], [], span)
      if op == .notEqual {
        guard case .bool(let equal) = result else {
          throw fail(.type, "TypeError: non-boolean used in boolean context", span)
        }
        return .bool(!equal)
      }
      return result
    }
    switch op {
    case .less, .greater, .lessOrEqual, .greaterOrEqual:
      return try userOrdering(op, a, b, span)
    default:
      return nil
    }
  }

  /// `<`, `>`, `<=`, `>=` without a method of their own: Julia's fallbacks through `<` and
  /// `isless` (base/operators.jl at v1.0.0: `<(x, y) = isless(x, y)`, `>(x, y) = y < x`,
  /// `<=(x, y) = !(y < x)`, `>=(x, y) = y <= x`).
  func userOrdering(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value
  {
    func less(_ x: Value, _ y: Value) throws -> Value {
      for name in ["<", "isless"] {
        if case .function(let box)? = globals.value(of: name),
          let method = box.method(for: [x, y])
        {
          return try invoke(method, [x, y], [], span)
        }
      }
      throw noMethod("isless", [x, y], span)
    }
    func negated(_ value: Value) throws -> Value {
      guard case .bool(let truth) = value else {
        throw fail(.type, "TypeError: non-boolean used in boolean context", span)
      }
      return .bool(!truth)
    }
    switch op {
    case .less: return try less(a, b)
    case .greater: return try less(b, a)
    case .lessOrEqual: return try negated(try less(b, a))
    default: return try negated(try less(a, b))
    }
  }

  /// `op x` with a user-type operand.
  func userUnary(_ op: UnaryOperator, _ value: Value, _ span: SourceSpan) throws -> Value? {
    if Self.isMissing(value), op != .not { return value }
    if case .function(let box)? = globals.value(of: op.rawValue),
      let method = box.method(for: [value])
    {
      return try invoke(method, [value], [], span)
    }
    return nil
  }

  static func isMissing(_ value: Value) -> Bool {
    if case .object(let object) = value { return object === StructInstance.missing }
    return false
  }

  /// Whether a value is an instance of a user type (the operators then look for methods).
  static func isUserInstance(_ value: Value) -> Bool {
    if case .object(let object) = value { return object is StructInstance }
    return false
  }
}

extension Interpreter {
  /// Runs a type definition: makes the type and binds its name. Defining the same type again
  /// keeps the first (Julia accepts an identical redefinition); a different one is an error.
  func defineType(_ definition: TypeDefinitionCode, _ frame: Frame, _ span: SourceSpan) throws
    -> Value
  {
    func typeValue(_ code: Code) throws -> JuliaType {
      guard case .type(let type) = try eval(code, frame) else {
        throw fail(.type, "TypeError: in type definition, expected Type", code.span)
      }
      return type
    }
    var parameters: [(name: String, bound: JuliaType)] = []
    for (name, bound) in definition.parameters {
      parameters.append((name, try bound.map(typeValue) ?? .any))
    }
    let supertype = try definition.supertype.map(typeValue) ?? .any
    switch supertype {
    case .any, .number, .real, .integer, .abstractFloat: break
    case .user(let type, _) where type.isAbstract: break
    case .user, .nothing, .bool, .int64, .float64, .string, .char, .symbol, .array, .tuple,
      .namedTuple, .range, .dataType, .module:
      throw fail(
        .error, "invalid subtyping in definition of \(definition.name)",
        definition.supertype?.span ?? span)
    default:
      throw fail(
        .unsupported,
        "a subtype of \(supertype.name) is not supported by sitegen's Julia",
        definition.supertype?.span ?? span)
    }
    var fieldTypes: [JuliaType] = []
    for code in definition.fieldTypes { fieldTypes.append(try code.map(typeValue) ?? .any) }
    let type = UserType(
      name: definition.name, isAbstract: definition.isAbstract, isMutable: definition.isMutable,
      supertype: supertype, parameters: parameters, fieldNames: definition.fieldNames,
      fieldTypes: fieldTypes, hasInnerConstructors: !definition.constructors.isEmpty)
    if case .type(.user(let existing, let given))? = try? eval(
      Self.reading(definition.target), frame),
      given.isEmpty, existing.baseName == type.baseName
    {
      guard existing.isSameDefinition(as: type) else {
        throw fail(.error, "invalid redefinition of constant \(definition.name)", span)
      }
      definition.newFunction.userType = existing
      return .nothing
    }
    definition.newFunction.userType = type
    for template in definition.constructors {
      type.constructors.add(try makeMethod(template, frame))
    }
    try assign(definition.target, .type(.user(type, [])), frame, span)
    return .nothing
  }

  /// The code that reads what `target` names (a type definition's name).
  static func reading(_ target: Target) -> Code {
    let span = SourceSpan(
      start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
    switch target {
    case .local(let slot, let name): return .local(slot, name, span)
    case .captured(let depth, let slot, let name):
      return .captured(depth: depth, slot: slot, name, span)
    case .global(let slot, let name): return .global(slot, name, span)
    case .index, .field, .tuple: return .constant(.nothing, span)
    }
  }
}

extension UserType {
  /// Whether another definition makes the same type (a redefinition that changes nothing).
  func isSameDefinition(as other: UserType) -> Bool {
    baseName == other.baseName && isAbstract == other.isAbstract && isMutable == other.isMutable
      && supertype == other.supertype && fieldNames == other.fieldNames
      && fieldTypes.map(\.name) == other.fieldTypes.map(\.name)
      && parameters.map(\.name) == other.parameters.map(\.name)
  }
}

extension Interpreter {
  /// `deepcopy` of a value holding structs: arrays and structs copied all the way down.
  func deepCopy(_ value: Value, _ span: SourceSpan) throws -> Value {
    var copies: [ObjectIdentifier: Value] = [:]
    func copy(_ value: Value) throws -> Value {
      switch value {
      case .object(let instance as StructInstance):
        if instance === StructInstance.missing { return value }
        if let done = copies[ObjectIdentifier(instance)] { return done }
        let made = StructInstance(instance.userType, parameters: instance.parameters, fields: [])
        copies[ObjectIdentifier(instance)] = .object(made)
        made.fields = try instance.fields.map(copy)
        return .object(made)
      case .array(let box):
        if let done = copies[ObjectIdentifier(box)] { return done }
        try allocate(box.count, span)
        let made = box.copy()
        copies[ObjectIdentifier(box)] = .array(made)
        if !(box.elementType.isFloat64 || box.elementType == .int64 || box.elementType == .bool) {
          made.values = try box.values.map(copy)
        }
        return .array(made)
      case .tuple(let items): return .tuple(try items.map(copy))
      case .nothing, .bool, .int, .float, .string, .char, .symbol, .range, .type, .builtin,
        .function, .module:
        return value
      case .namedTuple, .object, .trackedReal, .trackedArray:
        throw fail(
          .unsupported,
          "deepcopy of a struct holding a \(value.type.name) is not supported by sitegen's Julia",
          span)
      }
    }
    return try copy(value)
  }
}

extension Interpreter {
  /// A method added to Base's `show` or to an operator must take a user type: sitegen shows
  /// and computes with its own values without looking for the program's methods.
  func checkBaseMethod(_ method: Method, _ span: SourceSpan) throws {
    let name = method.template.name
    let isOperator =
      BinaryOperator(spelling: name) != nil || UnaryOperator(rawValue: name) != nil
    guard isOperator || name == "show" else { return }
    let takesUserType = method.types.contains { type in
      guard let type else { return false }
      if case .user(let user, _) = type, user !== UserType.io, user !== UserType.textPlain {
        return true
      }
      return false
    }
    if !takesUserType {
      throw fail(
        .unsupported,
        "a method of \(name) for Base's own types is not supported by sitegen's Julia", span)
    }
  }
}

import Autodiff
import SourcePositions

/// Calling functions: methods of the language's functions, built-ins, types and callable
/// engine objects.
extension Interpreter {
  func call(_ function: Value, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan)
    throws
    -> Value
  {
    switch function {
    case .builtin(let builtin):
      return try callBuiltin(builtin, args, kwargs, span)
    case .function(let box):
      guard let method = box.method(for: args) else {
        if let fallback = box.fallback { return try call(fallback, args, kwargs, span) }
        throw noMethod(box.name, args, span)
      }
      return try invoke(method, args, kwargs, span)
    case .type(.other(let name)) where ExceptionTypes.constructible.contains(name):
      return try constructException(name, args, span)
    case .type(.user(let type, let parameters)):
      return try construct(type, parameters, args, kwargs, span)
    case .type(let type):
      return try convert(args, to: type, span)
    case .object(let object as CallableObject):
      return try object.call(args, kwargs, self, span)
    case .object(let composed as ComposedFunction):
      return try call(composed.outer, [try call(composed.inner, args, kwargs, span)], [], span)
    case .module(let module) where module.name == "Pkg":
      return .nothing
    default:
      throw fail(
        .method,
        "MethodError: objects of type \(function.type.name) are not callable", span)
    }
  }

  func noMethod(_ name: String, _ args: [Value], _ span: SourceSpan) -> LanguageError {
    let types = args.map { "::" + $0.type.name }.joined(separator: ", ")
    return fail(.method, "MethodError: no method matching \(name)(\(types))", span)
  }

  /// Runs a method in a new frame.
  func invoke(_ method: Method, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan)
    throws -> Value
  {
    let template = method.template
    depth += 1
    defer { depth -= 1 }
    if depth > limits.recursionDepth {
      throw fail(
        .recursionLimit,
        "recursion limit exceeded: calls nested more than \(limits.recursionDepth) deep (line \(span.start.line))",
        span)
    }
    let frame = Frame.make(size: template.frameSize, parent: method.environment)
    var index = 0
    for parameter in template.parameters {
      if parameter.isVararg {
        frame.slots[parameter.slot] = .tuple(Array(args[min(index, args.count)...]))
        index = args.count
      } else if index < args.count {
        frame.slots[parameter.slot] = args[index]
        index += 1
      } else if let defaultValue = parameter.defaultValue {
        frame.slots[parameter.slot] = try eval(defaultValue, frame)
      }
    }
    if !template.typeParameters.isEmpty {
      let bindings = method.typeBindings(for: args) ?? [:]
      for (name, slot) in template.typeParameters {
        frame.slots[slot] = bindings[name].map { .type($0) }
      }
    }
    for (name, _) in kwargs where !template.keywordParameters.contains(where: { $0.name == name }) {
      throw fail(
        .method,
        "MethodError: no method matching \(template.name)(...; \(name)=...): unsupported keyword argument \"\(name)\"",
        span)
    }
    for parameter in template.keywordParameters {
      if let (_, value) = kwargs.last(where: { $0.0 == parameter.name }) {
        frame.slots[parameter.slot] = value
      } else if let defaultValue = parameter.defaultValue {
        frame.slots[parameter.slot] = try eval(defaultValue, frame)
      } else {
        throw fail(
          .undefinedVariable, "UndefKeywordError: keyword argument \(parameter.name) not assigned",
          span)
      }
    }
    do {
      return try runBody(of: template, frame)
    } catch Unwind.returnValue {
      return takeReturned()
    }
  }

  /// Runs a method whose parameters are all positional, untyped and without defaults, with
  /// its arguments (`argument(k)` for the k-th) evaluated straight into the new frame (no
  /// argument array). The arguments are evaluated before the call counts towards the
  /// recursion limit, as in `invoke`.
  @inline(__always) func invokePlain(
    _ method: Method, _ caller: Frame, _ span: SourceSpan, _ argument: (Int) throws -> Value
  ) throws -> Value {
    let template = method.template
    let frame = Frame.make(size: template.frameSize, parent: method.environment)
    let slots = frame.slots
    for (k, parameter) in template.parameters.enumerated() {
      slots[parameter.slot] = try argument(k)
    }
    depth += 1
    defer { depth -= 1 }
    if depth > limits.recursionDepth {
      throw fail(
        .recursionLimit,
        "recursion limit exceeded: calls nested more than \(limits.recursionDepth) deep (line \(span.start.line))",
        span)
    }
    do {
      return try runBody(of: template, frame)
    } catch Unwind.returnValue {
      return takeReturned()
    }
  }

  /// Runs a function's body in its frame: compiled, or walked when `compiles` is off.
  @inline(__always) func runBody(of template: FunctionTemplate, _ frame: Frame) throws -> Value {
    if compiles { return try template.compiledBody(self, frame) }
    return try leaf(template.body, frame)
  }

  /// Calls `function` with evaluated positional arguments.
  func callPositional(_ function: Value, _ values: [Value], _ span: SourceSpan) throws -> Value {
    if case .function(let box) = function, box.methods.count == 1,
      box.methods[0].accepts(values)
    {
      return try invoke(box.methods[0], values, [], span)
    }
    return try call(function, values, [], span)
  }

  /// `T(x)`: conversions such as `Float64(x > 0)`, `Int(3.0)`, `String(x)`.
  func convert(_ args: [Value], to type: JuliaType, _ span: SourceSpan) throws -> Value {
    if let made = try constructCollection(type, args, span) { return made }
    if let made = try matrixFromUniformScaling(type, args, span) { return made }
    guard args.count == 1 else {
      // boot.jl: `Array{T,1}() = Array{T,1}(undef, 0)`.
      if args.isEmpty, case .array(let element, 1) = type {
        return .array(ArrayBox([], elementType: element, dims: [0]))
      }
      if case .array(.user, _) = type {
        // Julia's elements would be `#undef` until assigned.
        throw fail(
          .unsupported, "\(type.name)(undef, …) is not supported by sitegen's Julia", span)
      }
      if args.count == 2, case .numeric(let number) = type {
        // `Complex(1, 2)`, `Rational(1, 2)`, `Complex{Float64}(1, 2)`.
        switch number {
        case .complex(let t):
          let z = try makeComplex(args[0], args[1], span)
          return try t.map { try convertNumber(z, to: .numeric(.complex($0)), span) ?? z } ?? z
        case .rational(let t):
          let q = try rationalDivide(args[0], args[1], span)
          return try t.map { try convertNumber(q, to: .numeric(.rational($0)), span) ?? q } ?? q
        default: break
        }
      }
      if case .array = type, args.count >= 2, case .nothing = args[0] {
        let dims = try args.dropFirst().map { try intArgument($0, span) }
        guard dims.allSatisfy({ $0 >= 0 }) else {
          throw fail(.argument, "ArgumentError: invalid Array dimensions", span)
        }
        let count = try elementCount(dims, span)
        try ensureRoom(count, span)
        return .array(
          try makeArray([Value](repeating: .float(0), count: count), elementType: .float64, span))
      }
      throw noMethod(type.name, args, span)
    }
    let value = args[0]
    if value.numberObject != nil || type.isNumericCase,
      let converted = try convertNumber(value, to: type, span)
    {
      return converted
    }
    switch type {
    case .float64:
      switch value {
      case .int(let n): return .float(Double(n))
      case .float: return value
      case .bool(let b): return .float(b ? 1 : 0)
      case .trackedReal(let x): return .float(x.data)
      // `Float64("2.5")` has no method in Julia 1.0 (`parse(Float64, s)` reads a number).
      default: break
      }
    case .int64, .integer:
      switch value {
      case .int: return value
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let x):
        guard x.rounded() == x, let n = Int(exactly: x) else {
          throw fail(.inexact, "InexactError: Int64(Int64, \(FloatFormatter.shortest(x)))", span)
        }
        return .int(n)
      case .char(let c): return .int(Int(c.unicodeScalars.first?.value ?? 0))
      default: break
      }
    case .bool:
      switch value {
      case .bool: return value
      case .int(let n) where n == 0 || n == 1: return .bool(n == 1)
      case .float(let x) where x == 0 || x == 1: return .bool(x == 1)
      default:
        throw fail(.inexact, "InexactError: Bool(Bool, \(show(value)))", span)
      }
    case .string:
      // Julia 1.0's `String` methods: a string, a symbol's name, a vector of characters.
      switch value {
      case .string: return value
      case .symbol(let name): return .string(name)
      case .array(let box) where box.dims.count == 1:
        let characters = box.values.compactMap { if case .char(let c) = $0 { c } else { nil } }
        if characters.count == box.count { return .string(String(characters)) }
      default: break
      }
    case .char:
      if case .int(let n) = value, let scalar = Unicode.Scalar(n) {
        return .char(Character(scalar))
      }
    case .any:
      return value
    case .array(let element, _):
      if let (values, dims) = try arrayContents(value, span) {
        return .array(
          try makeArray(Self.converted(values, to: element), elementType: element, dims: dims, span)
        )
      }
    default:
      break
    }
    throw fail(.method, "MethodError: no method matching \(type.name)(::\(value.type.name))", span)
  }

  func intArgument(_ value: Value, _ span: SourceSpan) throws -> Int {
    switch value {
    case .int(let n): return n
    case .bool(let b): return b ? 1 : 0
    case .float(let x) where x.rounded() == x && abs(x) < 9e18: return Int(x)
    default:
      throw fail(.method, "MethodError: no method matching Int64(::\(value.type.name))", span)
    }
  }

  /// `Array{Float64}`, `Vector{Int}`: parametric types.
  func applyTypeParameters(_ base: Value, _ parameters: [Value], _ span: SourceSpan) throws -> Value
  {
    guard case .type(let type) = base else {
      throw fail(
        .type, "TypeError: in Type{...} expression, expected UnionAll, got \(base.type.name)", span)
    }
    if case .unionAll(let name) = type { return try collectionType(name, parameters, span) }
    if case .union(let members) = type, members.isEmpty {
      let types = try parameters.map { parameter in
        guard case .type(let t) = parameter else {
          throw fail(
            .type,
            "TypeError: in Union, expected Type, got \(parameter.type.name)", span)
        }
        return t
      }
      return .type(JuliaType.union(of: types))
    }
    let element: JuliaType
    if case .type(let t)? = parameters.first { element = t } else { element = .any }
    switch type {
    case .user(let user, let given) where given.isEmpty:
      return try applyUserTypeParameters(user, parameters, span)
    case .array(_, let n):
      var dims = n
      if parameters.count > 1, case .int(let d) = parameters[1] { dims = d }
      return .type(.array(element, dims))
    case .abstractArray:
      return .type(.abstractArray(element, nil))
    case .numeric(.rational(nil)):
      return .type(.numeric(.rational(element)))
    case .numeric(.complex(nil)):
      return .type(.numeric(.complex(element)))
    default:
      return .type(type)
    }
  }
}

/// An engine object that can be called like a function (layers, chains).
protocol CallableObject: AnyObject {
  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
}

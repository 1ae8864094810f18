import SourcePositions

/// A value of a user-defined struct type: its type (with parameters) and its fields.
final class StructInstance: RuntimeObject, MutableObject, CallableObject {
  let userType: UserType
  let parameters: [JuliaType]
  var fields: [Value]

  init(_ userType: UserType, parameters: [JuliaType], fields: [Value]) {
    self.userType = userType
    self.parameters = parameters
    self.fields = fields
  }

  /// Julia's `missing`.
  nonisolated(unsafe) static let missing = StructInstance(
    UserType.missing, parameters: [], fields: [])

  override var type: JuliaType { .user(userType, parameters) }

  override func show(_ session: Interpreter) -> String { session.showStruct(self, compact: false) }

  override func display(_ session: Interpreter) -> String { session.displayStruct(self) }

  override func field(_ name: String, _ session: Interpreter) -> Value? {
    userType.fieldNames.firstIndex(of: name).map { fields[$0] }
  }

  /// `p.x = v` on a mutable struct: `setproperty!` converts `v` to the field's type
  /// (base/sysimg.jl at v1.0.0); on an immutable one, `setfield!`'s error (src/builtins.c).
  func setField(_ name: String, _ value: Value, _ session: Interpreter, _ span: SourceSpan) throws {
    guard userType.isMutable else {
      throw session.fail(.error, "type \(userType.baseName) is immutable", span)
    }
    guard let index = userType.fieldNames.firstIndex(of: name) else {
      throw session.fail(.error, "type \(userType.baseName) has no field \(name)", span)
    }
    let bindings = Dictionary(
      uniqueKeysWithValues: zip(userType.parameters.map(\.name), parameters))
    fields[index] = try session.convertField(
      value, to: userType.fieldTypes[index].substituting(bindings), span)
  }

  /// A callable struct: the methods written as `(m::Model)(x) = …`.
  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
  {
    guard case .function(let box)? = session.globals.value(of: UserType.callName),
      let method = box.method(for: [.object(self)] + args)
    else {
      if case .function(let box)? = session.globals.value(of: UserType.callName),
        box.methods.contains(where: {
          $0.types.first.map { type.isSubtype(of: $0 ?? .any) } ?? false
        })
      {
        throw session.noMethod("(::\(type.name))", args, span)
      }
      throw session.fail(
        .method, "MethodError: objects of type \(type.name) are not callable", span)
    }
    return try session.invoke(method, [.object(self)] + args, kwargs, span)
  }

  /// An immutable struct is a value: the copy shares it unless a field holds mutable state; a
  /// mutable one is copied with its fields.
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    if !userType.isMutable, fields.allSatisfy(Self.isPlain) { return self }
    let copy = StructInstance(userType, parameters: parameters, fields: [])
    copy.fields = fields.map { copier.copy($0) }
    return copy
  }

  private static func isPlain(_ value: Value) -> Bool {
    switch value {
    case .nothing, .bool, .int, .float, .string, .char, .symbol, .range, .builtin, .type: true
    case .tuple(let items): items.allSatisfy(isPlain)
    case .object(let object as StructInstance):
      !object.userType.isMutable && object.fields.allSatisfy(isPlain)
    default: false
    }
  }
}

extension UserType {
  /// The global function that holds the methods of callable structs (`(m::Model)(x) = …`); not
  /// a name a program can write.
  static let callName = UserTypeNames.call
}

/// `new(…)` inside an inner constructor: makes the instance of the definition's type.
final class NewFunction: RuntimeObject, CallableObject {
  /// Set when the definition runs.
  var userType: UserType?

  override var type: JuliaType { .function }
  override func show(_ session: Interpreter) -> String { "new" }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
  {
    guard let userType else {
      throw session.fail(.error, "new is only allowed in an inner constructor", span)
    }
    guard args.count == userType.fieldNames.count else {
      throw session.fail(
        .unsupported,
        "new with \(args.count) of \(userType.fieldNames.count) fields is not supported by sitegen's Julia",
        span)
    }
    return try session.makeInstance(userType, parameters: nil, args, span)
  }
}

/// A type variable of a `where` clause or type definition as a value: calling it with the
/// bound makes `T` (so that `Vector{T}` in a signature can be built).
final class TypeVariableMaker: RuntimeObject, CallableObject {
  let name: String

  init(_ name: String) { self.name = name }

  override var type: JuliaType { .function }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
  {
    guard case .type(let bound)? = args.first else { return .type(.typeVariable(name, .any)) }
    return .type(.typeVariable(name, bound))
  }
}

/// The `io` a user's `show` method is given: what it prints is collected here.
final class IOBufferObject: RuntimeObject {
  var text = ""

  override var type: JuliaType { .user(UserType.ioBuffer, []) }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    let copy = IOBufferObject()
    copy.text = text
    return copy
  }
}

/// Indexing and iterating a struct use the program's `getindex`, `setindex!` and `iterate`
/// methods for it (the manual's "Interfaces" chapter at v1.0.0).
extension StructInstance: IndexableObject, IterableObject {
  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    try session.callUserMethod("getindex", [.object(self)] + indices, span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    _ = try session.callUserMethod("setindex!", [.object(self), value] + indices, span)
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    var items: [Value] = []
    var next = try session.callUserMethod("iterate", [.object(self)], span)
    while true {
      try session.tick(span)
      switch next {
      case .nothing:
        return items
      case .tuple(let pair) where pair.count == 2:
        items.append(pair[0])
        next = try session.callUserMethod("iterate", [.object(self), pair[1]], span)
      default:
        throw session.fail(
          .type, "TypeError: iterate must return nothing or a tuple (item, state)", span)
      }
    }
  }
}

extension Interpreter {
  /// Calls the program's method of Base's function `name` for `args`, or fails as Julia does
  /// when there is none.
  func callUserMethod(_ name: String, _ args: [Value], _ span: SourceSpan) throws -> Value {
    guard case .function(let box)? = globals.value(of: name), let method = box.method(for: args)
    else { throw noMethod(name, args, span) }
    return try invoke(method, args, [], span)
  }
}

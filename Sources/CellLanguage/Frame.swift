/// The header of a frame: how many slots it has and the frame it closes over.
struct FrameHeader {
  let count: Int
  let parent: Frame?
}

/// The variables of one function call (or of a cell's top level), and the frame it closes over.
///
/// The slots are stored in the frame object itself (one allocation per call, no array
/// copy-on-write or exclusivity checks on the evaluator's hottest path).
final class Frame: ManagedBuffer<FrameHeader, Value?> {
  /// A frame of `size` unbound slots.
  static func make(size: Int, parent: Frame?) -> Frame {
    let buffer = Frame.create(minimumCapacity: max(size, 1)) { _ in
      FrameHeader(count: size, parent: parent)
    }
    let frame = unsafeDowncast(buffer, to: Frame.self)
    // Slot by slot: a bulk `initialize(repeating:count:)` or `deinitialize(count:)` goes
    // through the runtime's generic array witnesses, several times slower for a few slots.
    frame.withUnsafeMutablePointerToElements { elements in
      for index in 0..<size { (elements + index).initialize(to: nil) }
    }
    return frame
  }

  deinit {
    withUnsafeMutablePointers { header, elements in
      for index in 0..<header.pointee.count { (elements + index).deinitialize(count: 1) }
    }
  }

  /// The slots (valid while the frame lives).
  @inline(__always) var slots: UnsafeMutablePointer<Value?> {
    withUnsafeMutablePointerToElements { $0 }
  }

  @inline(__always) var parent: Frame? { header.parent }

  /// The frame `depth` levels up the chain of enclosing functions.
  @inline(__always) func ancestor(_ depth: Int) -> Frame {
    var frame = self
    for _ in 0..<depth {
      guard let parent = frame.parent else { return frame }
      frame = parent
    }
    return frame
  }
}

/// One method of a function: its code, the frame it closes over and its parameter types.
/// (An object, so that taking a function's method to call it is one reference, not three.)
final class Method {
  let template: FunctionTemplate
  let environment: Frame?
  let types: [JuliaType?]

  init(template: FunctionTemplate, environment: Frame?, types: [JuliaType?]) {
    self.template = template
    self.environment = environment
    self.types = types
    hasTypeVariables = types.contains { $0?.hasTypeVariables ?? false }
  }

  /// Whether a parameter's type has a `where` clause's variable (matched by `typeBindings`).
  let hasTypeVariables: Bool

  /// Whether a call with these positional arguments can use this method.
  func accepts(_ arguments: [Value]) -> Bool {
    let count = arguments.count
    guard count >= template.minimumArity else { return false }
    if let maximum = template.maximumArity, count > maximum { return false }
    if types.isEmpty { return true }
    if hasTypeVariables { return typeBindings(for: arguments) != nil }
    for (index, type) in types.enumerated() {
      guard let type, index < count else { continue }
      if template.parameters[index].isVararg {
        for argument in arguments[index...] where !argument.type.isSubtype(of: type) {
          return false
        }
      } else if !arguments[index].type.isSubtype(of: type) {
        return false
      }
    }
    return true
  }

  /// The types a call's arguments give the `where` clause's variables, nil when they do not
  /// match the signature.
  func typeBindings(for arguments: [Value]) -> [String: JuliaType]? {
    var bindings: [String: JuliaType] = [:]
    for (index, type) in types.enumerated() {
      guard let type, index < arguments.count else { continue }
      let checked = template.parameters[index].isVararg ? arguments[index...] : [arguments[index]]
      for argument in checked where !argument.type.bind(to: type, &bindings) { return nil }
    }
    return bindings
  }

  /// Julia's specificity between two methods that both take a call: -1 when this one's
  /// parameter types are all subtypes of the other's (one strictly), 1 when the other
  /// way round, 0 when neither (then more typed parameters win).
  func compareSignature(with other: Method) -> Int {
    let count = max(template.parameters.count, other.template.parameters.count)
    var narrower = false
    var wider = false
    for index in 0..<count {
      let mine = index < types.count ? types[index] ?? .any : .any
      let theirs = index < other.types.count ? other.types[index] ?? .any : .any
      if mine == theirs { continue }
      let below = mine.isSubtype(of: theirs)
      let above = theirs.isSubtype(of: mine)
      if below && !above { narrower = true } else if above && !below { wider = true }
    }
    if narrower && !wider { return -1 }
    if wider && !narrower { return 1 }
    return 0
  }

  /// How specific the method's signature is (more typed parameters win).
  var specificity: Int { types.compactMap { $0 }.count }

  /// Whether two methods have the same signature (a redefinition replaces).
  func hasSameSignature(as other: Method) -> Bool {
    template.parameters.count == other.template.parameters.count
      && template.minimumArity == other.template.minimumArity
      && template.parameters.map(\.isVararg) == other.template.parameters.map(\.isVararg)
      && types == other.types
  }

  /// How many Julia methods the definition makes (one per number of optional arguments).
  var juliaMethodCount: Int {
    template.parameters.filter { $0.defaultValue != nil }.count + 1
  }
}

/// A function of the language: a name and its methods (closures have one).
final class FunctionBox {
  let name: String
  /// Read on every call; replaced only by a definition, never while a call reads it.
  @exclusivity(unchecked) var methods: [Method]
  /// What a call no method takes goes to: Base's function of the same name, when the program
  /// added methods to it (`Base.show(io::IO, p::Point) = …`, `length(s::Stack) = …`).
  var fallback: Value?

  init(name: String, methods: [Method], fallback: Value? = nil) {
    self.name = name
    self.methods = methods
    self.fallback = fallback
  }

  /// Adds a method, replacing one with the same signature.
  func add(_ method: Method) {
    if let index = methods.firstIndex(where: { $0.hasSameSignature(as: method) }) {
      methods[index] = method
    } else {
      methods.append(method)
    }
  }

  /// The method for a call, the most specific one that accepts the arguments.
  func method(for arguments: [Value]) -> Method? {
    if methods.count == 1 { return methods[0].accepts(arguments) ? methods[0] : nil }
    var best: Method?
    for method in methods where method.accepts(arguments) {
      guard let current = best else {
        best = method
        continue
      }
      switch method.compareSignature(with: current) {
      case -1: best = method
      case 1: break
      default: if method.specificity > current.specificity { best = method }
      }
    }
    return best
  }

  var methodCount: Int { methods.reduce(0) { $0 + $1.juliaMethodCount } }
}

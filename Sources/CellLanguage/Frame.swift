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
  }

  /// Whether a call with these positional arguments can use this method.
  func accepts(_ arguments: [Value]) -> Bool {
    let count = arguments.count
    guard count >= template.minimumArity else { return false }
    if let maximum = template.maximumArity, count > maximum { return false }
    if types.isEmpty { return true }
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

  init(name: String, methods: [Method]) {
    self.name = name
    self.methods = methods
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
      if best == nil || method.specificity > (best?.specificity ?? 0) { best = method }
    }
    return best
  }

  var methodCount: Int { methods.reduce(0) { $0 + $1.juliaMethodCount } }
}

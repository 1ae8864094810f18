import Autodiff
import SourcePositions

/// Assignment to variables, indices, fields and tuples; `op=` and `.=`; field access.
extension Interpreter {
  /// Binds a loop variable: `assign` with a local variable stored directly.
  @inline(__always) func bind(_ target: Target, _ value: Value, _ frame: Frame, _ span: SourceSpan)
    throws
  {
    if case .local(let slot, _) = target {
      frame.slots[slot] = value
    } else {
      try assign(target, value, frame, span)
    }
  }

  func assign(_ target: Target, _ value: Value, _ frame: Frame, _ span: SourceSpan) throws {
    switch target {
    case .local(let slot, _):
      frame.slots[slot] = value
    case .captured(let depth, let slot, _):
      frame.ancestor(depth).slots[slot] = value
    case .global(let slot, _):
      globals.assign(slot, value)
    case .index(let base, let indices, let indexSpan):
      let container = try leaf(base, frame)
      let values = try evalIndices(indices, of: container, frame)
      try setIndex(container, values, value, indexSpan)
    case .field(let base, let name, let fieldSpan):
      try setField(try leaf(base, frame), name, value, fieldSpan)
    case .tuple(let targets, let tupleSpan):
      var items: [Value] = []
      var remaining = targets.count
      try forEach(value, tupleSpan) { element in
        items.append(element)
        remaining -= 1
        return remaining > 0
      }
      guard items.count == targets.count else {
        throw fail(
          .bounds, "BoundsError: attempt to access \(summary(value)) at index [\(items.count + 1)]",
          tupleSpan)
      }
      for (target, item) in zip(targets, items) { try assign(target, item, frame, span) }
    }
  }

  /// `target op= value`, evaluating the target's container and indices once.
  func update(
    _ target: Target, _ op: BinaryOperator, _ valueCode: Code, dotted: Bool, _ frame: Frame,
    _ span: SourceSpan
  ) throws -> Value {
    func combine(_ current: Value, _ value: Value) throws -> Value {
      dotted ? try broadcastBinary(op, current, value, span) : try binary(op, current, value, span)
    }
    switch target {
    case .local(let slot, let name):
      let current = try read(frame, slot, name, span)
      let result = try combine(current, try leaf(valueCode, frame))
      if dotted, case .array = current {
        try dotAssign(target, result, frame, span)
        return current
      }
      frame.slots[slot] = result
      return result
    case .captured(let depth, let slot, let name):
      let owner = frame.ancestor(depth)
      let current = try read(owner, slot, name, span)
      let result = try combine(current, try leaf(valueCode, frame))
      if dotted, case .array = current {
        try dotAssign(target, result, frame, span)
        return current
      }
      owner.slots[slot] = result
      return result
    case .global(let slot, let name):
      let current = try readGlobal(slot, name, span)
      let result = try combine(current, try leaf(valueCode, frame))
      if dotted, case .array = current {
        try dotAssign(target, result, frame, span)
        return current
      }
      globals.assign(slot, result)
      return result
    case .index(let base, let indices, let indexSpan):
      let container = try leaf(base, frame)
      try refuseWritingIntoWrapper(container, indexSpan)
      if indices.count == 1, case .colon = indices[0], case .array(let box) = container,
        box.elementType.isFloat64, let op = Self.doubleOperator(op)
      {
        // `a[:] op= b` on a Float64 array: one pass over the doubles, in place.
        let value: Value
        if let storage = box.storage,
          case .binary(let inner, let lhs, let rhs, dotted: true, let innerSpan) = valueCode,
          inner != .power
        {
          // `a[:] op= x .inner y`: the operands are read as the broadcast reads them, then
          // combined element by element without the broadcast's temporary array.
          try tick(innerSpan)
          let x = try leaf(lhs, frame)
          let y = try leaf(rhs, frame)
          if try fusedUpdate(storage, box.count, op, inner, x, y, innerSpan) {
            try tick(span)
            return .array(box)
          }
          value = try broadcastBinary(inner, x, y, innerSpan)
        } else {
          value = try leaf(valueCode, frame)
        }
        if let storage = box.storage {
          try tick(span)
          if let scalar = value.doubleValue {
            storage.modify { buffer in for k in buffer.indices { buffer[k] = op(buffer[k], scalar) }
            }
            return .array(box)
          }
          if case .array(let other) = value, other.elementType.isFloat64,
            other.count == box.count,
            let values = other.doubles
          {
            storage.modify { buffer in
              for k in buffer.indices { buffer[k] = op(buffer[k], values[k]) }
            }
            return .array(box)
          }
        }
        if let current = box.doubles, let updated = try combineDoubles(current, op, value, span) {
          box.setDoubles(updated)
          return .array(box)
        }
        let result = try combine(try index(container, [.symbol(":")], indexSpan), value)
        try setIndex(container, [.symbol(":")], result, indexSpan)
        return result
      }
      let positions = try evalIndices(indices, of: container, frame)
      let current = try index(container, positions, indexSpan)
      let result = try combine(current, try leaf(valueCode, frame))
      if dotted {
        try broadcastIntoIndex(container, positions, result, indexSpan)
      } else {
        try setIndex(container, positions, result, indexSpan)
      }
      return result
    case .field(let base, let name, let fieldSpan):
      let owner = try leaf(base, frame)
      let current = try field(owner, name, fieldSpan)
      let result = try combine(current, try leaf(valueCode, frame))
      try setField(owner, name, result, fieldSpan)
      return result
    case .tuple(_, let tupleSpan):
      throw fail(.syntax, "invalid assignment location", tupleSpan)
    }
  }

  /// `target[:] op= x .inner y` where one of `x`, `y` is a `Float64` array of the target's length
  /// with engine or double storage and the other a `Float64`: each element gets
  /// `op(target[k], inner(x[k], y))` (or `inner(x, y[k])`), the doubles the broadcast's temporary
  /// would have held, counted against the budgets as that temporary is.
  /// - Returns: false (having done nothing) when the operands are of another kind.
  func fusedUpdate(
    _ storage: ArrayStorage, _ count: Int, _ op: (Double, Double) -> Double,
    _ inner: BinaryOperator, _ x: Value, _ y: Value, _ span: SourceSpan
  ) throws -> Bool {
    guard let combine = Self.doubleOperator(inner) else { return false }
    let source: ArrayBox
    let scalar: Double
    let arrayFirst: Bool
    switch (x, y) {
    case (.array(let box), .float(let s)): (source, scalar, arrayFirst) = (box, s, true)
    case (.float(let s), .array(let box)): (source, scalar, arrayFirst) = (box, s, false)
    default: return false
    }
    guard source.elementType.isFloat64, let sourceStorage = source.storage,
      source.count == count
    else { return false }
    try allocate(count, span)
    try tick(span)
    func run(_ target: UnsafeMutableBufferPointer<Double>, _ from: UnsafeBufferPointer<Double>) {
      if arrayFirst {
        for k in 0..<count { target[k] = op(target[k], combine(from[k], scalar)) }
      } else {
        for k in 0..<count { target[k] = op(target[k], combine(scalar, from[k])) }
      }
    }
    if let target = storage as? TrackedStorage, let other = sourceStorage as? TrackedStorage,
      target.owner == other.owner
    {
      // A parameter's data updated from its own gradient (or the other way): one access.
      _ = try? target.array.withStorage { data, grad in
        let from = other.isGrad ? grad : data
        let values = UnsafeBufferPointer(start: from.baseAddress, count: from.count)
        // When both are the same buffer, element k is read before it is written.
        run(target.isGrad ? grad : data, values)
      }
      return true
    }
    let values = sourceStorage.read()
    values.withUnsafeBufferPointer { from in storage.modify { run($0, from) } }
    return true
  }

  static func doubleOperator(_ op: BinaryOperator) -> ((Double, Double) -> Double)? {
    switch op {
    case .add: { $0 + $1 }
    case .subtract: { $0 - $1 }
    case .multiply: { $0 * $1 }
    case .divide: { $0 / $1 }
    default: nil
    }
  }

  /// `current op value` elementwise, when `value` is a real or a `Float64` array of the same length.
  func combineDoubles(
    _ current: [Double], _ op: (Double, Double) -> Double, _ value: Value, _ span: SourceSpan
  )
    throws -> [Double]?
  {
    try tick(span)
    if let scalar = value.doubleValue { return current.map { op($0, scalar) } }
    guard case .array(let other) = value, other.elementType.isFloat64, let values = other.doubles,
      values.count == current.count
    else { return nil }
    var result = current
    for k in result.indices { result[k] = op(result[k], values[k]) }
    return result
  }

  /// `target .= value`: writes into the existing array. Returns what Julia's `broadcast!`
  /// returns, the array written into (for `x[i] .= v`, `view(x, i)`), when sitegen can make it.
  @discardableResult
  func dotAssign(_ target: Target, _ value: Value, _ frame: Frame, _ span: SourceSpan) throws
    -> Value?
  {
    switch target {
    case .index(let base, let indices, let indexSpan):
      let container = try leaf(base, frame)
      if indices.count == 1, case .colon = indices[0], case .array(let box) = container,
        box.elementType.isFloat64, let scalar = value.doubleValue
      {
        if let storage = box.storage {
          storage.modify { $0.update(repeating: scalar) }
        } else {
          box.setDoubles([Double](repeating: scalar, count: box.count))
        }
        // The value `x[:] .= s` shows (Julia's `view(x, :)`) is not made here, on the path a
        // training loop's `grad[:] .= 0.0` takes every step.
        return nil
      }
      let positions = try evalIndices(indices, of: container, frame)
      try broadcastIntoIndex(container, positions, value, indexSpan)
      // Base.dotview: a view of the indexed part (`maybeview`), unless every index is a number.
      guard case .array = container, positions.contains(where: { !$0.isNumber }) else {
        return nil
      }
      return try? makeView(container, positions, indexSpan)
    case .local, .captured, .global, .field:
      let current: Value
      switch target {
      case .local(let slot, let name): current = try read(frame, slot, name, span)
      case .captured(let depth, let slot, let name):
        current = try read(frame.ancestor(depth), slot, name, span)
      case .global(let slot, let name): current = try readGlobal(slot, name, span)
      case .field(let base, let name, let fieldSpan):
        current = try field(try leaf(base, frame), name, fieldSpan)
      case .index, .tuple: return nil
      }
      guard case .array(let box) = current else {
        throw fail(
          .method,
          "MethodError: no method matching copyto!(::\(current.type.name), ::\(value.type.name))",
          span)
      }
      try fill(box, positions: Array(0..<box.count), with: value, span)
      return current
    case .tuple(_, let tupleSpan):
      throw fail(.syntax, "invalid assignment location", tupleSpan)
    }
  }

  /// `value.name`.
  func field(_ value: Value, _ name: String, _ span: SourceSpan) throws -> Value {
    if case .trackedReal = value, name == "data" { return plainSingle(value) }
    switch value {
    case .namedTuple(let tuple):
      if let result = tuple[name] { return result }
    case .module(let module):
      if let member = module.members[name] { return member }
      throw undefinedMemberError(module, name, span)
    case .trackedArray(let box):
      let elementType = plainElementType(box.value.precision)
      switch name {
      case "data":
        if let view = box.dataView { return .array(view) }
        if box.value.isParameter {
          let view = ArrayBox(
            storage: TrackedStorage(box.value, grad: false, owner: box), dims: box.dims,
            elementType: elementType)
          box.dataView = view
          return .array(view)
        }
        return .array(
          try makeArray(
            plainElements(box.value.data.scalars, box.value.precision), elementType: elementType,
            dims: box.dims, span))
      case "grad":
        if let view = box.gradView { return .array(view) }
        if box.value.isParameter {
          let view = ArrayBox(
            storage: TrackedStorage(box.value, grad: true, owner: box), dims: box.dims,
            elementType: elementType)
          box.gradView = view
          return .array(view)
        }
        guard let grad = box.value.grad else { return .nothing }
        return .array(
          try makeArray(
            plainElements(grad.scalars, box.value.precision), elementType: elementType,
            dims: box.dims, span))
      default: break
      }
    case .trackedReal(let x):
      switch name {
      case "data": return plainSingle(value)
      case "grad":
        if x.precision == .single {
          return x.grad.map { NumberObject.float32(Float($0)) } ?? .nothing
        }
        return x.grad.map { .float($0) } ?? .nothing
      default: break
      }
    case .object(let object):
      if let result = object.field(name, self) { return result }
    case .range(let range):
      switch name {
      case "start": return range.first
      case "stop": return range.last
      case "len": return .int(range.count)
      default: break
      }
    default:
      break
    }
    throw fail(.error, "type \(typeShortName(value)) has no field \(name)", span)
  }

  func typeShortName(_ value: Value) -> String {
    let name = value.type.name
    return String(name.prefix { $0 != "{" })
  }

  /// `value.name = newValue`.
  func setField(_ value: Value, _ name: String, _ newValue: Value, _ span: SourceSpan) throws {
    switch value {
    case .trackedArray(let box) where name == "data" || name == "grad":
      guard let (values, _) = try arrayContents(newValue, span),
        values.count == box.value.shape.count
      else {
        throw fail(
          .dimensionMismatch, "DimensionMismatch(\"new \(name) must have the same shape\")", span)
      }
      // Stored in the parameter's element type, as `.=` converts.
      let doubles = values.map { box.value.precision.rounded($0.float32Double) }
      let tensor = Tensor(shape: box.value.shape, scalars: doubles)
      if name == "data" { box.value.data = tensor } else { box.value.grad = tensor }
    case .object(let object as MutableObject):
      try object.setField(name, newValue, self, span)
    default:
      throw fail(
        .error, "setfield! immutable struct of type \(typeShortName(value)) cannot be changed", span
      )
    }
  }

  /// `function f(…) … end` / `f(…) = …`: adds a method to `f` (or makes `f`).
  func defineMethod(
    _ target: Target, _ template: FunctionTemplate, _ frame: Frame, _ span: SourceSpan
  )
    throws -> Value
  {
    let method = try makeMethod(template, frame)
    var existing: Value?
    switch target {
    case .local(let slot, _): existing = frame.slots[slot]
    case .captured(let depth, let slot, _): existing = frame.ancestor(depth).slots[slot]
    case .global(let slot, _): existing = globals[slot]
    case .index, .field, .tuple: existing = nil
    }
    return try addMethod(method, to: target, existing: existing, frame, span)
  }

  /// A method of `template` closing over `frame`, its parameter types evaluated.
  func makeMethod(_ template: FunctionTemplate, _ frame: Frame) throws -> Method {
    var types: [JuliaType?] = []
    for parameter in template.parameters {
      guard let typeCode = parameter.type else {
        types.append(nil)
        continue
      }
      guard case .type(let type) = try eval(typeCode, frame) else {
        throw fail(.type, "TypeError: in parameter \(parameter.name), expected Type", typeCode.span)
      }
      types.append(type)
    }
    return Method(
      template: template, environment: frame, types: types.allSatisfy { $0 == nil } ? [] : types)
  }

  /// Adds `method` to the function `target` holds (`existing`), or binds a new function.
  func addMethod(
    _ method: Method, to target: Target, existing: Value?, _ frame: Frame, _ span: SourceSpan
  ) throws -> Value {
    let template = method.template
    if case .function(let function)? = existing, function.name == template.name {
      if function.fallback != nil { try checkBaseMethod(method, span) }
      function.add(method)
      return .function(function)
    }
    if case .type(.user(let type, _))? = existing {
      // `Point(x) = Point(x, 0.0)`: an outer constructor.
      guard !type.isBase else {
        throw fail(
          .unsupported,
          "a constructor method of \(type.baseName) is not supported by sitegen's Julia",
          span)
      }
      type.constructors.add(method)
      return existing ?? .nothing
    }
    // A method for a name Base already has (`show`, `length`, `+`) adds to it: calls no method
    // of the program takes go on to Base's.
    var fallback: Value?
    switch existing {
    case .builtin?, .object(is LibraryFunction)?, .object(is OperatorFunction)?:
      if case .global = target { fallback = existing }
    default: break
    }
    if fallback != nil { try checkBaseMethod(method, span) }
    let function = Value.function(
      FunctionBox(name: template.name, methods: [method], fallback: fallback))
    try assign(target, function, frame, span)
    return function
  }
}

/// An engine object whose fields can be assigned.
protocol MutableObject: AnyObject {
  func setField(_ name: String, _ value: Value, _ session: Interpreter, _ span: SourceSpan) throws
}

/// A parameter's `.data` or `.grad`, viewed in place by an `ArrayBox`.
final class TrackedStorage: ArrayStorage {
  let array: TrackedArray
  let isGrad: Bool
  /// The language's box of the parameter: views with the same owner share one tape entry.
  let owner: ObjectIdentifier

  init(_ array: TrackedArray, grad: Bool, owner: TrackedArrayBox) {
    self.array = array
    self.isGrad = grad
    self.owner = ObjectIdentifier(owner)
  }

  var count: Int { array.shape.count }

  func read() -> [Double] {
    if isGrad { return array.grad?.scalars ?? [Double](repeating: 0, count: count) }
    return array.data.scalars
  }

  /// Writes elements, rounded to the parameter's element type.
  func write(_ values: [Double]) {
    let precision = array.precision
    _ = try? array.withStorage { data, grad in
      if isGrad {
        for i in grad.indices where i < values.count { grad[i] = precision.rounded(values[i]) }
      } else {
        for i in data.indices where i < values.count { data[i] = precision.rounded(values[i]) }
      }
    }
  }

  func element(_ index: Int) -> Double {
    (try? array.withStorage { data, grad in isGrad ? grad[index] : data[index] }) ?? .nan
  }

  func setElement(_ index: Int, _ value: Double) {
    let stored = array.precision.rounded(value)
    _ = try? array.withStorage { data, grad in
      if isGrad { grad[index] = stored } else { data[index] = stored }
    }
  }

  // A `Float32` parameter's elements are `Float32` numbers of the language; what is written
  // into them is converted, as `setindex!` converts.
  private var single: Bool { array.precision == .single }

  private func element(stored x: Double) -> Value {
    single ? NumberObject.float32(Float(x)) : .float(x)
  }

  func readValues() -> [Value] { read().map { element(stored: $0) } }
  func writeValues(_ values: [Value]) {
    write(values.map { single ? $0.float32Double : $0.doubleValue ?? .nan })
  }
  func value(at index: Int) -> Value { element(stored: element(index)) }
  func setValue(_ value: Value, at index: Int) {
    setElement(index, single ? value.float32Double : value.doubleValue ?? .nan)
  }
  /// `nil` for `Float32` elements: callers read `doubles` as `Float64`s.
  func readDoubles() -> [Double]? { single ? nil : read() }

  func modify(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
    _ = try? array.withStorage { data, grad in body(isGrad ? grad : data) }
  }
}

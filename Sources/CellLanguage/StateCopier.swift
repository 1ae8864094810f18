import Autodiff

/// Deep-copies values of one interpreter for another that holds a copy of its tape: arrays,
/// functions with the frames they close over, engine objects and tracked values, each object
/// once, so that what was shared (two names for one array, a closure and the variable it
/// captured) is shared in the copy too.
///
/// Immutable objects without references (ranges, figures, caught errors) are shared, not
/// copied. An object the copier does not know makes the copy fail (`failed`), so that no
/// snapshot is ever half a copy.
struct StateCopier {
  /// The interpreter whose values are copied, and the one that receives them.
  let source: Interpreter
  let target: Interpreter
  /// The copy of each object already copied, by the original's identity.
  private var copies: [ObjectIdentifier: AnyObject] = [:]
  /// Set when a value could not be copied.
  private(set) var failed = false

  init(from source: Interpreter, to target: Interpreter) {
    self.source = source
    self.target = target
  }

  /// Records `copy` as the copy of `original` before its contents are copied, so that a
  /// container holding itself is copied once.
  mutating func remember(_ original: AnyObject, as copy: AnyObject) {
    copies[ObjectIdentifier(original)] = copy
  }

  /// The copy of `value`.
  mutating func copy(_ value: Value) -> Value {
    switch value {
    case .nothing, .bool, .int, .float, .string, .char, .symbol, .range, .builtin, .type:
      return value
    case .array(let box): return .array(copy(box))
    case .tuple(let items): return .tuple(items.map { copy($0) })
    case .namedTuple(let tuple): return .namedTuple(copy(tuple))
    case .function(let box): return .function(copy(box))
    case .module(let module): return .module(copy(module))
    case .object(let object): return .object(copy(object))
    case .trackedReal(let x): return .trackedReal(moved(x))
    case .trackedArray(let box): return .trackedArray(copy(box))
    }
  }

  /// A tracked scalar of the source's tape, moved to the target's.
  func moved(_ x: TrackedReal) -> TrackedReal {
    x.tape === source.tape ? x.moved(to: target.tape) : x
  }

  /// A tracked array of the source's tape, moved to the target's.
  func moved(_ x: TrackedArray) -> TrackedArray {
    x.tape === source.tape ? x.moved(to: target.tape) : x
  }

  mutating func copy(_ box: ArrayBox) -> ArrayBox {
    let id = ObjectIdentifier(box)
    if let done = copies[id] as? ArrayBox { return done }
    let copy: ArrayBox
    switch box.storage {
    case nil:
      switch box.elementType {
      case .float64, .int64, .bool:
        // Plain numbers hold no reference: the element array is shared until either changes.
        copy = ArrayBox(box.values, elementType: box.elementType, dims: box.dims)
      default:
        copy = ArrayBox([], elementType: box.elementType, dims: box.dims)
        copies[id] = copy
        copy.values = box.values.map { self.copy($0) }
      }
    case let doubles as DoubleStorage:
      copy = ArrayBox(storage: DoubleStorage(doubles.values), dims: box.dims)
    case let tracked as TrackedStorage:
      let owner = trackedOwner(tracked)
      copy = ArrayBox(
        storage: TrackedStorage(moved(tracked.array), grad: tracked.isGrad, owner: owner),
        dims: box.dims, elementType: box.elementType)
    case let view as SubArrayStorage:
      // The copy of a view looks into the copy of its parent.
      copy = box.viewing(self.copy(view.parent))
    default:
      failed = true
      copy = box.copy()
    }
    copy.elementType = box.elementType
    copy.isViewed = box.isViewed
    copy.isBitArray = box.isBitArray
    copy.wrapper = box.wrapper
    copies[id] = copy
    return copy
  }

  /// The copy of the box that owns a `.data` / `.grad` view: the copy of the box itself once
  /// it is copied, else one made for the view alone (views with one owner keep one owner).
  private mutating func trackedOwner(_ storage: TrackedStorage) -> TrackedArrayBox {
    if let done = copies[storage.owner] as? TrackedArrayBox { return done }
    let owner = TrackedArrayBox(moved(storage.array))
    copies[storage.owner] = owner
    return owner
  }

  mutating func copy(_ box: TrackedArrayBox) -> TrackedArrayBox {
    let id = ObjectIdentifier(box)
    let copy: TrackedArrayBox
    if let done = copies[id] as? TrackedArrayBox {
      copy = done
    } else {
      copy = TrackedArrayBox(moved(box.value))
      copies[id] = copy
    }
    if copy.dataView == nil, let view = box.dataView { copy.dataView = self.copy(view) }
    if copy.gradView == nil, let view = box.gradView { copy.gradView = self.copy(view) }
    return copy
  }

  mutating func copy(_ tuple: NamedTuple) -> NamedTuple {
    let id = ObjectIdentifier(tuple)
    if let done = copies[id] as? NamedTuple { return done }
    let copy = NamedTuple(names: tuple.names, values: tuple.values.map { self.copy($0) })
    copies[id] = copy
    return copy
  }

  mutating func copy(_ module: Module) -> Module {
    let id = ObjectIdentifier(module)
    if let done = copies[id] as? Module { return done }
    let copy = Module(name: module.name, exports: module.exports)
    copies[id] = copy
    for (name, member) in module.members { copy.members[name] = self.copy(member) }
    return copy
  }

  mutating func copy(_ function: FunctionBox) -> FunctionBox {
    let id = ObjectIdentifier(function)
    if let done = copies[id] as? FunctionBox { return done }
    let copy = FunctionBox(name: function.name, methods: [])
    copies[id] = copy
    copy.fallback = function.fallback.map { self.copy($0) }
    copy.methods = function.methods.map { method in
      Method(
        template: method.template, environment: method.environment.map { self.copy($0) },
        types: method.types)
    }
    return copy
  }

  /// The copy of a frame, its enclosing frames copied first (a frame's parent is fixed when it
  /// is made).
  mutating func copy(_ frame: Frame) -> Frame {
    let id = ObjectIdentifier(frame)
    if let done = copies[id] as? Frame { return done }
    let parent = frame.parent.map { self.copy($0) }
    // Copying the parent's variables may have reached this frame through a closure.
    if let done = copies[id] as? Frame { return done }
    let count = frame.header.count
    let made = Frame.make(size: count, parent: parent)
    copies[id] = made
    for slot in 0..<count {
      if let value = frame.slots[slot] { made.slots[slot] = self.copy(value) }
    }
    return made
  }

  /// The copy of an engine object; immutable objects without references are shared.
  mutating func copy(_ object: RuntimeObject) -> RuntimeObject {
    let id = ObjectIdentifier(object)
    if let done = copies[id] as? RuntimeObject { return done }
    let copy: RuntimeObject
    switch object {
    case let params as ParamsObject:
      copy = ParamsObject(params.parameters.map { self.copy($0) })
    case let grads as GradsObject:
      copy = GradsObject(
        grads.parameters.map { self.copy($0) }, grads.grads, session: target)
    case let optimizer as OptimizerObject:
      copy = OptimizerObject(self.copy(optimizer.optimizer), optimizer.name)
    case let dense as DenseObject:
      copy = DenseObject(
        weight: moved(dense.weight), bias: moved(dense.bias),
        activation: self.copy(dense.activation), inputs: dense.inputs, outputs: dense.outputs)
    case let chain as ChainObject:
      copy = ChainObject(chain.layers.map { self.copy($0) })
    case let composed as ComposedFunction:
      copy = ComposedFunction(outer: self.copy(composed.outer), inner: self.copy(composed.inner))
    case let plot as TextPlotObject:
      copy = TextPlotObject(plot.figure, isDensity: plot.isDensity)
    case is GraphObject, is ExceptionObject, is TraceObject, is LayoutObject, is FigureObject,
      is TestPassed, is OperatorFunction:
      copy = object
    default:
      if let made = object.copied(by: &self) {
        copy = made
      } else {
        failed = true
        copy = object
      }
    }
    copies[id] = copy
    return copy
  }

  /// An optimiser with the same settings and state, its state moved to the target's tape.
  mutating func copy(_ optimizer: any Optimizer) -> any Optimizer {
    let id = ObjectIdentifier(optimizer)
    if let done = copies[id] as? any Optimizer { return done }
    let copy: any Optimizer
    switch optimizer {
    case let descent as Descent: copy = descent.copy()
    case let momentum as Momentum:
      copy = momentum.copy(movingFrom: source.tape, to: target.tape)
    case let adam as ADAM: copy = adam.copy(movingFrom: source.tape, to: target.tape)
    default:
      failed = true
      copy = optimizer
    }
    copies[id] = copy
    return copy
  }
}

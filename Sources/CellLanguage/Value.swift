import Autodiff

/// A value of the language. Scalars (tracked ones too) are stored inline; arrays, functions and
/// engine objects are references, as in Julia.
enum Value {
  case nothing
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case char(Character)
  case symbol(String)
  case array(ArrayBox)
  case range(RangeValue)
  case tuple([Value])
  case namedTuple(NamedTuple)
  case function(FunctionBox)
  case builtin(Builtin)
  case type(JuliaType)
  case module(Module)
  case object(RuntimeObject)
  /// A tracked scalar on the session's tape (Tracker's `TrackedReal`).
  case trackedReal(TrackedReal)
  /// A tracked array on the session's tape (Tracker's `TrackedArray`).
  case trackedArray(TrackedArrayBox)

  /// The value's type.
  var type: JuliaType {
    switch self {
    case .nothing: .nothing
    case .bool: .bool
    case .int: .int64
    case .float: .float64
    case .string: .string
    case .char: .char
    case .symbol: .symbol
    case .array(let array):
      if let wrapper = array.wrapper {
        .wrapped(wrapper, array.elementType)
      } else if array.isBitArray {
        .other("BitArray{\(array.dims.count)}")
      } else {
        .array(array.elementType, array.dims.count)
      }
    case .range(let range): range.type
    case .tuple(let items): .tuple(items.map(\.type))
    case .namedTuple(let tuple): .namedTuple(tuple.names, tuple.values.map(\.type))
    case .function, .builtin: .function
    case .type(.user(let type, let parameters))
    where parameters.isEmpty && !type.parameters.isEmpty:
      .other("UnionAll")
    // `typeof(Union{Int, String})` is `Union`; `typeof(Union{})` is `Core.TypeofBottom`.
    case .type(.union(let members)): .other(members.isEmpty ? "Core.TypeofBottom" : "Union")
    case .type: .dataType
    case .module: .module
    case .object(let object): object.type
    case .trackedReal: .trackedReal
    case .trackedArray(let box): .trackedArray(box.dims.count)
    }
  }

  /// Whether the value is a tracked array (recorded on the engine's tape).
  var isTrackedArray: Bool {
    if case .trackedArray = self { return true }
    return false
  }

  /// Whether the value is a `Float64`.
  var isFloat: Bool {
    if case .float = self { return true }
    return false
  }

  /// Whether the value is an `Int64`.
  var isInt: Bool {
    if case .int = self { return true }
    return false
  }

  /// Whether the value is a tracked scalar.
  var isTrackedReal: Bool {
    if case .trackedReal = self { return true }
    return false
  }

  /// Whether the value is a number (the language's `Number`).
  var isNumber: Bool {
    switch self {
    case .bool, .int, .float, .trackedReal: true
    case .object(let object): object is NumberObject
    default: false
    }
  }
}

/// A named tuple `(a = 1, b = 2)`.
final class NamedTuple {
  let names: [String]
  let values: [Value]

  init(names: [String], values: [Value]) {
    self.names = names
    self.values = values
  }

  subscript(name: String) -> Value? {
    names.firstIndex(of: name).map { values[$0] }
  }
}

/// A module of built-in names (`Flux`, `Random`, …).
final class Module {
  let name: String
  var members: [String: Value]
  /// The names `using` brings into scope.
  var exports: [String]

  init(name: String, members: [String: Value] = [:], exports: [String] = []) {
    self.name = name
    self.members = members
    self.exports = exports
  }
}

/// An engine-side object the language holds: tracked values, optimizers, layers, figures.
class RuntimeObject {
  /// The object's type as the language shows it.
  var type: JuliaType { .other("Any") }

  /// The object's one-line form (inside containers and for `print`).
  func show(_ session: Interpreter) -> String { type.name }

  /// The object's multi-line form when it is a cell's result.
  func display(_ session: Interpreter) -> String { show(session) }

  /// The value of `object.name`, if the object has such a field.
  func field(_ name: String, _ session: Interpreter) -> Value? { nil }

  /// The object in a copy of the session's state (a snapshot): itself when it is immutable and
  /// holds nothing mutable, a copy made with `copier` when it holds state, `nil` (the default)
  /// when it cannot be copied, which makes the whole snapshot fail rather than share state.
  func copied(by copier: inout StateCopier) -> RuntimeObject? { nil }
}

/// A tracked array held by the language.
final class TrackedArrayBox {
  let value: TrackedArray
  /// The parameter's `.data` and `.grad` views, made once.
  var dataView: ArrayBox?
  var gradView: ArrayBox?

  init(_ value: TrackedArray) { self.value = value }

  var dims: [Int] {
    switch value.shape {
    case .vector(let n): [n]
    case .matrix(let rows, let columns): [rows, columns]
    }
  }
}

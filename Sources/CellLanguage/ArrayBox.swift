/// A Julia array: elements in column-major order, its dimensions and its element type.
///
/// Arrays are shared by reference, as in Julia (`b = a` aliases). A box can also be a view of
/// an engine-owned buffer (a tracked array's `.data` or `.grad`): reads and writes then go
/// through `storage`.
final class ArrayBox {
  // Read on every element access, never accessed overlappingly: no dynamic exclusivity checks.
  @exclusivity(unchecked) var elementType: JuliaType
  @exclusivity(unchecked) var dims: [Int]
  /// Julia's `BitArray`: Booleans made by broadcasting (`x .> 0`).
  var isBitArray = false
  /// Whether a view (`SubArray`) looks into the array, which then keeps its length. (Beside
  /// `isBitArray`, in the padding after it.)
  var isViewed = false
  /// Julia's `Adjoint`/`Transpose` of a vector or matrix (`x'`), or the `SubArray` a view is;
  /// `nil` for a plain array.
  var wrapper: ArrayWrapper?
  @exclusivity(unchecked) private var elements: [Value]
  let storage: ArrayStorage?

  init(_ elements: [Value], elementType: JuliaType, dims: [Int]? = nil) {
    self.elements = elements
    self.elementType = elementType
    self.dims = dims ?? [elements.count]
    self.storage = nil
  }

  /// A view of an engine-owned buffer of `Double`s, whose elements are `Float64`s or (a
  /// `Float32` parameter's) `Float32`s (the storage reads and writes them as such).
  init(storage: ArrayStorage, dims: [Int], elementType: JuliaType = .float64) {
    self.elements = []
    self.elementType = elementType
    self.dims = dims
    self.storage = storage
  }

  /// A `Float64` vector or array of the given dims.
  convenience init(doubles: [Double], dims: [Int]? = nil) {
    self.init(doubles.map { .float($0) }, elementType: .float64, dims: dims)
  }

  var count: Int { storage?.count ?? elements.count }

  /// The elements in column-major order.
  var values: [Value] {
    get {
      if let storage { return Self.values(of: storage) }
      return elements
    }
    set {
      if let storage {
        Self.write(newValue, to: storage)
      } else {
        elements = newValue
      }
    }
  }

  subscript(index: Int) -> Value {
    get {
      if let storage { return storage.value(at: index) }
      return elements[index]
    }
    set {
      if let storage {
        storage.setValue(newValue, at: index)
      } else {
        elements[index] = newValue
      }
    }
  }

  /// The elements as `Double`s, when they are all real numbers.
  var doubles: [Double]? {
    if let storage { return Self.doubles(of: storage) }
    var result: [Double] = []
    result.reserveCapacity(elements.count)
    for element in elements {
      guard let value = element.doubleValue else { return nil }
      result.append(value)
    }
    return result
  }

  /// Replaces all elements with `Float64`s (same count).
  func setDoubles(_ values: [Double]) {
    if let storage {
      storage.write(values)
    } else {
      elements = values.map { .float($0) }
    }
  }

  func append(_ value: Value) {
    if let doubles = storage as? DoubleStorage {
      doubles.values.append(value.doubleValue ?? .nan)
      dims = [doubles.values.count]
      return
    }
    elements.append(value)
    dims = [elements.count]
  }

  func reserve(_ count: Int) { elements.reserveCapacity(count) }

  var rows: Int { dims.first ?? 0 }
  var columns: Int { dims.count > 1 ? dims[1] : 1 }

  // The whole-array accesses of a buffer, out of line: the accessors above are inlined into
  // the interpreter's hot paths, which the buffers' several kinds must not grow.
  @inline(never) private static func values(of storage: ArrayStorage) -> [Value] {
    storage.readValues()
  }

  @inline(never) private static func write(_ values: [Value], to storage: ArrayStorage) {
    storage.writeValues(values)
  }

  @inline(never) private static func doubles(of storage: ArrayStorage) -> [Double]? {
    storage.readDoubles()
  }

  /// A copy of the array (never a view).
  func copy() -> ArrayBox { ArrayBox(values, elementType: elementType, dims: dims) }
}

/// An engine-owned buffer of `Double`s that an `ArrayBox` views.
protocol ArrayStorage: AnyObject {
  var count: Int { get }
  func read() -> [Double]
  func write(_ values: [Double])
  func element(_ index: Int) -> Double
  func setElement(_ index: Int, _ value: Double)
  /// Gives `body` the elements to change in place.
  func modify(_ body: (UnsafeMutableBufferPointer<Double>) -> Void)
  /// The elements as values of the language (a buffer of `Double`s holds `Float64`s).
  func readValues() -> [Value]
  func writeValues(_ values: [Value])
  func value(at index: Int) -> Value
  func setValue(_ value: Value, at index: Int)
  /// The elements as `Double`s, `nil` when one is not a real number.
  func readDoubles() -> [Double]?
}

extension ArrayStorage {
  func readValues() -> [Value] { read().map { .float($0) } }
  func writeValues(_ values: [Value]) { write(values.map { $0.doubleValue ?? .nan }) }
  func value(at index: Int) -> Value { .float(element(index)) }
  func setValue(_ value: Value, at index: Int) { setElement(index, value.doubleValue ?? .nan) }
  func readDoubles() -> [Double]? { read() }
}

/// `Float64` elements held as `Double`s (results of arithmetic on `Float64` arrays).
final class DoubleStorage: ArrayStorage {
  var values: [Double]

  init(_ values: [Double]) { self.values = values }

  var count: Int { values.count }
  func read() -> [Double] { values }
  func write(_ values: [Double]) { self.values = values }
  func element(_ index: Int) -> Double { values[index] }
  func setElement(_ index: Int, _ value: Double) { values[index] = value }
  func value(at index: Int) -> Value { .float(values[index]) }
  func setValue(_ value: Value, at index: Int) { values[index] = value.doubleValue ?? .nan }
  func modify(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
    values.withUnsafeMutableBufferPointer { body($0) }
  }
}

extension Value {
  /// The value as a `Double`, for real numbers.
  /// A `Float32` number's value as a `Double` (other numbers as ``doubleValue``, else NaN).
  var float32Double: Double { float32Value ?? doubleValue ?? .nan }

  /// A `Float32` number's value as a `Double`; `nil` for other values.
  var float32Value: Double? {
    if case .float32(let x)? = numberObject?.payload { return Double(x) }
    return nil
  }

  var doubleValue: Double? {
    switch self {
    case .float(let x): x
    case .int(let n): Double(n)
    case .bool(let b): b ? 1 : 0
    case .object(let x as IrrationalObject): x.value
    default: nil
    }
  }
}

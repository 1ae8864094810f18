import SourcePositions

/// Julia's `SubArray` (base/subarray.jl, base/views.jl at v1.0.0): `view(A, :, 1)` and the
/// slices `@view`/`@views` make are arrays whose elements are their parent's. A view is an
/// `ArrayBox` whose storage (`SubArrayStorage`) reads and writes the parent's elements at the
/// positions its indices select, and whose wrapper carries its type; so every function of
/// arrays reads a view as it reads an array, and writes (`v[1] = 10`, `v .= 0`, `fill!`) reach
/// the parent. Plain arrays never take this path.
extension LibraryModule {
  static var viewFunctions: [LibraryFunction] {
    [
      // `view(A, inds...)` (base/subarray.jl).
      LibraryFunction(
        "view",
        [
          LibraryMethod([.any], vararg: .any) { call in
            try call.session.makeView(call.args[0], Array(call.args.dropFirst()), call.span)
          }
        ]),
      // `parent(V::SubArray) = V.parent`; `parent(A::AbstractArray) = A` (base/abstractarray.jl).
      LibraryFunction(
        "parent",
        [
          LibraryMethod([.abstractArray(nil, nil)]) { call in
            try call.session.viewParent(call.args[0], call.span)
          }
        ]),
    ]
  }
}

/// One index of a view along one dimension of its parent, as `to_indices` leaves it.
enum SubArrayIndex: Hashable, Sendable {
  /// An `Int`: the dimension is dropped.
  case scalar(Int)
  /// `:`, Julia's `Base.Slice(Base.OneTo(n))` of the dimension's length.
  case slice(Int)
  /// `Base.OneTo(n)` (from `axes` or `eachindex`).
  case oneTo(Int)
  /// `a:b`.
  case unitRange(Int, Int)
  /// `a:s:b`, with its first element, step and count.
  case stepRange(Int, Int, Int)
  /// A vector of `Int`s.
  case vector([Int])

  var isScalar: Bool {
    if case .scalar = self { return true }
    return false
  }

  var isSlice: Bool {
    if case .slice = self { return true }
    return false
  }

  /// Julia's `AbstractUnitRange` (a `Slice` is one).
  var isUnitRange: Bool {
    switch self {
    case .slice, .oneTo, .unitRange: true
    case .scalar, .stepRange, .vector: false
    }
  }

  /// Julia's `AbstractRange`.
  var isRange: Bool {
    if case .stepRange = self { return true }
    return isUnitRange
  }

  /// The index's type, a parameter of the view's type.
  var typeName: String {
    switch self {
    case .scalar: "Int64"
    case .slice: "Base.Slice{Base.OneTo{Int64}}"
    case .oneTo: "Base.OneTo{Int64}"
    case .unitRange: "UnitRange{Int64}"
    case .stepRange: "StepRange{Int64,Int64}"
    case .vector: "Array{Int64,1}"
    }
  }

  /// The index as `print` writes it (`showindices` writes a slice as `:`).
  var text: String {
    switch self {
    case .scalar(let i): String(i)
    case .slice(let n): "Base.Slice(Base.OneTo(\(n)))"
    case .oneTo(let n): "Base.OneTo(\(n))"
    case .unitRange(let a, let b): "\(a):\(b)"
    case .stepRange(let a, let s, let n): "\(a):\(s):\(a + (n - 1) * s)"
    case .vector(let items): "[" + items.map(String.init).joined(separator: ", ") + "]"
    }
  }

  /// The 1-based indices it selects.
  var indices: [Int] {
    switch self {
    case .scalar(let i): [i]
    case .slice(let n), .oneTo(let n): (0..<n).map { $0 + 1 }
    case .unitRange(let a, let b): a <= b ? Array(a...b) : []
    case .stepRange(let a, let s, let n): (0..<n).map { a + $0 * s }
    case .vector(let items): items
    }
  }

  /// Whether a view with these indices has fast linear indexing (`viewindexing` of
  /// base/subarray.jl; the parent, an `Array`, is `IndexLinear`): leading scalars are skipped,
  /// a slice may be followed by slices, then a unit range after a slice or any range may end
  /// the indices when only scalars follow.
  static func isFastLinear(_ indices: ArraySlice<SubArrayIndex>) -> Bool {
    guard let first = indices.first else { return true }
    let rest = indices.dropFirst()
    if first.isScalar { return isFastLinear(rest) }
    if first.isSlice, let second = rest.first {
      if second.isSlice { return isFastLinear(rest) }
      if second.isUnitRange, rest.dropFirst().allSatisfy(\.isScalar) { return true }
    }
    return first.isRange && rest.allSatisfy(\.isScalar)
  }
}

/// A view's type: `SubArray{T,N,P,I,L}` less the element type `T`, which is the box's.
struct SubArrayType: Hashable, Sendable {
  /// `P`, the parent's type (a vector when one index addresses a matrix linearly).
  var parentType: String
  /// The types of `I`, one per index.
  var indexTypes: [String]
  /// `L`: whether the view has fast linear indexing.
  var fastLinear: Bool
  /// `N`.
  var rank: Int

  func typeName(element: JuliaType) -> String {
    "SubArray{\(element.name),\(rank),\(parentType),Tuple{\(indexTypes.joined(separator: ","))},"
      + "\(fastLinear)}"
  }
}

/// The elements of a view: its parent's at the (0-based, column-major) positions its indices
/// select.
final class SubArrayStorage: ArrayStorage {
  let parent: ArrayBox
  let positions: [Int]
  /// The indices as given (for the summary `view(::Array{Int64,2}, :, 1)`).
  let indices: [SubArrayIndex]
  /// The parent's type as the summary shows it.
  let parentType: String

  init(parent: ArrayBox, positions: [Int], indices: [SubArrayIndex], parentType: String) {
    self.parent = parent
    self.positions = positions
    self.indices = indices
    self.parentType = parentType
  }

  var count: Int { positions.count }

  // The parent cannot shrink while it has views (`refuseResizingViewed`); the checks below only
  // keep a parent changed some other way from being read out of range.
  func value(at index: Int) -> Value {
    let p = positions[index]
    return p < parent.count ? parent[p] : .nothing
  }

  func setValue(_ value: Value, at index: Int) {
    let p = positions[index]
    if p < parent.count { parent[p] = value }
  }

  func readValues() -> [Value] { (0..<positions.count).map { value(at: $0) } }

  func writeValues(_ values: [Value]) {
    for k in 0..<min(values.count, positions.count) { setValue(values[k], at: k) }
  }

  func readDoubles() -> [Double]? {
    var result: [Double] = []
    result.reserveCapacity(positions.count)
    for k in 0..<positions.count {
      guard let x = value(at: k).doubleValue else { return nil }
      result.append(x)
    }
    return result
  }

  func read() -> [Double] { (0..<positions.count).map { value(at: $0).doubleValue ?? .nan } }
  func write(_ values: [Double]) { writeValues(values.map { .float($0) }) }
  func element(_ index: Int) -> Double { value(at: index).doubleValue ?? .nan }
  func setElement(_ index: Int, _ value: Double) { setValue(.float(value), at: index) }

  func modify(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
    var buffer = read()
    buffer.withUnsafeMutableBufferPointer { body($0) }
    write(buffer)
  }

  /// `view(::Array{Int64,2}, :, 1)`, the view as `showarg` names it.
  var shownArgument: String {
    "view(::\(parentType)"
      + indices.map { index in ", " + (index.isSlice ? ":" : index.text) }.joined() + ")"
  }
}

extension ArrayBox {
  /// The storage of a view, `nil` for any other array.
  var viewStorage: SubArrayStorage? {
    guard wrapper?.view != nil else { return nil }
    return storage as? SubArrayStorage
  }
}

extension Interpreter {
  /// `view(A, inds...)`: a `SubArray` of an array whose elements are `A`'s.
  func makeView(_ container: Value, _ indices: [Value], _ span: SourceSpan) throws -> Value {
    let box: ArrayBox
    switch container {
    case .array(let array): box = array
    case .range:
      throw fail(.unsupported, "a view of a range is not supported by sitegen's Julia", span)
    case .trackedArray:
      throw fail(
        .unsupported, "a view of a tracked array is not supported by sitegen's Julia", span)
    default:
      throw noMethod("view", [container] + indices, span)
    }
    if let wrapper = box.wrapper {
      let what = wrapper.isTranspose ? "an \(wrapper.kind.rawValue)" : "a view"
      throw fail(.unsupported, "a view of \(what) is not supported by sitegen's Julia", span)
    }
    // `_maybe_reshape_parent`: one index addresses the parent as a vector (an `Array`'s reshape
    // is an `Array`); otherwise there is one index per dimension.
    let linear = indices.count == 1
    let lengths = linear ? [box.count] : box.dims
    guard linear || indices.count == box.dims.count else {
      throw fail(
        .unsupported,
        "a view with \(indices.count) indices of a \(box.dims.count)-dimensional array is not "
          + "supported by sitegen's Julia", span)
    }
    var selected: [SubArrayIndex] = []
    for (d, index) in indices.enumerated() {
      selected.append(try viewIndex(index, length: lengths[d], span))
    }
    for (d, index) in selected.enumerated()
    where !index.indices.allSatisfy({ $0 >= 1 && $0 <= lengths[d] }) {
      // `checkbounds(A, J...)` prints the indices `to_indices` made.
      let shown = selected.map(\.text).joined(separator: ", ")
      throw fail(
        .bounds, "BoundsError: attempt to access \(summary(container)) at index [\(shown)]", span)
    }
    let dims = selected.filter { !$0.isScalar }.map { $0.indices.count }
    guard !dims.isEmpty else {
      throw fail(
        .unsupported,
        "a view of a single element (a 0-dimensional SubArray) is not supported by sitegen's "
          + "Julia", span)
    }
    try allocate(try elementCount(dims, span), span)
    // Column-major: the first index varies fastest.
    var positions = [0]
    var stride = 1
    for (d, index) in selected.enumerated() {
      let offsets = index.indices.map { ($0 - 1) * stride }
      positions = offsets.flatMap { offset in positions.map { $0 + offset } }
      stride *= lengths[d]
    }
    let parentType =
      linear && box.dims.count != 1
      ? (box.isBitArray ? "BitArray{1}" : JuliaType.array(box.elementType, 1).name)
      : container.type.name
    let storage = SubArrayStorage(
      parent: box, positions: positions, indices: selected, parentType: parentType)
    let view = ArrayBox(storage: storage, dims: dims)
    view.elementType = box.elementType
    view.wrapper = ArrayWrapper(
      kind: .subArray, parentRank: linear ? 1 : box.dims.count, qualified: false,
      view: SubArrayType(
        parentType: parentType, indexTypes: selected.map(\.typeName),
        fastLinear: SubArrayIndex.isFastLinear(selected[...]), rank: dims.count))
    box.isViewed = true
    return .array(view)
  }

  /// One index of `view` as `to_indices` converts it.
  private func viewIndex(_ index: Value, length: Int, _ span: SourceSpan) throws -> SubArrayIndex
  {
    switch index {
    case .int(let i): return .scalar(i)
    case .symbol(":"): return .slice(length)
    case .range(let range):
      guard case .integer(let start, let step) = range.kind,
        range.form == .range || range.form == .oneTo
      else { break }
      if range.form == .oneTo { return .oneTo(range.count) }
      return step == 1
        ? .unitRange(start, start + range.count - 1) : .stepRange(start, step, range.count)
    case .array(let box) where box.wrapper == nil && box.dims.count == 1:
      if box.elementType == .bool {
        throw fail(
          .unsupported, "a view with a logical index is not supported by sitegen's Julia", span)
      }
      guard box.elementType == .int64 else { break }
      return .vector(box.values.map { if case .int(let i) = $0 { i } else { 0 } })
    case .float, .bool, .char, .string, .nothing:
      throw fail(
        .argument, "ArgumentError: invalid index: \(show(index)) of type \(index.type.name)", span)
    default: break
    }
    throw fail(
      .unsupported, "a view with an index of type \(index.type.name) is not supported by "
        + "sitegen's Julia", span)
  }

  /// `@views`' `maybeview(A, args...)` (base/views.jl): a view of an array sliced by a
  /// non-scalar index, else `getindex`.
  func maybeView(_ container: Value, _ indices: [Value], _ span: SourceSpan) throws -> Value {
    switch container {
    case .array, .trackedArray, .range:
      if indices.isEmpty || indices.allSatisfy(\.isNumber) { break }
      return try makeView(container, indices, span)
    default: break
    }
    return try index(container, indices, span)
  }

  /// `parent(A)`: a view's parent, an array itself.
  func viewParent(_ value: Value, _ span: SourceSpan) throws -> Value {
    guard case .array(let box) = value, let wrapper = box.wrapper else { return value }
    guard let storage = box.viewStorage, storage.parent.dims.count == wrapper.parentRank else {
      throw fail(
        .unsupported, "parent of \(value.type.name) is not supported by sitegen's Julia", span)
    }
    return .array(storage.parent)
  }

  /// Refuses to change the length of an array a view looks into (its elements would move under
  /// the view) or of a view itself (Julia has no such method).
  func refuseResizingViewed(_ box: ArrayBox, _ name: String, _ args: [Value], _ span: SourceSpan)
    throws
  {
    if box.wrapper?.view != nil { throw noMethod(name, args, span) }
    if box.isViewed {
      throw fail(
        .unsupported,
        "\(name) of an array that a view looks into is not supported by sitegen's Julia", span)
    }
  }
}

/// The elements of a view: its parent's at the (0-based, column-major) positions its indices
/// select.
final class SubArrayStorage: ArrayStorage {
  let parent: ArrayBox
  let positions: [Int]
  /// The indices as given (for the summary `view(::Array{Int64,2}, :, 1)`).
  let indices: [SubArrayIndex]
  /// The parent's dimensions as the indices address it (its length alone for one index).
  let lengths: [Int]
  /// The parent's type as the summary shows it.
  let parentType: String

  init(
    parent: ArrayBox, positions: [Int], indices: [SubArrayIndex], lengths: [Int],
    parentType: String
  ) {
    self.parent = parent
    self.positions = positions
    self.indices = indices
    self.lengths = lengths
    self.parentType = parentType
  }

  var count: Int { positions.count }

  // Never inlined: the arrays' accessors dispatch to this storage, and the notebook's hot
  // paths through them must not grow by a view's code. The parent cannot shrink while it has
  // views (`refuseResizingViewed`); the checks below only keep a parent changed some other way
  // from being read out of range.
  @inline(never) func value(at index: Int) -> Value {
    let p = positions[index]
    return p < parent.count ? parent[p] : .nothing
  }

  @inline(never) func setValue(_ value: Value, at index: Int) {
    let p = positions[index]
    if p < parent.count { parent[p] = value }
  }

  @inline(never) func readValues() -> [Value] { (0..<positions.count).map { value(at: $0) } }

  @inline(never) func writeValues(_ values: [Value]) {
    for k in 0..<min(values.count, positions.count) { setValue(values[k], at: k) }
  }

  @inline(never) func readDoubles() -> [Double]? {
    var result: [Double] = []
    result.reserveCapacity(positions.count)
    for k in 0..<positions.count {
      guard let x = value(at: k).doubleValue else { return nil }
      result.append(x)
    }
    return result
  }

  @inline(never) func read() -> [Double] {
    (0..<positions.count).map { value(at: $0).doubleValue ?? .nan }
  }
  @inline(never) func write(_ values: [Double]) { writeValues(values.map { .float($0) }) }
  @inline(never) func element(_ index: Int) -> Double { value(at: index).doubleValue ?? .nan }
  @inline(never) func setElement(_ index: Int, _ value: Double) {
    setValue(.float(value), at: index)
  }

  @inline(never) func modify(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
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
    guard wrapper?.subArray != nil else { return nil }
    return storage as? SubArrayStorage
  }

  /// The storage of a transpose that looks into its parent (`Interpreter.aliasingTranspose`:
  /// the parent's elements at transposed positions, no indices); `nil` for any other array,
  /// a transpose made as a copy among them.
  var transposeStorage: SubArrayStorage? {
    guard let wrapper, wrapper.isTranspose, wrapper.view == nil else { return nil }
    return storage as? SubArrayStorage
  }

  /// The same view of another parent (a copy of this view's, of the same dims); a transpose
  /// that looks into its parent is such a view too.
  func viewing(_ parent: ArrayBox) -> ArrayBox {
    guard let view = viewStorage ?? transposeStorage else { return copy() }
    let box = ArrayBox(
      storage: SubArrayStorage(
        parent: parent, positions: view.positions, indices: view.indices,
        lengths: view.lengths, parentType: view.parentType), dims: dims)
    box.elementType = elementType
    box.wrapper = wrapper
    parent.isViewed = true
    return box
  }
}

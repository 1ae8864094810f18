import SourcePositions

/// Flux 0.8.3's `OneHotVector` and `OneHotMatrix` (`src/onehot.jl`): Boolean arrays that keep
/// only the index of each column's `true`.
final class OneHotObject: RuntimeObject, IndexableObject, IterableObject {
  /// The number of labels (rows).
  let height: Int
  /// The 1-based row of the `true` in each column.
  let indices: [Int]
  /// A vector (`onehot`) rather than a matrix (`onehotbatch`).
  let isVector: Bool

  init(height: Int, indices: [Int], isVector: Bool) {
    self.height = height
    self.indices = indices
    self.isVector = isVector
  }

  var dims: [Int] { isVector ? [height] : [height, indices.count] }

  /// The elements as 0 and 1, column-major.
  var doubles: [Double] {
    var out = [Double](repeating: 0, count: height * indices.count)
    for (j, i) in indices.enumerated() { out[j * height + i - 1] = 1 }
    return out
  }

  var booleans: [Value] { doubles.map { .bool($0 == 1) } }

  /// Julia prints the type with its module: `Flux.OneHotMatrix{Array{Flux.OneHotVector,1}}`.
  override var type: JuliaType {
    .other(isVector ? "Flux.OneHotVector" : "Flux.OneHotMatrix{Array{Flux.OneHotVector,1}}")
  }
  override func show(_ session: Interpreter) -> String {
    "Bool[" + (isVector ? booleans.map { session.show($0) }.joined(separator: ", ") : "…") + "]"
  }
  override func display(_ session: Interpreter) -> String {
    session.displayArray(booleans, dims: dims, header: session.dimsPrefix(dims) + " " + type.name)
  }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    switch name {
    case "height" where !isVector: .int(height)
    case "of" where isVector: .int(height)
    case "ix" where isVector: .int(indices[0])
    default: nil
    }
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  /// `Y[:, j]` is a `OneHotVector` and `Y[:, js]` a `OneHotMatrix` (Flux's own `getindex`
  /// methods); other indexing is Julia's generic one, which copies into an `Array{Bool}`.
  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    let array = Value.array(ArrayBox(booleans, elementType: .bool, dims: dims))
    if !isVector, indices.count == 2, case .symbol(":") = indices[0] {
      if case .int(let j) = indices[1] {
        guard j >= 1, j <= self.indices.count else {
          throw session.boundsError(.object(self), indices, span)
        }
        return .object(OneHotObject(height: height, indices: [self.indices[j - 1]], isVector: true))
      }
      if let selected = try session.positions(
        indices[1], length: self.indices.count, .object(self), indices, span)
      {
        return .object(
          OneHotObject(height: height, indices: selected.map { self.indices[$0] }, isVector: false))
      }
    }
    return try session.index(array, indices, span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(.error, "a OneHotMatrix cannot be changed", span)
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] { booleans }
}

extension LibraryModule {
  /// Flux 0.8.3's `onehot`, `onehotbatch` and `onecold` (`src/onehot.jl`).
  static var fluxOneHotFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "onehot",
        [
          LibraryMethod([.any, .any]) { call in
            let i = try call.session.labelIndex(call.args[0], in: call.args[1], call.span)
            let count = try call.session.iterate(call.args[1], call.span).count
            return .object(OneHotObject(height: count, indices: [i], isVector: true))
          }
        ]),
      LibraryFunction(
        "onehotbatch",
        [
          LibraryMethod([.any, .any]) { call in
            let labels = try call.session.iterate(call.args[0], call.span)
            let count = try call.session.iterate(call.args[1], call.span).count
            try call.charge(labels.count * max(count, 1))
            let indices = try labels.map {
              try call.session.labelIndex($0, in: call.args[1], call.span)
            }
            try call.session.allocate(indices.count, call.span)
            return .object(OneHotObject(height: count, indices: indices, isVector: false))
          }
        ]),
      LibraryFunction(
        "onecold",
        [
          LibraryMethod([.any]) { call in try call.session.onecold(call.args[0], nil, call) },
          LibraryMethod([.any, .any]) { call in
            try call.session.onecold(call.args[0], call.args[1], call)
          },
        ]),
    ]
  }
}

extension Interpreter {
  /// `findfirst(isequal(l), labels)`, or Flux's error when `l` is not a label.
  func labelIndex(_ label: Value, in labels: Value, _ span: SourceSpan) throws -> Int {
    for (k, candidate) in try iterate(labels, span).enumerated() {
      if case .bool(true) = try binary(.equal, candidate, label, span) { return k + 1 }
    }
    throw fail(.error, "Value \(printString(label)) is not in labels", span)
  }

  /// `onecold(y[, labels])`: `labels[argmax(column)]` for a vector or each column of a matrix
  /// (`Base.argmax`: the first largest); a tracked array's data.
  func onecold(_ y: Value, _ labels: Value?, _ call: LibraryCall) throws -> Value {
    let columns: [[Value]]
    let isVector: Bool
    switch y {
    case .object(let onehot as OneHotObject):
      columns = onehot.indices.map { index in
        (1...onehot.height).map { Value.bool($0 == index) }
      }
      isVector = onehot.isVector
    default:
      let plain = try untracked(y, call.span)
      guard let (values, dims) = try arrayContents(plain, call.span), dims.count <= 2,
        dims[0] > 0
      else { throw noMethod("onecold", call.args, call.span) }
      let rows = dims[0]
      columns = stride(from: 0, to: values.count, by: rows).map { Array(values[$0..<($0 + rows)]) }
      isVector = dims.count == 1
    }
    try call.charge(columns.count * (columns.first?.count ?? 1))
    let labelValues = try labels.map { try iterate($0, call.span) }
    let picks = try columns.map { column -> Value in
      var best = 0
      for k in 1..<column.count {
        if case .bool(true) = try binary(.less, column[best], column[k], call.span) { best = k }
      }
      guard let labelValues else { return .int(best + 1) }
      guard best < labelValues.count else {
        throw boundsError(labels ?? .nothing, [.int(best + 1)], call.span)
      }
      return labelValues[best]
    }
    if isVector { return picks[0] }
    return .array(try makeArray(picks, dims: [picks.count], call.span))
  }
}

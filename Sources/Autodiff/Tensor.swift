/// A plain (untracked) array of `Double`s: a vector or a column-major matrix.
public struct Tensor: Hashable, Sendable {
  /// The dimensions.
  public private(set) var shape: Shape
  /// The elements in Julia's (column-major) order.
  public var scalars: [Double] {
    didSet { precondition(scalars.count == shape.count, "element count must not change") }
  }

  /// An array of the given shape from its elements in column-major order.
  public init(shape: Shape, scalars: [Double]) {
    precondition(scalars.count == shape.count, "\(scalars.count) elements for shape \(shape)")
    self.shape = shape
    self.scalars = scalars
  }

  /// A vector.
  public init(_ vector: [Double]) {
    self.init(shape: .vector(vector.count), scalars: vector)
  }

  /// A matrix from its rows (written as one reads them), stored column by column.
  public init(rows: [[Double]]) {
    let rowCount = rows.count
    let columnCount = rows.first?.count ?? 0
    var scalars = [Double](repeating: 0, count: rowCount * columnCount)
    for (i, row) in rows.enumerated() {
      precondition(row.count == columnCount, "rows of different lengths")
      for (j, value) in row.enumerated() { scalars[i + j * rowCount] = value }
    }
    self.init(shape: .matrix(rows: rowCount, columns: columnCount), scalars: scalars)
  }

  /// An array of zeros.
  public init(zeros shape: Shape) {
    self.init(shape: shape, scalars: [Double](repeating: 0, count: shape.count))
  }

  /// The element at a 0-based row and column.
  public subscript(row: Int, column: Int) -> Double {
    get { scalars[row + column * shape.rows] }
    set { scalars[row + column * shape.rows] = newValue }
  }
}

/// The shape of a tracked or plain array: a vector or a column-major matrix, as in Julia.
public enum Shape: Hashable, Sendable, BitwiseCopyable, CustomStringConvertible {
  /// A vector of `count` elements (Julia's `Vector{Float64}`).
  case vector(Int)
  /// A matrix with `rows` × `columns` elements stored column by column (Julia's `Matrix{Float64}`).
  case matrix(rows: Int, columns: Int)

  /// The number of elements.
  public var count: Int {
    switch self {
    case .vector(let n): n
    case .matrix(let rows, let columns): rows * columns
    }
  }

  /// The first dimension (the length of a vector).
  public var rows: Int {
    switch self {
    case .vector(let n): n
    case .matrix(let rows, _): rows
    }
  }

  /// The second dimension (1 for a vector).
  public var columns: Int {
    switch self {
    case .vector: 1
    case .matrix(_, let columns): columns
    }
  }

  /// Julia's `size` as text, e.g. `(3,)` or `(2, 3)`.
  public var description: String {
    switch self {
    case .vector(let n): "(\(n),)"
    case .matrix(let rows, let columns): "(\(rows), \(columns))"
    }
  }
}

import Foundation

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

  /// The index of the parent that this index, indexed by `sub`, selects: Julia's `reindex`
  /// (base/subarray.jl) with `getindex` of ranges (base/range.jl), which keeps a unit range a
  /// unit range and makes a step range of a range indexed by a range.
  func reindexed(by sub: SubArrayIndex) -> SubArrayIndex {
    if case .slice = self { return sub }
    let own = indices
    if case .scalar(let k) = sub { return .scalar(own[k - 1]) }
    let picked = sub.indices.map { own[$0 - 1] }
    switch (self, sub) {
    case (.vector, _), (_, .vector): return .vector(picked)
    case (.oneTo, .oneTo(let m)): return .oneTo(m)
    case (.stepRange(_, let s, _), .stepRange(_, let t, let m)):
      return .stepRange(picked.first ?? 1, s * t, m)
    case (.stepRange(_, let s, _), _): return .stepRange(picked.first ?? 1, s, picked.count)
    case (_, .stepRange(_, let t, let m)): return .stepRange(picked.first ?? 1, t, m)
    default:
      guard let first = picked.first, let last = picked.last else {
        // An empty range keeps its start: `(a:b)[c:c-1]` is `a+c-1:a+c-2`.
        var subStart = 1
        if case .unitRange(let c, _) = sub { subStart = c }
        let start = (own.first ?? 1) + subStart - 1
        return .unitRange(start, start - 1)
      }
      return .unitRange(first, last)
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

extension SubArrayType {
  /// Every view type the process has made, each under its number, kept for the life of the
  /// process (programs make few): an array's wrapper names its view's type by number, so that
  /// it stays plain data.
  private static let registry = Registry()

  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var types: [SubArrayType] = []
    var numbers: [SubArrayType: Int] = [:]
  }

  /// The type's number, given on first use.
  static func number(of type: SubArrayType) -> Int {
    registry.lock.withLock {
      if let number = registry.numbers[type] { return number }
      registry.types.append(type)
      registry.numbers[type] = registry.types.count - 1
      return registry.types.count - 1
    }
  }

  /// The type of a number `number(of:)` gave.
  static func numbered(_ number: Int) -> SubArrayType {
    registry.lock.withLock { registry.types[number] }
  }
}

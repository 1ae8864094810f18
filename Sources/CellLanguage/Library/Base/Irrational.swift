import SourcePositions

/// Julia's `Irrational{sym}` (base/irrationals.jl): `π` and `ℯ` are exact constants, shown by
/// name with the first digits of their `Float64` value, and are that `Float64` in arithmetic
/// with any other number (promotion to `Float64`).
final class IrrationalObject: RuntimeObject {
  let symbol: String
  /// The nearest `Float64` (`Float64(π)`), below the exact value for `π` and `ℯ`.
  let value: Double

  init(_ symbol: String, _ value: Double) {
    self.symbol = symbol
    self.value = value
  }

  /// `π`; `ℯ` (Euler's number, base/mathconstants.jl).
  static var pi: IrrationalObject { IrrationalObject("π", Double.pi) }
  static var e: IrrationalObject { IrrationalObject("ℯ", 2.718281828459045) }

  override var type: JuliaType { .other("Irrational{:\(symbol)}") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  /// Julia 1.0's one `show` method: `print(io, "$sym = $(string(float(x))[1:15])...")`.
  override func show(_ session: Interpreter) -> String {
    symbol + " = " + String(FloatFormatter.shortest(value).prefix(15)) + "..."
  }

  /// Whether `type` is an `Irrational{…}` type.
  static func isIrrational(_ type: JuliaType) -> Bool {
    if case .other(let name) = type { return name.hasPrefix("Irrational{") }
    return false
  }
}

extension Interpreter {
  /// An operator with an irrational operand: equality by identity (no float equals `π`),
  /// order as the exact value (just above its nearest `Float64`), and every other operator on
  /// the `Float64` value (Julia promotes an irrational to `Float64`). `nil` without one.
  func irrationalBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    let x = Self.irrational(a)
    let y = Self.irrational(b)
    guard x != nil || y != nil else { return nil }
    switch op {
    case .equal, .notEqual, .identical, .notIdentical:
      let same: Bool
      if let x, let y { same = x.symbol == y.symbol } else { same = false }
      return .bool((op == .equal || op == .identical) == same)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let left = x?.value ?? a.doubleValue, let right = y?.value ?? b.doubleValue else {
        return nil
      }
      // Compare (value, exact-above) pairs: an irrational lies just above its Float64.
      let l = (left, x == nil ? 0 : 1)
      let r = (right, y == nil ? 0 : 1)
      switch op {
      case .less: return .bool(l < r)
      case .lessOrEqual: return .bool(l <= r)
      case .greater: return .bool(l > r)
      default: return .bool(l >= r)
      }
    case .add, .subtract, .multiply, .divide, .power, .leftDivide, .remainder, .integerDivide,
      .approximately:
      return try binary(op, x.map { .float($0.value) } ?? a, y.map { .float($0.value) } ?? b, span)
    default:
      // `isa`, `in`, `<:`… see the irrational itself.
      return nil
    }
  }

  static func irrational(_ value: Value) -> IrrationalObject? {
    if case .object(let x as IrrationalObject) = value { return x }
    return nil
  }
}

/// Where an operand of a node comes from: another node, a leaf, an element access `x[i]` of a
/// parameter (see ``ElementAccess``), a constant, or a node that a finished `back!` consumed
/// and the tape reclaimed.
///
/// One `Int32`: nodes are `0...`, leaves `-1` down to `-2^30`, element accesses below that,
/// and the two lowest values are the constant and the dead operand.
@usableFromInline struct Operand: Equatable, Sendable, BitwiseCopyable {
  @usableFromInline var raw: Int32

  @inlinable init(raw: Int32) { self.raw = raw }

  /// An untracked value stored in the node itself.
  @inlinable static var constant: Operand { Operand(raw: .min) }
  /// A consumed, reclaimed node: its value is known, its graph is gone.
  @inlinable static var dead: Operand { Operand(raw: .min + 1) }

  /// A node's operand; node indices stay below the tape's capacity, at most `Int32.max`.
  @inlinable static func node(_ index: Int) -> Operand {
    Operand(raw: Int32(truncatingIfNeeded: index))
  }
  @inlinable static func leaf(_ index: Int) -> Operand { Operand(raw: ~Int32(index)) }
  /// The lowest leaf operand; element accesses lie below it.
  @inlinable static var lowestLeaf: Int32 { -(1 << 30) }
  /// Element access `index` on the tape, below `2^30 - 2`.
  @inlinable static func element(_ index: Int) -> Operand {
    Operand(raw: lowestLeaf &- 1 &- Int32(truncatingIfNeeded: index))
  }

  /// The element access of an ``element(_:)`` operand; `nil` for any other.
  @inlinable @inline(__always) var elementIndex: Int? {
    raw < Operand.lowestLeaf && raw > .min + 1 ? Int(Operand.lowestLeaf &- 1 &- raw) : nil
  }

  /// The operand as a case to switch over.
  @inlinable @inline(__always) var kind: Kind {
    if raw >= 0 { return .node(Int(raw)) }
    if raw >= Operand.lowestLeaf { return .leaf(Int(~raw)) }
    if raw == .min { return .constant }
    if raw == .min + 1 { return .dead }
    return .element(Int(Operand.lowestLeaf &- 1 &- raw))
  }

  @usableFromInline enum Kind {
    case node(Int)
    case leaf(Int)
    /// An element access `x[i]` of a parameter, recorded apart from the nodes.
    case element(Int)
    case constant
    case dead
  }
}

/// What a node computes. Scalar and array nodes share the cases; the node's shape tells them
/// apart.
@usableFromInline enum Op: Sendable {
  /// An untracked array operand of an array operation (its data lives in the node's slot).
  case constant
  /// A one-argument primitive, on a scalar or broadcast over an array.
  case unary(UnaryOp)
  /// A two-argument primitive, on scalars or broadcast; one operand may be a constant.
  case binary(BinaryOp)
  /// `x[i]`: one element of an array; the 0-based linear index is the node's `index`.
  case element
  /// `sum(x)` of an array.
  case sum
  /// `mean(x)` of an array.
  case mean
  /// The notebook's scalar `l2` loss `sqrt((y - ŷ)^2)` with a constant `y` (in `x`) and the
  /// tracked `ŷ` (operand `b`, value in `y`), fused from three nodes with the same bits (see
  /// ``ScalarL2``).
  case l2
  /// Matrix product `a * b`.
  case matmul
  /// `transpose(x)`.
  case transpose
  /// NNlib's `softmax(x)`, column by column.
  case softmax
  /// NNlib's `logsoftmax(x)`, column by column.
  case logsoftmax
}

/// One entry of the tape. Plain data (no references), so the tape stores nodes contiguously;
/// an array node's shape, elements and gradient live in the tape's slot tables.
///
/// 64 bytes, the fields declared in storage order: the fields a new node starts with zeros in
/// (`detail` too, but for element and array nodes) sit side by side from `grad` on, then the
/// fields that are the same for every node of an operation, so that recording a node takes
/// few stores and the sweep's first read of `grad` is served by one of them.
@usableFromInline struct Node {
  /// Scalar operand values at the time of the forward computation.
  @usableFromInline var x: Double
  @usableFromInline var y: Double
  /// The scalar result.
  @usableFromInline var value: Double
  /// Unique per node made on this tape; a handle must carry the same serial.
  @usableFromInline var serial: UInt64
  @usableFromInline var a: Operand
  @usableFromInline var b: Operand
  // The fields below start as zeros.
  /// The scalar gradient during and after back-propagation.
  @usableFromInline var grad: Double
  /// Tracker's reference count: consumers not yet heard from during back-propagation.
  @usableFromInline var refs: Int32
  /// An element node's 0-based linear index, an array node's slot (see ``slot``); else 0.
  @usableFromInline var detail: Int32
  /// Consumers recorded so far (for the tape's shape statistics). It wraps after 255, which
  /// is harmless: the third consumer has already marked the tape irregular for good.
  @usableFromInline var uses: UInt8
  /// Tracker's "grad is defined" for this node.
  @usableFromInline var hasGrad: Bool
  /// Set once a `back!` has propagated through the node.
  @usableFromInline var consumed: Bool
  // The fields below are the same for every node of an operation.
  /// `shape == nil`, kept apart for the back-propagation loop.
  @usableFromInline var isScalar: Bool
  @usableFromInline var op: Op
  /// `op` as one flat code, for the reverse sweep's single dispatch.
  @usableFromInline var code: SweepCode
  /// Whether the node's value is `Float32` (see ``Precision``): its derivatives are then
  /// computed in `Float32`, whatever the precision of the gradient they multiply.
  @usableFromInline var single: Bool

  @inlinable init(
    op: Op, a: Operand, b: Operand, isScalar: Bool, x: Double, y: Double, value: Double,
    detail: Int32, serial: UInt64, code: SweepCode? = nil
  ) {
    self.x = x
    self.y = y
    self.value = value
    self.serial = serial
    self.a = a
    self.b = b
    self.detail = detail
    self.refs = 0
    self.grad = 0
    self.uses = 0
    self.hasGrad = false
    self.consumed = false
    self.isScalar = isScalar
    self.op = op
    self.code = code ?? op.sweepCode
    self.single = false
  }

  /// An element node's 0-based linear index.
  @inlinable var index: Int32 { detail }

  /// An array node's slot in the tape's `arrayValues`, `arrayGrads` and `arrayShapes`.
  @inlinable var slot: Int32 { detail }
}

/// A node's operation for the reverse sweep: each binary primitive apart, so that the sweep
/// dispatches once per node.
///
/// `scaleByX` and `scaleByY` are `multiply` by a constant, `x` (`c * u`) or `y` (`u * c`), and
/// `addTracked` is `add` of two tracked values: known where the node is recorded (the overload
/// taken says which operands are untracked), so the code costs nothing to record and the sweep
/// skips the tests for constants. Their pullbacks are `multiply`'s, `Δ * c` into the tracked
/// operand, and `add`'s, `Δ * 1` (which is `Δ`) into each.
@usableFromInline enum SweepCode: UInt8 {
  case unary, add, subtract, multiply, divide, power, max, min, l2, element, sum, mean, other
  case scaleByX, scaleByY, addTracked

  /// The code of `op(u, v)`, both tracked (a handle never names a constant operand).
  @inlinable @inline(__always) static func tracked(_ op: BinaryOp) -> SweepCode {
    if case .add = op { return .addTracked }
    return Op.binary(op).sweepCode
  }

  /// The code of `op(c, u)` (`constantFirst`) or `op(u, c)`, `c` a constant.
  @inlinable @inline(__always) static func withConstant(_ op: BinaryOp, constantFirst: Bool)
    -> SweepCode
  {
    if case .multiply = op { return constantFirst ? .scaleByX : .scaleByY }
    return Op.binary(op).sweepCode
  }
}

extension Op {
  /// The flat code of the operation.
  @inlinable var sweepCode: SweepCode {
    switch self {
    case .unary: .unary
    case .binary(let op):
      switch op {
      case .add: .add
      case .subtract: .subtract
      case .multiply: .multiply
      case .divide: .divide
      case .power: .power
      case .max: .max
      case .min: .min
      }
    case .l2: .l2
    case .element: .element
    case .sum: .sum
    case .mean: .mean
    case .constant, .matmul, .transpose, .softmax, .logsoftmax: .other
    }
  }
}

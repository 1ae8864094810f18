/// `x[i]` of a parameter: Tracker's `getindex` node, recorded apart from the tape's nodes as a
/// small entry that the consumers name as their operand (``Operand/element(_:)``).
///
/// An element access has no pullback arithmetic: Tracker's rule gives the parameter's gradient
/// `Δ′`, zeros but `Δ` at `i`. So when it has exactly one consumer, that consumer's gradient
/// goes straight into the parameter's element, with the same bits as through a node (the
/// reverse sweep adds it to the access's zero first, `0 + Δ`, and keeps that sum as the
/// access's gradient). Recording one costs a few stores instead of a node, and the reverse
/// sweep does not visit it. With more consumers, or on the walk, it is a node like any other:
/// it sums its consumers' gradients in Tracker's order before passing them on.
@usableFromInline struct ElementAccess: BitwiseCopyable {
  /// The element's position in the leaves' pools (the leaf's offset plus the index).
  @usableFromInline var pool: Int32
  /// The leaf (parameter) and the 0-based linear index.
  @usableFromInline var leaf: Int32
  @usableFromInline var index: Int32
  /// The number of tape nodes when it was recorded: it sits between node `createdAt - 1` and
  /// node `createdAt` in execution order.
  @usableFromInline var createdAt: Int32
  /// The element's value when it was read.
  @usableFromInline var value: Double
  /// Unique per access made on this tape; a handle must carry the same serial.
  @usableFromInline var serial: UInt64
  // The fields below start as zeros.
  /// The gradient during and after back-propagation.
  @usableFromInline var grad: Double
  /// Tracker's reference count during back-propagation.
  @usableFromInline var refs: Int32
  /// Consumers recorded so far (for the tape's shape statistics; wraps harmlessly, see
  /// ``Tape/noteUse(ofElement:)``).
  @usableFromInline var uses: UInt8
  /// Tracker's "grad is defined".
  @usableFromInline var hasGrad: Bool
  /// Set once a `back!` has propagated through the access.
  @usableFromInline var consumed: Bool

  @inlinable init(
    pool: Int, leaf: Int, index: Int, createdAt: Int, value: Double, serial: UInt64
  ) {
    self.pool = Int32(truncatingIfNeeded: pool)
    self.leaf = Int32(truncatingIfNeeded: leaf)
    self.index = Int32(truncatingIfNeeded: index)
    self.createdAt = Int32(truncatingIfNeeded: createdAt)
    self.value = value
    self.serial = serial
    self.grad = 0
    self.refs = 0
    self.uses = 0
    self.hasGrad = false
    self.consumed = false
  }
}

extension Tape {
  /// Records `x[index]` of leaf `k` (the tape has nothing to reclaim) and returns its handle.
  @inlinable @inline(__always) func recordElementAccess(ofLeaf k: Int, _ index: Int)
    -> TrackedReal
  {
    let info = leaves.info.base + k
    let pool = info.pointee.offset &+ index
    let value = leaves.data.base[pool]
    let e = elements.count
    let serial = elementSerialBase &+ UInt64(truncatingIfNeeded: e)
    if _fastPath(statsValid), _slowPath(!noteLeafEdge(k, element: index)) { irregular &+= 1 }
    elements.push(
      ElementAccess(
        pool: pool, leaf: k, index: index, createdAt: count, value: value, serial: serial))
    return TrackedReal(tape: self, operand: .element(e), serial: serial, value: value)
  }

  /// Counts a consumer of element access `e`. A second consumer rules out the reverse sweep
  /// without a scan (its gradient would reach the parameter in two terms instead of one).
  @inlinable @inline(__always) func noteUse(ofElement e: Int) {
    let access = elements.base + e
    let uses = access.pointee.uses &+ 1
    access.pointee.uses = uses
    if _slowPath(uses == 2) { irregular &+= 1 }
  }

  /// Whether the handle (`e`, `serial`) names an element access still on the tape.
  @inlinable @inline(__always) func elementIsLive(_ e: Int, _ serial: UInt64) -> Bool {
    if _fastPath(serial &- elementSerialBase == UInt64(truncatingIfNeeded: e)) { return true }
    return e < elements.count && elements[e].serial == serial
  }

  /// Whether every element access has a consumer (the statistics already ensure at most one).
  @inline(__always) func everyElementIsUsed() -> Bool {
    let base = elements.base
    var e = 0
    while e < elements.count {
      if base[e].uses == 0 { return false }
      e &+= 1
    }
    return true
  }

  /// Whether a `back!` has propagated through element access `e`.
  func isElementConsumed(_ e: Int) -> Bool { e < elementsConsumedBelow || elements[e].consumed }

  /// Drops the element accesses recorded once the tape held `mark` nodes or more; the serials
  /// of the accesses to come differ from every serial handed out so far.
  @inline(__always) func truncateElements(toNodeCount mark: Int) {
    guard elements.count > 0 else { return }
    if mark == 0 {
      dropElements(from: 0)
      return
    }
    var end = elements.count
    while end > 0 && Int(elements[end - 1].createdAt) >= mark { end -= 1 }
    guard end < elements.count else { return }
    dropElements(from: end)
  }

  /// Drops the element accesses from `end` on.
  @inline(__always) func dropElements(from end: Int) {
    elementSerialBase &+= UInt64(elements.capacity)
    elements.count = end
    elementsConsumedBelow = Swift.min(elementsConsumedBelow, end)
  }

  /// The node count below which the tape must keep its nodes so that no element access a
  /// `back!` has not consumed is dropped with them (at most `end` when there is none above).
  func keepingUnconsumedElements(_ end: Int) -> Int {
    var e = elements.count - 1
    while e >= 0 && Int(elements[e].createdAt) >= end {
      if !isElementConsumed(e) { return Swift.min(count, Int(elements[e].createdAt) + 1) }
      e -= 1
    }
    return end
  }
}

/// Copies of a tape, for taking a snapshot of a computation and carrying on from it twice.
///
/// A copy holds the same nodes, parameters, serial counter and statistics as its original, so
/// the same operations on both give the same bits; the two share no storage afterwards.
/// Handles (``TrackedReal``, ``TrackedArray``) name their tape, so a handle of the original is
/// carried over to the copy with ``TrackedReal/moved(to:)`` / ``TrackedArray/moved(to:)``, and an
/// optimiser's per-parameter state with ``Momentum/copy(movingFrom:to:)`` /
/// ``ADAM/copy(movingFrom:to:)``.
extension Tape {
  /// A tape in the state of this one: nodes, parameters with their data and gradients, serials
  /// and settings.
  public func copy() -> Tape {
    let copy = Tape()
    copy.replaceState(with: self)
    return copy
  }

  /// Drops this tape's state and takes a copy of `other`'s (for a tape that cannot be replaced,
  /// such as one held by a constant). Handles made on this tape become stale.
  package func replaceState(with other: Tape) {
    guard other !== self else { return }
    // Phase 1: the node storage, with room for as many nodes as the original.
    nodes.deallocate()
    capacity = other.capacity
    nodes = .allocate(capacity: capacity)
    nodes.initialize(from: other.nodes, count: other.count)
    count = other.count
    // Phase 2: array slots (value types: copied on write), parameters (owned buffers: copied).
    arrayValues = other.arrayValues
    arrayGrads = other.arrayGrads
    arrayShapes = other.arrayShapes
    leaves.deallocate()
    leaves = other.leaves.copy()
    elements.replace(with: other.elements)
    elementSerialBase = other.elementSerialBase
    elementsConsumedBelow = other.elementsConsumedBelow
    // Phase 3: counters, statistics and settings.
    nextSerial = other.nextSerial
    nodeSerialBase = other.nodeSerialBase
    trimPending = other.trimPending
    scanEpoch = other.scanEpoch
    statsValid = other.statsValid
    irregular = other.irregular
    recordEpoch = other.recordEpoch
    consumedBelow = other.consumedBelow
    scratch = other.scratch
    collected = other.collected
    usesReverseSweep = other.usesReverseSweep
    recordsElementAccesses = other.recordsElementAccesses
    arithmetic = other.arithmetic
    reclaimsConsumedNodes = other.reclaimsConsumedNodes
    // The back-propagation work stacks are empty between calls: this tape keeps its own.
    work.removeAll()
    reachedElements.removeAll()
  }
}

extension LeafStore {
  /// A store with copies of this one's buffers.
  func copy() -> LeafStore {
    var copy = LeafStore()
    copy.info.replace(with: info)
    copy.data.replace(with: data)
    copy.grads.replace(with: grads)
    copy.elementMarks.replace(with: elementMarks)
    copy.recordMarks.replace(with: recordMarks)
    copy.refusingCount = refusingCount
    return copy
  }
}

extension Stack {
  /// Replaces the elements with a copy of `other`'s (the buffer is the stack's own).
  mutating func replace(with other: Stack) {
    if capacity < other.count {
      base.deallocate()
      capacity = Swift.max(other.capacity, 1)
      base = .allocate(capacity: capacity)
    }
    base.initialize(from: other.base, count: other.count)
    count = other.count
  }
}

extension TrackedReal {
  /// The same value on `tape`, a ``Tape/copy()`` of this value's tape.
  public func moved(to tape: Tape) -> TrackedReal {
    TrackedReal(
      tape: tape, operand: operand, serial: serial, value: value, precision: precision)
  }
}

extension TrackedArray {
  /// The same value on `tape`, a ``Tape/copy()`` of this value's tape.
  public func moved(to tape: Tape) -> TrackedArray {
    TrackedArray(
      tape: tape, operand: operand, serial: serial, shape: shape, cached: cached,
      precision: precision)
  }
}

extension ParameterKey {
  /// The key of the same parameter on `new` when it names one on `old`.
  func moved(from old: Tape, to new: Tape) -> ParameterKey {
    tape == ObjectIdentifier(old) ? ParameterKey(tape: ObjectIdentifier(new), serial: serial) : self
  }
}

extension Descent {
  /// An optimiser with the same learning rate.
  public func copy() -> Descent { Descent(eta) }
}

extension Momentum {
  /// An optimiser with the same settings and velocities, the velocities of parameters of `old`
  /// moved to the same parameters of `new` (a ``Tape/copy()`` of `old`).
  public func copy(movingFrom old: Tape, to new: Tape) -> Momentum {
    let copy = Momentum(eta, rho)
    for (key, v) in velocity { copy.velocity[key.moved(from: old, to: new)] = v }
    return copy
  }
}

extension ADAM {
  /// An optimiser with the same settings and moments, the moments of parameters of `old` moved
  /// to the same parameters of `new` (a ``Tape/copy()`` of `old`).
  public func copy(movingFrom old: Tape, to new: Tape) -> ADAM {
    let copy = ADAM(eta, beta)
    for (key, moments) in state { copy.state[key.moved(from: old, to: new)] = moments }
    return copy
  }
}

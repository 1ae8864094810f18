/// # Autodiff
///
/// A reverse-mode automatic-differentiation engine with the semantics and the numbers of Flux's
/// Tracker (Julia 1.0 era, derivative rules from DiffRules 0.0.7): the same forward formulas,
/// the same derivative formulas and the same order of accumulation, so gradients agree to the
/// last bit.
///
/// ## Values
/// - ``Tape``: records operations. Keep one per interpreter run of a page (or per fit); every
///   tracked value belongs to one tape. A class; not `Sendable`.
/// - ``TrackedReal`` / ``TrackedArray``: small value-semantic handles (tape, index, serial).
///   A handle does not keep its tape alive (no reference counting on the hot path): the tape
///   must outlive the values made on it, and values made inside the functional API's closures
///   must not escape them.
/// - ``Tensor`` (plain vector or column-major matrix of `Double`), ``Shape``,
///   ``Broadcastable`` (any broadcast operand, for dynamic callers).
///
/// ## The Tracker workflow (the tutorial language's `param`, `w[i]`, `back!`, `.data`, `.grad`)
/// ```swift
/// let tape = Tape()
/// let w = tape.param(Tensor([1.19, -2.52, 2.07]))   // param(w): a leaf holding a copy
/// let x = 6.0
/// let yHat = [0, 1, 2].map { JuliaMath.pow(x, Double($0)) * w[$0] }.sum()  // w_tracked[i], .*, sum
/// let l = Losses.l2(abs(x), yHat)                   // sqrt(sum((y .- ŷ).^2)) on scalars
/// try l.back()                                      // back!(l)
/// w.data = Tensor(...)                              // w.data[:] = …  (in place, same shape)
/// w.zeroGrad()                                      // w.grad[:] .= 0.0  (or w.grad = Tensor)
/// try Descent(1e-5).update(w)                       // data .-= grad .* η; grad .= 0, in place
/// l.data                                            // the value, still readable after back!
/// ```
/// - Indices are 0-based (`w[0]` is Julia's `w[1]`); `element(_:)` throws on a bad index.
/// - Arithmetic between tracked values, `Double`s and ``Tensor``s records nodes: `+ - * /`,
///   unary `-`, `pow` (integer and real exponents; `pow(x, 2)` is `x * x` like Julia's
///   `literal_pow`), `sqrt`, `abs`, `exp`, `log`, `sin`, `cos`, `tanh`, `sigmoid` (σ), `relu`,
///   `max`, `min`; `sum`, `mean`, `x[i]`, `x[i, j]`; Julia's broadcasting: `.+ .- .* ./`,
///   `pow(x, p)` on arrays, ``broadcast(_:_:_:)`` and ``broadcast(_:_:)`` for any operand
///   mix; `matmul` / `*` between arrays; `transpose`; `[TrackedReal].sum()` in Julia's order.
/// - ``TrackedReal/back()`` seeds 1 and accumulates into the parameters' `grad` until they are
///   zeroed. Errors (``AutodiffError``, worded as Tracker words them): `lossIsInfinite`
///   ("Loss is Inf"), `lossIsNaN` ("Loss is NaN"), `backAlreadyUsed` ("`back!` was already
///   used") for a graph a previous `back!` consumed, `notScalar` for `back()` on an array,
///   `dimensionMismatch`, `indexOutOfBounds`, `notAParameter`.
/// - A parameter's storage can be changed in place with ``TrackedArray/withStorage(_:)``; the
///   next forward pass reads the new values.
///
/// ## Memory
/// `back!` consumes the graph it ran through. Before it records the next node the tape pops
/// consumed nodes off its end, so a loop of forward / `back!` / update reuses the same storage:
/// ``Tape/nodeCapacity`` stays flat over any number of epochs. Handles of reclaimed nodes keep
/// their value (`data` works, `grad` is `nil`, ``Tape/graph(of:)-(TrackedReal)`` is `nil`);
/// computing with them is allowed and `back!` through them throws `backAlreadyUsed`, as in
/// Tracker. Nodes no `back!` consumes (a prediction that is only printed) stay until
/// ``Tape/releaseIntermediates()`` or the end of a ``Tape/withScope(_:)``.
///
/// ## Functional API
/// ``gradient(of:at:)-(_,Double)``, ``valueWithGradient(of:at:)-(_,Double)``, the two-argument,
/// several-scalar and array forms run on a private tape; ``Tape/gradients(wrt:of:)`` (Flux's
/// `gradient(() -> loss, params)` with ``Params`` / ``Grads``) leaves parameters' `grad` alone.
///
/// ## Training pieces and graphs
/// ``Losses`` (`l2`, `mse`), ``Descent``, ``Momentum``, ``ADAM`` (`update`), ``Dense``,
/// ``Chain``; ``Tape/graph(of:)-(TrackedReal)`` exports a value's graph (``ComputationGraph``:
/// nodes with op, value and gradient, and edges) for drawing.
///
/// ## Exactness
/// Scalar graphs reproduce Tracker bit for bit (forward formulas, DiffRules derivatives,
/// Tracker's depth-first accumulation order). `exp`, `log`, `sin`, `cos`, `tanh` and general
/// `pow` call the platform libm, while Julia 1.0 used its own ports of openlibm, so those may
/// differ in the last bit; array broadcasts use DiffRules formulas where Tracker used
/// ForwardDiff's dual numbers, matrix products sum in `k` order where Julia called BLAS, and
/// sums of 16 or more elements are pairwise without Julia's `@simd` reassociation.
public final class Tape {
  @exclusivity(unchecked) @usableFromInline var nodes: UnsafeMutablePointer<Node>
  @exclusivity(unchecked) @usableFromInline var count = 0
  @exclusivity(unchecked) @usableFromInline var capacity: Int
  @exclusivity(unchecked) @usableFromInline var arrayValues: [[Double]] = []
  @exclusivity(unchecked) @usableFromInline var arrayGrads: [[Double]] = []
  @exclusivity(unchecked) @usableFromInline var arrayShapes: [Shape] = []
  @exclusivity(unchecked) @usableFromInline var leaves = LeafStore()
  /// Element accesses `x[i]` of parameters, in recording order (see ``ElementAccess``).
  @exclusivity(unchecked) @usableFromInline var elements = Stack<ElementAccess>(capacity: 16)
  /// Element access `e` gets the serial `elementSerialBase + e` (as nodes do, see below).
  @exclusivity(unchecked) @usableFromInline var elementSerialBase: UInt64 = 1
  /// Every element access below this index is consumed (by a fast `back!`).
  @exclusivity(unchecked) @usableFromInline var elementsConsumedBelow = 0
  /// The next parameter's serial.
  @exclusivity(unchecked) @usableFromInline var nextSerial: UInt64 = 1
  /// Node `i` gets the serial `nodeSerialBase + i`. Whenever the tape shrinks, the base moves
  /// past every serial handed out so far, so serials never repeat; a handle whose serial is
  /// `nodeSerialBase` plus its index was made since the tape last shrank, so its node is
  /// still there.
  @exclusivity(unchecked) @usableFromInline var nodeSerialBase: UInt64 = 1
  @exclusivity(unchecked) @usableFromInline var trimPending = false
  /// Reusable scratch for back-propagation.
  @exclusivity(unchecked) var work = Stack<Pending>()
  /// The element accesses the last scan reached, so that a sweep marks only them consumed
  /// (not every access on the tape: a tape holding many unconsumed graphs would make each
  /// `back!` as slow as the tape is long).
  @exclusivity(unchecked) var reachedElements = Stack<Int32>()
  @exclusivity(unchecked) var scanEpoch: UInt32 = 0
  /// Shape statistics kept while recording, valid from the moment the tape was last empty
  /// until the next `back!` (see `Tape+Sweep.swift`): each node's consumers (``Node/uses``),
  /// and events that rule out the reverse sweep. They are counted without a running total
  /// (whose every update would wait for the previous one), and checked at `back!`.
  @exclusivity(unchecked) @usableFromInline var statsValid = true
  @exclusivity(unchecked) @usableFromInline var irregular = 0
  @exclusivity(unchecked) @usableFromInline var recordEpoch: UInt32 = 1
  /// Every node below this index is consumed (a fast `back!` consumes the whole tape at once
  /// instead of flagging each node).
  @exclusivity(unchecked) @usableFromInline var consumedBelow = 0
  @exclusivity(unchecked) var scratch: [[Double]] = []
  /// Gradients collected for ``gradients(of:wrt:)``, by leaf.
  @exclusivity(unchecked) var collected: [Int: [Double]] = [:]

  /// Whether `back!` may use the reverse sweep where it provably gives the walk's bits
  /// (switched off only to test that claim).
  @exclusivity(unchecked) var usesReverseSweep = true

  /// Whether `x[i]` of a parameter is recorded as an element access rather than an element
  /// node (switched off only to test that both give the same bits).
  @exclusivity(unchecked) @usableFromInline var recordsElementAccesses = true

  /// The precision of the pullbacks of the `back!` under way: the precision of the value it
  /// started from.
  @exclusivity(unchecked) var arithmetic = Precision.double

  /// Whether consumed nodes at the end of the tape are reclaimed before the next node is
  /// recorded (default `true`). Switch it off to keep every node, e.g. to export a graph later.
  @exclusivity(unchecked) public var reclaimsConsumedNodes = true

  /// An empty tape.
  public init() {
    capacity = 64
    nodes = .allocate(capacity: capacity)
  }

  deinit {
    nodes.deallocate()
    work.deallocate()
    reachedElements.deallocate()
    leaves.deallocate()
    elements.deallocate()
  }

  /// The number of nodes currently recorded (leaves not included).
  public var nodeCount: Int { count }

  /// The number of nodes the tape can hold before it grows its storage; flat over epochs when
  /// every graph is consumed by `back!`.
  public var nodeCapacity: Int { capacity }

  /// The number of parameters (leaves) made on this tape.
  public var parameterCount: Int { leaves.count }

  /// Drops every intermediate node (parameters stay). Handles of dropped nodes keep their
  /// values and behave as consumed.
  public func releaseIntermediates() {
    shrink(to: 0)
    truncateElements(toNodeCount: 0)
    consumedBelow = 0
    resetStatistics()
    arrayValues.removeAll(keepingCapacity: true)
    arrayGrads.removeAll(keepingCapacity: true)
    arrayShapes.removeAll(keepingCapacity: true)
    trimPending = false
  }

  /// Runs `body`, then drops the nodes it recorded (parameters made inside stay).
  public func withScope<R>(_ body: () throws -> R) rethrows -> R {
    let (mark, elementMark) = (count, elements.count)
    defer { truncate(to: mark, elements: elementMark) }
    return try body()
  }

  /// Drops nodes from `mark` on, and the element accesses from `elementMark` on (by default,
  /// those recorded once the tape held `mark` nodes).
  func truncate(to mark: Int, elements elementMark: Int? = nil) {
    if let elementMark {
      if elementMark < elements.count { dropElements(from: elementMark) }
    } else {
      truncateElements(toNodeCount: mark)
    }
    guard mark < count else { return }
    let slots = arraySlots(below: mark)
    if slots < arrayShapes.count {
      arrayValues.removeLast(arrayValues.count - slots)
      arrayGrads.removeLast(arrayGrads.count - slots)
      arrayShapes.removeLast(arrayShapes.count - slots)
    }
    shrink(to: mark)
    consumedBelow = Swift.min(consumedBelow, mark)
    if mark == 0 { resetStatistics() } else { statsValid = false }
  }

  /// Sets the node count to `newCount`, below the current one; the serials of the nodes to
  /// come differ from every serial handed out so far.
  func shrink(to newCount: Int) {
    nodeSerialBase &+= UInt64(capacity)
    count = newCount
  }

  /// The number of array slots that nodes below `mark` hold: the slot of the first array node
  /// from `mark` on (slots are handed out in node order), or all of them.
  func arraySlots(below mark: Int) -> Int {
    for i in mark..<count where !nodes[i].isScalar { return Int(nodes[i].slot) }
    return arrayShapes.count
  }

  /// Starts the shape statistics afresh on an empty tape.
  func resetStatistics() {
    statsValid = true
    irregular = 0
    recordEpoch &+= 1
  }

  /// Notes one edge from a node being recorded to `operand` (`element` ≥ 0 for `x[i]`).
  @inlinable @inline(__always) func noteEdge(_ operand: Operand, element: Int) {
    switch operand.kind {
    case .node(let j):
      noteUse(of: j)
    case .element(let e):
      noteUse(ofElement: e)
    case .leaf(let k):
      if _slowPath(!noteLeafEdge(k, element: element)) { irregular &+= 1 }
    case .dead: irregular &+= 1
    case .constant: return
    }
  }

  /// Counts a consumer of node `j`.
  @inlinable @inline(__always) func noteUse(of j: Int) {
    let node = nodes + j
    let uses = node.pointee.uses &+ 1
    node.pointee.uses = uses
    if _slowPath(uses == 3) { irregular &+= 1 }
  }

  /// Counts an edge into leaf `k` while recording; `false` when its gradient could depend on
  /// the order of accumulation (the same test as the scan's, without reading the gradient).
  @inlinable @inline(__always) func noteLeafEdge(_ k: Int, element: Int) -> Bool {
    // The test: no element reached twice, and no whole-array edge beside any other edge.
    let info = leaves.info.base + k
    let epoch = recordEpoch
    if element >= 0 {
      let mark = leaves.recordMarks.base + (info.pointee.offset &+ element)
      let ok = mark.pointee != epoch && info.pointee.recordDenseEpoch != epoch
      mark.pointee = epoch
      info.pointee.recordAnyEpoch = epoch
      return ok
    }
    let ok = info.pointee.recordAnyEpoch != epoch
    info.pointee.recordAnyEpoch = epoch
    info.pointee.recordDenseEpoch = epoch
    return ok
  }

  /// The cold path of `resolve`: reclaims the consumed tail.
  @usableFromInline @inline(never) func reclaim() {
    if !reclaimedWholeTape() { trimConsumedTail() }
  }

  /// Empties the tape if a fast `back!` consumed all of it (its element accesses too) and it
  /// holds no array (the common case of reclaiming); `false` (nothing done) otherwise.
  @usableFromInline @inline(__always) func reclaimedWholeTape() -> Bool {
    guard
      count > 0 && consumedBelow == count && arrayShapes.isEmpty
        && elementsConsumedBelow == elements.count
    else { return false }
    trimPending = false
    shrink(to: 0)
    truncateElements(toNodeCount: 0)
    consumedBelow = 0
    resetStatistics()
    return true
  }

  /// Pops consumed nodes (and the constants they used) off the end of the tape.
  func trimConsumedTail() {
    trimPending = false
    var end = count
    while end > consumedBelow {
      let node = nodes[end - 1]
      if node.consumed {
        end -= 1
        continue
      }
      if case .constant = node.op {
        end -= 1
        continue
      }
      break
    }
    if end == consumedBelow { end = 0 }
    truncate(to: keepingUnconsumedElements(end))
  }

  /// Whether a `back!` has propagated through node `i`.
  func isConsumed(_ i: Int) -> Bool { i < consumedBelow || nodes[i].consumed }

  /// The shape of node `i`; `nil` for a scalar.
  @inline(__always) func shape(ofNode i: Int) -> Shape? {
    nodes[i].isScalar ? nil : arrayShapes[Int(nodes[i].slot)]
  }

  /// Records a node and returns its index. An array node's elements must be appended to
  /// `arrayValues` / `arrayGrads` right after (its shape is appended here). `index` is an
  /// element node's index (checked by the caller: below the element count of an array).
  @inlinable @inline(__always) func append(
    _ op: Op, _ a: Operand, _ b: Operand, shape: Shape?, x: Double, y: Double, value: Double,
    index: Int = 0
  ) -> (index: Int, serial: UInt64) {
    let detail: Int32
    if let shape {
      detail = Int32(truncatingIfNeeded: arrayShapes.count)
      arrayShapes.append(shape)
    } else {
      detail = Int32(truncatingIfNeeded: index)
    }
    return push(op, a, b, isScalar: shape == nil, x: x, y: y, value: value, detail: detail) {
      if shape != nil { irregular &+= 1 }
      let element: Int
      if case .element = op { element = index } else { element = -1 }
      noteEdge(a, element: element)
      noteEdge(b, element: element)
    }
  }

  /// Writes a node at the end of the tape; `noteEdges` counts its edges in the shape
  /// statistics while they are valid. `code` is the node's ``SweepCode`` when not its
  /// operation's own.
  @inlinable @inline(__always) func push(
    _ op: Op, _ a: Operand, _ b: Operand, isScalar: Bool, x: Double, y: Double, value: Double,
    detail: Int32, code: SweepCode? = nil, noteEdges: () -> Void
  ) -> (index: Int, serial: UInt64) {
    let i = count
    if _slowPath(i == capacity) { grow() }
    return write(
      at: i, op, a, b, isScalar: isScalar, x: x, y: y, value: value, detail: detail, code: code,
      noteEdges: noteEdges)
  }

  /// ``push(_:_:_:isScalar:x:y:value:detail:code:noteEdges:)`` once there is room for node `i`,
  /// the node count.
  @inlinable @inline(__always) func write(
    at i: Int, _ op: Op, _ a: Operand, _ b: Operand, isScalar: Bool, x: Double, y: Double,
    value: Double, detail: Int32, code: SweepCode? = nil, noteEdges: () -> Void
  ) -> (index: Int, serial: UInt64) {
    if _fastPath(statsValid) { noteEdges() }
    let serial = nodeSerialBase &+ UInt64(truncatingIfNeeded: i)
    (nodes + i).initialize(
      to: Node(
        op: op, a: a, b: b, isScalar: isScalar, x: x, y: y, value: value, detail: detail,
        serial: serial, code: code))
    count = i &+ 1
    return (i, serial)
  }

  /// Doubles the node storage; node indices (and array slots, at most one per node) must fit
  /// an `Int32`.
  @usableFromInline @inline(never) func grow() {
    precondition(capacity <= Int(Int32.max) / 2, "too many nodes on one tape")
    let bigger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: nodes, count: count)
    nodes.deallocate()
    nodes = bigger
    capacity *= 2
  }

  /// The operand of a handle about to be used in a new node: reclaims the consumed tail
  /// first, then checks the handle (a reclaimed node becomes `.dead`).
  @inlinable @inline(__always) func resolve(_ operand: Operand, _ serial: UInt64)
    -> Operand
  {
    if _slowPath(trimPending) { reclaim() }
    return peek(operand, serial)
  }

  /// ``resolve(_:_:)`` for an operand of a scalar node about to be recorded, its edge counted
  /// in the shape statistics at once (whether or not they are valid: they are read only while
  /// valid, and start afresh on an empty tape).
  @inlinable @inline(__always) func operandOfNewNode(_ operand: Operand, _ serial: UInt64)
    -> Operand
  {
    if _slowPath(trimPending) { reclaim() }
    // The two common cases tested on the raw value, so that the inlined code stays small.
    let raw = operand.raw
    if raw >= 0 {
      let i = Int(raw)
      if _fastPath(serial &- nodeSerialBase == UInt64(truncatingIfNeeded: i)) {
        noteUse(of: i)
        return operand
      }
    } else if let e = operand.elementIndex,
      _fastPath(serial &- elementSerialBase == UInt64(truncatingIfNeeded: e))
    {
      noteUse(ofElement: e)
      return operand
    }
    return anyOperandOfNewNode(operand, serial)
  }

  /// ``operandOfNewNode(_:_:)`` in every case.
  @usableFromInline @inline(never) func anyOperandOfNewNode(_ operand: Operand, _ serial: UInt64)
    -> Operand
  {
    let resolved = peek(operand, serial)
    noteEdge(resolved, element: -1)
    return resolved
  }

  /// The operand of a handle if its node is still on the tape, else `.dead`; reclaims nothing.
  @inlinable @inline(__always) func peek(_ operand: Operand, _ serial: UInt64) -> Operand {
    switch operand.kind {
    case .node(let i):
      if _fastPath(serial &- nodeSerialBase == UInt64(truncatingIfNeeded: i)) { return operand }
      return i < count && nodes[i].serial == serial ? operand : .dead
    case .element(let e):
      return elementIsLive(e, serial) ? operand : .dead
    case .leaf:
      // Leaves are never removed.
      return operand
    case .constant, .dead:
      return operand
    }
  }

}

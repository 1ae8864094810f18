/// The parameters (leaves) of a tape: their data and gradients in two contiguous pools, read
/// and written in place without reference counting. Leaves are never removed, so a handle to
/// one stays valid as long as its tape.
@usableFromInline struct LeafStore {
  @usableFromInline struct Info: BitwiseCopyable {
    /// `nil` for a scalar.
    @usableFromInline var shape: Shape?
    @usableFromInline var offset: Int
    @usableFromInline var count: Int
    /// Edges into this leaf counted by the current scan (valid when `scanEpoch` matches).
    @usableFromInline var scanEpoch: UInt32 = 0
    @usableFromInline var scanEdges: Int32 = 0
    /// Whether an edge brings a whole-array (or scalar) gradient rather than one element's.
    @usableFromInline var scanDense = false
    /// While nodes are recorded: the record epoch of the last edge into this leaf, and of the
    /// last whole-array (or scalar) edge.
    @usableFromInline var recordAnyEpoch: UInt32 = 0
    @usableFromInline var recordDenseEpoch: UInt32 = 0
    /// Whether adding a zero leaves every element of the gradient as it is: no `-0.0` (which
    /// `+ 0` turns into `0.0`) and no signaling NaN. True for a new leaf and after zeroing;
    /// additions keep it true (in round-to-nearest, `a + b` is `-0.0` only when `a` and `b`
    /// are, and a sum is never a signaling NaN); cleared whenever a caller writes arbitrary
    /// values into the gradient.
    @usableFromInline var gradientIsCanonical = true
    /// Whether `back!` must not reach this leaf: a gradient `gradient` returned (Tracker's
    /// `nobacksies`), which only a nested gradient may differentiate.
    @usableFromInline var refusesGradient = false
    /// Whether the elements are `Float32` (see ``Precision``).
    @usableFromInline var single = false
  }

  @usableFromInline var info = Stack<Info>(capacity: 8)
  @usableFromInline var data = Stack<Double>(capacity: 64)
  @usableFromInline var grads = Stack<Double>(capacity: 64)
  /// Per element: the scan epoch that last saw an element access to it.
  @usableFromInline var elementMarks = Stack<UInt32>(capacity: 64)
  /// Per element: the record epoch that last saw an element access to it.
  @usableFromInline var recordMarks = Stack<UInt32>(capacity: 64)

  /// The number of leaves.
  @usableFromInline var count: Int { info.count }

  /// How many leaves refuse a gradient (``Info/refusesGradient``).
  @usableFromInline var refusingCount = 0

  /// Adds a leaf holding a copy of `values`, gradient zeros; returns its index.
  mutating func append(shape: Shape?, values: [Double]) -> Int {
    // Leaf operands take the values from -1 down to -2^30 (see ``Operand``).
    precondition(info.count < 1 << 30, "too many parameters on one tape")
    info.push(Info(shape: shape, offset: data.count, count: values.count))
    for v in values {
      data.push(v)
      grads.push(0)
      elementMarks.push(0)
      recordMarks.push(0)
    }
    return info.count - 1
  }

  @usableFromInline @inline(__always) func shape(_ k: Int) -> Shape? { info[k].shape }

  /// The elements of leaf `k`, writable in place (valid until the next leaf is added).
  @usableFromInline @inline(__always) func values(_ k: Int) -> UnsafeMutableBufferPointer<Double> {
    let i = info[k]
    return data.buffer(i.offset, i.count)
  }

  /// The gradient of leaf `k`, writable in place (valid until the next leaf is added).
  @usableFromInline @inline(__always) func gradient(_ k: Int) -> UnsafeMutableBufferPointer<Double>
  {
    let i = info[k]
    return grads.buffer(i.offset, i.count)
  }

  /// Notes that the gradient of leaf `k` may now hold any values (a caller writes into it).
  @usableFromInline @inline(__always) func gradientWritten(_ k: Int) {
    info.base[k].gradientIsCanonical = false
  }

  /// Notes that the gradient of leaf `k` holds only zeros written as `0.0`.
  @usableFromInline @inline(__always) func gradientZeroed(_ k: Int) {
    info.base[k].gradientIsCanonical = true
  }

  func deallocate() {
    info.deallocate()
    data.deallocate()
    grads.deallocate()
    elementMarks.deallocate()
    recordMarks.deallocate()
  }
}

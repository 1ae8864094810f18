/// A growable stack of plain values in one buffer, for the tape's scratch work (no
/// uniqueness checks, no reallocation once warm). The owner calls ``deallocate()``.
@usableFromInline struct Stack<Element: BitwiseCopyable> {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  @usableFromInline var capacity: Int
  @usableFromInline var count = 0

  @usableFromInline init(capacity: Int = 64) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  @inlinable @inline(__always) mutating func push(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count &+= 1
  }

  @inlinable @inline(__always) mutating func pop() -> Element? {
    guard count > 0 else { return nil }
    count -= 1
    return base[count]
  }

  @inlinable @inline(__always) mutating func removeAll() { count = 0 }

  /// The element at `i` (which must be below `count`).
  @inlinable @inline(__always) subscript(i: Int) -> Element {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }

  /// The elements `start..<start + length`, to read and write in place (valid until the next
  /// push).
  @inlinable @inline(__always) func buffer(_ start: Int, _ length: Int)
    -> UnsafeMutableBufferPointer<Element>
  {
    UnsafeMutableBufferPointer(start: base + start, count: length)
  }

  /// Doubles the buffer (cold: called once the stack is full).
  @usableFromInline @inline(never) mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }

  func deallocate() { base.deallocate() }
}

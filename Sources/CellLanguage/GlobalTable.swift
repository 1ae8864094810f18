/// The global variables of a session: one slot per name, kept across cells.
///
/// Values live in a buffer the table owns, so reading a global is one load.
final class GlobalTable {
  private(set) var names: [String: Int] = [:]
  private(set) var slotNames: [String] = []
  /// Per slot: whether the user's code has assigned it.
  private var userDefined: [Bool] = []
  private var storage: UnsafeMutablePointer<Value?>
  private var capacity: Int

  init() {
    capacity = 256
    storage = UnsafeMutablePointer<Value?>.allocate(capacity: capacity)
  }

  deinit {
    storage.deinitialize(count: slotNames.count)
    storage.deallocate()
  }

  /// The value in a slot (nil while unbound).
  @inline(__always) subscript(slot: Int) -> Value? {
    storage[slot]
  }

  /// The slot of `name`, created (unbound) if the name is new.
  func slot(for name: String) -> Int {
    if let slot = names[name] { return slot }
    let slot = slotNames.count
    if slot == capacity {
      let larger = UnsafeMutablePointer<Value?>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: storage, count: slot)
      storage.deallocate()
      storage = larger
      capacity *= 2
    }
    (storage + slot).initialize(to: nil)
    names[name] = slot
    slotNames.append(name)
    userDefined.append(false)
    return slot
  }

  /// Binds a built-in name (not counted as defined by the user).
  func define(_ name: String, _ value: Value) {
    // The slot first: making it may move the buffer, and `storage[…]` reads the pointer before
    // its index.
    let slot = slot(for: name)
    storage[slot] = value
  }

  /// Binds `name` on behalf of the user's code.
  func assign(_ slot: Int, _ value: Value) {
    storage[slot] = value
    if !userDefined[slot] { userDefined[slot] = true }
  }

  func isUserDefined(_ name: String) -> Bool { names[name].map { userDefined[$0] } ?? false }

  func value(of name: String) -> Value? {
    names[name].flatMap { storage[$0] }
  }
}

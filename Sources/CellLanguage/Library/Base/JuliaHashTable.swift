/// The slot layout of Julia 1.0's `Dict` (base/dict.jl): an open-addressing table whose
/// iteration order — slot order — is Julia's, so a dictionary lists its entries as Julia's does.
///
/// As in Julia 1.0: 16 slots to start; a key's first slot is `hash(key) & (size - 1)` (Julia's
/// 1-based `hashindex` less one), probing on to the next slot; `ht_keyindex2!` reuses the first
/// deleted slot it passed, searches at most `maxprobe` slots for the key, then up to
/// `max(16, size >> 6)` for a free slot, else grows ×4 (×2 past 64 000 entries) and retries;
/// an insertion that leaves the table more than 2/3 full, or 3/4 deleted, rehashes into
/// `_tablesz(count × 4)` slots (`count × 2` past 64 000), the next power of two, at least 16;
/// `sizehint!` grows by at least a quarter; a rehash reinserts the entries in slot order.
struct JuliaHashTable {
  /// 0: empty, 1: filled, 2: deleted (Julia's `slots`).
  private(set) var slots: [UInt8] = Array(repeating: 0, count: 16)
  private(set) var keys: [Value?] = Array(repeating: nil, count: 16)
  private(set) var values: [Value?] = Array(repeating: nil, count: 16)
  /// Each filled slot's key hash (Julia recomputes it; the result is the same).
  private var hashes: [UInt64] = Array(repeating: 0, count: 16)
  private(set) var count = 0
  private var deleted = 0
  private var maxProbe = 0

  /// Where a key is, or the slot an insertion of it would take.
  enum Place {
    case found(Int)
    case free(Int)
  }

  /// The filled slots, in Julia's iteration order.
  var filledSlots: [Int] { slots.indices.filter { slots[$0] == 1 } }

  /// The key's slot (`ht_keyindex`), or `nil`; `equal` is Julia's `isequal`.
  func slot(of key: Value, hash: UInt64, equal: (Value, Value) throws -> Bool) rethrows -> Int? {
    let size = slots.count
    var index = Int(truncatingIfNeeded: hash) & (size - 1)
    var probes = 0
    while true {
      if slots[index] == 0 { return nil }
      if slots[index] == 1, let stored = keys[index], try equal(key, stored) { return index }
      index = (index + 1) & (size - 1)
      probes += 1
      if probes > maxProbe { return nil }
    }
  }

  /// Julia's `ht_keyindex2!`: the key's slot, or the slot to insert it in (growing the table
  /// when probing finds none).
  mutating func place(of key: Value, hash: UInt64, equal: (Value, Value) throws -> Bool) rethrows
    -> Place
  {
    let size = slots.count
    var index = Int(truncatingIfNeeded: hash) & (size - 1)
    var probes = 0
    var available: Int?
    while true {
      if slots[index] == 0 { return .free(available ?? index) }
      if slots[index] == 2 {
        if available == nil { available = index }
      } else if let stored = keys[index], try equal(key, stored) {
        return .found(index)
      }
      index = (index + 1) & (size - 1)
      probes += 1
      if probes > maxProbe { break }
    }
    if let available { return .free(available) }
    let allowed = Swift.max(16, size >> 6)
    while probes < allowed {
      if slots[index] != 1 {
        maxProbe = probes
        return .free(index)
      }
      index = (index + 1) & (size - 1)
      probes += 1
    }
    rehash(count > 64000 ? size * 2 : size * 4)
    return try place(of: key, hash: hash, equal: equal)
  }

  /// Replaces the value at a found slot (Julia stores the key again too).
  mutating func replace(at index: Int, key: Value, value: Value) {
    keys[index] = key
    values[index] = value
  }

  /// Julia's `_setindex!`: fills a free slot, then rehashes when the table is too full.
  mutating func insert(at index: Int, key: Value, value: Value, hash: UInt64) {
    slots[index] = 1
    keys[index] = key
    values[index] = value
    hashes[index] = hash
    count += 1
    let size = slots.count
    if deleted >= (3 * size) >> 2 || count * 3 > size * 2 {
      rehash(count > 64000 ? count * 2 : count * 4)
    }
  }

  /// Julia's `_delete!`: the slot is marked deleted.
  mutating func delete(at index: Int) {
    slots[index] = 2
    keys[index] = nil
    values[index] = nil
    deleted += 1
    count -= 1
  }

  /// Julia's `empty!`: every slot emptied, the size kept.
  mutating func removeAll() {
    slots = Array(repeating: 0, count: slots.count)
    keys = Array(repeating: nil, count: slots.count)
    values = keys
    deleted = 0
    count = 0
  }

  /// Julia's `sizehint!(d, n)`.
  mutating func reserve(_ n: Int) {
    let old = slots.count
    guard n > old else { return }
    rehash(Swift.max(n, (old * 5) >> 2))
  }

  /// Julia's `_tablesz`: the next power of two, at least 16.
  static func tableSize(_ n: Int) -> Int {
    n < 16 ? 16 : 1 << (Int.bitWidth - (n - 1).leadingZeroBitCount)
  }

  /// Julia's `rehash!`: the entries reinserted, in slot order, into a table of `tableSize(n)`.
  mutating func rehash(_ n: Int) {
    let size = Self.tableSize(n)
    if count == 0 {
      slots = Array(repeating: 0, count: size)
      keys = Array(repeating: nil, count: size)
      values = keys
      hashes = Array(repeating: 0, count: size)
      deleted = 0
      return
    }
    var newSlots = [UInt8](repeating: 0, count: size)
    var newKeys = [Value?](repeating: nil, count: size)
    var newValues = [Value?](repeating: nil, count: size)
    var newHashes = [UInt64](repeating: 0, count: size)
    var longest = 0
    for old in slots.indices where slots[old] == 1 {
      let start = Int(truncatingIfNeeded: hashes[old]) & (size - 1)
      var index = start
      while newSlots[index] != 0 { index = (index + 1) & (size - 1) }
      longest = Swift.max(longest, (index - start) & (size - 1))
      newSlots[index] = 1
      newKeys[index] = keys[old]
      newValues[index] = values[old]
      newHashes[index] = hashes[old]
    }
    slots = newSlots
    keys = newKeys
    values = newValues
    hashes = newHashes
    deleted = 0
    maxProbe = longest
  }

  /// The table with every key and value passed through `transform` (a snapshot's copy).
  func mapped(_ transform: (Value) -> Value) -> JuliaHashTable {
    var copy = self
    copy.keys = keys.map { $0.map(transform) }
    copy.values = values.map { $0.map(transform) }
    return copy
  }
}

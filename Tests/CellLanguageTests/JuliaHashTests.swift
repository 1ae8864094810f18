import Testing

@testable import CellLanguage

/// Julia 1.0's `hash`, against values published for it and MurmurHash3's published vectors.
@Suite struct JuliaHashTests {
  /// `hash(1)` on 64-bit Julia 0.7–1.x prints `0x02011ce34bce797f`.
  @Test func hashOfOneIsJulias() {
    #expect(JuliaHash.hash(.int(1)) == 0x0201_1ce3_4bce_797f)
  }

  /// Integers and the floats equal to them hash alike (`isequal(1, 1.0)`); `-0.0` does not.
  @Test func equalNumbersHashAlike() {
    #expect(JuliaHash.hash(.int(3)) == JuliaHash.hash(.float(3.0)))
    #expect(JuliaHash.hash(.bool(true)) == JuliaHash.hash(.int(1)))
    #expect(JuliaHash.hash(.float(0.0)) != JuliaHash.hash(.float(-0.0)))
    #expect(JuliaHash.hash(.float(.nan)) == JuliaHash.hash(.float(-.nan)))
    #expect(JuliaHash.hash(.float(.infinity)) == nil)
  }

  /// MurmurHash3_x64_128 of the empty input with seed 0 is zero; of "hello" with seed 0 it is
  /// `cbd8a7b341bd9b02 5b1e906a48ae1d19` (the reference implementation's published value, as
  /// Python's `mmh3.hash128("hello")` gives it: 121118445609844952839898260755277781762).
  @Test func murmurHashMatchesTheReference() {
    #expect(JuliaHash.murmur3x64([], seed: 0) == (0, 0))
    let (h1, h2) = JuliaHash.murmur3x64(Array("hello".utf8), seed: 0)
    #expect(h1 == 0xcbd8_a7b3_41bd_9b02)
    #expect(h2 == 0x5b1e_906a_48ae_1d19)
  }

  /// The table grows as Julia's: 16 slots until the 11th entry, then 64.
  @Test func theTableGrowsAtTwoThirds() {
    var table = JuliaHashTable()
    for n in 1...10 {
      let hash = JuliaHash.hash(.int(n)) ?? 0
      if case .free(let slot) = table.place(of: .int(n), hash: hash, equal: { _, _ in false }) {
        table.insert(at: slot, key: .int(n), value: .nothing, hash: hash)
      }
    }
    #expect(table.slots.count == 16)
    let hash = JuliaHash.hash(.int(11)) ?? 0
    if case .free(let slot) = table.place(of: .int(11), hash: hash, equal: { _, _ in false }) {
      table.insert(at: slot, key: .int(11), value: .nothing, hash: hash)
    }
    #expect(table.slots.count == 64)
    #expect(JuliaHashTable.tableSize(17) == 32)
  }

  /// Thousands of insertions and deletions of colliding keys: every key inserted and not deleted
  /// is found, no deleted one is, and the count agrees (the probing, `maxprobe` and the reuse of
  /// deleted slots hold together).
  @Test func lookupsAgreeWithASetThroughInsertionsAndDeletions() {
    var table = JuliaHashTable()
    var reference = Set<Int>()
    var generator = SystemRandomNumberGenerator()
    func equal(_ a: Value, _ b: Value) -> Bool { JuliaHash.isEqual(a, b) ?? false }
    for _ in 0..<20_000 {
      let key = Int.random(in: 0..<3000, using: &generator) * 64
      let hash = JuliaHash.hash(.int(key)) ?? 0
      if Bool.random(using: &generator) {
        switch table.place(of: .int(key), hash: hash, equal: equal) {
        case .found(let slot): table.replace(at: slot, key: .int(key), value: .nothing)
        case .free(let slot): table.insert(at: slot, key: .int(key), value: .nothing, hash: hash)
        }
        reference.insert(key)
      } else if let slot = table.slot(of: .int(key), hash: hash, equal: equal) {
        table.delete(at: slot)
        reference.remove(key)
      }
    }
    #expect(table.count == reference.count)
    for key in 0..<3000 {
      let k = key * 64
      let found = table.slot(of: .int(k), hash: JuliaHash.hash(.int(k)) ?? 0, equal: equal) != nil
      #expect(found == reference.contains(k))
    }
  }

  /// A snapshot's dict and set are its own: changing them leaves the session's as it was.
  @Test func aSnapshotCopiesDictsAndSets() throws {
    let session = Session()
    _ = session.evaluate("d = Dict(\"a\" => [1]); s = Set([1]); k = keys(d)")
    let snapshot = try #require(session.snapshot())
    _ = snapshot.evaluate("d[\"b\"] = [2]; push!(d[\"a\"], 5); push!(s, 2)")
    #expect(Script.lines(of: snapshot.evaluate("length(d), length(k), length(s)")) == ["(2, 2, 2)"])
    #expect(
      Script.lines(of: session.evaluate("length(d), length(k), length(s), d[\"a\"]")) == [
        "(1, 1, 1, [1])"
      ])
  }
}

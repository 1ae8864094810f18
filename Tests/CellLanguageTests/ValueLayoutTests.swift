import Testing

@testable import CellLanguage

@Suite struct ValueLayoutTests {
  /// Every function of the evaluator returns a `Value`: at 32 bytes or less it comes back in
  /// registers, beyond that through memory (about 15% of a notebook epoch's time).
  @Test func aValueFitsInFourMachineWords() {
    #expect(MemoryLayout<Value>.size <= 32)
    #expect(MemoryLayout<Value?>.size <= 32)
  }
}

extension MersenneTwister {
  /// The right edge of the exponential ziggurat's base strip (Julia's `ziggurat_exp_r`).
  static let exponentialTailStart = 7.6971174701310497140446280481

  /// An exponential `Double` with scale 1, as Julia's `randexp(rng)`: the ziggurat on one
  /// 52-bit draw.
  public mutating func randexp() -> Double {
    while true {
      let bits = nextUInt52()
      let strip = Int(bits & 0xFF)
      let x = Double(bits) * ZigguratTables.exponentialWidths[strip]
      if bits < ZigguratTables.exponentialBounds[strip] {
        return x  // inside the strip's rectangle: about 98.9% of draws
      }
      if strip == 0 {
        return MersenneTwister.exponentialTailStart - JuliaMath.log(rand())
      }
      let outer = ZigguratTables.exponentialDensities[strip - 1]
      let inner = ZigguratTables.exponentialDensities[strip]
      if (outer - inner) * rand() + inner < JuliaMath.exp(-x) {
        return x
      }
    }
  }
}

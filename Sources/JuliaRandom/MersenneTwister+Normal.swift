/// How many draws of the normal ziggurat left its fast path, by the branch they took.
package struct ZigguratCounts: Equatable, Sendable {
  /// Draws from the base strip beyond `r`, made by Marsaglia's tail method.
  package var tail = 0
  /// Draws in a strip's wedge that the density test accepted.
  package var wedgeAccepted = 0
  /// Draws in a strip's wedge that the density test rejected (a new draw follows).
  package var wedgeRejected = 0

  package init() {}
}

extension MersenneTwister {
  /// The right edge of the normal ziggurat's base strip (Julia's `ziggurat_nor_r`).
  static let normalTailStart = 3.6541528853610087963519472518
  /// Its inverse, rounded as Julia's `inv(ziggurat_nor_r)`.
  static let normalTailStartInverse = 1.0 / normalTailStart

  /// A standard normal `Double`, as Julia's `randn(rng)`: the ziggurat on one 52-bit draw.
  public mutating func randn() -> Double {
    var ignored = ZigguratCounts()
    return randn(counting: &ignored)
  }

  /// `randn()`, counting in `counts` the draws that leave the fast path.
  @inline(__always)
  package mutating func randn(counting counts: inout ZigguratCounts) -> Double {
    while true {
      // The lowest bit is the sign; the other 51 are the magnitude, its low eight the strip.
      let bits = nextUInt52()
      let magnitude = Int64(bitPattern: bits >> 1)
      let strip = Int(magnitude & 0xFF)
      let x = Double(bits & 1 == 1 ? -magnitude : magnitude) * ZigguratTables.normalWidths[strip]
      if UInt64(magnitude) < ZigguratTables.normalBounds[strip] {
        return x  // inside the strip's rectangle: about 99.3% of draws
      }
      if let value = normalOutsideRectangle(strip: strip, magnitude: magnitude, x: x, &counts) {
        return value
      }
    }
  }

  /// Julia's `randn_unlikely`: the tail beyond `r` for the base strip, else the wedge test;
  /// `nil` when the wedge rejects `x` and a new draw is needed.
  @inline(never)
  mutating func normalOutsideRectangle(
    strip: Int, magnitude: Int64, x: Double, _ counts: inout ZigguratCounts
  ) -> Double? {
    if strip == 0 {
      counts.tail += 1
      let r = MersenneTwister.normalTailStart
      while true {
        let xx = -MersenneTwister.normalTailStartInverse * JuliaMath.log(rand())
        let yy = -JuliaMath.log(rand())
        if yy + yy > xx * xx {
          return (magnitude >> 8) & 1 == 1 ? -r - xx : r + xx
        }
      }
    }
    let outer = ZigguratTables.normalDensities[strip - 1]
    let inner = ZigguratTables.normalDensities[strip]
    if (outer - inner) * rand() + inner < JuliaMath.exp(-0.5 * x * x) {
      counts.wedgeAccepted += 1
      return x
    }
    counts.wedgeRejected += 1
    return nil
  }
}

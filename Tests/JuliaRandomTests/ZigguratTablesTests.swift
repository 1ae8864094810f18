import Foundation
import Testing

@testable import JuliaRandom

/// The carried-over tables describe the ziggurats they claim to.
@Suite struct ZigguratTablesTests {
  @Test func normalTablesDescribeStripsOfTheGaussianDensity() {
    let widths = ZigguratTables.normalWidths.map { $0 * 0x1p51 }
    #expect(abs(widths[255] - MersenneTwister.normalTailStart) < 1e-12)
    #expect(ZigguratTables.normalDensities[0] == 1)
    for strip in 1..<256 {
      let density = Foundation.exp(-0.5 * widths[strip] * widths[strip])
      #expect(abs(ZigguratTables.normalDensities[strip] - density) < 1e-12 * density)
    }
    for strip in 2..<256 {
      let bound = Double(ZigguratTables.normalBounds[strip]) / 0x1p51
      #expect(abs(bound - widths[strip - 1] / widths[strip]) < 1e-12)
    }
  }

  @Test func exponentialTablesDescribeStripsOfTheExponentialDensity() {
    let widths = ZigguratTables.exponentialWidths.map { $0 * 0x1p52 }
    #expect(abs(widths[255] - MersenneTwister.exponentialTailStart) < 1e-12)
    for strip in 1..<256 {
      let density = Foundation.exp(-widths[strip])
      #expect(abs(ZigguratTables.exponentialDensities[strip] - density) < 1e-12 * density)
    }
    for strip in 2..<256 {
      let bound = Double(ZigguratTables.exponentialBounds[strip]) / 0x1p52
      #expect(abs(bound - widths[strip - 1] / widths[strip]) < 1e-12)
    }
  }
}

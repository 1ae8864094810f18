import Foundation
import Testing

@testable import CellLanguage

/// `@sprintf`'s `%e`, `%f` and `%g` against digits computed apart from sitegen's formatter: the C
/// library's `printf` prints the exact binary value's digits (glibc converts exactly), which agree
/// with Julia 1.0's Grisu-based digits whenever the value is not exactly halfway between two
/// outputs (there Grisu rounds away from zero, C to even; those cases are skipped here and
/// covered by `Scripts/printf/printf.jl`). `%g` applies Julia's own rule (`gen_g` in
/// `base/printf.jl`) to those digits.
@Suite struct PrintfNumberTests {
  /// Doubles of every magnitude: random bit patterns, and random integers scaled by powers of
  /// ten (the values tutorials print).
  static func samples(_ count: Int) -> [Double] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
    var values: [Double] = []
    while values.count < count {
      let bits = next()
      let value: Double
      if bits & 1 == 0 {
        value = Double(bitPattern: next())
      } else {
        let mantissa = Double(Int64(bitPattern: next()) % 10_000_000)
        value = mantissa * pow(10, Double(Int(next() % 24) - 12))
      }
      if value.isFinite, value != 0 { values.append(value) }
    }
    return values
  }

  /// C's `printf` of one conversion.
  static func c(_ format: String, _ x: Double) -> String { String(format: format, x) }

  /// Whether `x` lies exactly halfway at the digit after `position` of its `%.{n}e` / `%.{n}f`
  /// form (read from a form with 60 more digits, which for these values is exact enough to see
  /// a 5 followed only by zeros).
  static func isHalfway(_ x: Double, _ conversion: String, _ precision: Int) -> Bool {
    let long = c("%.\(precision + 60)\(conversion)", x)
    let mantissa = long.split(separator: "e")[0]
    let digits = Array(mantissa.filter { $0.isNumber })
    let kept = digits.count - 60
    guard kept >= 0, kept < digits.count else { return false }
    return digits[kept] == "5" && digits[(kept + 1)...].allSatisfy { $0 == "0" }
  }

  /// Julia's `%.{p}g` from C's digits: the fixed form when `p > exp ≥ -4`, `exp` read on
  /// `p + 1` significant digits; trailing zeros and a bare point dropped.
  static func julia(g x: Double, _ precision: Int) -> String {
    let probe = c("%.\(precision)e", x)
    let exponent = Int(probe.split(separator: "e")[1]) ?? 0
    func trimmed(_ text: Substring) -> String {
      guard text.contains(".") else { return String(text) }
      var result = String(text)
      while result.hasSuffix("0") { result.removeLast() }
      if result.hasSuffix(".") { result.removeLast() }
      return result
    }
    if precision > exponent && exponent >= -4 {
      return trimmed(Substring(c("%.\(precision - (exponent + 1))f", x)))
    }
    let parts = c("%.\(precision - 1)e", x).split(separator: "e")
    return trimmed(parts[0]) + "e" + parts[1]
  }

  /// Runs `@sprintf` with each format in one session.
  static func sitegen(_ cases: [(String, Double)]) -> [String] {
    let session = Session()
    _ = session.evaluate("using Printf")
    return cases.map { format, x in
      let result = session.evaluate("@sprintf(\"\(format)\", \(x.description))")
      for case .value(let text) in result.outputs { return String(text.dropFirst().dropLast()) }
      return "<no value: \(result)>"
    }
  }

  @Test func exponentFormHasTheExactDigits() {
    var cases: [(String, Double)] = []
    var expected: [String] = []
    for (k, x) in Self.samples(400).enumerated() {
      let precision = k % 17
      guard !Self.isHalfway(x, "e", precision) else { continue }
      cases.append(("%.\(precision)e", x))
      expected.append(Self.c("%.\(precision)e", x))
    }
    #expect(cases.count > 100)
    #expect(Self.sitegen(cases) == expected)
  }

  @Test func fixedFormHasTheExactDigits() {
    var cases: [(String, Double)] = []
    var expected: [String] = []
    for (k, x) in Self.samples(400).enumerated() {
      let precision = k % 21
      guard !Self.isHalfway(x, "f", precision) else { continue }
      cases.append(("%.\(precision)f", x))
      expected.append(Self.c("%.\(precision)f", x))
    }
    #expect(cases.count > 100)
    #expect(Self.sitegen(cases) == expected)
  }

  @Test func generalFormFollowsJuliasRule() {
    var cases: [(String, Double)] = []
    var expected: [String] = []
    for (k, x) in Self.samples(400).enumerated() {
      let precision = 1 + k % 15
      guard !Self.isHalfway(x, "e", precision), !Self.isHalfway(x, "e", precision - 1) else {
        continue
      }
      let fixedPrecision =
        precision - 1 - (Int(Self.c("%.\(precision)e", x).split(separator: "e")[1]) ?? 0)
      guard fixedPrecision < 0 || !Self.isHalfway(x, "f", fixedPrecision) else { continue }
      cases.append(("%.\(precision)g", x))
      expected.append(Self.julia(g: x, precision))
    }
    #expect(cases.count > 100)
    #expect(Self.sitegen(cases) == expected)
  }

  @Test func widthsAndFlagsPadAsCDoes() {
    // Away from Julia's quirks (%g's padding, zero-flag with precision), the layout is C's.
    var cases: [(String, Double)] = []
    var expected: [String] = []
    let formats = [
      "%12.3e", "%-12.3e|", "%+.4e", "%012.3e", "%10.2f", "%-10.2f|", "%+08.3f", "% .1f",
    ]
    for (k, x) in Self.samples(600).enumerated() where abs(x) < 1e90 && abs(x) > 1e-90 {
      let format = formats[k % formats.count]
      guard
        !Self.isHalfway(
          x, format.contains("e") ? "e" : "f",
          Int(String(format.reversed().drop { !$0.isNumber }.prefix(1))) ?? 0)
      else { continue }
      cases.append((format, x))
      expected.append(Self.c(format, x))
    }
    #expect(cases.count > 100)
    #expect(Self.sitegen(cases) == expected)
  }
}

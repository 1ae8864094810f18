import Testing

@testable import Plotting

@Suite struct NumberFormatTests {
  @Test func significantDigitsDropTrailingZeros() {
    #expect(NumberFormat.significant(2.5, 4) == "2.5")
    #expect(NumberFormat.significant(-9.9, 4) == "-9.9")
    #expect(NumberFormat.significant(10, 4) == "10")
    #expect(NumberFormat.significant(0.1 + 0.2, 4) == "0.3")
    #expect(NumberFormat.significant(1.0 / 3, 4) == "0.3333")
  }

  @Test func roundingUpToANewDecadeKeepsTheDigitCount() {
    #expect(NumberFormat.significant(9.99996, 4) == "10")
    #expect(NumberFormat.significant(999_999.7, 4) == "1e6")
  }

  @Test func verySmallAndLargeValuesUseExponents() {
    #expect(NumberFormat.significant(1e-5, 4) == "1e-5")
    #expect(NumberFormat.significant(-2.5e-7, 4) == "-2.5e-7")
    #expect(NumberFormat.significant(1.234567e9, 4) == "1.235e9")
    #expect(NumberFormat.significant(123_456, 4) == "123500")
    #expect(NumberFormat.significant(0.0001, 4) == "0.0001")
  }

  @Test func nonFiniteValuesAreWrittenAsJuliaPrintsThem() {
    #expect(NumberFormat.significant(.nan) == "NaN")
    #expect(NumberFormat.significant(.infinity) == "Inf")
    #expect(NumberFormat.significant(-.infinity) == "-Inf")
  }

  @Test func decimalsAreBuiltFromIntegers() {
    #expect(NumberFormat.decimal(digits: 25, exponent: -3, scientific: false) == "0.025")
    #expect(NumberFormat.decimal(digits: -15, exponent: -1, scientific: false) == "-1.5")
    #expect(NumberFormat.decimal(digits: 3, exponent: 4, scientific: false) == "30000")
    #expect(NumberFormat.decimal(digits: 25, exponent: 5, scientific: true) == "2.5×10⁶")
    #expect(NumberFormat.decimal(digits: 10, exponent: -6, scientific: true) == "10⁻⁵")
  }

  @Test func pathNumbersUseTheShortestSyntax() {
    var text = ""
    for tenths in [0, 5, -5, 10, -123, 4567] {
      NumberFormat.appendTenths(tenths, to: &text)
      text.append("|")
    }
    #expect(text == "0|.5|-.5|1|-12.3|456.7|")
  }

  @Test func attributesKeepALeadingZero() {
    #expect(NumberFormat.attribute(0.25) == "0.3")
    #expect(NumberFormat.attribute(-0.04) == "0")
    #expect(NumberFormat.attribute(-0.5) == "-0.5")
    #expect(NumberFormat.attribute(700) == "700")
  }
}

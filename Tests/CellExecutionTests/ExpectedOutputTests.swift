import Testing

@testable import CellExecution

@Suite struct ExpectedOutputTests {
  @Test func theOutputMarkerSplitsCodeFromExpectation() {
    let body = "x = 1\n@show x\n\n# output\n\nx = 1\n1\n"
    let (code, expected) = ExpectedOutput.split(body)
    #expect(code == "x = 1\n@show x")
    #expect(expected?.text == "x = 1\n1")
    #expect(expected?.markerLine == 3)
    #expect(expected?.lineCount == 3)
  }

  @Test func aCellWithoutMarkerHasNoExpectation() {
    let (code, expected) = ExpectedOutput.split("x = 1\n")
    #expect(code == "x = 1\n")
    #expect(expected == nil)
  }

  @Test func numbersCompareExactlyByDefault() {
    #expect(
      OutputComparison.difference(
        actual: "l = 0.25336753820397195 (tracked)", expected: "l = 0.25336753820397195 (tracked)",
        rtol: 0, atol: 0) == nil)
    let difference = OutputComparison.difference(
      actual: "l = 0.25333753820397176 (tracked)", expected: "l = 0.25336753820397195 (tracked)",
      rtol: 0, atol: 0)
    #expect(difference?.hasPrefix("line 1: expected 0.25336753820397195, got") == true)
  }

  @Test func aDifferentNumberIsQuotedAsWrittenOnBothSides() {
    #expect(
      OutputComparison.difference(actual: "x = 2", expected: "x = 3.0", rtol: 0, atol: 0)
        == "line 1: expected 3.0, got 2 (difference -1.0, relative 0.3333333333333333)")
    #expect(
      OutputComparison.difference(actual: "1.0e-5", expected: "2.0e-5", rtol: 0, atol: 0)?
        .hasPrefix("line 1: expected 2.0e-5, got 1.0e-5 (") == true)
  }

  @Test func numbersCompareWithinTheCellsTolerance() {
    #expect(
      OutputComparison.difference(
        actual: "64.8967307745", expected: "64.89673077450595", rtol: 1e-10, atol: 0)
        == nil)
    #expect(
      OutputComparison.difference(
        actual: "64.9", expected: "64.89673077450595", rtol: 1e-10, atol: 0)
        != nil)
    #expect(
      OutputComparison.difference(actual: "1.0e-5", expected: "0.0", rtol: 0, atol: 1e-4) == nil)
  }

  @Test func textComparesExactlyButIgnoresTrailingWhiteSpace() {
    #expect(
      OutputComparison.difference(
        actual: "3-element Array{Float64,1}:\n -1.0  \n -1.0\n -1.0\n",
        expected: "3-element Array{Float64,1}:\n -1.0\n -1.0\n -1.0", rtol: 0, atol: 0) == nil)
    #expect(
      OutputComparison.difference(
        actual: "f (generic function with 2 methods)",
        expected: "f (generic function with 1 method)", rtol: 0, atol: 0) != nil)
    #expect(
      OutputComparison.difference(actual: "a\nb", expected: "a", rtol: 0, atol: 0)
        == "expected 1 line(s), got 2")
  }

  @Test func linesSplitIntoNumbersAndText() {
    #expect(
      OutputComparison.split("x = -1.5e-5 (tracked)") == [
        .text("x = "), .number(-1.5e-5, "-1.5e-5"), .text(" (tracked)"),
      ])
    #expect(OutputComparison.split("Float64") == [.text("Float64")])
    #expect(
      OutputComparison.split("[1, .5]") == [
        .text("["), .number(1, "1"), .text(", "), .number(0.5, ".5"), .text("]"),
      ])
  }
}

import Foundation
import Testing

@testable import CellLanguage

/// `det` and `inv` against exact rational arithmetic on small integer matrices.
@Suite struct LinearAlgebraTests {
  /// An exact fraction of small integers.
  struct Fraction {
    var numerator: Int
    var denominator: Int

    init(_ numerator: Int, _ denominator: Int = 1) {
      var (n, d) = (numerator, denominator)
      if d < 0 { (n, d) = (-n, -d) }
      var (a, b) = (Swift.abs(n), d)
      while b != 0 { (a, b) = (b, a % b) }
      let g = Swift.max(a, 1)
      self.numerator = n / g
      self.denominator = d / g
    }

    static func - (x: Fraction, y: Fraction) -> Fraction {
      Fraction(
        x.numerator * y.denominator - y.numerator * x.denominator, x.denominator * y.denominator)
    }
    static func * (x: Fraction, y: Fraction) -> Fraction {
      Fraction(x.numerator * y.numerator, x.denominator * y.denominator)
    }
    static func / (x: Fraction, y: Fraction) -> Fraction {
      Fraction(x.numerator * y.denominator, x.denominator * y.numerator)
    }
    var double: Double { Double(numerator) / Double(denominator) }
  }

  /// Gauss-Jordan elimination on fractions: the determinant and the inverse (nil if singular).
  static func exact(_ rows: [[Int]]) -> (Fraction, [[Fraction]]?) {
    let n = rows.count
    var a = rows.map { $0.map { Fraction($0) } }
    var inverse = (0..<n).map { i in (0..<n).map { Fraction($0 == i ? 1 : 0) } }
    var det = Fraction(1)
    for k in 0..<n {
      guard let p = (k..<n).first(where: { a[$0][k].numerator != 0 }) else {
        return (Fraction(0), nil)
      }
      if p != k {
        a.swapAt(p, k)
        inverse.swapAt(p, k)
        det = Fraction(0) - det
      }
      let pivot = a[k][k]
      det = det * pivot
      for j in 0..<n {
        a[k][j] = a[k][j] / pivot
        inverse[k][j] = inverse[k][j] / pivot
      }
      for i in 0..<n where i != k {
        let factor = a[i][k]
        for j in 0..<n {
          a[i][j] = a[i][j] - factor * a[k][j]
          inverse[i][j] = inverse[i][j] - factor * inverse[k][j]
        }
      }
    }
    return (det, inverse)
  }

  /// The cell's value as a `Double`.
  static func number(_ session: Session, _ code: String) -> Double? {
    guard case .value(let text)? = session.evaluate(code).outputs.last else { return nil }
    return Double(text)
  }

  static func literal(_ rows: [[Int]]) -> String {
    "[" + rows.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "; ") + "]"
  }

  /// The largest relative errors of `det` and of `inv`'s entries over pseudo-random integer
  /// matrices, and the matrices that gave no number (worked out on a thread of its own: it
  /// blocks for a while).
  static func worstErrors() -> (Double, Double, [String]) {
    let session = Session()
    _ = session.evaluate("using LinearAlgebra")
    var seed: UInt64 = 12345
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % 11) - 5
    }
    var (worstDet, worstInverse) = (0.0, 0.0)
    var missing: [String] = []
    for size in [2, 3, 4] {
      for _ in 0..<15 {
        let rows = (0..<size).map { _ in (0..<size).map { _ in next() } }
        let (det, inverse) = exact(rows)
        let a = literal(rows)
        guard let computed = number(session, "det(\(a))") else {
          missing.append(a)
          continue
        }
        worstDet = Swift.max(
          worstDet, Swift.abs(computed - det.double) / Swift.max(1, Swift.abs(det.double)))
        guard let inverse else { continue }
        for i in 0..<size {
          for j in 0..<size {
            guard let entry = number(session, "inv(\(a))[\(i + 1), \(j + 1)]") else {
              missing.append(a)
              continue
            }
            let exact = inverse[i][j].double
            worstInverse = Swift.max(
              worstInverse, Swift.abs(entry - exact) / Swift.max(1, Swift.abs(exact)))
          }
        }
      }
    }
    return (worstDet, worstInverse, missing)
  }

  @Test func determinantsAndInversesAgreeWithExactArithmetic() async {
    let (worstDet, worstInverse, missing) = await onOwnThread { Self.worstErrors() }
    #expect(missing.isEmpty)
    #expect(worstDet <= 1e-12)
    #expect(worstInverse <= 1e-11)
  }

  /// Where every step of the LU is exact, the results are the exact values, bit for bit:
  /// [2 1; 4 3] pivots on 4, `l = 2 * (1/4) = 0.5` and `u22 = 1 - 0.5 * 3 = -0.5` exactly.
  @Test func exactStepsGiveExactResults() async {
    let codes = [
      "det([2 1; 4 3])", "inv([2 1; 4 3])[1, 1]", "inv([2 1; 4 3])[1, 2]",
      "inv([2 1; 4 3])[2, 1]", "inv([2 1; 4 3])[2, 2]", "det([1 2; 3 4])",
    ]
    let results = await onOwnThread { () -> [Double?] in
      let session = Session()
      _ = session.evaluate("using LinearAlgebra")
      return codes.map { Self.number(session, $0) }
    }
    // [1 2; 3 4]: l = 1/3 rounded, u22 = 2 - 4l = 0.66666666666666674 exactly, and
    // -(3 * u22) is a tie that rounds to even, -2.0.
    #expect(results == [2.0, 1.5, -0.5, -2.0, 1.0, -2.0])
  }
}

import Foundation
import SourcePositions

extension LibraryModule {
  /// `gcd`, `lcm`, `factorial`, `binomial`, `big`, `numerator`, `denominator`
  /// (base/intfuncs.jl, base/combinatorics.jl, base/gmp.jl, base/rational.jl at Julia 1.0).
  static var integerFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "gcd",
        [
          LibraryMethod([.integer, .integer], vararg: .integer) { call in
            try call.args.dropFirst().reduce(call.args[0]) { a, b in
              try call.session.gcdLcm(a, b, lcm: false, call.span)
            }
          }
        ]),
      LibraryFunction(
        "lcm",
        [
          LibraryMethod([.integer, .integer], vararg: .integer) { call in
            try call.args.dropFirst().reduce(call.args[0]) { a, b in
              try call.session.gcdLcm(a, b, lcm: true, call.span)
            }
          }
        ]),
      LibraryFunction(
        "factorial",
        [LibraryMethod([.integer]) { call in try call.session.factorial(call.args[0], call.span) }]),
      LibraryFunction(
        "binomial",
        [
          LibraryMethod([.integer, .integer]) { call in
            try call.session.binomial(call.args[0], call.args[1], call.span)
          }
        ]),
      LibraryFunction(
        "big",
        [
          LibraryMethod([.integer]) { call in
            NumberObject.bigInt(ExactInteger(call.args[0])?.big ?? BigInteger(0))
          },
          LibraryMethod([.numeric(.rational(nil))]) { call in
            try call.session.convertNumber(
              call.args[0], to: .numeric(.rational(.numeric(.bigInt))), call.span)
              ?? call.args[0]
          },
          LibraryMethod([.any]) { call in
            throw call.fail(
              .unsupported,
              "big(::\(call.args[0].type.name)) (a BigFloat) is not supported by sitegen's Julia")
          },
        ]),
      LibraryFunction(
        "numerator",
        [
          LibraryMethod([.integer]) { call in call.args[0] },
          LibraryMethod([.numeric(.rational(nil))]) { call in
            guard case .rational(let n, _)? = call.args[0].numberObject?.payload else {
              throw call.noMethod("numerator")
            }
            return n
          },
        ]),
      LibraryFunction(
        "denominator",
        [
          LibraryMethod([.integer]) { call in
            call.session.oneOf(call.args[0].type) ?? .int(1)
          },
          LibraryMethod([.numeric(.rational(nil))]) { call in
            guard case .rational(_, let d)? = call.args[0].numberObject?.payload else {
              throw call.noMethod("denominator")
            }
            return d
          },
        ]),
    ]
  }

  /// `real`, `imag`, `reim`, `conj`, `angle`, `complex` (base/complex.jl).
  static var partFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "real", [LibraryMethod([.number]) { call in call.session.complexParts(call.args[0]).0 }]),
      LibraryFunction(
        "imag",
        [
          LibraryMethod([.number]) { call in
            let (re, im) = call.session.complexParts(call.args[0])
            return try im ?? call.session.mathFunction(.zero, re, call.span)
          }
        ]),
      LibraryFunction(
        "reim",
        [
          LibraryMethod([.number]) { call in
            let (re, im) = call.session.complexParts(call.args[0])
            return .tuple([re, try im ?? call.session.mathFunction(.zero, re, call.span)])
          }
        ]),
      LibraryFunction(
        "conj",
        [
          LibraryMethod([.number]) { call in
            let (re, im) = call.session.complexParts(call.args[0])
            guard let im else { return re }
            return .object(
              NumberObject(.complex(re, try call.session.unary(.negate, im, call.span))))
          }
        ]),
      LibraryFunction(
        "angle",
        [
          // `angle(z) = atan(imag(z), real(z))`; a real's angle is 0 or π (base/complex.jl).
          LibraryMethod([.number]) { call in
            let session = call.session
            let (re, im) = session.complexParts(call.args[0])
            if re.type == .numeric(.float32) {
              throw call.fail(
                .unsupported, "angle of a Float32 is not supported by sitegen's Julia")
            }
            guard let x = session.realDouble(re) else { throw call.noMethod("angle") }
            let y = im.flatMap(session.realDouble) ?? 0
            if im == nil { return .float(x < 0 || (x == 0 && x.sign == .minus) ? Double.pi : 0) }
            return .float(atan2(y, x))
          }
        ]),
      LibraryFunction(
        "complex",
        [
          LibraryMethod([.number]) { call in
            let (re, im) = call.session.complexParts(call.args[0])
            if im != nil { return call.args[0] }
            return try call.session.makeComplex(
              re, try call.session.mathFunction(.zero, re, call.span), call.span)
          },
          LibraryMethod([.real, .real]) { call in
            try call.session.makeComplex(call.args[0], call.args[1], call.span)
          },
        ]),
    ]
  }
}

extension Interpreter {
  /// `gcd(a, b)` (non-negative) or `lcm(a, b) = a == 0 ? a : abs(a * div(b, gcd(b, a)))`, in
  /// the promoted integer type.
  func gcdLcm(_ a: Value, _ b: Value, lcm: Bool, _ span: SourceSpan) throws -> Value {
    guard let x = ExactInteger(a)?.big, let y = ExactInteger(b)?.big,
      let t = NumberPromotion.promote(a.type, b.type)
    else { throw noMethod(lcm ? "lcm" : "gcd", [a, b], span) }
    let g = x.isZero && y.isZero ? BigInteger(0) : Self.gcd(x, y)
    var result = g
    if lcm {
      result =
        x.isZero ? BigInteger(0) : (x * y.quotientAndRemainder(dividingBy: g).0).magnitudeValue
    }
    guard let value = fittingValue(result, t) else {
      throw fail(
        .unsupported, "a \(lcm ? "lcm" : "gcd") that overflows is not supported by sitegen's Julia",
        span)
    }
    return value
  }

  /// `factorial(n)`: Int64's table up to 20, then Julia 1.0's `OverflowError`; exact for a
  /// `BigInt` (base/combinatorics.jl, base/gmp.jl); smaller integer types as `Int64`.
  func factorial(_ n: Value, _ span: SourceSpan) throws -> Value {
    guard let m = ExactInteger(n) else { throw noMethod("factorial", [n], span) }
    if n.type == .numeric(.bigInt) {
      var result = BigInteger(1)
      guard let count = m.small, count <= 100_000 else {
        throw fail(.unsupported, "so large a factorial is not supported by sitegen's Julia", span)
      }
      if count >= 2 {
        try charge(Int(count), span)
        for k in 2...Int(count) { result = result * BigInteger(k) }
      }
      return NumberObject.bigInt(count < 0 ? BigInteger(0) : result)
    }
    guard let k = m.small else { throw noMethod("factorial", [n], span) }
    if k < 0 { throw fail(.domain, "DomainError with \(k):\n`n` must not be negative.", span) }
    if k > 20 {
      throw fail(.overflow, "OverflowError: \(k) is too large to look up in the table", span)
    }
    var result = 1
    if k >= 2 { for j in 2...Int(k) { result *= j } }
    return n.type == .numeric(.integer(.uint64))
      ? NumberObject.integer(.uint64, UInt64(result)) : .int(result)
  }

  /// `binomial(n, k)` (base/intfuncs.jl at 1.0): exact, with an `OverflowError` naming the call
  /// when an intermediate product leaves the type.
  func binomial(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    guard let n0 = ExactInteger(a)?.big, let k0 = ExactInteger(b)?.big,
      let t = NumberPromotion.promote(a.type, b.type)
    else { throw noMethod("binomial", [a, b], span) }
    let zero = BigInteger(0)
    let one = BigInteger(1)
    if k0 < zero { return fittingValue(zero, t) ?? .int(0) }
    var n = n0
    var k = k0
    var sign = one
    if n < zero {
      n = -n + k - one
      if !k.quotientAndRemainder(dividingBy: BigInteger(2)).1.isZero { sign = -one }
    }
    if n < k { return fittingValue(zero, t) ?? .int(0) }
    if k.isZero || k == n { return fittingValue(sign, t) ?? .int(1) }
    if k == one { return fittingValue(sign * n, t) ?? .int(0) }
    if n.quotientAndRemainder(dividingBy: BigInteger(2)).0 < k { k = n - k }
    var x = n - k + one
    var nn = x + one
    var rr = BigInteger(2)
    while !(k < rr) {
      try charge(1, span)
      x = (x * nn).quotientAndRemainder(dividingBy: rr).0
      if fittingValue(x, t) == nil {
        throw fail(
          .overflow, "OverflowError: binomial(\(n0.description), \(k0.description)) overflows", span
        )
      }
      rr = rr + one
      nn = nn + one
    }
    return fittingValue(sign * x, t) ?? .int(0)
  }
}

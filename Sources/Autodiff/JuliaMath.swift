#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few pieces of Julia 1.0's arithmetic whose exact results the engine must reproduce.
public enum JuliaMath {
  /// `x ^ y` for `Float64`s as Julia 1.0 computes it: libm's `pow`, whose fdlibm lineage
  /// (openlibm's `e_pow.c`) returns exact shortcuts for `y` = 0, ±1, 2 and 0.5.
  @inlinable public static func pow(_ x: Double, _ y: Double) -> Double {
    if y == 2 { return x * x }
    if y == 1 { return x }
    if y == 0 { return 1 }
    if y == -1 { return 1 / x }
    if y == 0.5 && x.sign == .plus { return x.squareRoot() }
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
      return platformPow(x, y)
    #else
      return Double.nan
    #endif
  }

  /// Julia's `max` for floats: NaN wins, and `+0.0` is larger than `-0.0`.
  @inlinable public static func max(_ x: Double, _ y: Double) -> Double {
    if x.isNaN || y.isNaN { return x + y }
    return (y > x) || (y.sign == .plus && x.sign == .minus) ? y : x
  }

  /// Julia's `min` for floats: NaN wins, and `-0.0` is smaller than `+0.0`.
  @inlinable public static func min(_ x: Double, _ y: Double) -> Double {
    if x.isNaN || y.isNaN { return x + y }
    return (y < x) || (y.sign == .minus && x.sign == .plus) ? y : x
  }

  /// Julia's `sum` of a `Float64` array in Julia's order: a left fold below 16 elements,
  /// otherwise pairwise halves down to blocks of at most 1024 (`Base.pairwise_blocksize`)
  /// that are folded left. Julia's `@simd` may reassociate inside a block, so sums of 16
  /// or more elements can differ from Julia's in the last bit.
  public static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
    let n = values.count
    if n == 0 { return 0 }
    if n == 1 { return values[0] }
    if n < 16 {
      var s = values[0] + values[1]
      for i in 2..<n { s += values[i] }
      return s
    }
    return pairwise(values, 0, n - 1)
  }

  /// Julia's `sum` of an array.
  public static func sum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { sum($0) }
  }

  private static func pairwise(_ a: UnsafeBufferPointer<Double>, _ first: Int, _ last: Int)
    -> Double
  {
    if first + 1024 > last {
      var s = a[first] + a[first + 1]
      var i = first + 2
      while i <= last {
        s += a[i]
        i += 1
      }
      return s
    }
    let middle = (first + last) >> 1
    return pairwise(a, first, middle) + pairwise(a, middle + 1, last)
  }
}

#if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
  /// The platform's `pow`, named apart from `JuliaMath.pow`.
  @usableFromInline func platformPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
#endif

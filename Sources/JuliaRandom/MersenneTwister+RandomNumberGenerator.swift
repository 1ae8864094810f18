extension MersenneTwister: RandomNumberGenerator {
  /// 64 uniform bits from two draws of the stream `rand()` reads: the first draw's 52 bits
  /// shifted left by 12, exclusive-or the second's.
  ///
  /// Swift's `random(in:using:)` and `shuffled(using:)` then follow the seed; they do not
  /// repeat Julia's `rand(1:n)` or `shuffle`, whose algorithms differ.
  public mutating func next() -> UInt64 {
    let high = nextUInt52()
    return (high << 12) ^ nextUInt52()
  }
}

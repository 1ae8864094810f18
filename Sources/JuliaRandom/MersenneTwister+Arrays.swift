extension MersenneTwister {
  /// `count` uniform `Double`s in [0, 1), as Julia's `rand(rng, count)`: the bit patterns of
  /// `writeCloseOpen12Bits`, each value then moved to [0, 1) (dSFMT's `fill_array_close_open`
  /// subtracts 1.0 in the same way).
  public mutating func rand(count: Int) -> [Double] {
    precondition(count >= 0, "a count of values cannot be negative")
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      let bytes = UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped)
      writeCloseOpen12Bits(into: bytes, count: count)
      for offset in stride(from: 0, to: 8 * count, by: 8) {
        let pattern = bytes.load(fromByteOffset: offset, as: UInt64.self)
        bytes.storeBytes(
          of: Double(bitPattern: pattern) - 1.0, toByteOffset: offset, as: Double.self)
      }
      initialized = count
    }
  }

  /// Writes the bit patterns of `count` uniform `Double`s in [1, 2) at `bytes`, as Julia 1.0's
  /// `rand!(r::MersenneTwister, A::UnsafeView{Float64}, CloseOpen12())` (`RNGs.jl`) fills them.
  ///
  /// Like Julia, an array of 384 values or more is filled straight from the recurrence (dSFMT's
  /// `fill_array_close1_open2`, for an even count of at least 382 values), leaving the cache as
  /// it was; the last one or two values then come from the cache. Shorter arrays are copied
  /// from the cache (`_rand_max383!`), as repeated `rand()` would read it, except that an empty
  /// cache is refilled first even for no values at all.
  mutating func writeCloseOpen12Bits(into bytes: UnsafeMutableRawPointer, count: Int) {
    let bulk = (count - 2) / 2 * 2
    guard bulk >= DSFMTState.minimumArraySize else {
      if count == 0, cacheIndex == MersenneTwister.cacheSize { refillCache() }
      for index in 0..<count {
        bytes.storeBytes(of: nextCloseOpen12Bits(), toByteOffset: 8 * index, as: UInt64.self)
      }
      return
    }
    state.generate(into: bytes, pairs: bulk / 2)
    for index in bulk..<count {
      bytes.storeBytes(of: nextCloseOpen12Bits(), toByteOffset: 8 * index, as: UInt64.self)
    }
  }

  /// A `rows`×`columns` matrix of uniform `Double`s in [0, 1), in column-major order, as
  /// Julia's `rand(rng, rows, columns)`.
  public mutating func rand(rows: Int, columns: Int) -> [Double] {
    rand(count: rows * columns)
  }

  /// `count` standard normal `Double`s, as Julia's `randn(rng, count)`.
  public mutating func randn(count: Int) -> [Double] {
    precondition(count >= 0, "a count of values cannot be negative")
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      for index in 0..<count {
        buffer.initializeElement(at: index, to: randn())
      }
      initialized = count
    }
  }

  /// A `rows`×`columns` matrix of standard normal `Double`s, in column-major order, as Julia's
  /// `randn(rng, rows, columns)`.
  public mutating func randn(rows: Int, columns: Int) -> [Double] {
    randn(count: rows * columns)
  }

  /// `count` exponential `Double`s with scale 1, as Julia's `randexp(rng, count)`.
  public mutating func randexp(count: Int) -> [Double] {
    precondition(count >= 0, "a count of values cannot be negative")
    return (0..<count).map { _ in randexp() }
  }

  /// A `rows`×`columns` matrix of exponential `Double`s, in column-major order, as Julia's
  /// `randexp(rng, rows, columns)`.
  public mutating func randexp(rows: Int, columns: Int) -> [Double] {
    randexp(count: rows * columns)
  }
}

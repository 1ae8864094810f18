extension MersenneTwister {
  /// How many of an array of `count` `Double`s Julia 1.0 fills straight from the recurrence
  /// (`rand!(r::MersenneTwister, A::UnsafeView{Float64}, I)` in `RNGs.jl`): the even count
  /// below `count - 1`, when it reaches dSFMT's minimum of 382 (arrays of 384 values or more);
  /// `nil` for shorter arrays, which `_rand_max383!` copies from the cache.
  static func recurrenceFillCount(_ count: Int) -> Int? {
    let bulk = (count - 2) / 2 * 2
    return bulk >= DSFMTState.minimumArraySize ? bulk : nil
  }

  /// `_rand_max383!` refills an empty cache before copying, even to copy no values: after an
  /// empty array, a fill from the recurrence starts past the cache's values.
  mutating func refillIfEmptyForEmptyArray(count: Int) {
    if count == 0, cacheIndex == MersenneTwister.cacheSize { refillCache() }
  }

  /// `count` uniform `Double`s in [0, 1), as Julia's `rand(rng, count)`.
  ///
  /// Like Julia, an array of 384 values or more is filled straight from the recurrence (dSFMT's
  /// `fill_array_close_open`, for an even count of at least 382 values), leaving the cache as
  /// it was; the last one or two values then come from the cache. Shorter arrays read the
  /// cache, as repeated `rand()` would.
  public mutating func rand(count: Int) -> [Double] {
    precondition(count >= 0, "a count of values cannot be negative")
    guard let bulk = MersenneTwister.recurrenceFillCount(count) else {
      refillIfEmptyForEmptyArray(count: count)
      return (0..<count).map { _ in rand() }
    }
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      // The recurrence writes bit patterns in [1, 2) and reads some back; only then are they
      // moved to [0, 1), as dSFMT's `fill_array_close_open` does.
      let bytes = UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped)
      state.generate(into: bytes, pairs: bulk / 2)
      for offset in stride(from: 0, to: 8 * bulk, by: 8) {
        let pattern = bytes.load(fromByteOffset: offset, as: UInt64.self)
        bytes.storeBytes(
          of: Double(bitPattern: pattern) - 1.0, toByteOffset: offset, as: Double.self)
      }
      for index in bulk..<count {
        buffer.initializeElement(at: index, to: rand())
      }
      initialized = count
    }
  }

  /// The bit patterns of `count` uniform `Double`s in [1, 2), as Julia 1.0's
  /// `rand!(r::MersenneTwister, A::UnsafeView{Float64}, CloseOpen12())` fills them: the same
  /// values, from the recurrence or the cache, as `rand(count:)` before it subtracts 1.
  mutating func closeOpen12Bits(count: Int) -> [UInt64] {
    precondition(count >= 0, "a count of values cannot be negative")
    guard let bulk = MersenneTwister.recurrenceFillCount(count) else {
      refillIfEmptyForEmptyArray(count: count)
      return (0..<count).map { _ in nextCloseOpen12Bits() }
    }
    return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
      state.generate(
        into: UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped), pairs: bulk / 2)
      for index in bulk..<count {
        buffer.initializeElement(at: index, to: nextCloseOpen12Bits())
      }
      initialized = count
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

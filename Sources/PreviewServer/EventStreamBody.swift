import FlyingSocks

/// The bytes of an event stream as a response body FlyingFox sends chunk by chunk as they come.
struct EventStreamBody: AsyncBufferedSequence {
  typealias Element = UInt8

  let events: AsyncStream<[UInt8]>

  func makeAsyncIterator() -> Iterator {
    Iterator(events: events.makeAsyncIterator())
  }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var events: AsyncStream<[UInt8]>.Iterator
    var pending: ArraySlice<UInt8> = []

    mutating func next() async -> UInt8? {
      await nextBuffer(suggested: 1)?.first
    }

    /// The rest of the current event, or the next one when it is used up; `nil` when the stream
    /// ended.
    mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
      while pending.isEmpty {
        guard let event = await events.next() else { return nil }
        pending = event[...]
      }
      let buffer = pending.prefix(Swift.max(count, 1))
      pending = pending.dropFirst(buffer.count)
      return buffer
    }
  }
}

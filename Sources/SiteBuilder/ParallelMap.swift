import Foundation

/// Runs work items on threads of their own, as many at once as the machine has cores. (The
/// tutorial language runs each cell on a thread of its own with a large stack.)
enum ParallelMap {
  /// The stack each worker thread gets.
  static let stackSize = 64 << 20

  /// `transform` applied to every element, in order; the elements run concurrently.
  static func map<Element, Result>(
    _ elements: [Element], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @escaping @Sendable (Element) -> Result
  ) -> [Result] where Element: Sendable, Result: Sendable {
    guard !elements.isEmpty else { return [] }
    let box = ResultBox<Result>(count: elements.count)
    let group = DispatchGroup()
    let workerCount = max(1, min(workers, elements.count))
    for _ in 0..<workerCount {
      group.enter()
      let thread = Thread {
        while let index = box.nextIndex() {
          box.store(transform(elements[index]), at: index)
        }
        group.leave()
      }
      thread.stackSize = stackSize
      thread.start()
    }
    group.wait()
    return box.results()
  }
}

/// The shared state of one `ParallelMap.map`: the next index to take and the results so far.
private final class ResultBox<Result>: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private var slots: [Result?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func nextIndex() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < slots.count else { return nil }
    next += 1
    return next - 1
  }

  func store(_ result: Result, at index: Int) {
    lock.lock()
    slots[index] = result
    lock.unlock()
  }

  func results() -> [Result] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}

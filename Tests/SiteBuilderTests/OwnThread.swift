import Foundation

/// Runs long, blocking test work on a thread of its own and waits for it without holding one
/// of Swift concurrency's few shared threads (other suites, such as the preview's servers, need
/// them meanwhile). `work` records no issues itself: it returns what the test then checks.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
  await withCheckedContinuation { continuation in
    let thread = Thread { continuation.resume(returning: work()) }
    thread.stackSize = 16 << 20
    thread.start()
  }
}

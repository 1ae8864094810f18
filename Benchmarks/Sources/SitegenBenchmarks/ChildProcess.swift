import Foundation

/// What one finished child process cost, from `wait4`'s resource usage.
struct ChildUsage {
  /// The exit status, or 128 + the signal that ended it.
  var status: Int32
  /// Wall-clock seconds from spawn to exit.
  var wall: Double
  /// User plus system CPU seconds, over all the child's threads.
  var cpu: Double
  /// Peak resident set size in bytes (`ru_maxrss`, kilobytes on Linux).
  var peakBytes: Int
}

/// Runs programs as child processes and measures each one.
enum ChildProcess {
  /// Runs `executable` with `arguments`, its standard output written to `standardOutput`
  /// (`/dev/null` by default) and its standard error to `/dev/null`, and waits for it.
  static func run(
    _ executable: String, _ arguments: [String], standardOutput: String = "/dev/null"
  ) -> ChildUsage {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(
      &actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }

    let started = now()
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else {
      return ChildUsage(status: 127, wall: 0, cpu: 0, peakBytes: 0)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let wall = now() - started
    let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
    // WIFEXITED / WEXITSTATUS / WTERMSIG, written out: the macros are not imported.
    let signal = status & 0x7f
    let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return ChildUsage(status: exitStatus, wall: wall, cpu: cpu, peakBytes: usage.ru_maxrss * 1024)
  }

  private static func seconds(_ time: timeval) -> Double {
    Double(time.tv_sec) + Double(time.tv_usec) * 1e-6
  }
}

/// The usage of a benchmark's child processes over its repetitions.
final class ChildRecord {
  private(set) var runs: [ChildUsage] = []

  /// Runs the child and keeps its usage.
  func run(_ executable: String, _ arguments: [String], standardOutput: String = "/dev/null") {
    runs.append(ChildProcess.run(executable, arguments, standardOutput: standardOutput))
  }

  /// The largest peak resident set over all repetitions.
  var peakBytes: Int { runs.map(\.peakBytes).max() ?? 0 }

  /// CPU time over wall time of the median-wall repetition: how many cores the child kept busy.
  var parallelism: Double {
    let sorted = runs.sorted { $0.wall < $1.wall }
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted[sorted.count / 2]
    return middle.cpu / middle.wall
  }

  /// The exit statuses other than 0, each once.
  var failures: [Int32] { Array(Set(runs.map(\.status).filter { $0 != 0 })).sorted() }
}

/// A byte count in the unit that suits it.
func formatBytes(_ bytes: Int) -> String {
  switch bytes {
  case ..<1024: "\(bytes) B"
  case ..<(1024 * 1024): String(format: "%.1f KB", Double(bytes) / 1024)
  default: String(format: "%.1f MB", Double(bytes) / (1024 * 1024))
  }
}

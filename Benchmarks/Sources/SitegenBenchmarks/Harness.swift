import Foundation

/// One measured piece of work. `run` is one repetition; the harness times many.
struct Benchmark {
  /// A short name, unique in the suite, e.g. "engine: notebook fit (Autodiff)".
  var name: String
  /// The name of the benchmark this one is compared with, measured in the same run.
  var baseline: String?
  /// The largest acceptable ratio to the baseline, when the issue names one.
  var target: Double?
  /// Extra figures the benchmark reports (bytes, allocations, …), by label.
  var figures: () -> [(String, String)] = { [] }
  /// One repetition of the measured work.
  var run: () -> Void
}

/// The timings of one benchmark.
struct Measurement {
  var benchmark: Benchmark
  var samples: [Double]  // seconds, sorted

  var min: Double { samples.first ?? .nan }
  var median: Double { samples.isEmpty ? .nan : samples[samples.count / 2] }
}

/// Keeps a value alive so the optimizer cannot drop the work that made it.
@inline(never) func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

private func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Times `benchmark` until `budget` seconds have passed or `maxSamples` are taken
/// (at least `minSamples`), after one warm-up repetition.
func measure(
  _ benchmark: Benchmark, budget: Double = 2, minSamples: Int = 5, maxSamples: Int = 1000
) -> Measurement {
  benchmark.run()
  var samples: [Double] = []
  let started = now()
  while samples.count < minSamples || (samples.count < maxSamples && now() - started < budget) {
    let t0 = now()
    benchmark.run()
    samples.append(now() - t0)
  }
  return Measurement(benchmark: benchmark, samples: samples.sorted())
}

/// A duration in the unit that suits it.
func formatSeconds(_ seconds: Double) -> String {
  switch seconds {
  case ..<1e-6: String(format: "%.1f ns", seconds * 1e9)
  case ..<1e-3: String(format: "%.2f µs", seconds * 1e6)
  case ..<1: String(format: "%.2f ms", seconds * 1e3)
  default: String(format: "%.2f s", seconds)
  }
}

/// Measures every benchmark and prints the table: min, median, ratio of medians to the baseline.
func runBenchmarks(_ benchmarks: [Benchmark]) -> [Measurement] {
  var results: [String: Measurement] = [:]
  var ordered: [Measurement] = []
  for benchmark in benchmarks {
    let measurement = measure(benchmark)
    results[benchmark.name] = measurement
    ordered.append(measurement)
  }
  let nameWidth = max(10, benchmarks.map(\.name.count).max() ?? 10)
  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
  print(pad("benchmark", nameWidth), "  min         median      ratio     target")
  for measurement in ordered {
    var ratio = ""
    var target = ""
    if let baseline = measurement.benchmark.baseline, let base = results[baseline] {
      let value = measurement.median / base.median
      ratio = String(format: "%.2f×", value)
      if let limit = measurement.benchmark.target {
        target = String(format: "≤ %.0f× %@", limit, value <= limit ? "ok" : "MISSED")
      }
    }
    print(
      pad(measurement.benchmark.name, nameWidth),
      " ", pad(formatSeconds(measurement.min), 11),
      pad(formatSeconds(measurement.median), 11),
      pad(ratio, 9), target)
    for (label, value) in measurement.benchmark.figures() {
      print(pad("", nameWidth), "   \(label): \(value)")
    }
  }
  return ordered
}

import Foundation

/// One measured piece of work. `run` is one repetition; the harness times many.
struct Benchmark {
  /// A short name, unique in the suite, e.g. "engine: notebook fit (Autodiff)".
  var name: String
  /// The name of the benchmark this one is compared with, measured in the same run.
  var baseline: String?
  /// The largest acceptable ratio to the baseline, when the issue names one.
  var target: Double?
  /// Further benchmarks measured earlier in the same run that the table also gives the ratio
  /// to (of the medians and of the minimums), each on a line of its own below the row.
  var alsoComparedWith: [String] = []
  /// How many units of work one repetition does (pages, epochs); the ratio compares the time
  /// per unit, so a ratio of 1 to a smaller run of the same work means linear scaling.
  var units: Double = 1
  /// Seconds of repetitions to aim for after the warm-up.
  var budget: Double = 2
  /// The fewest timed repetitions, whatever the budget.
  var minSamples: Int = 5
  /// Whether one untimed repetition runs first (off for work too long to repeat needlessly).
  var warmUp = true
  /// Extra figures the benchmark reports (bytes, allocations, …), by label.
  var figures: () -> [(String, String)] = { [] }
  /// One repetition of the measured work.
  var run: () -> Void
}

/// The timings of one benchmark.
struct Measurement {
  var benchmark: Benchmark
  var samples: [Double]  // seconds, sorted
  /// The figures the benchmark reported after its repetitions.
  var figures: [(String, String)] = []
  /// The ratio of its median time per unit to its baseline's, when it has a baseline.
  var ratio: Double?
  /// The same ratio of the minimum times.
  var ratioOfMins: Double?

  var min: Double { samples.first ?? .nan }
  var median: Double { samples.isEmpty ? .nan : samples[samples.count / 2] }
}

/// Keeps a value alive so the optimizer cannot drop the work that made it.
@inline(never) func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// Seconds on the monotonic clock.
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Times `benchmark` until its budget has passed or `maxSamples` are taken (at least its
/// `minSamples`), after one warm-up repetition unless the benchmark has none.
func measure(_ benchmark: Benchmark, maxSamples: Int = 1000) -> Measurement {
  if benchmark.warmUp { benchmark.run() }
  var samples: [Double] = []
  let started = now()
  while samples.count < benchmark.minSamples
    || (samples.count < maxSamples && now() - started < benchmark.budget)
  {
    let t0 = now()
    benchmark.run()
    samples.append(now() - t0)
  }
  return Measurement(benchmark: benchmark, samples: samples.sorted())
}

/// Times a group of benchmarks in turns, one repetition of each again and again, until all
/// their budgets have passed (and each has its `minSamples`): a burst of other work on the
/// machine then slows every side of a ratio, not one.
func measureInTurns(_ group: [Benchmark], maxSamples: Int = 1000) -> [Measurement] {
  for benchmark in group where benchmark.warmUp { benchmark.run() }
  var samples = [[Double]](repeating: [], count: group.count)
  let budget = group.map(\.budget).reduce(0, +)
  let started = now()
  while zip(group, samples).contains(where: { $1.count < $0.minSamples })
    || (samples[0].count < maxSamples && now() - started < budget)
  {
    for (index, benchmark) in group.enumerated() {
      let t0 = now()
      benchmark.run()
      samples[index].append(now() - t0)
    }
  }
  return zip(group, samples).map { Measurement(benchmark: $0, samples: $1.sorted()) }
}

/// The benchmarks from `index` on that are timed in turns: the one at `index` and each directly
/// following one whose baseline is in the group.
func turnGroup(_ benchmarks: [Benchmark], from index: Int) -> [Benchmark] {
  var group = [benchmarks[index]]
  var next = index + 1
  while next < benchmarks.count, let baseline = benchmarks[next].baseline,
    group.contains(where: { $0.name == baseline })
  {
    group.append(benchmarks[next])
    next += 1
  }
  return group
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

/// A ratio with three significant digits, e.g. `9.71×`, `0.0101×`.
func formatRatio(_ value: Double) -> String {
  String(format: value >= 100 ? "%.0f×" : "%.3g×", value)
}

/// Measures every benchmark and prints the table as it goes: min, median, the ratio of time per
/// unit to the baseline, the target, and the change of the median since `previous` run.
func runBenchmarks(_ benchmarks: [Benchmark], previous: [String: Double] = [:]) -> [Measurement] {
  var results: [String: Measurement] = [:]
  var ordered: [Measurement] = []
  let nameWidth = max(10, benchmarks.map(\.name.count).max() ?? 10)
  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
  print(
    pad("benchmark", nameWidth),
    "  min         median      ratio     (of mins)  target         last run")
  // A benchmark that directly follows its baseline is timed in turns with it (and a chain of
  // such benchmarks all together).
  var timedInTurns: [String: Measurement] = [:]
  for (index, benchmark) in benchmarks.enumerated() {
    var measurement: Measurement
    if let done = timedInTurns.removeValue(forKey: benchmark.name) {
      measurement = done
    } else if case let group = turnGroup(benchmarks, from: index), group.count > 1 {
      let measured = measureInTurns(group)
      measurement = measured[0]
      for other in measured.dropFirst() { timedInTurns[other.benchmark.name] = other }
    } else {
      measurement = measure(benchmark)
    }
    measurement.figures = benchmark.figures()
    for other in benchmark.alsoComparedWith {
      guard let base = results[other] else { continue }
      let value = (measurement.median / benchmark.units) / (base.median / base.benchmark.units)
      let mins = (measurement.min / benchmark.units) / (base.min / base.benchmark.units)
      measurement.figures.append(
        ("ratio to \(other)", "\(formatRatio(value)) (of mins \(formatRatio(mins)))"))
    }
    var ratio = ""
    var ratioOfMins = ""
    var target = ""
    if let baseline = benchmark.baseline, let base = results[baseline] {
      let value = (measurement.median / benchmark.units) / (base.median / base.benchmark.units)
      measurement.ratio = value
      ratio = formatRatio(value)
      // Minimums are steadier than medians when other processes share the cores.
      let mins = (measurement.min / benchmark.units) / (base.min / base.benchmark.units)
      measurement.ratioOfMins = mins
      ratioOfMins = formatRatio(mins)
      if let limit = benchmark.target {
        target = String(format: "≤ %g× %@", limit, value <= limit ? "ok" : "MISSED")
      }
    }
    var change = ""
    if let last = previous[benchmark.name], last > 0 {
      change = String(format: "%+.0f%%", (measurement.median / last - 1) * 100)
    }
    results[benchmark.name] = measurement
    ordered.append(measurement)
    print(
      pad(benchmark.name, nameWidth),
      " ", pad(formatSeconds(measurement.min), 11),
      pad(formatSeconds(measurement.median), 11),
      pad(ratio, 9), pad(ratioOfMins, 10), pad(target, 14), change)
    for (label, value) in measurement.figures {
      print(pad("", nameWidth), "   \(label): \(value)")
    }
    fflush(nil)  // every stream: the table shows up as it is measured
  }
  return ordered
}

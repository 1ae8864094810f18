import Foundation

/// One run of the suite as JSON, so that a later run can be compared with it.
struct ResultsFile: Codable {
  /// One benchmark's numbers; times in seconds.
  struct Entry: Codable {
    var name: String
    var baseline: String?
    var target: Double?
    var units: Double
    var min: Double
    var median: Double
    var ratio: Double?
    var ratioOfMins: Double?
    var samples: [Double]
    var figures: [String: String]
  }

  /// When the run ended, ISO 8601 in UTC.
  var date: String
  /// The machine's processor count and the suite's own running time.
  var processors: Int
  var suiteSeconds: Double
  var benchmarks: [Entry]

  init(_ measurements: [Measurement], suiteSeconds: Double) {
    date = ISO8601DateFormatter().string(from: Date())
    processors = ProcessInfo.processInfo.activeProcessorCount
    self.suiteSeconds = suiteSeconds
    benchmarks = measurements.map { measurement in
      let benchmark = measurement.benchmark
      return Entry(
        name: benchmark.name, baseline: benchmark.baseline, target: benchmark.target,
        units: benchmark.units, min: measurement.min, median: measurement.median,
        ratio: measurement.ratio, ratioOfMins: measurement.ratioOfMins,
        samples: measurement.samples,
        figures: Dictionary(measurement.figures, uniquingKeysWith: { first, _ in first }))
    }
  }

  /// The medians of an earlier run at `path`, by benchmark name; empty when there is none.
  static func medians(at path: String) -> [String: Double] {
    guard let data = FileManager.default.contents(atPath: path),
      let earlier = try? JSONDecoder().decode(ResultsFile.self, from: data)
    else { return [:] }
    return Dictionary(
      earlier.benchmarks.map { ($0.name, $0.median) }, uniquingKeysWith: { first, _ in first })
  }

  /// Writes the run to `path`, creating its folder.
  func write(to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try encoder.encode(self).write(to: url)
  }
}

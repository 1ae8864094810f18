import Foundation

// Usage: SitegenBenchmarks [--sitegen PATH] [--content DIR] [--results FILE] [--filter TEXT]…
//        SitegenBenchmarks fit-memory EPOCHS   (the child of the memory benchmarks)
//
// Runs the in-process benchmarks, then, given a release sitegen, the site benchmarks; prints
// the table as it goes and writes the results as JSON. `Benchmarks/run` passes every option.

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == fitMemoryCommand {
  runFitForMemory(epochs: arguments.dropFirst().first.flatMap { Int($0) } ?? 500)
  exit(0)
}

var sitegen: String?
var content: String?
var resultsPath: String?
var filters: [String] = []
while !arguments.isEmpty {
  let option = arguments.removeFirst()
  guard let value = arguments.first, option.hasPrefix("--") else {
    FileHandle.standardError.write(Data("unknown argument: \(option)\n".utf8))
    exit(2)
  }
  arguments.removeFirst()
  switch option {
  case "--sitegen": sitegen = value
  case "--content": content = value
  case "--results": resultsPath = value
  case "--filter": filters.append(value)
  default:
    FileHandle.standardError.write(Data("unknown option: \(option)\n".utf8))
    exit(2)
  }
}

let started = now()
let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
var benchmarks =
  randomBenchmarks + engineBenchmarks + plottingBenchmarks + languageBenchmarks
  + memoryBenchmarks(executable: executable)

let scratch = FileManager.default.temporaryDirectory
  .appendingPathComponent("sitegen-benchmarks-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }
if let sitegen, let content {
  let setup = SiteSetup(
    sitegen: sitegen, content: URL(fileURLWithPath: content), scratch: scratch)
  benchmarks += siteBenchmarks(setup) + scaleBenchmarks(setup)
} else {
  print("(no --sitegen and --content: the site benchmarks are skipped)")
}
if !filters.isEmpty {
  // The benchmarks asked for, and those they are compared with (a ratio needs its baseline).
  let chosen = benchmarks.filter { benchmark in filters.contains { benchmark.name.contains($0) } }
  let needed = Set(
    chosen.flatMap { [$0.name] + [$0.baseline].compactMap { $0 } + $0.alsoComparedWith })
  benchmarks = benchmarks.filter { needed.contains($0.name) }
}

/// The machine's one-minute load average: the timings mean little when it exceeds the cores.
func loadAverage() -> String {
  var loads = [0.0, 0.0, 0.0]
  guard getloadavg(&loads, 3) > 0 else { return "unknown" }
  return String(format: "%.1f", loads[0])
}

print(
  "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage()) at start")
let previous = resultsPath.map(ResultsFile.medians(at:)) ?? [:]
let measurements = runBenchmarks(benchmarks, previous: previous)
let suiteSeconds = now() - started
print(String(format: "suite time: %.1f s, load average %@ at the end", suiteSeconds, loadAverage()))
if let resultsPath {
  do {
    try ResultsFile(measurements, suiteSeconds: suiteSeconds).write(to: resultsPath)
    print("results written to \(resultsPath)")
  } catch {
    FileHandle.standardError.write(Data("cannot write \(resultsPath): \(error)\n".utf8))
  }
}

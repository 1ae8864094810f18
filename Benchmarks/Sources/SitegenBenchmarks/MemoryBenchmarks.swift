import Foundation

/// The argument that makes this executable run one notebook fit and exit, so that its peak
/// memory can be read from outside.
let fitMemoryCommand = "fit-memory"

/// Runs the notebook fit through Autodiff for `epochs` epochs (the child's side).
func runFitForMemory(epochs: Int) {
  blackHole(NotebookFit.autodiff(epochs: epochs))
}

/// The notebook fit through Autodiff for 500 and for 5000 epochs, each in a child process of
/// this executable: the tape is reused, so peak memory must not grow with the epochs, and the
/// time per epoch must stay flat.
func memoryBenchmarks(executable: String) -> [Benchmark] {
  let short = ChildRecord()
  let long = ChildRecord()
  let shortName = "memory: notebook fit, 500 epochs (child process)"
  return [
    Benchmark(
      name: shortName, units: 500, budget: 1, minSamples: 3,
      figures: { [("peak resident memory", formatBytes(short.peakBytes))] },
      run: { short.run(executable, [fitMemoryCommand, "500"]) }),
    Benchmark(
      name: "memory: notebook fit, 5000 epochs (child process)", baseline: shortName,
      target: 1.25, units: 5000, budget: 1, minSamples: 3,
      figures: {
        let growth = long.peakBytes - short.peakBytes
        // A growing tape would hold 201 samples × ~10 nodes per epoch: megabytes by 5000.
        let ok = growth < 1024 * 1024 ? "ok" : "GROWS"
        return [
          (
            "peak resident memory",
            "\(formatBytes(long.peakBytes)), \(growth >= 0 ? "+" : "-")"
              + "\(formatBytes(abs(growth))) over 500 epochs (target: no growth) \(ok)"
          )
        ]
      },
      run: { long.run(executable, [fitMemoryCommand, "5000"]) }),
  ]
}

import Foundation

/// Synthetic sites of 10, 100 and 1000 pages built fresh: the time per page must stay flat
/// (each size against the one ten times smaller) and the build must keep both cores busy.
func scaleBenchmarks(_ setup: SiteSetup) -> [Benchmark] {
  var benchmarks: [Benchmark] = []
  var smaller: String?
  // The 1000-page build takes seconds: two timed runs and no warm-up keep the suite short.
  for (pages, minSamples, budget) in [(10, 5, 2.0), (100, 3, 2.0), (1000, 2, 0.0)] {
    let content = setup.folder("scale-\(pages)/content")
    SyntheticSite(pages: pages).write(to: content)
    let output = setup.scratch.appendingPathComponent("scale-\(pages)/site")
    let record = ChildRecord()
    let name = "scale: \(pages) pages, full build, no cache"
    benchmarks.append(
      Benchmark(
        name: name, baseline: smaller, target: smaller == nil ? nil : 1.25,
        units: Double(pages), budget: budget, minSamples: minSamples, warmUp: pages < 1000,
        figures: {
          [("per page", perPage(record, pages: pages))]
            + setup.childLines(record) + OutputSize(site: output).figureLines
        },
        run: {
          record.run(
            setup.sitegen, setup.buildArguments(content: content, output: output, cache: false))
        }))
    smaller = name
  }
  return benchmarks
}

/// Wall and CPU time per page of the median-wall build; CPU time is the steadier figure when
/// other processes share the cores.
private func perPage(_ record: ChildRecord, pages: Int) -> String {
  let sorted = record.runs.sorted { $0.wall < $1.wall }
  guard !sorted.isEmpty else { return "no runs" }
  let middle = sorted[sorted.count / 2]
  return "\(formatSeconds(middle.wall / Double(pages))) wall, "
    + "\(formatSeconds(middle.cpu / Double(pages))) CPU"
}

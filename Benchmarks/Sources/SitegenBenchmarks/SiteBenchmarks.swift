import Foundation

/// The committed site: a full fresh build and rebuilds after editing one page, against the
/// cmark floor, with the output's weight and sitegen's peak memory.
func siteBenchmarks(_ setup: SiteSetup) -> [Benchmark] {
  let content = setup.copy(setup.content, as: "committed/content")
  let pages = CmarkFloor.markdownFiles(in: content)
  let floorName = "site: cmark floor, same Markdown (read, render, write)"
  let floor = CmarkFloor(pages: pages, output: setup.folder("committed/floor"))

  let fresh = ChildRecord()
  let freshOutput = setup.scratch.appendingPathComponent("committed/fresh-site")
  var benchmarks = [
    Benchmark(
      name: floorName,
      figures: { [("pages", "\(pages.count), \(formatBytes(floor.run())) of HTML")] },
      run: { floor.run() }),
    Benchmark(
      name: "site: full build, no cache (sitegen)", baseline: floorName, budget: 3, minSamples: 3,
      figures: {
        setup.childLines(fresh, memoryTarget: 200 * 1024 * 1024)
          + outputLines(fresh: freshOutput, committed: setup.content.deletingLastPathComponent())
          + cellLines(setup, pages: pages)
      },
      run: {
        fresh.run(
          setup.sitegen,
          setup.buildArguments(content: content, output: freshOutput, cache: false))
      }),
  ]

  // Rebuilds with the execution cache: the edited page's cells run again, the others' are
  // read back; every page is rendered and written.
  let edits = [
    ("index.md", "the home page, no cells"),
    (pages.map { URL(fileURLWithPath: $0).lastPathComponent }.first { $0 != "index.md" }, ""),
  ]
  for (name, what) in edits {
    guard let name else { continue }
    let page = content.appendingPathComponent(name)
    let original = (try? String(contentsOf: page, encoding: .utf8)) ?? ""
    let output = setup.scratch.appendingPathComponent("committed/site-\(name)")
    let record = ChildRecord()
    var edit = 0
    benchmarks.append(
      Benchmark(
        name: "site: rebuild after editing \(name)", baseline: floorName, budget: 2,
        minSamples: 3,
        figures: {
          [("edit", what.isEmpty ? "a paragraph appended; its cells run again" : what)]
            + setup.childLines(record)
        },
        run: {
          edit += 1
          try? (original + "\nEdited \(edit) times.\n").write(
            to: page, atomically: false, encoding: .utf8)
          record.run(
            setup.sitegen, setup.buildArguments(content: content, output: output, cache: true))
        }))
  }
  return benchmarks
}

/// The weight of the fresh build's output; when the build wrote nothing (content problems),
/// that of the committed `site/` beside the content folder, said so.
private func outputLines(fresh: URL, committed root: URL) -> [(String, String)] {
  let size = OutputSize(site: fresh)
  guard size.pages.isEmpty else { return size.figureLines }
  let committed = OutputSize(site: root.appendingPathComponent("site"))
  return [("output", "this build wrote nothing; the committed site/ instead:")]
    + committed.figureLines.map { ("  " + $0.0, $0.1) }
}

/// The cells of the committed pages as `sitegen run --json` times them (run once, untimed).
private func cellLines(_ setup: SiteSetup, pages: [String]) -> [(String, String)] {
  var cells = 0
  var seconds = 0.0
  var slowest: (String, Double) = ("", 0)
  let capture = setup.scratch.appendingPathComponent("run.jsonl").path
  for page in pages {
    _ = ChildProcess.run(setup.sitegen, ["run", page, "--json"], standardOutput: capture)
    let text = (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
        let fields = object as? [String: Any]
      else { continue }
      cells += 1
      let time = fields["seconds"] as? Double ?? 0
      seconds += time
      if time > slowest.1 {
        let location = "\(URL(fileURLWithPath: page).lastPathComponent):\(fields["line"] ?? "?")"
        slowest = (location, time)
      }
    }
  }
  guard cells > 0 else { return [("cells", "none run (sitegen run --json)")] }
  return [
    (
      "cells (sitegen run --json)",
      "\(cells), \(formatSeconds(seconds)) in all, slowest \(slowest.0) "
        + formatSeconds(slowest.1)
    )
  ]
}

import SourcePositions

/// The keyword arguments each built-in reads. A keyword it does not read is refused, never
/// ignored: `sum(A, dims=1)` must not quietly give the sum of every element.
extension Builtin {
  /// The keywords read by the built-ins that read any; every other built-in reads none.
  static let keywords: [Builtin: Set<String>] = [
    // `round(x, digits=2)` and its siblings.
    .round: ["digits"], .floor: ["digits"], .ceil: ["digits"], .trunc: ["digits"],
    // `reduce(+, xs; init=0)`.
    .reduce: ["init"], .foldl: ["init"], .mapreduce: ["init"],
    .sort: ["rev", "dims", "by"], .sortBang: ["rev", "by"],
    // Reductions and scans along dimensions (base/reducedim.jl, base/accumulate.jl).
    .sum: ["dims"], .prod: ["dims"], .maximum: ["dims"], .minimum: ["dims"], .mean: ["dims"],
    .std: ["dims", "corrected"], .variance: ["dims", "corrected"], .cumsum: ["dims"],
    .sum2: ["dims"], .reverse: ["dims"],
    // Tracker 0.2.0's `gradient(f, xs...; nest = false)`.
    .gradient: ["nest"],
    // `range(0, stop=1, length=5)`.
    .range: ["stop", "length"], .linspace: ["stop", "length"],
  ]
}

extension Interpreter {
  /// Refuses a keyword argument the built-in does not read.
  /// - Throws: a "not supported" error at `span` naming the first such keyword.
  func checkKeywords(of builtin: Builtin, _ kwargs: [(String, Value)], _ span: SourceSpan) throws {
    let accepted = Builtin.keywords[builtin] ?? []
    for (name, _) in kwargs where !accepted.contains(name) {
      throw fail(
        .unsupported,
        "keyword argument \(name) of \(builtin.name) is not supported by sitegen's Julia", span)
    }
  }
}

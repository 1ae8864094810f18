import Foundation
import Testing

@testable import CellLanguage

/// A snapshot of a session runs later cells exactly as the session would, and leaves the
/// session as it was.
@Suite struct SnapshotTests {
  /// What one cell showed: its output lines and its error.
  struct Transcript: Equatable {
    var lines: [String]
    var error: String?
  }

  /// Runs `cells` in order in `session`.
  static func run(_ cells: ArraySlice<String>, budgets: ArraySlice<Int?>, in session: Session)
    -> [Transcript]
  {
    zip(cells, budgets).map { cell, budget in
      let result = session.evaluate(cell, operationBudget: budget)
      return Transcript(lines: Script.lines(of: result), error: Script.errorText(of: result))
    }
  }

  /// Runs the script once through; then again, taking a snapshot before each cell, running
  /// `ahead` cells from there in the snapshot (all the rest when `nil`), and only then the cell
  /// in the session itself: every cell must show the same in all three.
  /// - Returns: what each cell showed in the straight run, and every difference found.
  static func checkSnapshots(of script: Script, name: String, ahead: Int? = nil) -> (
    straight: [Transcript], problems: [String]
  ) {
    let cells = script.cells[...]
    let budgets = script.budgets[...]
    let straight = run(cells, budgets: budgets, in: Session())
    let session = Session()
    var problems: [String] = []
    for index in cells.indices {
      guard let snapshot = session.snapshot() else {
        return (straight, problems + ["\(name): no snapshot before cell \(index + 1)"])
      }
      let end = ahead.map { min(index + $0, cells.endIndex) } ?? cells.endIndex
      let resumed = run(cells[index..<end], budgets: budgets[index..<end], in: snapshot)
      if resumed != Array(straight[index..<end]) {
        problems.append(
          "\(name): the snapshot before cell \(index + 1) runs on differently: \(resumed)")
      }
      let own = run(cells[index...index], budgets: budgets[index...index], in: session)
      if own != [straight[index]] {
        problems.append(
          "\(name): cell \(index + 1) differs after running a snapshot of its session: \(own)")
      }
    }
    return (straight, problems)
  }

  /// Whether the scripts' training loops run all their epochs here (`SITEGEN_SLOW_CHECKS=1`);
  /// otherwise a few, which take the same paths through the snapshot.
  static let fullLength = ProcessInfo.processInfo.environment["SITEGEN_SLOW_CHECKS"] == "1"

  /// `source` with its 500-epoch training loops cut to 3 epochs, unless `fullLength`: this test
  /// compares a run with itself (`ScriptTests` checks every epoch's numbers), and a loop of 3
  /// epochs carries the same state (parameters, gradients, the tape, the loss list) as one
  /// of 500 at a hundredth of the time.
  static func shortened(_ source: String) -> String {
    fullLength ? source : source.replacingOccurrences(of: " in 1:500\n", with: " in 1:3\n")
  }

  @Test func theTrainingLoopsAreShortenedToAFewEpochs() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Scripts")
    let notebook = try String(
      contentsOf: root.appendingPathComponent("notebook/flux-by-example.jl"), encoding: .utf8)
    let loops = notebook.components(separatedBy: "for epoch in 1:500\n").count - 1
    #expect(loops == 3)
    let shortened = Self.shortened(notebook)
    #expect(
      shortened.components(separatedBy: "for epoch in 1:3\n").count - 1 == (Self.fullLength ? 0 : 3)
    )
  }

  @Test(arguments: ScriptTests.scripts)
  func aSnapshotOfAScriptRunsOnLikeTheScript(_ path: String) async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Scripts")
    let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    // Two cells on from each snapshot keep the work linear in the script's length (some
    // scripts spend whole budgets); the scenarios below run to their end.
    let script = Script(Self.shortened(source))
    let problems = await onOwnThread { Self.checkSnapshots(of: script, name: path, ahead: 2) }
      .problems
    #expect(problems.isEmpty, "\(problems)")
  }

  /// State a snapshot must carry over: shared arrays, closures and what they captured, the
  /// random stream, optimisers' per-parameter state, views of parameters, layers.
  static let scenarios: [String] = [
    """
    a = [1, 2, 3]
    b = a
    nested = [a, [5]]
    # ---
    push!(b, 4)
    length(a), length(nested[1])
    # ---
    nested[1][1] = 10
    a[1], b[1]
    # ---
    a = [0]
    b, nested[1]
    """,
    """
    function counter()
      n = 0
      () -> (n += 1)
    end
    next = counter()
    other = counter()
    next()
    # ---
    next(), next(), other()
    # ---
    square = x -> x^2
    cube = x -> x^3
    square(3), cube(2), next()
    # ---
    f(x) = 1
    f(x::Float64) = 2
    f(1), f(1.0)
    # ---
    f(x::Int) = 3
    f(1), f(1.0)
    """,
    """
    using Random
    Random.seed!(42)
    rand()
    # ---
    x = randn(3)
    # ---
    rand(2, 2), randn()
    # ---
    Random.seed!(7)
    rand(3)
    """,
    """
    using Flux, Random
    Random.seed!(1)
    w = param(randn(3))
    b = param(0.5)
    opt = ADAM(0.1)
    mom = Momentum(0.01, 0.9)
    xs = [1.0, -2.0, 0.5]
    loss() = sum((w .* xs .- 1.0) .^ 2) + b * b
    # ---
    for epoch in 1:5
      l = loss()
      Tracker.back!(l)
      Flux.Optimise.update!(opt, params(w), nothing)
      Flux.Optimise.update!(mom, params(b), nothing)
    end
    w.data, b
    # ---
    wd = w.data
    wg = w.grad
    l = loss()
    Tracker.back!(l)
    wg
    # ---
    Flux.Optimise.update!(opt, params(w), nothing)
    wd, w.data, wg
    # ---
    wd[1] = 100.0
    w.data
    """,
    """
    using Flux, Random
    Random.seed!(3)
    init(dims...) = (rand(dims...) .- 0.5) .* sqrt(24 / sum(dims))
    model = Chain(
      Dense(2, 3, relu; initW = init, initb = zeros), Dense(3, 1; initW = init, initb = zeros))
    ps = params(model)
    opt = Descent(0.05)
    x = [0.5, -1.0]
    # ---
    gs = Tracker.gradient(() -> sum(model(x)), ps)
    Flux.Optimise.update!(opt, ps, gs)
    model(x)
    # ---
    gs = Tracker.gradient(() -> sum(model(x)), ps)
    model(x)
    # ---
    Flux.Optimise.update!(opt, ps, gs)
    model(x), length(ps)
    """,
  ]

  @Test(arguments: scenarios.indices)
  func aSnapshotCarriesTheSessionsState(_ index: Int) async {
    let script = Script(Self.scenarios[index])
    #expect(script.cells.count > 2)
    let (straight, problems) = await onOwnThread {
      Self.checkSnapshots(of: script, name: "scenario \(index + 1)")
    }
    #expect(problems.isEmpty, "\(problems)")
    #expect(straight.allSatisfy { $0.error == nil && !$0.lines.isEmpty }, "\(straight)")
  }

  @Test func aSnapshotSharesWhatTheSessionShared() throws {
    let session = Session()
    _ = session.evaluate("a = [1.0, 2.0]; b = a; f = () -> a")
    let snapshot = try #require(session.snapshot())
    _ = snapshot.evaluate("push!(b, 3.0)")
    #expect(Script.lines(of: snapshot.evaluate("length(a), length(f())")) == ["(3, 3)"])
    #expect(Script.lines(of: session.evaluate("length(a), length(f())")) == ["(2, 2)"])
  }

  /// `Session.snapshot()` copies each of these (or leaves it fresh, for those a cell resets);
  /// a new stored property of the interpreter must be considered there (and added here).
  @Test func theSnapshotKnowsEveryStoredPropertyOfTheInterpreter() {
    let labels = Set(Mirror(reflecting: Interpreter(limits: .default)).children.compactMap(\.label))
    #expect(
      labels == [
        "globals", "random", "tape", "limits", "outputs", "counters", "anonymousCount",
        "indexContext", "returned", "thrown", "showError", "compiles",
      ])
  }
}

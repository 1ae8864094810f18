import SiteModel

/// The options of a `{train}` directive, checked: what to fit, with what, for how long.
struct TrainSpec: Equatable {
  enum Target: Equatable {
    case abs
    case step
    case relu
    case sin
    /// A one-argument function defined by the page's cells.
    case function(String)
  }

  enum Model: Equatable {
    /// `f(x) = sum([x^(i-1) .* w[i] for i in 1:order])`.
    case polynomial(order: Int)
    /// `Chain(Dense(1, hidden, relu), Dense(hidden, 1))`.
    case mlp(hidden: Int)
  }

  enum Optimizer: String, Equatable {
    case descent
    case momentum
    case adam
  }

  enum Loss: String, Equatable {
    case l2
    case mse
  }

  var name: String
  var target: Target
  var model: Model
  var seed: Int
  var eta: Double
  var optimizer: Optimizer
  var epochs: Int
  var points: [Double]
  /// The points as written, for captions.
  var pointsText: String
  var loss: Loss
  /// Inputs are divided by this before they reach the model (e.g. 10 maps -10:10 to -1:1).
  var scale: Double
  var caption: String?
  var alt: String?

  /// Reads and checks a directive's options; every problem is reported at its option's line.
  static func read(_ directive: Directive, file: String) -> (TrainSpec?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var values: [String: DirectiveOption] = [:]
    let known: Set<String> = [
      "name", "target", "model", "order", "hidden", "seed", "eta", "optimizer", "epochs",
      "points", "loss", "scale", "caption", "alt", "label",
    ]
    for option in directive.options {
      if known.contains(option.key) {
        values[option.key] = option
      } else {
        diagnostics.append(
          .warning(
            "unknown {train} option '\(option.key)'", file: file, at: option.range,
            notes: ["known options: " + known.sorted().joined(separator: ", ")]))
      }
    }
    func fail(_ key: String, _ message: String) {
      diagnostics.append(.error(message, file: file, at: values[key]?.range ?? directive.range))
    }
    func text(_ key: String) -> String? { values[key].map { CellOptions.unquote($0.value) } }
    func integer(_ key: String, default value: Int, minimum: Int) -> Int {
      guard let raw = text(key) else { return value }
      guard let number = Int(raw.replacingOccurrences(of: "_", with: "")), number >= minimum else {
        fail(key, "'\(key)' must be a whole number of at least \(minimum), not '\(raw)'")
        return value
      }
      return number
    }
    func real(_ key: String, default value: Double) -> Double {
      guard let raw = text(key) else { return value }
      guard let number = Double(raw), number.isFinite, number > 0 else {
        fail(key, "'\(key)' must be a positive number, not '\(raw)'")
        return value
      }
      return number
    }

    let name = text("name") ?? ""
    if name.isEmpty {
      fail("name", "a {train} directive needs a 'name' to bind its result to")
    } else if !name.unicodeScalars.allSatisfy({ $0.properties.isXIDContinue })
      || name.unicodeScalars.first.map({ !$0.properties.isXIDStart && $0 != "_" }) == true
    {
      fail("name", "'name' must be an identifier, not '\(name)'")
    }

    let target: Target
    switch text("target") ?? "" {
    case "abs": target = .abs
    case "step": target = .step
    case "relu": target = .relu
    case "sin": target = .sin
    case "":
      fail("target", "a {train} directive needs a 'target' function")
      target = .abs
    case let other:
      target = .function(other)
    }

    let model: Model
    switch text("model") ?? "polynomial" {
    case "polynomial":
      model = .polynomial(order: integer("order", default: 3, minimum: 1))
    case "mlp":
      model = .mlp(hidden: integer("hidden", default: 16, minimum: 1))
    case let other:
      fail("model", "unknown model '\(other)': use polynomial or mlp")
      model = .polynomial(order: 3)
    }

    let optimizer = Optimizer(rawValue: text("optimizer") ?? "descent")
    if optimizer == nil {
      fail(
        "optimizer", "unknown optimizer '\(text("optimizer") ?? "")': use descent, momentum or adam"
      )
    }
    let loss = Loss(rawValue: text("loss") ?? "l2")
    if loss == nil {
      fail("loss", "unknown loss '\(text("loss") ?? "")': use l2 or mse")
    }
    let pointsText = text("points") ?? "-10:0.1:10"
    let points = JuliaRange.parse(pointsText)
    if points == nil {
      fail(
        "points",
        "'points' must be a range a:b or a:step:b with at most 100000 points, not '\(pointsText)'")
    }
    let spec = TrainSpec(
      name: name, target: target, model: model,
      seed: integer("seed", default: 0, minimum: 0), eta: real("eta", default: 0.1),
      optimizer: optimizer ?? .descent, epochs: integer("epochs", default: 100, minimum: 1),
      points: points ?? [], pointsText: pointsText, loss: loss ?? .l2,
      scale: real("scale", default: 1), caption: text("caption"), alt: text("alt"))
    if values["epochs"] != nil, spec.epochs * max(1, spec.points.count) > 50_000_000 {
      fail("epochs", "epochs × points must stay under 50 000 000")
    }
    let failed = diagnostics.contains { $0.severity == .error }
    return (failed ? nil : spec, diagnostics)
  }
}

/// Julia's float ranges `a:b` and `a:s:b`, each element correctly rounded.
enum JuliaRange {
  /// The elements of `text`, or `nil` when it is not a range of at most 100 000 elements.
  static func parse(_ text: String) -> [Double]? {
    let parts = text.split(separator: ":").map { Double($0.trimmingCharacters()) }
    guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0?.isFinite == true }) else {
      return nil
    }
    let start = parts[0] ?? 0
    let step = parts.count == 3 ? (parts[1] ?? 1) : 1
    let stop = parts.last.flatMap { $0 } ?? 0
    return elements(start: start, step: step, stop: stop)
  }

  /// `start:step:stop` as Julia computes it for decimal literals: the range is expressed as
  /// integers over a common denominator (Julia's rational lifting in `floatrange`), so the k-th
  /// element is `(a + k·s) / d` rounded once.
  static func elements(start: Double, step: Double, stop: Double) -> [Double]? {
    guard step != 0 else { return nil }
    for exponent in 0...15 {
      let denominator = pow10(exponent)
      let a = (start * denominator).rounded()
      let s = (step * denominator).rounded()
      let b = (stop * denominator).rounded()
      guard a / denominator == start, s / denominator == step, b / denominator == stop,
        Swift.abs(a) < 9e15, Swift.abs(s) < 9e15, Swift.abs(b) < 9e15
      else { continue }
      let count = Int(((b - a) / s).rounded(.down)) + 1
      guard count >= 1, count <= 100_000 else { return count < 1 ? [] : nil }
      return (0..<count).map { (a + Double($0) * s) / denominator }
    }
    let count = Int(((stop - start) / step).rounded(.down)) + 1
    guard count >= 1, count <= 100_000 else { return count < 1 ? [] : nil }
    return (0..<count).map { start + Double($0) * step }
  }

  private static func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }
}

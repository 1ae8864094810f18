import SiteModel

/// The `#|` options of a `{julia}` cell (Quarto's names, MyST's tags accepted too).
struct CellOptions: Equatable {
  /// Show the code.
  var echo = true
  /// Show the outputs.
  var output = true
  /// Show the code folded, behind a "Show code" summary (MyST's `hide-input`).
  var foldInput = false
  /// Show the outputs folded, behind a "Show output" summary (MyST's `hide-output`).
  var foldOutput = false
  /// Run the cell.
  var eval = true
  /// The cell must throw; its error is shown.
  var error = false
  /// Captions of the cell's figures: one for all, or a list with one per figure.
  var captions: [String] = []
  /// Alternative texts of the cell's figures: one for all, or a list with one per figure.
  var alts: [String] = []
  /// The operation budget, when the cell sets its own.
  var budget: Int?
  var rtol: Double?
  var atol: Double?
  /// Draw figures as braille text rather than SVG.
  var textPlots = false

  /// The names every option may have.
  static let known: [String] = [
    "echo", "output", "eval", "error", "caption", "alt", "budget", "rtol", "atol", "tags",
    "plot", "label",
  ]

  /// Reads a directive's options; unknown names and bad values are diagnostics at their line.
  static func read(_ directive: Directive, file: String) -> (CellOptions, [Diagnostic]) {
    var options = CellOptions()
    var diagnostics: [Diagnostic] = []
    for option in directive.options {
      let value = option.value
      func flag() -> Bool? {
        switch value.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
          diagnostics.append(
            .error(
              "option '\(option.key)' takes true or false, not '\(value)'", file: file,
              at: option.range))
          return nil
        }
      }
      func number() -> Double? {
        guard let number = Double(value), number.isFinite, number >= 0 else {
          diagnostics.append(
            .error(
              "option '\(option.key)' takes a non-negative number, not '\(value)'", file: file,
              at: option.range))
          return nil
        }
        return number
      }
      switch option.key {
      case "echo": options.echo = flag() ?? options.echo
      case "output": options.output = flag() ?? options.output
      case "eval": options.eval = flag() ?? options.eval
      case "error": options.error = flag() ?? options.error
      case "caption", "fig-cap": options.captions = list(value)
      case "alt", "fig-alt": options.alts = list(value)
      case "budget":
        if let number = number() {
          guard number >= 1, number <= 1e12, number == number.rounded() else {
            diagnostics.append(
              .error(
                "option 'budget' takes a whole number of operations from 1 to 10^12",
                file: file, at: option.range))
            continue
          }
          options.budget = Int(number)
        }
      case "rtol": options.rtol = number()
      case "atol": options.atol = number()
      case "plot":
        switch unquote(value) {
        case "text", "braille": options.textPlots = true
        case "svg": options.textPlots = false
        default:
          diagnostics.append(
            .error(
              "option 'plot' takes svg or text, not '\(value)'", file: file, at: option.range))
        }
      case "label":
        break
      case "tags":
        for tag in tags(value) {
          switch tag {
          case "remove-input": options.echo = false
          case "remove-output": options.output = false
          case "remove-cell":
            options.echo = false
            options.output = false
          case "hide-input": options.foldInput = true
          case "hide-output": options.foldOutput = true
          case "hide-cell":
            options.foldInput = true
            options.foldOutput = true
          case "raises-exception": options.error = true
          case "skip-execution": options.eval = false
          default:
            diagnostics.append(
              .warning(
                "unknown tag '\(tag)'", file: file, at: option.range,
                notes: [
                  "known tags: remove-input, hide-input, remove-output, hide-output, "
                    + "remove-cell, hide-cell, raises-exception, skip-execution"
                ]))
          }
        }
      default:
        diagnostics.append(
          .warning(
            "unknown cell option '\(option.key)'", file: file, at: option.range,
            notes: ["known options: " + known.joined(separator: ", ")]))
      }
    }
    return (options, diagnostics)
  }

  /// The caption of figure `number` (1-based).
  func caption(ofFigure number: Int) -> String? { Self.pick(captions, number) }

  /// The alternative text of figure `number` (1-based).
  func alt(ofFigure number: Int) -> String? { Self.pick(alts, number) }

  private static func pick(_ values: [String], _ number: Int) -> String? {
    values.count == 1 ? values[0] : number <= values.count ? values[number - 1] : nil
  }

  /// A value that is either one text or a list `["a", "b, with a comma", c]` of texts.
  static func list(_ value: String) -> [String] {
    guard value.hasPrefix("["), value.hasSuffix("]") else { return [unquote(value)] }
    var items: [String] = []
    var current = ""
    var quote: Character?
    var quoted = false
    for character in value.dropFirst().dropLast() {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        quoted = true
        current = ""
      } else if character == "," {
        items.append(quoted ? current : String(Substring(current).trimmingCharacters()))
        current = ""
        quoted = false
      } else if !(quoted && (character == " " || character == "\t")) {
        current.append(character)
      }
    }
    let last = quoted ? current : String(Substring(current).trimmingCharacters())
    if !last.isEmpty || !items.isEmpty { items.append(last) }
    return items
  }

  /// `[a, "b", c]` or `a, b` → the tag names.
  static func tags(_ value: String) -> [String] {
    var text = Substring(value)
    if text.hasPrefix("[") && text.hasSuffix("]") {
      text = text.dropFirst().dropLast()
    }
    return text.split(separator: ",").map { unquote(String($0.trimmingCharacters())) }
      .filter { !$0.isEmpty }
  }

  /// The value without one pair of surrounding quotes.
  static func unquote(_ value: String) -> String {
    for quote in ["\"", "'"]
    where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
      return String(value.dropFirst().dropLast())
    }
    return value
  }
}

extension Substring {
  func trimmingCharacters() -> Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }
}

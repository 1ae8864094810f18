/// Prints MathML nodes as MathML Core markup.
///
/// Output is deterministic: attributes are written in alphabetical order and numbers with a
/// fixed precision. The writer tracks TeX's display style itself, so limits go above and below
/// `\sum` in display formulas and beside it inline, whatever the browser supports.
struct MathMLWriter {
  private(set) var output = ""

  /// Writes the `<math>` element for a formula, with its source as an annotation.
  mutating func writeMath(_ nodes: [MathNode], source: String, display: Bool) {
    output += "<math xmlns=\"\(TeXMath.namespace)\""
    if display { output += " display=\"block\"" }
    output += "><semantics>"
    if nodes.count == 1 {
      writeRow(nodes, display: display)
    } else {
      open("mrow")
      writeRow(nodes, display: display)
      close("mrow")
    }
    output += "<annotation encoding=\"application/x-tex\">"
    output += MathMLWriter.escaped(MathMLWriter.trimmed(source))
    output += "</annotation></semantics></math>"
  }

  /// Writes the members of a row, adding the invisible function application after names such
  /// as `sin` so the browser spaces them as functions.
  mutating func writeRow(_ nodes: [MathNode], display: Bool) {
    for (index, node) in nodes.enumerated() {
      write(node, display: display)
      guard node.isFunctionName, index + 1 < nodes.count else { continue }
      // TeX puts a thin space between an operator name and an ordinary atom, none before a
      // parenthesis.
      let next = nodes[index + 1]
      let application = MathSymbol(
        "\u{2061}", leftSpace: next.opensGroup ? nil : 0, rightSpace: next.opensGroup ? nil : 3)
      writeSymbol(application)
    }
  }

  /// Writes one node; `display` says whether it sits in TeX's display style.
  mutating func write(_ node: MathNode, display: Bool) {
    switch node {
    case .identifier(let text, let style):
      let upright = style == .upright && text.unicodeScalars.count == 1
      element("mi", text, attributes: upright ? [("mathvariant", "normal")] : [])
    case .number(let text):
      element("mn", text)
    case .symbol(let symbol):
      writeSymbol(symbol)
    case .text(let text):
      element("mtext", MathMLWriter.keepingOuterSpaces(text))
    case .space(let mu):
      open("mspace", [("width", MathMLWriter.em(mu: mu))])
      close("mspace")
    case .row(let nodes):
      writeGroup(nodes, display: display)
    case .style(let isDisplay, let nodes):
      open("mstyle", [("displaystyle", isDisplay ? "true" : "false"), ("scriptlevel", "0")])
      writeRow(nodes, display: isDisplay)
      close("mstyle")
    case .scripts(let base, let lower, let upper):
      writeScripts(base: base, lower, upper, display: display)
    case .largeOperator(let symbol, _):
      writeSymbol(symbol)
    case .function(let name, _):
      let single = name.unicodeScalars.count == 1
      element("mi", name, attributes: single ? [("mathvariant", "normal")] : [])
    case .underOver(let base, let under, let over):
      writeLimits(base: base, under: under, over: over, display: display)
    case .accent(let base, let mark, let below):
      let name = below ? "munder" : "mover"
      open(name, [(below ? "accentunder" : "accent", "true")])
      write(base, display: display)
      writeSymbol(mark)
      close(name)
    case .fraction(let numerator, let denominator, let style):
      writeFraction(numerator, denominator, style: style, display: display)
    case .radical(let radicand, let index):
      guard let index else {
        open("msqrt")
        writeInferredRow(radicand, display: display)
        close("msqrt")
        return
      }
      open("mroot")
      write(radicand, display: display)
      write(index, display: false)
      close("mroot")
    case .fenced(let open, let body, let close):
      self.open("mrow")
      if let open { writeSymbol(open) }
      writeRow(body, display: display)
      if let close { writeSymbol(close) }
      self.close("mrow")
    case .table(let table):
      writeTable(table)
    case .error(let source):
      open("merror")
      element("mtext", source)
      close("merror")
    }
  }

  /// A group: `<mrow>` around several members, the member itself when alone.
  private mutating func writeGroup(_ nodes: [MathNode], display: Bool) {
    if nodes.count == 1 {
      writeRow(nodes, display: display)
    } else {
      open("mrow")
      writeRow(nodes, display: display)
      close("mrow")
    }
  }

  /// The members of a row written directly inside an element that infers its own row.
  private mutating func writeInferredRow(_ node: MathNode, display: Bool) {
    if case .row(let nodes) = node {
      writeRow(nodes, display: display)
    } else {
      write(node, display: display)
    }
  }

  private mutating func writeScripts(
    base: MathNode, _ lower: MathNode?, _ upper: MathNode?, display: Bool
  ) {
    let limits =
      switch base.limitPlacement {
      case .always?: true
      case .displayOnly?: display
      case .never?, nil: false
      }
    if limits {
      writeLimits(base: base, under: lower, over: upper, display: display)
      return
    }
    let name =
      switch (lower, upper) {
      case (.some, .some): "msubsup"
      case (.some, nil): "msub"
      case (nil, _): "msup"
      }
    open(name)
    write(base, display: display)
    if let lower { write(lower, display: false) }
    if let upper { write(upper, display: false) }
    close(name)
  }

  private mutating func writeLimits(
    base: MathNode, under: MathNode?, over: MathNode?, display: Bool
  ) {
    let name =
      switch (under, over) {
      case (.some, .some): "munderover"
      case (.some, nil): "munder"
      case (nil, _): "mover"
      }
    open(name)
    write(base, display: display)
    if let under { write(under, display: false) }
    if let over { write(over, display: false) }
    close(name)
  }

  private mutating func writeFraction(
    _ numerator: MathNode, _ denominator: MathNode, style: FractionStyle, display: Bool
  ) {
    let fixed: Bool? =
      switch style {
      case .display: true
      case .text: false
      case .inherited, .binomial: nil
      }
    if let fixed {
      open("mstyle", [("displaystyle", fixed ? "true" : "false"), ("scriptlevel", "0")])
    }
    open("mfrac", style == .binomial ? [("linethickness", "0")] : [])
    write(numerator, display: false)
    write(denominator, display: false)
    close("mfrac")
    if fixed != nil { close("mstyle") }
  }

  /// Writes an `<mo>` with its attributes in alphabetical order.
  mutating func writeSymbol(_ symbol: MathSymbol) {
    var attributes: [(String, String)] = []
    if symbol.fence { attributes.append(("fence", "true")) }
    if let form = symbol.form { attributes.append(("form", form.rawValue)) }
    if let left = symbol.leftSpace { attributes.append(("lspace", MathMLWriter.em(mu: left))) }
    if let size = symbol.size {
      attributes.append(("maxsize", MathMLWriter.em(size)))
      attributes.append(("minsize", MathMLWriter.em(size)))
    }
    if let right = symbol.rightSpace {
      attributes.append(("rspace", MathMLWriter.em(mu: right)))
    }
    if let stretchy = symbol.stretchy {
      attributes.append(("stretchy", stretchy ? "true" : "false"))
    }
    if let symmetric = symbol.symmetric {
      attributes.append(("symmetric", symmetric ? "true" : "false"))
    }
    element("mo", symbol.text, attributes: attributes)
  }

  // MARK: Markup

  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    output += "<" + name
    for (key, value) in attributes {
      output += " \(key)=\"\(MathMLWriter.escaped(value, quote: true))\""
    }
    output += ">"
  }

  mutating func close(_ name: String) {
    output += "</\(name)>"
  }

  mutating func element(_ name: String, _ text: String, attributes: [(String, String)] = []) {
    open(name, attributes)
    output += MathMLWriter.escaped(text)
    close(name)
  }
}

import Autodiff
import SourcePositions

/// Shows values as Julia 1.0 does: `show` (one line, as inside containers), `print` (strings
/// bare) and the REPL's `text/plain` display (arrays with a summary line).
extension Interpreter {
  /// The `show` form.
  func show(_ value: Value, compact: Bool = false) -> String {
    switch value {
    case .nothing: return "nothing"
    case .bool(let b): return b ? "true" : "false"
    case .int(let n): return String(n)
    case .float(let x): return compact ? FloatFormatter.compact(x) : FloatFormatter.shortest(x)
    case .string(let text): return quoted(text)
    case .char(let c): return JuliaChar.show(c)
    case .symbol(let name): return ":" + name
    case .array(let box):
      return showArray(box, knownElement: nil)
    case .range(let range): return showRange(range)
    case .tuple(let items):
      return "(" + items.map { show($0) }.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    case .namedTuple(let tuple):
      let fields = zip(tuple.names, tuple.values).map { "\($0) = \(show($1))" }
      return "(" + fields.joined(separator: ", ") + (fields.count == 1 ? ",)" : ")")
    case .function(let box): return box.name
    case .builtin(let builtin): return builtin.name
    case .type(let type): return type.name
    case .module(let module): return module.name
    case .object(let object as StructInstance): return showStruct(object, compact: compact)
    case .object(let object as NumberObject): return object.text(compact ? .compact : .show, self)
    case .object(let object): return object.show(self)
    case .trackedReal: return show(plainSingle(value), compact: compact) + " (tracked)"
    case .trackedArray(let box):
      let precision = box.value.precision
      let plain = ArrayBox(
        plainElements(box.value.data.scalars, precision),
        elementType: plainElementType(precision), dims: box.dims)
      return show(.array(plain)) + " (tracked)"
    }
  }

  /// An array's `show`: `[1, 2]`, `[1 2; 3 4]`, prefixed with its element type unless the
  /// literal's syntax implies it (Julia 1.0's `typeinfo_prefix`: `Float64`, `Int64`, `Char`,
  /// `String` when not empty) or the enclosing array's element type already says it
  /// (`knownElement`): `Bool[true]`, `SubString{String}["a"]`, `Array{Int64,1}[[1], [2]]`.
  func showArray(_ box: ArrayBox, knownElement: JuliaType?) -> String {
    let element = box.elementType
    if box.dims.count == 2, box.values.isEmpty {
      // base/arrayshow.jl: `_show_empty(io, X::Array{T}) = print(io, "Array{", T,
      // "}(undef,", join(size(X), ','), ')')`.
      return "Array{\(element.name)}(undef,\(box.dims.map(String.init).joined(separator: ",")))"
    }
    let items = box.values.map { value -> String in
      if case .array(let inner) = value, case .array(let innerElement, _) = element,
        inner.elementType == innerElement
      {
        return showArray(inner, knownElement: innerElement)
      }
      return showElement(value, compact: true)
    }
    let implied: Bool
    if element == knownElement {
      implied = true
    } else if box.values.isEmpty {
      implied = false
    } else {
      // Tracked scalars in an array show bare (sitegen's arrays of them are Tracker's).
      implied = [.float64, .int64, .char, .string, .trackedReal].contains(element)
    }
    let prefix = implied ? "" : element.name
    if box.dims.count == 2 {
      let rows = box.rows
      let columns = box.columns
      let lines = (0..<rows).map { r in
        (0..<columns).map { c in items[r + c * rows] }.joined(separator: " ")
      }
      return prefix + "[" + lines.joined(separator: "; ") + "]"
    }
    return prefix + "[" + items.joined(separator: ", ") + "]"
  }

  /// `show` of a string: quoted, escaped as Julia's `escape_string` does.
  func quoted(_ text: String) -> String { JuliaString.quoted(text) }

  func showRange(_ range: RangeValue) -> String {
    switch range.form {
    case .range: break
    case .oneTo: return "Base.OneTo(\(range.count))"
    case .linearIndices:
      return "[" + (0..<range.count).map { show(range.element($0)) }.joined(separator: ", ") + "]"
    case .linRange:
      // `show(io, r::LinRange)` (base/range.jl).
      return "range(" + show(range.first) + ", stop=" + show(range.last) + ", length="
        + String(range.count) + ")"
    }
    switch range.kind {
    case .integer(let start, let step):
      let stop = start &+ (range.count - 1) &* step
      return step == 1 ? "\(start):\(stop)" : "\(start):\(step):\(stop)"
    case .rational(_, let step, let den):
      let stepValue = Double(step) / Double(den)
      return show(range.first) + ":" + FloatFormatter.shortest(stepValue) + ":" + show(range.last)
    case .float(_, let step):
      return show(range.first) + ":" + FloatFormatter.shortest(step) + ":" + show(range.last)
    case .linear:
      return show(range.first) + ":" + show(range.last)
    }
  }

  /// The `print`/`string` form: strings and characters without quotes.
  func printString(_ value: Value) -> String {
    switch value {
    case .string(let text): return text
    case .char(let c): return String(c)
    case .symbol(let name): return name
    case .object(let object as NumberObject): return object.text(.print, self)
    default: return show(value)
    }
  }

  /// Julia's `summary`: `3-element Array{Float64,1}`, `2×2 Array{Int64,2}`.
  func summary(_ value: Value) -> String {
    switch value {
    case .array(let box):
      if let view = box.viewStorage {
        // `showarg(io, v::SubArray, true)` (base/show.jl).
        return dimsPrefix(box.dims) + " " + view.shownArgument + " with eltype "
          + box.elementType.name
      }
      return dimsPrefix(box.dims) + " " + value.type.name
    case .range(let range):
      return "\(range.count)-element " + value.type.name
    case .trackedArray(let box):
      return dimsPrefix(box.dims)
        + " TrackedArray{…,Array{\(elementTypeName(box.value.precision)),\(box.dims.count)}}"
    default:
      return show(value)
    }
  }

  func dimsPrefix(_ dims: [Int]) -> String {
    dims.count == 1 ? "\(dims[0])-element" : dims.map(String.init).joined(separator: "×")
  }

  /// The REPL's `text/plain` display of a cell's result.
  func display(_ value: Value) -> String {
    switch value {
    case .array(let box):
      return displayArray(
        box.values, dims: box.dims, header: summary(value), elementType: box.elementType)
    case .trackedArray(let box):
      let precision = box.value.precision
      let values = plainElements(box.value.data.scalars, precision)
      let header =
        "Tracked " + dimsPrefix(box.dims)
        + " Array{\(elementTypeName(precision)),\(box.dims.count)}"
      return displayArray(
        values, dims: box.dims, header: header, elementType: plainElementType(precision))
    case .function(let box) where box.fallback != nil || box.name == UserTypeNames.call:
      // The count would include Base's own methods of the name.
      if showError == nil {
        showError = fail(
          .unsupported,
          "showing \(box.name) with its Base methods is not supported by sitegen's Julia (end the cell with ;)",
          SourceSpan(
            start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1)))
      }
      return box.name
    case .function(let box):
      let count = box.methodCount
      return "\(box.name) (generic function with \(count) method\(count == 1 ? "" : "s"))"
    case .builtin(let builtin):
      return "\(builtin.name) (generic function with 1 method)"
    case .object(let object):
      return object.display(self)
    case .range(let range) where range.form == .linearIndices:
      return displayArray(
        (0..<range.count).map { range.element($0) }, dims: [range.count], header: summary(value))
    case .range(let range) where range.form == .linRange:
      return displayLinRange(range, header: summary(value))
    case .char(let c):
      return JuliaChar.display(c)
    default:
      return show(value)
    }
  }

  /// `show(io, ::MIME"text/plain", r::LinRange)` (base/range.jl): the summary, then the
  /// elements in compact form separated by commas (`print_range`) when they fit the 80-column
  /// screen (`LinRange` refuses to make a longer one, whose display Julia elides).
  func displayLinRange(_ range: RangeValue, header: String) -> String {
    if range.count == 0 { return header }
    return header + ":\n " + linRangeItems(range).joined(separator: ",")
  }

  /// The elements of a `LinRange` as its display prints them.
  func linRangeItems(_ range: RangeValue) -> [String] {
    (0..<range.count).map { show(range.element($0), compact: true) }
  }

  /// Julia's `print_matrix`: a summary line, then rows aligned on the decimal point, at most
  /// 20 lines (the REPL's 24-line screen less 4), eliding the middle with `⋮`.
  func displayArray(
    _ values: [Value], dims: [Int], header: String, elementType: JuliaType? = nil
  ) -> String {
    if values.isEmpty { return header }
    let rows = dims[0]
    let columns = dims.count > 1 ? dims[1] : 1
    let compact = columns > 1
    let screen = 20
    let shownRows: [Int]
    let half = screen / 2
    if rows > screen {
      shownRows = Array(0..<half) + Array((rows - (screen - 1) / 2)..<rows)
    } else {
      shownRows = Array(0..<rows)
    }
    // Alignment per column: (left part width, right part width).
    var texts: [[(String, String)]] = []
    for r in shownRows {
      var row: [(String, String)] = []
      for c in 0..<columns {
        let value = values[r + c * rows]
        var text = show(value, compact: compact)
        if !compact, case .object(let number as NumberObject) = value, number.type == elementType {
          // `:typeinfo` is the element type: a Float32 shows without its `f0`.
          text = number.text(.typeinfo, self)
        }
        row.append(alignmentParts(value, text))
      }
      texts.append(row)
    }
    var widths = [(Int, Int)](repeating: (0, 0), count: columns)
    for row in texts {
      for (c, part) in row.enumerated() {
        widths[c].0 = max(widths[c].0, part.0.count)
        widths[c].1 = max(widths[c].1, part.1.count)
      }
    }
    var lines: [String] = []
    for (k, row) in texts.enumerated() {
      var line = " "
      for (c, part) in row.enumerated() {
        line += String(repeating: " ", count: widths[c].0 - part.0.count) + part.0 + part.1
        line += String(repeating: " ", count: widths[c].1 - part.1.count)
        if c < columns - 1 { line += "  " }
      }
      lines.append(line)
      if rows > screen, k == half - 1 {
        var dots = " "
        for c in 0..<columns {
          let width = widths[c].0 + widths[c].1
          if c % 5 == 0 {
            let left = String(repeating: " ", count: max(0, widths[c].0 - 1))
            dots += left + "⋮" + String(repeating: " ", count: max(0, width - 1 - left.count))
          } else {
            dots += String(repeating: " ", count: width)
          }
          if c < columns - 1 { dots += "  " }
        }
        lines.append(dots)
      }
    }
    return header + ":\n" + lines.joined(separator: "\n")
  }

  /// Julia's `alignment`: numbers split before the first `.`, `e` or `f`; integers are all
  /// left part; other values all right part.
  func alignmentParts(_ value: Value, _ text: String) -> (String, String) {
    switch value {
    case .int, .bool: return (text, "")
    case .object(let pair as PairObject) where pair.isTight:
      // Julia 1.0's `alignment(io, ::Pair)`: aligned on the `=` of ` => `.
      var left = showElement(pair.first, compact: false).count + 2
      if case .object(let inner as PairObject) = pair.first, inner.isTight { left += 2 }
      return (String(text.prefix(left)), String(text.dropFirst(left)))
    case .object(let number as NumberObject):
      return Self.numberAlignment(number, text)
    case .float, .trackedReal:
      if let index = text.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" || $0 == "f" }) {
        return (String(text[..<index]), String(text[index...]))
      }
      return (text, "")
    default:
      return ("", text)
    }
  }

  /// base/show.jl's `alignment` of the wider numbers: integers all left; floats split before
  /// `.`, `e` or `f`; a complex number after the sign of its imaginary part; a rational after
  /// its first `/`.
  static func numberAlignment(_ number: NumberObject, _ text: String) -> (String, String) {
    switch number.payload {
    case .integer, .bigInt: return (text, "")
    case .float32:
      if let index = text.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "f" }) {
        return (String(text[..<index]), String(text[index...]))
      }
      return (text, "")
    case .rational:
      if let index = text.firstIndex(of: "/") {
        let after = text.index(after: index)
        return (String(text[..<after]), String(text[after...]))
      }
      return (text, "")
    case .complex:
      // The last `+` or `-` not after an `e`.
      let characters = Array(text)
      var k = characters.count - 1
      while k > 0 {
        if characters[k] == "+" || characters[k] == "-", characters[k - 1] != "e" {
          return (String(characters[...k]), String(characters[(k + 1)...]))
        }
        k -= 1
      }
      return (text, "")
    }
  }
}

import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG string parsed with Foundation's XML parser, with helpers to find its parts.
struct SVGDocument {
  let root: XMLElement

  /// Parses `text`; fails the test when it is not well-formed XML.
  init(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let document = try XMLDocument(xmlString: text, options: [])
    root = try #require(document.rootElement(), sourceLocation: sourceLocation)
  }

  /// Every element named `name` (local name), in document order.
  func elements(_ name: String) -> [XMLElement] {
    var found: [XMLElement] = []
    func walk(_ element: XMLElement) {
      if (element.localName ?? element.name) == name { found.append(element) }
      for case let child as XMLElement in element.children ?? [] { walk(child) }
    }
    walk(root)
    return found
  }

  /// Elements named `name` whose class attribute is `className`.
  func elements(_ name: String, class className: String) -> [XMLElement] {
    elements(name).filter { $0.value("class") == className }
  }

  /// The text of every `<text>` element.
  var texts: [String] { elements("text").map { $0.stringValue ?? "" } }

  /// The drawing's box as (minX, minY, width, height): the root's viewBox, or for a plot
  /// (which has none: it fills its container's width) the design width its plot area's
  /// coordinates are pixels of, and its height.
  var viewBox: (Double, Double, Double, Double)? {
    if let value = root.value("viewBox") { return Self.numbers(value) }
    guard let area = elements("svg", class: "sgp-area").first,
      let box = area.value("viewBox").flatMap(Self.numbers),
      let left = area.value("x").flatMap(Self.percent),
      let width = area.value("width").flatMap(Self.percent),
      let height = root.value("height").flatMap(Double.init)
    else { return nil }
    // The area spans left…left+width percent of the figure and box.0…box.0+box.2 pixels.
    let designWidth = (box.0 + box.2) / ((left + width) / 100)
    return (0, 0, designWidth, height)
  }

  /// The x of a text in pixels of the design width (`x` may be a percentage), counting the
  /// nested `<svg>`s it is in.
  func x(of text: XMLElement) -> Double? {
    guard let (_, _, width, _) = viewBox else { return nil }
    return offset("x", of: text) { value in
      Self.percent(value).map { $0 * width / 100 } ?? Double(value)
    }
  }

  /// The y of a text in pixels, counting the nested `<svg>`s it is in.
  func y(of text: XMLElement) -> Double? {
    offset("y", of: text) { Double($0) }
  }

  /// The sum of attribute `name` (0 when absent) over `element` and its ancestors below the
  /// root; `nil` when a value does not read.
  private func offset(_ name: String, of element: XMLElement, _ read: (String) -> Double?)
    -> Double?
  {
    var total = 0.0
    var current: XMLElement? = element
    while let node = current, node !== root {
      if let value = node.value(name) {
        guard let number = read(value) else { return nil }
        total += number
      }
      current = node.parent as? XMLElement
    }
    return total
  }

  private static func numbers(_ value: String) -> (Double, Double, Double, Double)? {
    let numbers = value.split(separator: " ").compactMap { Double($0) }
    guard numbers.count == 4 else { return nil }
    return (numbers[0], numbers[1], numbers[2], numbers[3])
  }

  private static func percent(_ value: String) -> Double? {
    value.hasSuffix("%") ? Double(value.dropLast()) : nil
  }
}

extension XMLElement {
  /// The value of attribute `name`, or `nil`.
  ///
  /// Looks through `attributes` by name, which works the same on every platform's Foundation.
  func value(_ name: String) -> String? {
    attributes?.first { ($0.localName ?? $0.name) == name || $0.name == name }?.stringValue
  }

  /// The child elements named `name`.
  func children(named name: String) -> [XMLElement] {
    (children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
  }
}

/// The absolute points a path visits, one array per subpath (`M`/`m` starts one).
///
/// Understands the commands the renderers write: M m L l H h V v C z.
func subpaths(of data: String) -> [[(x: Double, y: Double)]] {
  var tokens: [String] = []
  var current = ""
  for character in data {
    if character.isLetter {
      if !current.isEmpty { tokens.append(current) }
      tokens.append(String(character))
      current = ""
    } else if character == " " || character == "," {
      if !current.isEmpty { tokens.append(current) }
      current = ""
    } else if character == "-" {
      if !current.isEmpty { tokens.append(current) }
      current = "-"
    } else if character == ".", current.contains(".") {
      tokens.append(current)
      current = "."
    } else {
      current.append(character)
    }
  }
  if !current.isEmpty { tokens.append(current) }

  var result: [[(x: Double, y: Double)]] = []
  var x = 0.0
  var y = 0.0
  var command: Character = "M"
  var index = 0
  func number() -> Double {
    defer { index += 1 }
    return index < tokens.count ? Double(tokens[index]) ?? .nan : .nan
  }
  while index < tokens.count {
    if let first = tokens[index].first, first.isLetter {
      command = first
      index += 1
      if command == "z" || command == "Z" { continue }
    }
    switch command {
    case "M":
      x = number()
      y = number()
      result.append([(x, y)])
      command = "L"
    case "m":
      x += number()
      y += number()
      result.append([(x, y)])
      command = "l"
    case "L":
      x = number()
      y = number()
      result[result.count - 1].append((x, y))
    case "l":
      x += number()
      y += number()
      result[result.count - 1].append((x, y))
    case "H":
      x = number()
      result[result.count - 1].append((x, y))
    case "h":
      x += number()
      result[result.count - 1].append((x, y))
    case "V":
      y = number()
      result[result.count - 1].append((x, y))
    case "v":
      y += number()
      result[result.count - 1].append((x, y))
    case "C":
      for _ in 0..<2 {
        _ = number()
        _ = number()
      }
      x = number()
      y = number()
      result[result.count - 1].append((x, y))
    default:
      index += 1
    }
  }
  return result
}

/// A grid of braille characters, each holding 2 × 4 dots, with a color per character.
struct BrailleCanvas {
  /// The size in characters.
  let columns: Int
  let rows: Int
  /// The dot bits of each character, row by row (bit layout of Unicode's braille block).
  private(set) var bits: [UInt8]
  /// The color slot of each character: the last drawing that touched it, or `nil`.
  private(set) var colors: [Int?]

  /// The size in dots.
  var dotWidth: Int { columns * 2 }
  var dotHeight: Int { rows * 4 }

  init(columns: Int, rows: Int) {
    self.columns = max(1, columns)
    self.rows = max(1, rows)
    bits = [UInt8](repeating: 0, count: self.columns * self.rows)
    colors = [Int?](repeating: nil, count: self.columns * self.rows)
  }

  /// The bit of dot (column, row) inside a character, from the Unicode braille patterns:
  /// dots 1-2-3 down the left column, 4-5-6 down the right, then 7 and 8 below them.
  private static let dotBits: [[UInt8]] = [
    [0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80],
  ]

  /// Sets the dot at (x, y), counted from the top left, in color slot `color`.
  mutating func set(x: Int, y: Int, color: Int) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y / 4) * columns + x / 2
    bits[cell] |= BrailleCanvas.dotBits[y % 4][x % 2]
    colors[cell] = color
  }

  /// Draws a straight line between two points in dot coordinates, clipped to the canvas.
  mutating func line(from a: PathData.Point, to b: PathData.Point, color: Int) {
    let frame = PathData(
      minX: 0, minY: 0, maxX: Double(dotWidth - 1), maxY: Double(dotHeight - 1))
    guard let (start, end) = frame.clip(a, b) else { return }
    let dx = end.x - start.x
    let dy = end.y - start.y
    let steps = Int(max(dx.magnitude, dy.magnitude).rounded(.up))
    if steps == 0 {
      set(x: Int(start.x.rounded()), y: Int(start.y.rounded()), color: color)
      return
    }
    for step in 0...steps {
      let t = Double(step) / Double(steps)
      set(x: Int((start.x + t * dx).rounded()), y: Int((start.y + t * dy).rounded()), color: color)
    }
  }

  /// The character at (column, row).
  func character(column: Int, row: Int) -> Character {
    let value = 0x2800 + UInt32(bits[row * columns + column])
    return Character(Unicode.Scalar(value) ?? "?")
  }

  /// The color slot at (column, row), `nil` when no dot is set there.
  func color(column: Int, row: Int) -> Int? {
    let cell = row * columns + column
    return bits[cell] == 0 ? nil : colors[cell]
  }
}

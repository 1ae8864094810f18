/// Compact SVG path data for polylines and markers, on a grid of tenths of a pixel.
///
/// Points are clipped to a rectangle, rounded to 0.1 px, stripped of repeats and of points
/// that lie within `tolerance` of the line through their neighbours (Ramer–Douglas–Peucker),
/// then written with relative commands.
struct PathData {
  /// A point in pixels.
  struct Point: Equatable {
    var x: Double
    var y: Double
  }

  /// The visible rectangle in pixels; segments are cut to it.
  var minX: Double
  var minY: Double
  var maxX: Double
  var maxY: Double
  /// The largest distance in tenths of a pixel a dropped point may lie from the kept line.
  var tolerance: Int = 2

  /// Path data for lines through `points`; `nil` entries (NaN, Inf, log of ≤ 0) break the line.
  ///
  /// An isolated point becomes a zero-length segment, which round caps draw as a dot.
  func lines(through points: [Point?]) -> String {
    var text = ""
    var run: [Point] = []
    for point in points {
      if let point {
        run.append(point)
      } else {
        appendRun(run, to: &text)
        run.removeAll(keepingCapacity: true)
      }
    }
    appendRun(run, to: &text)
    return text
  }

  /// Writes the visible parts of one unbroken run of points.
  private func appendRun(_ run: [Point], to text: inout String) {
    if run.count == 1 {
      if contains(run[0]) { append([Self.tenths(run[0])], to: &text) }
      return
    }
    var current: [Point] = []
    func finish() {
      if !current.isEmpty { append(simplify(deduplicated(current.map(Self.tenths))), to: &text) }
      current.removeAll(keepingCapacity: true)
    }
    for index in run.indices.dropFirst() {
      guard let (a, b) = clip(run[index - 1], run[index]) else {
        finish()
        continue
      }
      if current.last != a {
        finish()
        current.append(a)
      }
      current.append(b)
      // A segment cut at its end leaves the rectangle: the next one starts a new line.
      if b != run[index] { finish() }
    }
    finish()
  }

  /// Path data drawing a dot at each visible point (zero-length segments with round caps).
  func markers(at points: [Point?]) -> String {
    var text = ""
    var last: (Int, Int)?
    for case let point? in points where contains(point) {
      let here = Self.tenths(point)
      if let last {
        if last == here { continue }
        text.append("m")
        appendPair(here.0 - last.0, here.1 - last.1, to: &text)
      } else {
        text.append("M")
        appendPair(here.0, here.1, to: &text)
      }
      text.append("h0")
      last = here
    }
    return text
  }

  /// Whether a point lies inside the rectangle.
  private func contains(_ point: Point) -> Bool {
    point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
  }

  /// The part of the segment from `a` to `b` inside the rectangle (Liang–Barsky), if any.
  func clip(_ a: Point, _ b: Point) -> (Point, Point)? {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var t0 = 0.0
    var t1 = 1.0
    let edges = [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)]
    for (p, q) in edges {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let t = q / p
      if p < 0 {
        if t > t1 { return nil }
        t0 = max(t0, t)
      } else {
        if t < t0 { return nil }
        t1 = min(t1, t)
      }
    }
    guard t0.isFinite, t1.isFinite else { return nil }
    let start = t0 == 0 ? a : Point(x: a.x + t0 * dx, y: a.y + t0 * dy)
    let end = t1 == 1 ? b : Point(x: a.x + t1 * dx, y: a.y + t1 * dy)
    return (start, end)
  }

  /// A point in whole tenths of a pixel.
  private static func tenths(_ point: Point) -> (Int, Int) {
    (Int((point.x * 10).rounded()), Int((point.y * 10).rounded()))
  }

  /// The points without immediate repeats.
  private func deduplicated(_ points: [(Int, Int)]) -> [(Int, Int)] {
    var kept: [(Int, Int)] = []
    kept.reserveCapacity(points.count)
    for point in points where kept.last.map({ $0 != point }) ?? true { kept.append(point) }
    return kept
  }

  /// Ramer–Douglas–Peucker: keeps the ends and every point farther than `tolerance` from the
  /// chord of its kept neighbours.
  private func simplify(_ points: [(Int, Int)]) -> [(Int, Int)] {
    guard points.count > 2 else { return points }
    var keep = [Bool](repeating: false, count: points.count)
    keep[0] = true
    keep[points.count - 1] = true
    var stack = [(0, points.count - 1)]
    let limit = Double(tolerance)
    while let (first, last) = stack.popLast() {
      guard last - first > 1 else { continue }
      let (ax, ay) = (Double(points[first].0), Double(points[first].1))
      let (bx, by) = (Double(points[last].0), Double(points[last].1))
      let dx = bx - ax
      let dy = by - ay
      let length = (dx * dx + dy * dy).squareRoot()
      var farthest = first
      var distance = -1.0
      for index in (first + 1)..<last {
        let px = Double(points[index].0) - ax
        let py = Double(points[index].1) - ay
        // Distance to the chord, or to its start when the chord has no length.
        let d = length == 0 ? (px * px + py * py).squareRoot() : abs(px * dy - py * dx) / length
        if d > distance {
          distance = d
          farthest = index
        }
      }
      if distance > limit {
        keep[farthest] = true
        stack.append((first, farthest))
        stack.append((farthest, last))
      }
    }
    var kept: [(Int, Int)] = []
    for (index, point) in points.enumerated() where keep[index] { kept.append(point) }
    return kept
  }

  /// Writes one polyline: `M` to its start, then relative `l` steps (or `h0` for one point).
  private func append(_ points: [(Int, Int)], to text: inout String) {
    guard let first = points.first else { return }
    text.append("M")
    appendPair(first.0, first.1, to: &text)
    if points.count == 1 {
      text.append("h0")
      return
    }
    text.append("l")
    var previous = first
    for (index, point) in points.dropFirst().enumerated() {
      if index > 0, point.0 - previous.0 >= 0 { text.append(" ") }
      appendPair(point.0 - previous.0, point.1 - previous.1, to: &text)
      previous = point
    }
  }

  /// Writes `x y` in tenths, with the separator dropped before a minus sign.
  private func appendPair(_ x: Int, _ y: Int, to text: inout String) {
    NumberFormat.appendTenths(x, to: &text)
    if y >= 0 { text.append(" ") }
    NumberFormat.appendTenths(y, to: &text)
  }
}

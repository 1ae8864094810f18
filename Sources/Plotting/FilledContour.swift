/// The regions between contour levels ("bands") of gridded values, as polygons: each grid cell
/// is split into two triangles along its rising diagonal, the values interpolated linearly on
/// each, and a triangle clipped to the part where the value lies in the band
/// (Sutherland–Hodgman clipping against `z ≥ lower` and `z ≤ upper`). A cell lying wholly in
/// one band is that band's rectangle.
public enum FilledContour {
  /// A point of a polygon and the value there.
  struct Vertex {
    var x: Double
    var y: Double
    var z: Double
  }

  /// The polygons (in data coordinates) where `lower ≤ z ≤ upper`.
  public static func band(
    x: [Double], y: [Double], z: [[Double]], lower: Double, upper: Double
  ) -> [[(x: Double, y: Double)]] {
    var polygons: [[(x: Double, y: Double)]] = []
    let rows = min(y.count, z.count)
    guard rows >= 2 else { return [] }
    for row in 0..<(rows - 1) {
      let columns = min(x.count, z[row].count, z[row + 1].count)
      guard columns >= 2 else { continue }
      // Whole cells in a row next to each other make one rectangle.
      var run: (from: Double, to: Double)?
      func flush() {
        if let (from, to) = run {
          polygons.append([(from, y[row]), (to, y[row]), (to, y[row + 1]), (from, y[row + 1])])
        }
        run = nil
      }
      for column in 0..<(columns - 1) {
        let a = Vertex(x: x[column], y: y[row], z: z[row][column])
        let b = Vertex(x: x[column + 1], y: y[row], z: z[row][column + 1])
        let c = Vertex(x: x[column + 1], y: y[row + 1], z: z[row + 1][column + 1])
        let d = Vertex(x: x[column], y: y[row + 1], z: z[row + 1][column])
        let corners = [a, b, c, d]
        guard corners.allSatisfy({ !$0.z.isNaN }) else {
          flush()
          continue
        }
        if corners.allSatisfy({ $0.z >= lower && $0.z <= upper }) {
          run = (run?.from ?? a.x, b.x)
          continue
        }
        flush()
        if corners.allSatisfy({ $0.z < lower }) || corners.allSatisfy({ $0.z > upper }) {
          continue
        }
        for triangle in [[a, b, c], [a, c, d]] {
          let clipped = clip(
            clip(triangle, level: lower, keepAbove: true), level: upper,
            keepAbove: false)
          if clipped.count >= 3 { polygons.append(clipped.map { ($0.x, $0.y) }) }
        }
      }
      flush()
    }
    return polygons
  }

  /// The part of a convex polygon (values linear along its edges) on one side of a level.
  static func clip(_ polygon: [Vertex], level: Double, keepAbove: Bool) -> [Vertex] {
    guard !polygon.isEmpty else { return [] }
    func inside(_ v: Vertex) -> Bool { keepAbove ? v.z >= level : v.z <= level }
    var result: [Vertex] = []
    for index in polygon.indices {
      let current = polygon[index]
      let next = polygon[(index + 1) % polygon.count]
      if inside(current) { result.append(current) }
      if inside(current) != inside(next) {
        let t = (level - current.z) / (next.z - current.z)
        result.append(
          Vertex(
            x: current.x + t * (next.x - current.x), y: current.y + t * (next.y - current.y),
            z: level))
      }
    }
    return result
  }
}

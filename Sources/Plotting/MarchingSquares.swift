/// Contour lines of gridded values by marching squares: for each grid cell, the segments
/// where the bilinear surface through its corners crosses a level, with the crossing points on
/// the cell's edges interpolated linearly between the corner values.
public enum MarchingSquares {
  /// One straight piece of a contour line, in data coordinates.
  public struct Segment: Sendable, Equatable {
    public var from: (x: Double, y: Double)
    public var to: (x: Double, y: Double)

    public static func == (lhs: Segment, rhs: Segment) -> Bool {
      lhs.from == rhs.from && lhs.to == rhs.to
    }
  }

  /// The segments where `z` (rows along `y`, columns along `x`) equals `level`.
  ///
  /// A corner counts as above the level when its value is at least the level. A cell with a
  /// NaN corner draws nothing. In the two saddle cases the cell's mean value decides which
  /// corners the lines separate.
  public static func segments(x: [Double], y: [Double], z: [[Double]], level: Double)
    -> [Segment]
  {
    var segments: [Segment] = []
    let rows = min(y.count, z.count)
    guard rows >= 2 else { return [] }
    for row in 0..<(rows - 1) {
      let columns = min(x.count, z[row].count, z[row + 1].count)
      guard columns >= 2 else { continue }
      for column in 0..<(columns - 1) {
        // Corners counter-clockwise from the lower left.
        let corners = [
          (x[column], y[row], z[row][column]), (x[column + 1], y[row], z[row][column + 1]),
          (x[column + 1], y[row + 1], z[row + 1][column + 1]),
          (x[column], y[row + 1], z[row + 1][column]),
        ]
        guard corners.allSatisfy({ !$0.2.isNaN }) else { continue }
        let above = corners.map { $0.2 >= level }
        // The crossing on edge k, between corner k and corner k + 1.
        func crossing(_ edge: Int) -> (x: Double, y: Double) {
          let a = corners[edge]
          let b = corners[(edge + 1) % 4]
          let t = (level - a.2) / (b.2 - a.2)
          return (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
        }
        let crossed = (0..<4).filter { above[$0] != above[($0 + 1) % 4] }
        if crossed.count == 2 {
          segments.append(Segment(from: crossing(crossed[0]), to: crossing(crossed[1])))
        } else if crossed.count == 4 {
          let mean = corners.reduce(0) { $0 + $1.2 } / 4
          // Corners 0 and 2 share a side of the level, 1 and 3 the other. When the middle is
          // on corner 0's side, the lines cut off corners 1 and 3; otherwise 0 and 2.
          if (mean >= level) == above[0] {
            segments.append(Segment(from: crossing(0), to: crossing(1)))
            segments.append(Segment(from: crossing(2), to: crossing(3)))
          } else {
            segments.append(Segment(from: crossing(3), to: crossing(0)))
            segments.append(Segment(from: crossing(1), to: crossing(2)))
          }
        }
      }
    }
    return segments
  }
}

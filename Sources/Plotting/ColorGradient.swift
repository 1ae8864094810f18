/// A continuous color scale: colors at positions from 0 to 1, interpolated linearly in RGB.
public struct ColorGradient: Sendable, Equatable {
  /// The stops' colors as red, green and blue fractions.
  public var stops: [(red: Double, green: Double, blue: Double)]

  /// Creates a gradient with evenly spaced stops (at least one).
  public init(stops: [(red: Double, green: Double, blue: Double)]) {
    self.stops = stops.isEmpty ? [(0, 0, 0)] : stops
  }

  public static func == (lhs: ColorGradient, rhs: ColorGradient) -> Bool {
    lhs.stops.count == rhs.stops.count
      && zip(lhs.stops, rhs.stops).allSatisfy { $0 == $1 }
  }

  /// The color at `t` (clamped to 0…1), as PlotUtils 0.5's `getindex(::ColorGradient, z)`
  /// finds it: the first stop when `t` is at or below it, else a linear interpolation between
  /// the two stops around `t`. Components round to the nearest of 256 levels.
  public func color(at t: Double) -> Color {
    let (red, green, blue) = components(at: t)
    func byte(_ value: Double) -> UInt8 { UInt8((min(max(value, 0), 1) * 255).rounded()) }
    return Color(red: byte(red), green: byte(green), blue: byte(blue))
  }

  /// The interpolated components at `t` before rounding.
  public func components(at t: Double) -> (Double, Double, Double) {
    let n = stops.count
    guard n > 1, t > 0, !t.isNaN else { return stops[0] }
    for index in 1..<n {
      let upper = Double(index) / Double(n - 1)
      if t <= upper {
        let lower = Double(index - 1) / Double(n - 1)
        let w = (t - lower) / (upper - lower)
        let a = stops[index - 1]
        let b = stops[index]
        return (
          a.red + w * (b.red - a.red), a.green + w * (b.green - a.green),
          a.blue + w * (b.blue - a.blue)
        )
      }
    }
    return stops[n - 1]
  }

  /// Plots' default gradient for heatmaps and contours (`:inferno`, the default of PlotUtils
  /// 0.5's `:Plots` color library): 30 of matplotlib's 256 inferno colors, taken as PlotUtils'
  /// `sample_evenly(colors, 30)` takes them (indices `round(Int, x)` for `x` in
  /// `range(1, stop=256, length=30)`), values from src/gradients/matplotlib.jl.
  public static let inferno = ColorGradient(stops: [
    (0.001462, 0.000466, 0.013866), (0.016561, 0.013136, 0.080282),
    (0.051644, 0.032474, 0.159254), (0.092990, 0.045583, 0.234358),
    (0.149073, 0.045468, 0.317085), (0.211095, 0.037030, 0.378563),
    (0.271347, 0.040922, 0.411976), (0.328921, 0.057827, 0.427511),
    (0.379001, 0.076253, 0.432719), (0.434987, 0.097069, 0.432039),
    (0.491022, 0.117179, 0.425552), (0.547157, 0.136929, 0.413511),
    (0.603139, 0.157151, 0.395891), (0.652369, 0.176421, 0.375586),
    (0.706500, 0.200728, 0.347777), (0.758422, 0.229097, 0.315266),
    (0.807082, 0.262692, 0.278898), (0.846709, 0.297559, 0.244113),
    (0.886302, 0.342586, 0.202968), (0.919879, 0.393389, 0.160070),
    (0.946965, 0.449191, 0.115272), (0.967322, 0.509078, 0.068659),
    (0.979666, 0.565057, 0.031409), (0.986964, 0.630485, 0.030908),
    (0.987124, 0.697944, 0.087731), (0.980032, 0.766837, 0.166353),
    (0.966243, 0.836191, 0.261534), (0.951546, 0.896226, 0.365627),
    (0.949545, 0.955063, 0.507860), (0.988362, 0.998364, 0.644924),
  ])
}

/// The eight basic terminal colors a braille figure is drawn in.
public enum ANSIColor: Int, Sendable, Equatable, CaseIterable {
  case red = 31
  case green = 32
  case yellow = 33
  case blue = 34
  case magenta = 35
  case cyan = 36
  case white = 37
  case gray = 90

  /// The escape sequence that starts this color.
  var start: String { "\u{1B}[\(rawValue)m" }

  /// The escape sequence that returns to the terminal's default foreground.
  static let reset = "\u{1B}[39m"

  /// UnicodePlots' series colors, in the order it gives them to series: its `color_cycle`
  /// (`[:green, :blue, :red, :magenta, :yellow, :cyan]`, src/common.jl, v1.0 and v1.1). Its
  /// border is `:light_black`, ANSI 90 (`gray`, src/graphics.jl).
  public static let unicodePlotsCycle: [ANSIColor] = [
    .green, .blue, .red, .magenta, .yellow, .cyan,
  ]

  /// The basic color nearest in hue to `color`; grays become gray or white.
  public init(nearest color: Color) {
    let r = Double(color.red)
    let g = Double(color.green)
    let b = Double(color.blue)
    let high = max(r, g, b)
    let low = min(r, g, b)
    if high - low < 40 {
      self = high > 200 ? .white : .gray
      return
    }
    var hue: Double
    if high == r {
      hue = 60 * (g - b) / (high - low)
    } else if high == g {
      hue = 60 * (2 + (b - r) / (high - low))
    } else {
      hue = 60 * (4 + (r - g) / (high - low))
    }
    if hue < 0 { hue += 360 }
    switch hue {
    case ..<20: self = .red
    case ..<70: self = .yellow
    case ..<165: self = .green
    case ..<200: self = .cyan
    case ..<260: self = .blue
    case ..<335: self = .magenta
    default: self = .red
    }
  }
}

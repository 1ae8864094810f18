/// An opaque sRGB color.
public struct Color: Sendable, Hashable {
  /// The red component, 0…255.
  public var red: UInt8
  /// The green component, 0…255.
  public var green: UInt8
  /// The blue component, 0…255.
  public var blue: UInt8

  /// Creates a color from its components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Creates a color from a 24-bit `0xRRGGBB` value.
  public init(hex: UInt32) {
    self.init(
      red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
  }

  /// Parses a CSS color: `#rgb`, `#rrggbb` or a common CSS color name, case-insensitive.
  ///
  /// - Returns: `nil` for anything else.
  public init?(css text: String) {
    let trimmed = text.trimmingASCIISpaces().lowercased()
    if trimmed.hasPrefix("#") {
      let digits = Array(trimmed.utf8.dropFirst())
      guard digits.count == 3 || digits.count == 6 else { return nil }
      var value: UInt32 = 0
      for digit in digits {
        guard let nibble = Color.hexValue(digit) else { return nil }
        value = value << 4 | nibble
        if digits.count == 3 { value = value << 4 | nibble }
      }
      self.init(hex: value)
    } else if let hex = Color.cssNames[trimmed] {
      self.init(hex: hex)
    } else {
      return nil
    }
  }

  /// The color as `#rrggbb`, lowercase.
  public var hexString: String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = [UInt8(ascii: "#")]
    for component in [red, green, blue] {
      bytes.append(digits[Int(component >> 4)])
      bytes.append(digits[Int(component & 0xF)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// plotly.js's default colorway (`layout.colorway`, the D3 category10 colors), in order.
  public static let plotlyColorway: [Color] = [
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22,
    0x17becf,
  ].map { Color(hex: $0) }

  private static func hexValue(_ digit: UInt8) -> UInt32? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(digit - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(digit - UInt8(ascii: "a") + 10)
    default: nil
    }
  }

  /// Common named colors with their values from CSS Color Module Level 4, §6.1.
  private static let cssNames: [String: UInt32] = [
    "black": 0x000000, "white": 0xffffff, "gray": 0x808080, "grey": 0x808080,
    "silver": 0xc0c0c0, "lightgray": 0xd3d3d3, "lightgrey": 0xd3d3d3, "darkgray": 0xa9a9a9,
    "darkgrey": 0xa9a9a9, "red": 0xff0000, "maroon": 0x800000, "darkred": 0x8b0000,
    "crimson": 0xdc143c, "tomato": 0xff6347, "coral": 0xff7f50, "orange": 0xffa500,
    "darkorange": 0xff8c00, "gold": 0xffd700, "yellow": 0xffff00, "olive": 0x808000,
    "lime": 0x00ff00, "green": 0x008000, "darkgreen": 0x006400, "forestgreen": 0x228b22,
    "seagreen": 0x2e8b57, "teal": 0x008080, "cyan": 0x00ffff, "aqua": 0x00ffff,
    "blue": 0x0000ff, "navy": 0x000080, "darkblue": 0x00008b, "royalblue": 0x4169e1,
    "steelblue": 0x4682b4, "skyblue": 0x87ceeb, "purple": 0x800080, "indigo": 0x4b0082,
    "violet": 0xee82ee, "magenta": 0xff00ff, "fuchsia": 0xff00ff, "pink": 0xffc0cb,
    "hotpink": 0xff69b4, "brown": 0xa52a2a, "chocolate": 0xd2691e, "tan": 0xd2b48c,
  ]
}

extension String {
  /// The string without leading and trailing ASCII spaces, tabs and newlines.
  func trimmingASCIISpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}

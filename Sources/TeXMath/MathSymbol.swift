/// The contents and attributes of one `<mo>`.
///
/// Attributes left `nil` take the MathML Core operator dictionary's value for the character.
struct MathSymbol: Hashable, Sendable {
  /// Whether an operator comes before, between or after its operands.
  enum Form: String, Hashable, Sendable {
    case prefix
    case infix
    case postfix
  }

  var text: String
  var form: Form?
  var fence = false
  var stretchy: Bool?
  var symmetric: Bool?
  /// `minsize` and `maxsize` in em, for `\big` and its siblings.
  var size: Double?
  /// `lspace` in math units (1/18 em).
  var leftSpace: Int?
  /// `rspace` in math units (1/18 em).
  var rightSpace: Int?

  init(
    _ text: String, form: Form? = nil, fence: Bool = false, stretchy: Bool? = nil,
    symmetric: Bool? = nil, size: Double? = nil, leftSpace: Int? = nil, rightSpace: Int? = nil
  ) {
    self.text = text
    self.form = form
    self.fence = fence
    self.stretchy = stretchy
    self.symmetric = symmetric
    self.size = size
    self.leftSpace = leftSpace
    self.rightSpace = rightSpace
  }

  /// Whether this opens a bracket pair, so a function name before it needs no space.
  var opensGroup: Bool {
    form == .prefix || MathSymbol.openingDelimiters.contains(text)
  }

  static let openingDelimiters: Set<String> = ["(", "[", "{", "⟨", "⌊", "⌈"]
}

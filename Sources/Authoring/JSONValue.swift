import SourcePositions

/// A JSON value read from a text (RFC 8259), each part with the place it was read from, so
/// that what is wrong with a document can be reported at its line and column.
package enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// A number: its value and its text as written (`4`, `1.0e-5`).
  case number(Double, literal: String)
  case string(String)
  case array([JSONNode])
  /// An object's members in the order written.
  case object([JSONMember])

  /// What the value is, as an error message names it: `a string`, `an array`.
  package var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// A JSON value and where it stands in the text it was read from.
package struct JSONNode: Sendable, Equatable {
  package var value: JSONValue
  /// From the value's first byte to its last, inclusive.
  package var range: SourceRange

  package init(_ value: JSONValue, at range: SourceRange) {
    self.value = value
    self.range = range
  }

  /// Where the value starts.
  package var location: SourceLocation { range.start }

  /// The value of the member `key`, when the value is an object that has one.
  package subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The text, when the value is a string.
  package var string: String? {
    guard case .string(let text) = value else { return nil }
    return text
  }

  /// The elements, when the value is an array.
  package var array: [JSONNode]? {
    guard case .array(let elements) = value else { return nil }
    return elements
  }

  /// The members, when the value is an object.
  package var members: [JSONMember]? {
    guard case .object(let members) = value else { return nil }
    return members
  }

  /// The integer, when the value is a number without a fraction that fits an `Int`.
  package var integer: Int? {
    guard case .number(let number, _) = value, number == number.rounded(),
      abs(number) < 0x1p53
    else { return nil }
    return Int(number)
  }
}

/// One `"key": value` of a JSON object.
package struct JSONMember: Sendable, Equatable {
  package var key: String
  /// Where the key's string starts and ends, quotes included.
  package var keyRange: SourceRange
  package var value: JSONNode

  package init(key: String, keyRange: SourceRange, value: JSONNode) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

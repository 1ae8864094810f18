/// A binary operator of the language.
enum BinaryOperator: String {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case power = "^"
  case leftDivide = "\\"
  case remainder = "%"
  case integerDivide = "÷"
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case identical = "==="
  case notIdentical = "!=="
  case isIn = "in"
  case notIn = "∉"
  case isa = "isa"
  case approximately = "≈"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "⊻"
  case compose = "∘"
  case subtype = "<:"
  case supertype = ">:"
  case rational = "//"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case shiftRightLogical = ">>>"
  case dot = "⋅"
  case cross = "×"

  /// The operator for a source spelling (`≤` is `<=`, `∈` is `in`, …).
  init?(spelling: String) {
    switch spelling {
    case "≤": self = .lessOrEqual
    case "≥": self = .greaterOrEqual
    case "≠": self = .notEqual
    case "∈": self = .isIn
    default: self.init(rawValue: spelling)
    }
  }

  /// The name of the function the operator calls, for messages.
  var functionName: String {
    switch self {
    case .isIn: "in"
    case .notIn: "∉"
    case .isa: "isa"
    default: rawValue
    }
  }
}

/// A prefix operator of the language.
enum UnaryOperator: String {
  case negate = "-"
  case plus = "+"
  case not = "!"
  case squareRoot = "√"
  case bitNot = "~"
}

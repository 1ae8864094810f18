import SourcePositions

extension Parser {
  /// Decodes a string literal token: escapes, `$name` and `$(expression)` interpolations.
  mutating func parseString(_ token: Token) throws -> Syntax {
    let scalars = Array(token.text.unicodeScalars)
    let triple = scalars.count >= 6 && scalars[1] == "\"" && scalars[2] == "\""
    let quote = triple ? 3 : 1
    var index = quote
    let end = scalars.count - quote
    var line = token.span.start.line
    var column = token.span.start.column + quote
    var parts: [StringPart] = []
    var text = ""
    func step(_ count: Int = 1) {
      for _ in 0..<count {
        if scalars[index] == "\n" {
          line += 1
          column = 1
        } else {
          column += UTF8.width(scalars[index])
        }
        index += 1
      }
    }
    if triple, index < end, scalars[index] == "\n" { step() }
    while index < end {
      let scalar = scalars[index]
      if scalar == "\\", index + 1 < end {
        let next = scalars[index + 1]
        if next == "u" || next == "U" || next == "x" {
          var digits = ""
          var cursor = index + 2
          let braced = cursor < end && scalars[cursor] == "{"
          if braced { cursor += 1 }
          while cursor < end, scalars[cursor].properties.isASCIIHexDigit,
            // Julia reads at most 2 hexadecimal digits after \x, 4 after \u, 8 after \U.
            digits.count < (next == "x" ? 2 : next == "u" ? 4 : 8)
          {
            digits.unicodeScalars.append(scalars[cursor])
            cursor += 1
          }
          if braced, cursor < end, scalars[cursor] == "}" { cursor += 1 }
          if next == "x", let value = UInt32(digits, radix: 16), value >= 0x80 {
            // In Julia "\xff" is a raw byte, not a character: a string sitegen cannot hold.
            let location = SourceLocation(line: line, column: column)
            errors.append(
              ParseError(
                message:
                  "the byte escape \\x\(digits) (not valid UTF-8 alone) is not supported by sitegen's Julia",
                span: SourceSpan(
                  start: location,
                  end: SourceLocation(line: line, column: column + cursor - index)),
                isUnsupported: true))
          }
          if let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) {
            text.unicodeScalars.append(decoded)
            step(cursor - index)
            continue
          }
        }
        if next == "\n" {
          step(2)
          while index < end, scalars[index] == " " || scalars[index] == "\t" { step() }
          continue
        }
        guard let decoded = Self.escape(next) else {
          let location = SourceLocation(line: line, column: column)
          errors.append(
            ParseError(
              message: "invalid escape sequence \"\\\(next)\"",
              span: SourceSpan(
                start: location,
                end: SourceLocation(line: line, column: column + 1 + UTF8.width(next)))
            ))
          step(2)
          continue
        }
        text.unicodeScalars.append(decoded)
        step(2)
        continue
      }
      if scalar == "$", index + 1 < end {
        let location = SourceLocation(line: line, column: column)
        if scalars[index + 1] == "(" {
          var depth = 0
          var cursor = index + 1
          var inString = false
          while cursor < end {
            let c = scalars[cursor]
            if inString {
              if c == "\\" { cursor += 1 } else if c == "\"" { inString = false }
            } else if c == "\"" {
              inString = true
            } else if c == "(" {
              depth += 1
            } else if c == ")" {
              depth -= 1
              if depth == 0 { break }
            }
            cursor += 1
          }
          var source = ""
          source.unicodeScalars.append(contentsOf: scalars[(index + 2)..<min(cursor, end)])
          if !text.isEmpty {
            parts.append(.text(text))
            text = ""
          }
          step(2)
          let inner = SourceLocation(line: line, column: column)
          // Interpolations nested past the limit fail here, before each level is parsed anew.
          if nesting + Self.interpolationDepth(of: source) >= Self.maximumNesting {
            throw error("expression nested more than \(Self.maximumNesting) levels deep", at: token)
          }
          parts.append(.interpolation(try parseInterpolation(source, at: inner, outer: location)))
          step(min(cursor, end) - index + (cursor < end ? 1 : 0))
          continue
        }
        if Scanner.startsIdentifier(scalars[index + 1]) {
          var name = ""
          var cursor = index + 1
          while cursor < end, Scanner.continuesIdentifier(scalars[cursor]), scalars[cursor] != "!" {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
          }
          if !text.isEmpty {
            parts.append(.text(text))
            text = ""
          }
          let start = SourceLocation(line: line, column: column + 1)
          step(cursor - index)
          let span = SourceSpan(start: start, end: SourceLocation(line: line, column: column))
          parts.append(.interpolation(.name(name, span)))
          continue
        }
      }
      text.unicodeScalars.append(scalar)
      step()
    }
    if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
    return .string(parts, token.span)
  }

  /// How many interpolations `$( … )` nest in the strings of `source`, at the deepest (one
  /// pass, as the lexer steps over them).
  static func interpolationDepth(of source: String) -> Int {
    // Per open string: nil; per open interpolation: its open parentheses.
    var stack: [Int?] = []
    var deepest = 0
    var interpolations = 0
    var escaped = false
    var dollar = false
    for scalar in source.unicodeScalars {
      defer { dollar = scalar == "$" && !escaped }
      if escaped {
        escaped = false
        continue
      }
      switch stack.last {
      case .some(.none):
        if scalar == "\\" {
          escaped = true
        } else if scalar == "\"" {
          stack.removeLast()
        }
      case .some(.some(let open)):
        if scalar == "(" {
          stack[stack.count - 1] = open + 1
        } else if scalar == ")" {
          if open <= 1 {
            stack.removeLast()
            interpolations -= 1
          } else {
            stack[stack.count - 1] = open - 1
          }
        } else if scalar == "\"" {
          stack.append(nil)
        }
      case .none:
        if scalar == "\"" { stack.append(nil) }
      }
      if dollar, scalar == "(", let last = stack.last, last == nil {
        stack.append(1)
        interpolations += 1
        deepest = max(deepest, interpolations)
      }
    }
    return deepest
  }

  /// Parses the expression inside `$( … )` at its place in the cell.
  mutating func parseInterpolation(
    _ source: String, at location: SourceLocation, outer: SourceLocation
  )
    throws -> Syntax
  {
    try descend(at: tokens[max(position - 1, 0)])
    defer { nesting -= 1 }
    var inner = Parser(tokens: Lexer.tokenize(source, keepComments: false, from: location))
    inner.newlinesMatter = [false]
    // The interpolation nests in the cell's expression: its levels count on from here.
    inner.nesting = nesting
    let expression = try inner.parseExpression()
    errors.append(contentsOf: inner.errors)
    if inner.current.kind != .endOfInput {
      throw inner.error(
        "extra token \(Self.describe(inner.current)) in interpolation", at: inner.current)
    }
    return expression
  }
}

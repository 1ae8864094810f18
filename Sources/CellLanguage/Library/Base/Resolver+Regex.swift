import SourcePositions

extension Parser {
  /// A regex literal token `r"pattern"flags` as Julia reads it: the macro call
  /// `@r_str("pattern", "flags")`, the pattern raw (only `\"` loses its backslash).
  static func regexLiteral(_ token: Token) -> Syntax {
    let text = token.text.dropFirst()
    let quote = text.hasPrefix("\"\"\"") ? 3 : 1
    guard let close = text.lastIndex(of: "\"") else { return .string([.text("")], token.span) }
    let body = text[text.index(text.startIndex, offsetBy: quote)...]
    let end = text.index(close, offsetBy: -(quote - 1))
    let pattern = String(body[..<max(end, body.startIndex)]).replacingOccurrences(
      of: "\\\"", with: "\"")
    let flags = String(text[text.index(after: close)...])
    return .macro(
      "r_str", [.string([.text(pattern)], token.span), .string([.text(flags)], token.span)],
      token.span)
  }
}

extension Resolver {
  /// `r"…"`: the pattern is compiled when the cell is read; a pattern outside the supported
  /// subset of PCRE is refused at the literal.
  func resolveRegex(_ arguments: [Syntax], span: SourceSpan) -> Code {
    guard arguments.count == 2, case .string(let patternParts, _) = arguments[0],
      case .string(let flagParts, _) = arguments[1], case .text(let pattern)? = patternParts.first,
      case .text(let flags)? = flagParts.first
    else { return .constant(.nothing, span) }
    do {
      return .constant(.object(RegexObject(try RegexPattern(pattern, flags: flags))), span)
    } catch let failure as RegexPattern.Failure {
      report(
        "\(failure.message) is not supported by sitegen's Julia", kind: .unsupported, at: span)
    } catch {
      report("\(error)", at: span)
    }
    return .constant(.nothing, span)
  }
}

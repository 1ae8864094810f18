import SiteModel

/// The POSIX shell's tokens for highlighting (bash's and sh's common ground): reserved words
/// (POSIX, Shell Command Language 2.4, and bash's `function`, `select`), the command each
/// simple command runs as a function, `'…'` and `"…"` strings, `#` comments at the start of a
/// word, parameters (`$HOME`, `${x}`, `$1`, `$?`) as macros, numbers, and the operators
/// `| & ; < >`. A `console` block is a terminal session: lines starting with the prompt `$ `
/// are commands (continued by a final `\`), the others are output, shown plain.
enum ShellHighlighter {
  static let keywords: Set<String> = [
    "if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done",
    "in", "function", "select", "time", "!", "return", "export", "local", "readonly",
  ]

  static func highlight(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    scanCommands(&scanner)
    return scanner.highlighted()
  }

  /// A console session: the prompt as an operator, the commands as shell, the output plain.
  static func highlightConsole(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    var continued = false
    while !scanner.atEnd {
      let lineStart = scanner.position
      var lineEnd = lineStart
      while lineEnd < scanner.bytes.count, scanner.bytes[lineEnd] != UInt8(ascii: "\n") {
        lineEnd += 1
      }
      if continued || scanner.looksAt("$ ") {
        if !continued {
          scanner.position += 1
          scanner.emit(.operator, from: lineStart)
        }
        scanner.limit = lineEnd
        scanCommands(&scanner)
        continued = lineEnd > lineStart && scanner.bytes[lineEnd - 1] == UInt8(ascii: "\\")
        scanner.limit = scanner.bytes.count
      } else {
        continued = false
      }
      scanner.position = lineEnd + 1
    }
    scanner.position = scanner.bytes.count
    return scanner.highlighted()
  }

  /// Commands up to the scanner's limit.
  private static func scanCommands(_ scanner: inout CodeScanner) {
    var commandStart = true
    // After `for name`, `case word` or `select name`: the `in` that follows is a reserved word.
    var awaitsIn = false
    while let byte = scanner.peek() {
      let start = scanner.position
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|")
        || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "(")
      {
        scanner.position += 1
        if byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "(") {
          scanner.skip { $0 == byte }
          scanner.emit(.operator, from: start)
        }
        commandStart = true
        continue
      }
      if CodeScanner.isBlank(byte) {
        scanner.position += 1
        continue
      }
      if byte == UInt8(ascii: "#") {
        scanner.skipToLineEnd()
        scanner.emit(.comment, from: start)
      } else if byte == UInt8(ascii: "'") {
        scanner.scanQuoted(opening: 1, closing: "'", escapes: false, multiline: true)
        scanner.emit(.string, from: start)
        commandStart = false
      } else if byte == UInt8(ascii: "\"") {
        scanner.scanQuoted(opening: 1, closing: "\"", escapes: true, multiline: true)
        scanner.emit(.string, from: start)
        commandStart = false
      } else if byte == UInt8(ascii: "$") {
        scanParameter(&scanner)
        scanner.emit(.macro, from: start)
        commandStart = false
      } else if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
        scanner.skip { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
        scanner.emit(.operator, from: start)
      } else if byte == UInt8(ascii: "\\") {
        scanner.position += 2
        scanner.position = min(scanner.position, scanner.limit)
      } else {
        scanWord(&scanner, commandStart: &commandStart, awaitsIn: &awaitsIn)
      }
    }
  }

  /// An unquoted word: a reserved word, the command (the first word that is not an
  /// assignment `NAME=value`), a number, or an argument (plain).
  private static func scanWord(
    _ scanner: inout CodeScanner, commandStart: inout Bool, awaitsIn: inout Bool
  ) {
    let start = scanner.position
    scanner.skip { byte in
      !CodeScanner.isBlank(byte) && !"\n;|&()<>'\"$".utf8.contains(byte)
    }
    if scanner.position == start {
      scanner.position += 1
      return
    }
    let word = String(decoding: scanner.bytes[start..<scanner.position], as: UTF8.self)
    if commandStart && keywords.contains(word) {
      scanner.emit(.keyword, from: start)
      if ["for", "case", "select", "function"].contains(word) {
        commandStart = false
        awaitsIn = word != "function"
      }
    } else if awaitsIn && word == "in" {
      scanner.emit(.keyword, from: start)
      awaitsIn = false
    } else if word.allSatisfy(\.isNumber) && word.unicodeScalars.allSatisfy(\.isASCII) {
      scanner.emit(.number, from: start)
      commandStart = false
    } else if commandStart && !word.contains("=") {
      scanner.emit(.function, from: start)
      commandStart = false
    }
  }

  /// `$name`, `${…}`, `$1`, `$?` and the other special parameters, from the `$`.
  private static func scanParameter(_ scanner: inout CodeScanner) {
    scanner.position += 1
    guard let next = scanner.peek() else { return }
    if next == UInt8(ascii: "{") {
      scanner.skip { $0 != UInt8(ascii: "}") && $0 != UInt8(ascii: "\n") }
      if scanner.peek() == UInt8(ascii: "}") { scanner.position += 1 }
    } else if CodeScanner.isWordStart(next) {
      _ = scanner.scanWord()
    } else if CodeScanner.isDigit(next) || "?!#*@$-".utf8.contains(next) {
      scanner.position += 1
    }
  }
}

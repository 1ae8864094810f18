/// The part of a source line a diagnostic quotes, and the caret line under it.
///
/// Columns count UTF-8 bytes; the caret goes under the character holding the column's byte,
/// found by walking the line. A line wider than `width` terminal columns is cut to a window
/// around that character, with `…` where it was cut, so a 200 KB line prints as one short line.
struct SourceExcerpt {
  /// The quoted text.
  var text: String
  /// Spaces (tabs under tabs, two spaces under wide characters) and a `^`.
  var caret: String

  /// The default most terminal columns an excerpt takes.
  static let defaultWidth = 100

  /// The excerpt of `line` for a diagnostic at byte column `column` (1-based).
  init(line: String, column: Int, width: Int = SourceExcerpt.defaultWidth) {
    // Phase 1: the character holding the column's byte.
    let characters = Array(line)
    var target = 0
    var bytes = 0
    while target < characters.count {
      let size = characters[target].utf8.count
      if bytes + size > column - 1 { break }
      bytes += size
      target += 1
    }
    // Phase 2: the window, grown around the target, half of it before.
    var start = target
    var end = min(target + 1, characters.count)
    var used = end > start ? Self.width(of: characters[target]) : 1
    let budget = max(width - 2, 1)
    while start > 0, used + Self.width(of: characters[start - 1]) <= budget / 2 {
      start -= 1
      used += Self.width(of: characters[start])
    }
    while end < characters.count, used + Self.width(of: characters[end]) <= budget {
      used += Self.width(of: characters[end])
      end += 1
    }
    while start > 0, used + Self.width(of: characters[start - 1]) <= budget {
      start -= 1
      used += Self.width(of: characters[start])
    }
    if start == 0, end == characters.count {
      text = line
    } else {
      text =
        (start > 0 ? "…" : "") + String(characters[start..<end])
        + (end < characters.count ? "…" : "")
    }
    // Phase 3: the caret line.
    var caret = start > 0 ? " " : ""
    for character in characters[start..<target] {
      caret += character == "\t" ? "\t" : String(repeating: " ", count: Self.width(of: character))
    }
    self.caret = caret + "^"
  }

  /// The terminal columns a character takes: two for East Asian wide and emoji-presentation
  /// characters, one otherwise.
  static func width(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 1 }
    if scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}

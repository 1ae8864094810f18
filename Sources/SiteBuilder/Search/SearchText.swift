/// The searchable text of a page body, read from its HTML and split into sections at every
/// heading that has an `id`.
///
/// What a reader sees is kept: prose, table cells, code, the outputs of cells, figure captions,
/// the visible text of MathML and images' alternative text. What is not prose is left out:
/// drawings (`svg`, and `role="img"` text such as braille plots), TeX annotations of formulas,
/// the "In [1]:" labels of cells, the summaries that fold a cell ("Show code"), footnote marks
/// and back links, anything `hidden` or `aria-hidden="true"`, scripts and styles.
///
/// The HTML is read with the tokenizer's rules for what matters here (WHATWG HTML §13.2.5):
/// comments, doctypes and processing instructions are skipped, the raw text of `script`,
/// `style`, `textarea` and `title` is never text, `<` not followed by a letter is text.
enum SearchText {
  /// The sections of `html`, in document order; the text above the first heading is a section
  /// with an empty anchor, left out when it holds no text.
  static func sections(ofBody html: String) -> [SearchSection] {
    var html = html
    return html.withUTF8 { bytes in
      var reader = Reader(bytes: bytes)
      return reader.run()
    }
  }

  /// Elements whose whole content is left out.
  static let skippedElements: Set<String> = [
    "svg", "annotation", "annotation-xml", "button", "template", "noscript", "select", "iframe",
    "object", "audio", "video", "canvas", "script", "style", "textarea", "title",
  ]
  /// Elements whose content is left out when they carry one of these classes.
  static let skippedClasses: Set<String> = [
    "cell-label", "footnote-ref", "footnote-backref",
  ]
  /// Elements that separate words: their start and end are a space.
  static let separatingElements: Set<String> = [
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "img", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "mtr", "mtd", "mlabeledtr",
  ]
  /// Elements that never have content or an end tag (HTML's void elements).
  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
  ]
  /// Elements whose content is raw text, never markup.
  static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]
  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// A start tag as the reader needs it.
  fileprivate struct StartTag {
    var name = ""
    var attributes: [String: String] = [:]
    var selfClosing = false

    var classes: [Substring] { (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace) }
  }

  private struct Reader: HTMLByteReading {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var sections: [SearchSection] = []
    /// The section being read.
    var anchor = ""
    var heading = ""
    var text = TextBuffer()
    /// The heading being read: its element's name, its id and its text so far.
    var openHeading: (name: String, id: String, text: TextBuffer)?
    /// The element whose content is being left out, and how many of its kind are open.
    var skipping: (name: String, depth: Int)?
    /// The previous start tag, to recognise the summary of a folded cell.
    var previous = StartTag()

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func run() -> [SearchSection] {
      while position < bytes.count {
        guard let open = firstIndex(of: UInt8(ascii: "<"), from: position) else {
          addText(position..<bytes.count)
          break
        }
        addText(position..<open)
        position = open + 1
        if starts(with: "!--") {
          position = end(of: "-->", from: position + 3)
        } else if let byte = peek, byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
          position = end(of: ">", from: position)
        } else if peek == UInt8(ascii: "/"), position + 1 < bytes.count,
          Self.isLetter(bytes[position + 1])
        {
          position += 1
          let name = lowercased(
            readWhile { !Self.isSpace($0) && $0 != Self.slash && $0 != Self.greater })
          position = end(of: ">", from: position)
          endTag(name)
        } else if let byte = peek, Self.isLetter(byte), let skipping {
          // Inside left-out content only the names of elements matter.
          let (name, selfClosing) = startTag(nil)
          let hasContent = !selfClosing && !SearchText.voidElements.contains(name)
          if hasContent && name == skipping.name {
            self.skipping = (skipping.name, skipping.depth + 1)
          }
          if SearchText.rawTextElements.contains(name) && !selfClosing {
            position = rawTextEnd(name)
            endTag(name)
          }
        } else if let byte = peek, Self.isLetter(byte) {
          let tag = startTag()
          startElement(tag)
          if SearchText.rawTextElements.contains(tag.name) && !tag.selfClosing {
            position = rawTextEnd(tag.name)
            endTag(tag.name)
          }
        } else {
          add("<")
        }
      }
      finishSection()
      return sections
    }

    // MARK: Elements

    private mutating func startElement(_ tag: StartTag) {
      defer { previous = tag }
      let hasContent = !tag.selfClosing && !SearchText.voidElements.contains(tag.name)
      if let skipping {
        if hasContent && tag.name == skipping.name {
          self.skipping = (skipping.name, skipping.depth + 1)
        }
        return
      }
      if isSkipped(tag) {
        if hasContent { skipping = (tag.name, 1) }
        return
      }
      if SearchText.separatingElements.contains(tag.name) { add(" ") }
      if tag.name == "img", let alternative = tag.attributes["alt"] {
        add(alternative)
        add(" ")
      }
      if SearchText.headings.contains(tag.name), hasContent, openHeading == nil,
        let id = tag.attributes["id"], !id.isEmpty
      {
        openHeading = (tag.name, id, TextBuffer())
      }
    }

    private mutating func endTag(_ name: String) {
      if let skipping {
        if name == skipping.name {
          self.skipping = skipping.depth > 1 ? (name, skipping.depth - 1) : nil
        }
        return
      }
      if let open = openHeading, open.name == name {
        openHeading = nil
        finishSection()
        anchor = open.id
        heading = open.text.normalized
        return
      }
      if SearchText.separatingElements.contains(name) { add(" ") }
    }

    /// Whether the content of the element `tag` starts is left out.
    private func isSkipped(_ tag: StartTag) -> Bool {
      if SearchText.skippedElements.contains(tag.name) || tag.attributes["hidden"] != nil
        || tag.attributes["aria-hidden"]?.lowercased() == "true"
        || tag.attributes["role"]?.lowercased() == "img"
      {
        return true
      }
      let classes = tag.classes
      if classes.contains(where: { SearchText.skippedClasses.contains(String($0)) }) {
        return true
      }
      // The summary of a folded cell ("Show code") is a control, not content.
      return tag.name == "summary" && previous.name == "details"
        && previous.classes.contains("cell-fold")
    }

    private mutating func finishSection() {
      let body = text.normalized
      if !anchor.isEmpty || !body.isEmpty {
        sections.append(SearchSection(anchor: anchor, heading: heading, text: body))
      }
      text = TextBuffer()
    }

    // MARK: Text

    private mutating func addText(_ range: Range<Int>) {
      guard !range.isEmpty, skipping == nil else { return }
      add(HTMLAttributes.decodingReferences(string(range)))
    }

    private mutating func add(_ piece: String) {
      guard skipping == nil else { return }
      if openHeading != nil {
        openHeading?.text.append(piece)
      } else {
        text.append(piece)
      }
    }

    // MARK: Tags

    /// Reads a start tag after its `<`: its name (lowercase) and attributes (names lowercase,
    /// values with their character references decoded; the first of a repeated name counts).
    private mutating func startTag() -> StartTag {
      var attributes: [String: String] = [:]
      let (name, selfClosing) = startTag { name, value in
        if attributes[name] == nil {
          attributes[name] = HTMLAttributes.decodingReferences(value)
        }
      }
      var tag = StartTag()
      tag.name = name
      tag.selfClosing = selfClosing
      tag.attributes = attributes
      return tag
    }
  }
}

/// Text gathered piece by piece, each run of white space (HTML's, and no-break spaces) kept as
/// one space, none at the start.
private struct TextBuffer {
  private var scalars = String.UnicodeScalarView()
  private var pendingSpace = false

  mutating func append(_ piece: String) {
    for scalar in piece.unicodeScalars where !Self.isInvisible(scalar) {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
        || scalar == "\u{0C}" || scalar == "\u{A0}"
      {
        pendingSpace = !scalars.isEmpty
      } else {
        if pendingSpace { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      }
    }
  }

  /// Characters with no appearance that would only split words: MathML's invisible operators
  /// (function application U+2061 and its kin, `sin⁡x`), zero-width spaces and joiners, the
  /// byte order mark and soft hyphens.
  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    (0x2061...0x2064).contains(scalar.value) || (0x200B...0x200D).contains(scalar.value)
      || scalar.value == 0xFEFF || scalar.value == 0xAD
  }

  /// The text, without a space at its end.
  var normalized: String { String(scalars) }
}

import SiteModel

/// What served pages get and the built site never does: the live-reload script, and the overlay
/// listing the problems of the last build.
enum LiveReload {
  /// The reserved path of the Server-Sent Events stream.
  static let eventsPath = "/__sitegen/events"

  /// Listens to the event stream and reloads the page when its own file, a non-page file (a
  /// style sheet, an image) or the list of problems (`*`) changed. The search index, which
  /// changes with the text of any page and is read only when a search starts, is no reason to
  /// reload a page.
  static let script = """
    <script data-sitegen-preview>
    (function () {
      var here = decodeURIComponent(location.pathname).replace(/^\\//, "");
      if (here === "" || here.slice(-1) === "/") here += "index.html";
      var events = new EventSource("\(eventsPath)");
      events.addEventListener("reload", function (event) {
        var changed = JSON.parse(event.data);
        if (changed.some(function (path) {
          return path === "*" || path === here
            || (!/\\.html$/.test(path) && path !== "search-index.js");
        })) location.reload();
      });
    })();
    </script>

    """

  /// The overlay listing `diagnostics`, each worded as the terminal words it
  /// (`file:line:col: error: message`, the line, a caret, the notes), escaped.
  /// - Parameters:
  ///   - diagnostics: the problems of the last build.
  ///   - sources: file texts the diagnostics quote.
  ///   - showingLastGood: whether the page under the overlay is the last build without errors.
  static func overlay(
    _ diagnostics: [Diagnostic], sources: [String: String], showingLastGood: Bool
  ) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let heading =
      "sitegen: \(errors) error\(errors == 1 ? "" : "s")"
      + (showingLastGood ? " — showing the last good build" : "")
    var html = """
      <div id="sitegen-overlay" role="alert" style="position:fixed;left:0;right:0;bottom:0;\
      max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:12px 16px;\
      background:#1d1012;color:#fde8e8;border-top:4px solid #e5484d;\
      font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace">
      <button type="button" onclick="this.parentNode.remove()" aria-label="Hide" \
      style="float:right;font:inherit;background:none;color:inherit;border:1px solid;\
      cursor:pointer">×</button>
      <strong>\(escape(heading))</strong>

      """
    for diagnostic in diagnostics {
      let text = DiagnosticFormatter.format(diagnostic, source: sources[diagnostic.file])
      html += "<pre style=\"margin:8px 0 0;white-space:pre-wrap\">\(escape(text))</pre>\n"
    }
    return html + "</div>\n"
  }

  /// `html` with `insertion` put before its last `</body>` (any case), or at its end when it has
  /// none.
  static func inject(_ insertion: [UInt8], into html: [UInt8]) -> [UInt8] {
    let closing = Array("</body".utf8)
    var index = html.count - closing.count
    while index >= 0 {
      if html[index] == UInt8(ascii: "<")
        && zip(html[index..<index + closing.count], closing).allSatisfy({ lower($0) == $1 })
      {
        return Array(html[..<index]) + insertion + html[index...]
      }
      index -= 1
    }
    return html + insertion
  }

  /// Text escaped for HTML content and attribute values.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
  }
}

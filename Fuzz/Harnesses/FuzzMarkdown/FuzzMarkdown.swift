import FuzzerDriver
import MarkdownParsing
import SiteModel

/// One page through the Markdown front end (footnotes, math extraction, cmark, tables,
/// directives and the Markdown bodies of admonitions), with and without math, with every
/// standard directive known.
func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for extractMath in [true, false] {
    _ = MarkdownParser.parse(
      source, file: "fuzz.md", directives: .standard, extractMath: extractMath)
  }
  return 0
}

/// The executable's entry point (the build links `main` to `<module>_main`): hands over to
/// libFuzzer.
@_cdecl("FuzzMarkdown_main")
func fuzzMarkdownMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { fuzzMarkdown($0, $1) }
}

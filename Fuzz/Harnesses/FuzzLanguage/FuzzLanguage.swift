import CellLanguage
import FuzzerDriver

/// Small budgets, so that every input ends in milliseconds.
let fuzzLimits = Limits(operations: 10_000, arrayElements: 10_000, recursionDepth: 200)

/// One input read as up to three cells (split at form feeds) run in a fresh session, so that
/// state carried from cell to cell is exercised too.
func fuzzLanguage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let session = Session(limits: fuzzLimits)
  for cell in source.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(3) {
    _ = session.evaluate(String(cell))
  }
  return 0
}

/// The executable's entry point (the build links `main` to `<module>_main`): hands over to
/// libFuzzer.
@_cdecl("FuzzLanguage_main")
func fuzzLanguageMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { fuzzLanguage($0, $1) }
}

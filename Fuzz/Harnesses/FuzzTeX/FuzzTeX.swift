import FuzzerDriver
import TeXMath

/// One formula, converted inline and as a display.
///
/// Any input must give a `<math>` element and never trap; problems are diagnostics.
func fuzzTeX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for display in [false, true] {
    let result = TeXMath.mathML(for: tex, display: display)
    precondition(result.mathML.hasPrefix("<math"), "the output is not a <math> element")
  }
  return 0
}

/// The executable's entry point (the build links `main` to `<module>_main`): hands over to
/// libFuzzer.
@_cdecl("FuzzTeX_main")
func fuzzTeXMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { fuzzTeX($0, $1) }
}

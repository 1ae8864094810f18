import Foundation

/// The presentation markup of a `<math>` element: what sits inside `<semantics>`, before the
/// annotation.
func presentationBody(of mathML: String) -> String {
  guard let start = mathML.range(of: "<semantics>"),
    let end = mathML.range(of: "<annotation encoding=")
  else { return mathML }
  return String(mathML[start.upperBound..<end.lowerBound])
}

/// Cheap tests for the element types the evaluator checks on every array operation (a pattern
/// match instead of the synthesized `==`, which compares payload cases too).
extension JuliaType {
  /// Whether the type is `Float64`.
  var isFloat64: Bool {
    if case .float64 = self { return true }
    return false
  }

  /// Whether the type is `Any`.
  var isAny: Bool {
    if case .any = self { return true }
    return false
  }
}

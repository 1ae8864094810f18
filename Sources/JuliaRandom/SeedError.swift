/// A seed Julia's `Random.seed!` rejects.
public enum SeedError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A negative integer, given as Julia prints it.
  case negative(String)

  /// Julia's own message, as `showerror` prints the `DomainError` of `make_seed`.
  public var description: String {
    switch self {
    case .negative(let value): "DomainError with \(value):\n`n` must be non-negative."
    }
  }
}

extension DirectiveKind {
  /// ` ```{train} `: a declarative training run (`key: value` lines), run natively on the
  /// autodiff engine; it shows the fit, the losses and the final coefficients.
  package static let train = DirectiveKind(
    name: "train", body: .options, execution: .training, rendering: .executed)
}

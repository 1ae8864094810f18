extension MathNode {
  /// Where the node puts limits, if it is an operator that takes them.
  var limitPlacement: LimitPlacement? {
    switch self {
    case .largeOperator(_, let placement): placement
    case .function(_, let limits): limits ? .displayOnly : .never
    case .identifier, .number, .symbol, .text, .space, .row, .style, .scripts, .underOver, .accent,
      .fraction, .radical, .fenced, .table, .error:
      nil
    }
  }

  /// Whether the node is a function name (possibly with scripts), which applies to what follows.
  var isFunctionName: Bool {
    switch self {
    case .function: true
    case .scripts(let base, _, _): base.isFunctionName
    case .identifier, .number, .symbol, .text, .space, .row, .style, .largeOperator, .underOver,
      .accent, .fraction, .radical, .fenced, .table, .error:
      false
    }
  }

  /// Whether the node starts with an opening bracket, so a function name before it needs no
  /// space.
  var opensGroup: Bool {
    switch self {
    case .symbol(let symbol): symbol.opensGroup
    case .fenced(let open, _, _): open != nil
    case .scripts(let base, _, _): base.opensGroup
    case .identifier, .number, .text, .space, .row, .style, .largeOperator, .function, .underOver,
      .accent, .fraction, .radical, .table, .error:
      false
    }
  }
}

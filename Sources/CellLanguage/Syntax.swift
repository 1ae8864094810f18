import SourcePositions

/// The parsed form of cell source, before names are resolved: expressions and statements
/// are one tree, as in Julia. Every node carries its source span.
indirect enum Syntax {
  case integer(Int, SourceSpan)
  case float(Double, SourceSpan)
  /// A literal of a wider number type (`1f0`, `0xff`) and its text as Julia shows it.
  case number(NumberObject, String, SourceSpan)
  case bool(Bool, SourceSpan)
  case string([StringPart], SourceSpan)
  case char(Character, SourceSpan)
  case symbol(String, SourceSpan)
  case name(String, SourceSpan)
  /// `:` alone inside an index: every index of that dimension.
  case colon(SourceSpan)
  /// `end` inside an index: the last index of that dimension.
  case endIndex(SourceSpan)
  case tuple([Syntax], SourceSpan)
  case namedTuple([(String, Syntax)], SourceSpan)
  /// `[a, b, c]`.
  case vector([Syntax], SourceSpan)
  /// `[a b; c d]`: rows of horizontally joined items.
  case matrix([[Syntax]], SourceSpan)
  /// `T{A, B}`: a parametric type.
  case curly(Syntax, [Syntax], SourceSpan)
  /// `[body for … if …]` (`isGenerator` for the parenthesised/argument form).
  case comprehension(Comprehension, SourceSpan)
  case range(start: Syntax, step: Syntax?, stop: Syntax, SourceSpan)
  case unary(String, Syntax, dotted: Bool, SourceSpan)
  case binary(String, Syntax, Syntax, dotted: Bool, SourceSpan)
  /// A long left-associative chain `a + b - c + …` (more than `Parser.chainFold` operators),
  /// kept flat so that no pass recurses along it: the first operand, then each operator with
  /// its right operand.
  case chain(Syntax, [ChainLink], SourceSpan)
  /// A chain `a < b <= c`: operands and the operators between them.
  case comparison([Syntax], [(String, Bool)], SourceSpan)
  case and(Syntax, Syntax, SourceSpan)
  case or(Syntax, Syntax, SourceSpan)
  case ternary(Syntax, Syntax, Syntax, SourceSpan)
  case call(Syntax, [Argument], [KeywordArgument], broadcast: Bool, SourceSpan)
  case index(Syntax, [Syntax], SourceSpan)
  case field(Syntax, String, SourceSpan)
  case adjoint(Syntax, SourceSpan)
  case splat(Syntax, SourceSpan)
  case pair(Syntax, Syntax, SourceSpan)
  case typed(Syntax, Syntax, SourceSpan)
  case lambda(FunctionSyntax, SourceSpan)
  /// `lhs op= rhs`; `op` is nil for plain `=`, `dotted` for `.=` and `.op=`.
  case assign(Syntax, Syntax, op: String?, dotted: Bool, SourceSpan)
  case block([Syntax], SourceSpan)
  case ifElse([(Syntax, Syntax)], Syntax?, SourceSpan)
  case forLoop([(Syntax, Syntax)], Syntax, SourceSpan)
  case whileLoop(Syntax, Syntax, SourceSpan)
  case letBlock([Syntax], Syntax, SourceSpan)
  case tryCatch(Syntax, String?, Syntax?, Syntax?, SourceSpan)
  case function(FunctionSyntax, SourceSpan)
  case returnStatement(Syntax?, SourceSpan)
  case breakStatement(SourceSpan)
  case continueStatement(SourceSpan)
  case macro(String, [Syntax], SourceSpan)
  case using([[String]], isImport: Bool, SourceSpan)
  case scopeDeclaration(isGlobal: Bool, [Syntax], SourceSpan)
  case constDeclaration(Syntax, SourceSpan)
  /// `struct`, `mutable struct`, `abstract type`.
  case typeDefinition(TypeDefinitionSyntax, SourceSpan)
  /// `signature where T`: only as the left side of a method definition.
  case whereClause(Syntax, [TypeParameterSyntax], SourceSpan)

  /// Where the node is in the cell.
  var span: SourceSpan {
    switch self {
    case .integer(_, let s), .float(_, let s), .number(_, _, let s), .bool(_, let s),
      .string(_, let s),
      .char(_, let s), .symbol(_, let s), .name(_, let s), .colon(let s), .endIndex(let s),
      .tuple(_, let s), .namedTuple(_, let s), .vector(_, let s), .matrix(_, let s),
      .curly(_, _, let s), .comprehension(_, let s), .range(_, _, _, let s),
      .unary(_, _, _, let s), .binary(_, _, _, _, let s), .chain(_, _, let s),
      .comparison(_, _, let s), .and(_, _, let s), .or(_, _, let s), .ternary(_, _, _, let s),
      .call(_, _, _, _, let s),
      .index(_, _, let s), .field(_, _, let s), .adjoint(_, let s), .splat(_, let s),
      .pair(_, _, let s), .typed(_, _, let s), .lambda(_, let s), .assign(_, _, _, _, let s),
      .block(_, let s), .ifElse(_, _, let s), .forLoop(_, _, let s), .whileLoop(_, _, let s),
      .letBlock(_, _, let s), .tryCatch(_, _, _, _, let s), .function(_, let s),
      .returnStatement(_, let s), .breakStatement(let s), .continueStatement(let s),
      .macro(_, _, let s), .using(_, _, let s), .scopeDeclaration(_, _, let s),
      .constDeclaration(_, let s), .typeDefinition(_, let s), .whereClause(_, _, let s):
      return s
    }
  }
}

/// One step of a flat operator chain: `op operand`, and the span of the chain up to it (the
/// span the same operation has as a `.binary` node).
struct ChainLink {
  var op: String
  var dotted: Bool
  var operand: Syntax
  var span: SourceSpan
}

/// A piece of a string literal: literal text or an interpolated expression.
enum StringPart {
  case text(String)
  case interpolation(Syntax)
}

/// A positional argument of a call; `splat` for `xs...`.
struct Argument {
  var value: Syntax
  var splat: Bool
}

/// A keyword argument `name = value` (or `name` alone, meaning `name = name`).
struct KeywordArgument {
  var name: String
  var type: Syntax?
  var value: Syntax
  var span: SourceSpan
}

/// The `for … in …` clauses and optional filter of a comprehension or generator.
struct Comprehension {
  var body: Syntax
  /// Each `for` group; a group with several clauses (`for i in a, j in b`) makes a matrix.
  var groups: [[(Syntax, Syntax)]]
  var filter: Syntax?
  var isGenerator: Bool
}

/// A function parameter: a name (or a destructured tuple) with an optional type and default.
struct Parameter {
  var name: String
  var type: Syntax?
  var defaultValue: Syntax?
  var isVararg: Bool
  var span: SourceSpan
}

/// A function definition or anonymous function.
struct FunctionSyntax {
  /// The function's name; nil for anonymous functions. Qualified names keep their last part.
  var name: String?
  var parameters: [Parameter]
  var keywordParameters: [Parameter]
  var body: Syntax
  /// The `where` clause's type variables.
  var typeParameters: [TypeParameterSyntax] = []
}

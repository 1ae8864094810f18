import SourcePositions

/// The resolved form of a cell: names are slots, operators are enums. Only this form runs.
indirect enum Code {
  case constant(Value, SourceSpan)
  case string([CodeStringPart], SourceSpan)
  case local(Int, String, SourceSpan)
  /// A variable of an enclosing function: how many frames up, and its slot there.
  case captured(depth: Int, slot: Int, String, SourceSpan)
  case global(Int, String, SourceSpan)
  case tuple([CodeArgument], SourceSpan)
  case namedTuple([String], [Code], SourceSpan)
  case vector([CodeArgument], SourceSpan)
  case matrix([[Code]], SourceSpan)
  case comprehension(ComprehensionCode, SourceSpan)
  case range(Code, Code?, Code, SourceSpan)
  case unary(UnaryOperator, Code, dotted: Bool, SourceSpan)
  case binary(BinaryOperator, Code, Code, dotted: Bool, SourceSpan)
  /// A long left-associative chain, evaluated by a loop (see `Syntax.chain`).
  case chain(Code, [CodeLink], SourceSpan)
  case comparison([Code], [(BinaryOperator, Bool)], SourceSpan)
  case and(Code, Code, SourceSpan)
  case or(Code, Code, SourceSpan)
  case ternary(Code, Code, Code, SourceSpan)
  case call(CallCode)
  case index(Code, [Code], SourceSpan)
  case colon(SourceSpan)
  case endIndex(SourceSpan)
  case field(Code, String, SourceSpan)
  case adjoint(Code, SourceSpan)
  case pair(Code, Code, SourceSpan)
  case typed(Code, Code, SourceSpan)
  case curly(Code, [Code], SourceSpan)
  case assign(Target, Code, SourceSpan)
  /// `target op= value` (`dotted` for `.op=`).
  case update(Target, BinaryOperator, Code, dotted: Bool, SourceSpan)
  /// `target .= value`.
  case dotAssign(Target, Code, SourceSpan)
  case block([Code], SourceSpan)
  case ifElse([(Code, Code)], Code?, SourceSpan)
  case forLoop([LoopClause], Code, LoopScope, SourceSpan)
  case whileLoop(Code, Code, LoopScope, SourceSpan)
  case tryCatch(Code, Target?, Code?, Code?, SourceSpan)
  case defineMethod(Target, FunctionTemplate, SourceSpan)
  case lambda(FunctionTemplate, SourceSpan)
  case returnValue(Code?, SourceSpan)
  case breakLoop(SourceSpan)
  case continueLoop(SourceSpan)
  case macro(MacroCode, SourceSpan)
  case using([[String]], isImport: Bool, SourceSpan)
  /// `struct`, `mutable struct`, `abstract type`.
  case defineType(TypeDefinitionCode, SourceSpan)

  var span: SourceSpan {
    switch self {
    case .constant(_, let s), .string(_, let s), .local(_, _, let s), .captured(_, _, _, let s),
      .global(_, _, let s), .tuple(_, let s), .namedTuple(_, _, let s), .vector(_, let s),
      .matrix(_, let s), .comprehension(_, let s), .range(_, _, _, let s),
      .unary(_, _, _, let s), .binary(_, _, _, _, let s), .chain(_, _, let s),
      .comparison(_, _, let s), .and(_, _, let s), .or(_, _, let s), .ternary(_, _, _, let s),
      .index(_, _, let s), .colon(let s), .endIndex(let s), .field(_, _, let s),
      .adjoint(_, let s), .pair(_, _, let s), .typed(_, _, let s), .curly(_, _, let s),
      .assign(_, _, let s), .update(_, _, _, _, let s), .dotAssign(_, _, let s),
      .block(_, let s), .ifElse(_, _, let s), .forLoop(_, _, _, let s),
      .whileLoop(_, _, _, let s), .tryCatch(_, _, _, _, let s), .defineMethod(_, _, let s),
      .lambda(_, let s),
      .returnValue(_, let s), .breakLoop(let s), .continueLoop(let s), .macro(_, let s),
      .using(_, _, let s), .defineType(_, let s):
      return s
    case .call(let call):
      return call.span
    }
  }
}

/// A resolved call `f(args…; keywords…)` or `f.(args…)`, kept in one object so that running
/// it touches one reference.
final class CallCode {
  let callee: Code
  let arguments: [CodeArgument]
  let keywords: [(String, Code)]
  let isBroadcast: Bool
  let span: SourceSpan
  /// Positional arguments only, none splatted, no broadcast.
  let isPlain: Bool

  init(
    callee: Code, arguments: [CodeArgument], keywords: [(String, Code)], isBroadcast: Bool,
    span: SourceSpan
  ) {
    self.callee = callee
    self.arguments = arguments
    self.keywords = keywords
    self.isBroadcast = isBroadcast
    self.span = span
    isPlain = !isBroadcast && keywords.isEmpty && !arguments.contains { $0.splat }
  }
}

/// One resolved step of an operator chain: `op operand`, with the span of the chain up to it.
struct CodeLink {
  var op: BinaryOperator
  var dotted: Bool
  var operand: Code
  var span: SourceSpan
}

/// A piece of a resolved string literal.
enum CodeStringPart {
  case text(String)
  case interpolation(Code)
}

/// A resolved positional argument (or collection item); `splat` for `xs...`.
struct CodeArgument {
  var value: Code
  var splat: Bool
}

/// Where an assignment stores.
indirect enum Target {
  case local(Int, String)
  case captured(depth: Int, slot: Int, String)
  case global(Int, String)
  case index(Code, [Code], SourceSpan)
  case field(Code, String, SourceSpan)
  case tuple([Target], SourceSpan)
}

/// How a loop gives each iteration its own variables, as Julia's loops do (each iteration is a
/// new scope): the body's locals are unbound again at each iteration's start (`cleared`); a
/// body that defines a closure, which may capture the iteration's variables, runs in a frame of
/// its own each iteration (`frameSize`, the loop's variables and the body's locals).
struct LoopScope {
  var cleared: [Int]
  var frameSize: Int?
}

/// One `for` clause: the variable(s) it binds and what it iterates.
struct LoopClause {
  var target: Target
  var iterable: Code
}

/// A resolved comprehension or generator.
struct ComprehensionCode {
  var body: Code
  var groups: [[LoopClause]]
  var filter: Code?
  var isGenerator: Bool
}

/// A resolved macro call.
enum MacroCode {
  /// `@show a b`: each expression's printed form and code.
  case show([(String, Code)])
  /// `@assert condition message?`.
  case assert(Code, String, Code?)
  /// `@test expression`.
  case test(Code, String)
  /// `@gradcheck f(x…)`.
  case gradcheck(Code, [Code], String)
  /// Macros that only run their argument (`@inbounds`, `@simd`).
  case passThrough(Code)
  /// Flux's `@epochs n expression`.
  case epochs(Code, Code)
  /// `@time expression`.
  case time(Code)
  /// `@info message key=value…` (each key with its value's code).
  case info(Code, [(String, Code)])
  /// `@isdefined name`.
  case isDefined(Code)
  /// `@view A[inds…]` (`maybe` false) and a slice inside `@views` (`maybe` true: a scalar
  /// index reads the element, as `maybeview` does): the array and its indices.
  case view(Code, [Code], maybe: Bool)
  /// `f(x) .= value` and `f(x) .op= value`: Julia's `broadcast!` into the array a call returns
  /// (`view(A, :, 1) .= 0`).
  case dotInto(Code, BinaryOperator?, Code)
}

/// A parameter of a resolved function.
struct ParameterCode {
  var name: String
  var slot: Int
  var type: Code?
  var defaultValue: Code?
  var isVararg: Bool
}

/// A resolved function body with its frame layout; methods and closures share it.
final class FunctionTemplate {
  let name: String
  let parameters: [ParameterCode]
  let keywordParameters: [ParameterCode]
  let body: Code
  let frameSize: Int
  let span: SourceSpan
  /// The `where` clause's variables and their slots (bound from the arguments' types).
  let typeParameters: [(name: String, slot: Int)]

  init(
    name: String, parameters: [ParameterCode], keywordParameters: [ParameterCode], body: Code,
    frameSize: Int, span: SourceSpan, typeParameters: [(name: String, slot: Int)] = []
  ) {
    self.typeParameters = typeParameters
    self.name = name
    self.parameters = parameters
    self.keywordParameters = keywordParameters
    self.body = body
    self.frameSize = frameSize
    self.span = span
    compiledBody = Compiler.compile(body)
    minimumArity = parameters.filter { $0.defaultValue == nil && !$0.isVararg }.count
    maximumArity = parameters.contains { $0.isVararg } ? nil : parameters.count
    isPlain =
      keywordParameters.isEmpty && typeParameters.isEmpty
      && parameters.allSatisfy { $0.defaultValue == nil && !$0.isVararg && $0.type == nil }
  }

  /// Positional parameters only: no defaults, varargs, types or keywords.
  let isPlain: Bool

  /// The body compiled once, when the function is defined (see `Compiler`).
  let compiledBody: Compiled

  /// The fewest positional arguments a call needs.
  let minimumArity: Int

  /// The most positional arguments a call may pass (nil: any number).
  let maximumArity: Int?
}

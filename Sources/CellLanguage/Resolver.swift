import SourcePositions

/// Resolves names to slots, following Julia's scoping as a notebook sees it: soft scope at
/// top level (a loop assigns an existing global), hard scope in functions, closures that
/// capture variables of enclosing functions.
///
/// Scope-making forms each get a `Scope`; a function gets a `Context` (one frame at run time).
/// The cell's top level is a context too: its frame holds the locals of top-level loops.
final class Resolver {
  let globals: GlobalTable
  var errors: [LanguageError] = []
  private var contexts: [Context] = []
  private var topLevelAssigned: Set<String> = []
  private var loopDepth = 0
  /// The slots of each open loop's clause variables (which each iteration binds, not clears).
  private var loopVariableSlots: [Set<Int>] = []
  /// While a signature's or a struct's types are resolved: the type variables in scope, each
  /// the code that makes it (see `Resolver+Types`).
  var typeVariables: [String: Code] = [:]
  /// While a struct's inner constructors are resolved: what `new` calls.
  var newFunction: NewFunction?
  /// How many `@views` enclose the expression being resolved (its slices are views).
  var viewsDepth = 0

  final class Context {
    var scopes: [[String: Int]] = [[:]]
    var slotCount = 0
    var declaredGlobal: Set<String> = []
    let isTopLevel: Bool
    /// Whether assignments follow the soft scope of the top level (an assignment to a global
    /// the cell or an earlier cell defines assigns it): the top level and the own frames of
    /// loops there.
    let isSoft: Bool

    init(isTopLevel: Bool, isSoft: Bool? = nil) {
      self.isTopLevel = isTopLevel
      self.isSoft = isSoft ?? isTopLevel
    }

    func declare(_ name: String) -> Int {
      let slot = slotCount
      slotCount += 1
      scopes[scopes.count - 1][name] = slot
      return slot
    }
  }

  init(globals: GlobalTable) {
    self.globals = globals
  }

  /// Resolves a cell: its code and the size of its top-level frame.
  func resolveCell(_ program: Syntax) -> (Code, Int) {
    let context = Context(isTopLevel: true)
    contexts = [context]
    topLevelAssigned = Self.assignedNames(program)
    let code = resolve(program)
    return (code, context.slotCount)
  }

  /// Whether names are being resolved at the cell's top level (not in a function or a block
  /// with a scope of its own).
  var isAtTopLevel: Bool { context.isTopLevel && context.scopes.count == 1 }

  private var context: Context {
    // The stack is never empty while resolving.
    contexts[contexts.count - 1]
  }

  func report(_ message: String, kind: LanguageError.Kind = .syntax, at span: SourceSpan) {
    errors.append(LanguageError(kind: kind, message: message, span: span))
  }

  // MARK: Names

  private enum Binding {
    case local(Int)
    case captured(Int, Int)
    case global(Int)
  }

  private func lookup(_ name: String) -> Binding {
    for (depth, context) in contexts.reversed().enumerated() {
      if context.declaredGlobal.contains(name) { break }
      for scope in context.scopes.reversed() {
        if let slot = scope[name] {
          return depth == 0 ? .local(slot) : .captured(depth, slot)
        }
      }
    }
    return .global(globals.slot(for: name))
  }

  func isLocalName(_ name: String) -> Bool { isLocal(name) }

  private func isLocal(_ name: String) -> Bool {
    if case .global = lookup(name) { return false }
    return true
  }

  func referenceName(_ name: String, _ span: SourceSpan) -> Code {
    switch lookup(name) {
    case .local(let slot): .local(slot, name, span)
    case .captured(let depth, let slot): .captured(depth: depth, slot: slot, name, span)
    case .global(let slot): .global(slot, name, span)
    }
  }

  private func target(_ name: String) -> Target {
    switch lookup(name) {
    case .local(let slot): return .local(slot, name)
    case .captured(let depth, let slot): return .captured(depth: depth, slot: slot, name)
    case .global(let slot):
      if context.isTopLevel && context.scopes.count == 1 || context.declaredGlobal.contains(name) {
        return .global(slot, name)
      }
      if context.isSoft, globals.isUserDefined(name) || topLevelAssigned.contains(name) {
        return .global(slot, name)
      }
      return .local(context.declare(name), name)
    }
  }

  /// Opens a scope binding `fresh` names anew and the names the body assigns that are not
  /// already variables (per the soft/hard scope rules).
  private func enterScope(fresh: [String], body: [Syntax]) -> [Int] {
    context.scopes.append([:])
    let slots = fresh.map { context.declare($0) }
    var assigned: Set<String> = []
    for syntax in body { assigned.formUnion(Self.assignedNames(syntax)) }
    for name in Self.declaredGlobals(body) { context.declaredGlobal.insert(name) }
    for name in assigned.sorted() where !fresh.contains(name) {
      if context.declaredGlobal.contains(name) || isLocal(name) { continue }
      if context.isSoft, globals.isUserDefined(name) || topLevelAssigned.contains(name) {
        continue
      }
      _ = context.declare(name)
    }
    return slots
  }

  private func leaveScope() {
    context.scopes.removeLast()
  }

  /// The names a scope's own statements assign (not those of nested scopes).
  static func assignedNames(_ syntax: Syntax) -> Set<String> {
    var names: Set<String> = []
    collectAssigned(syntax, into: &names)
    return names
  }

  private static func collectTargets(_ target: Syntax, into names: inout Set<String>) {
    switch target {
    case .name(let name, _): names.insert(name)
    case .tuple(let items, _): for item in items { collectTargets(item, into: &names) }
    case .typed(let inner, _, _): collectTargets(inner, into: &names)
    default: break
    }
  }

  private static func collectAssigned(_ syntax: Syntax, into names: inout Set<String>) {
    switch syntax {
    case .assign(let target, let value, _, _, _):
      collectTargets(target, into: &names)
      collectAssigned(value, into: &names)
    case .function(let definition, _):
      if let name = definition.name { names.insert(name) }
    case .block(let items, _):
      for item in items { collectAssigned(item, into: &names) }
    case .ifElse(let branches, let otherwise, _):
      for (condition, body) in branches {
        collectAssigned(condition, into: &names)
        collectAssigned(body, into: &names)
      }
      if let otherwise { collectAssigned(otherwise, into: &names) }
    case .and(let a, let b, _), .or(let a, let b, _):
      collectAssigned(a, into: &names)
      collectAssigned(b, into: &names)
    case .ternary(let a, let b, let c, _):
      collectAssigned(a, into: &names)
      collectAssigned(b, into: &names)
      collectAssigned(c, into: &names)
    case .constDeclaration(let inner, _):
      collectAssigned(inner, into: &names)
    case .scopeDeclaration(false, let items, _):
      for item in items { collectAssigned(item, into: &names) }
    case .macro(_, let arguments, _):
      for argument in arguments { collectAssigned(argument, into: &names) }
    case .returnStatement(let value?, _):
      collectAssigned(value, into: &names)
    default:
      break
    }
  }

  /// Names declared `global` in a scope's own statements.
  static func declaredGlobals(_ body: [Syntax]) -> [String] {
    var names: [String] = []
    func visit(_ syntax: Syntax) {
      switch syntax {
      case .scopeDeclaration(true, let items, _):
        for item in items {
          var found: Set<String> = []
          collectTargets(item, into: &found)
          if case .assign(let target, _, _, _, _) = item { collectTargets(target, into: &found) }
          names.append(contentsOf: found.sorted())
        }
      case .block(let items, _): for item in items { visit(item) }
      case .ifElse(let branches, let otherwise, _):
        for (_, body) in branches { visit(body) }
        if let otherwise { visit(otherwise) }
      default: break
      }
    }
    for syntax in body { visit(syntax) }
    return names
  }

  /// Names declared `local` in a scope's own statements.
  static func declaredLocals(_ body: [Syntax]) -> [String] {
    var names: [String] = []
    func visit(_ syntax: Syntax) {
      switch syntax {
      case .scopeDeclaration(false, let items, _):
        for item in items {
          var found: Set<String> = []
          collectTargets(item, into: &found)
          if case .assign(let target, _, _, _, _) = item { collectTargets(target, into: &found) }
          names.append(contentsOf: found.sorted())
        }
      case .block(let items, _): for item in items { visit(item) }
      case .ifElse(let branches, let otherwise, _):
        for (_, body) in branches { visit(body) }
        if let otherwise { visit(otherwise) }
      default: break
      }
    }
    for syntax in body { visit(syntax) }
    return names
  }

  // MARK: Functions

  /// Resolves a function's parameters and body in a new context (a new frame at run time).
  func resolveFunction(_ definition: FunctionSyntax, name: String, span: SourceSpan)
    -> FunctionTemplate
  {
    // Types and defaults are resolved where the function is defined (types) or called (defaults,
    // in the new frame, so they can use earlier parameters).
    let savedVariables = typeVariables
    if Set(definition.typeParameters.map(\.name)).count < definition.typeParameters.count {
      // julia-syntax.scm at v1.0.0.
      report("syntax: function static parameter names not unique", at: span)
    }
    for parameter in definition.typeParameters {
      typeVariables[parameter.name] = typeVariableCode(parameter, span: span)
    }
    let types = definition.parameters.map { $0.type.map { resolve($0) } }
    let keywordTypes = definition.keywordParameters.map { $0.type.map { resolve($0) } }
    typeVariables = savedVariables
    let context = Context(isTopLevel: false)
    contexts.append(context)
    defer { contexts.removeLast() }
    let savedLoopDepth = loopDepth
    loopDepth = 0
    defer { loopDepth = savedLoopDepth }
    let names =
      definition.parameters.map(\.name) + definition.keywordParameters.map(\.name)
      + definition.typeParameters.map(\.name)
    let locals = Self.declaredLocals([definition.body])
    let slots = enterScope(fresh: names + locals, body: [definition.body])
    var parameters: [ParameterCode] = []
    for (index, parameter) in definition.parameters.enumerated() {
      parameters.append(
        ParameterCode(
          name: parameter.name, slot: slots[index], type: types[index],
          defaultValue: parameter.defaultValue.map { resolve($0) }, isVararg: parameter.isVararg))
    }
    var keywords: [ParameterCode] = []
    for (index, parameter) in definition.keywordParameters.enumerated() {
      keywords.append(
        ParameterCode(
          name: parameter.name, slot: slots[definition.parameters.count + index],
          type: keywordTypes[index], defaultValue: parameter.defaultValue.map { resolve($0) },
          isVararg: parameter.isVararg))
    }
    let body = resolve(definition.body)
    let first = definition.parameters.count + definition.keywordParameters.count
    let typeParameters = definition.typeParameters.enumerated().map { index, parameter in
      (name: parameter.name, slot: slots[first + index])
    }
    return FunctionTemplate(
      name: name, parameters: parameters, keywordParameters: keywords, body: body,
      frameSize: context.slotCount, span: span, typeParameters: typeParameters)
  }

  // MARK: Targets

  func resolveTarget(_ syntax: Syntax) -> Target? {
    switch syntax {
    case .name(let name, _):
      return target(name)
    case .typed(let inner, _, _):
      return resolveTarget(inner)
    case .index(let base, let indices, let span):
      return .index(resolve(base), indices.map { resolve($0) }, span)
    case .field(let base, let name, let span):
      return .field(resolve(base), name, span)
    case .tuple(let items, let span):
      var targets: [Target] = []
      for item in items {
        guard let target = resolveTarget(item) else { return nil }
        targets.append(target)
      }
      return .tuple(targets, span)
    default:
      report("invalid assignment location", at: syntax.span)
      return nil
    }
  }

  // MARK: Loops and scopes

  func resolveLoopClauses(_ clauses: [(Syntax, Syntax)], body: [Syntax]) -> ([LoopClause], Int) {
    let opened = openLoop(clauses, body: body, ownFrame: false, iterablesInside: false)
    loopVariableSlots.removeLast()
    return opened
  }

  /// Opens a loop's scope (and, with `ownFrame`, the context of the frame each iteration gets)
  /// and resolves its clauses. A loop's first iterable is resolved in the enclosing scope and
  /// the others (`iterablesInside`) inside, where they can use the earlier clauses' variables
  /// (`for i in 1:3, j in 1:i` nests); a comprehension's clauses make a product, all of whose
  /// iterables belong to the enclosing scope. The caller resolves the body, then calls
  /// `closeLoop`.
  func openLoop(
    _ clauses: [(Syntax, Syntax)], body: [Syntax], ownFrame: Bool, iterablesInside: Bool = true
  ) -> ([LoopClause], Int) {
    var names: [String] = []
    for (target, _) in clauses { names.append(contentsOf: Self.targetNames(target)) }
    let outside = clauses.prefix(iterablesInside ? 1 : clauses.count).map { resolve($0.1) }
    if ownFrame {
      let loop = Context(isTopLevel: false, isSoft: context.isSoft)
      loop.declaredGlobal = context.declaredGlobal
      contexts.append(loop)
    }
    let locals = Self.declaredLocals(body)
    let slots = enterScope(fresh: names + locals, body: body)
    loopVariableSlots.append(Set(slots.prefix(names.count)))
    var result: [LoopClause] = []
    for (index, (target, iterable)) in clauses.enumerated() {
      let code = index < outside.count ? outside[index] : resolve(iterable)
      if let resolved = resolveTarget(target) {
        result.append(LoopClause(target: resolved, iterable: code))
      }
    }
    return (result, names.count)
  }

  /// Closes the scope `openLoop` opened: the slots the body's locals take (unbound again at each
  /// iteration), and the size of the loop's own frame if it has one.
  func closeLoop(ownFrame: Bool) -> LoopScope {
    let variables = loopVariableSlots.removeLast()
    let scope = context.scopes[context.scopes.count - 1]
    let cleared = scope.values.filter { !variables.contains($0) }.sorted()
    leaveScope()
    if ownFrame {
      let size = context.slotCount
      contexts.removeLast()
      return LoopScope(cleared: [], frameSize: size)
    }
    return LoopScope(cleared: cleared, frameSize: nil)
  }

  static func targetNames(_ target: Syntax) -> [String] {
    switch target {
    case .name(let name, _): return [name]
    case .tuple(let items, _): return items.flatMap { targetNames($0) }
    case .typed(let inner, _, _): return targetNames(inner)
    default: return []
    }
  }

  func inLoop<T>(_ body: () -> T) -> T {
    loopDepth += 1
    defer { loopDepth -= 1 }
    return body()
  }

  var isInLoop: Bool { loopDepth > 0 }

  func withScope<T>(fresh: [String], body: [Syntax], _ work: ([Int]) -> T) -> T {
    let slots = enterScope(fresh: fresh, body: body)
    defer { leaveScope() }
    return work(slots)
  }

  func closeScope() { leaveScope() }
}

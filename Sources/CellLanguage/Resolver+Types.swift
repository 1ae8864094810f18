import SourcePositions

/// Resolving type definitions and type variables.
extension Resolver {
  /// The code that makes type variable `T` (with its bound) where a signature or a struct's
  /// field types name it.
  func typeVariableCode(_ parameter: TypeParameterSyntax, span: SourceSpan) -> Code {
    let bound = parameter.bound.map { [CodeArgument(value: resolve($0), splat: false)] } ?? []
    return .call(
      CallCode(
        callee: .constant(.object(TypeVariableMaker(parameter.name)), span), arguments: bound,
        keywords: [], isBroadcast: false, span: span))
  }

  /// A `struct` or `abstract type`: its parameters' bounds, supertype and field types are
  /// resolved with the parameters as type variables; its inner constructors with `new`.
  func resolveTypeDefinition(_ definition: TypeDefinitionSyntax, _ span: SourceSpan) -> Code {
    guard isAtTopLevel else {
      let keyword = definition.isAbstract ? "abstract type" : "struct"
      report("syntax: \"\(keyword)\" expression not at top level", at: span)
      return .constant(.nothing, span)
    }
    let bounds = definition.parameters.map { $0.bound.map { resolve($0) } }
    let savedVariables = typeVariables
    for parameter in definition.parameters {
      typeVariables[parameter.name] = typeVariableCode(parameter, span: span)
    }
    let supertype = definition.supertype.map { resolve($0) }
    let fieldTypes = definition.fields.map { $0.type.map { resolve($0) } }
    typeVariables = savedVariables
    let new = NewFunction()
    let savedNew = newFunction
    newFunction = new
    let constructors = definition.constructors.map { constructor, span in
      resolveFunction(constructor, name: definition.name, span: span)
    }
    newFunction = savedNew
    guard let target = resolveTarget(.name(definition.name, span)) else {
      return .constant(.nothing, span)
    }
    var seen: Set<String> = []
    for field in definition.fields where !seen.insert(field.name).inserted {
      report("syntax: duplicate field name: \"\(field.name)\" is not unique", at: field.span)
    }
    var parameterNames: Set<String> = []
    for parameter in definition.parameters where !parameterNames.insert(parameter.name).inserted {
      report(
        "a type parameter named twice is not supported by sitegen's Julia", kind: .unsupported,
        at: span)
    }
    return .defineType(
      TypeDefinitionCode(
        name: definition.name, isAbstract: definition.isAbstract, isMutable: definition.isMutable,
        parameters: zip(definition.parameters, bounds).map { ($0.name, $1) },
        supertype: supertype, fieldNames: definition.fields.map(\.name), fieldTypes: fieldTypes,
        constructors: constructors, target: target, newFunction: new),
      span)
  }
}

/// A resolved type definition.
final class TypeDefinitionCode {
  let name: String
  let isAbstract: Bool
  let isMutable: Bool
  let parameters: [(name: String, bound: Code?)]
  let supertype: Code?
  let fieldNames: [String]
  let fieldTypes: [Code?]
  let constructors: [FunctionTemplate]
  let target: Target
  let newFunction: NewFunction

  init(
    name: String, isAbstract: Bool, isMutable: Bool, parameters: [(name: String, bound: Code?)],
    supertype: Code?, fieldNames: [String], fieldTypes: [Code?], constructors: [FunctionTemplate],
    target: Target, newFunction: NewFunction
  ) {
    self.name = name
    self.isAbstract = isAbstract
    self.isMutable = isMutable
    self.parameters = parameters
    self.supertype = supertype
    self.fieldNames = fieldNames
    self.fieldTypes = fieldTypes
    self.constructors = constructors
    self.target = target
    self.newFunction = newFunction
  }
}

import SourcePositions

/// Reads a Jupyter notebook's JSON as nbformat 4 describes it: every problem with its structure
/// (a missing key, a value of the wrong kind, another nbformat) at its line and column, all of
/// them in one run.
package enum NotebookReader {
  /// Reads the notebook in `bytes`.
  /// - Returns: the notebook.
  /// - Throws: the problems found, in the order of the text: the first JSON syntax error, or
  ///   every structural problem.
  package static func read(_ bytes: [UInt8]) throws(NotebookProblems) -> Notebook {
    let root: JSONNode
    do {
      root = try JSONReader.read(bytes)
    } catch {
      throw NotebookProblems(errors: [error])
    }
    var problems: [LocatedError] = []
    let notebook = read(root, &problems)
    guard problems.isEmpty, let notebook else {
      throw NotebookProblems(errors: problems.sorted { $0.location < $1.location })
    }
    return notebook
  }

  /// Phase 1: the top-level object and its format; phase 2: each cell.
  private static func read(_ root: JSONNode, _ problems: inout [LocatedError]) -> Notebook? {
    guard root.members != nil else {
      problems.append(
        LocatedError(
          "a Jupyter notebook is a JSON object, not \(root.value.kindName)", at: root.range))
      return nil
    }
    guard let format = root["nbformat"] else {
      problems.append(
        LocatedError(
          "this JSON is not a Jupyter notebook: its object has no \"nbformat\" key",
          at: root.location))
      return nil
    }
    guard let version = format.integer else {
      problems.append(
        LocatedError(
          "\"nbformat\" must be a whole number, not \(format.value.kindName)", at: format.range))
      return nil
    }
    guard version == 4 else {
      problems.append(
        LocatedError(
          "sitegen imports nbformat 4 notebooks; this one is nbformat \(version) "
            + "(convert it with `jupyter nbconvert --to notebook`)", at: format.range))
      return nil
    }
    guard let cellsNode = root["cells"] else {
      problems.append(
        LocatedError("the notebook has no \"cells\" array", at: root.location))
      return nil
    }
    guard let cellNodes = cellsNode.array else {
      problems.append(
        LocatedError(
          "\"cells\" must be an array, not \(cellsNode.value.kindName)", at: cellsNode.range))
      return nil
    }
    var notebook = Notebook(cells: cellNodes.compactMap { cell($0, &problems) })
    if let metadata = root["metadata"] {
      let named = metadata["language_info"]?["name"] ?? metadata["kernelspec"]?["language"]
      if let named, let name = named.string {
        notebook.language = name
        notebook.languageLocation = named.location
      }
    }
    return notebook
  }

  /// One cell: `cell_type`, `source`, and for code cells `outputs` and `execution_count`.
  private static func cell(_ node: JSONNode, _ problems: inout [LocatedError]) -> NotebookCell? {
    guard node.members != nil else {
      problems.append(
        LocatedError("a cell must be an object, not \(node.value.kindName)", at: node.range))
      return nil
    }
    guard let typeNode = node["cell_type"] else {
      problems.append(LocatedError("the cell has no \"cell_type\"", at: node.location))
      return nil
    }
    guard let typeName = typeNode.string, let kind = NotebookCell.Kind(rawValue: typeName) else {
      problems.append(
        LocatedError(
          "\"cell_type\" must be \"markdown\", \"code\" or \"raw\"", at: typeNode.range))
      return nil
    }
    guard let sourceNode = node["source"] else {
      problems.append(LocatedError("the cell has no \"source\"", at: node.location))
      return nil
    }
    guard let source = multilineString(sourceNode, named: "source", &problems) else { return nil }
    var cell = NotebookCell(kind: kind, source: source, location: node.location)
    if let metadata = node["metadata"] {
      cell.tags = metadata["tags"]?.array?.compactMap(\.string) ?? []
      if case .bool(true) = metadata["jupyter"]?["source_hidden"]?.value {
        cell.sourceHidden = true
      }
      if case .bool(true) = metadata["jupyter"]?["outputs_hidden"]?.value {
        cell.outputsHidden = true
      }
    }
    if let attachments = node["attachments"], let members = attachments.members {
      cell.attachments = members.map(\.key)
      cell.attachmentsLocation = attachments.location
    }
    guard kind == .code else { return cell }
    if let count = node["execution_count"], count.value != .null {
      cell.executed = true
    }
    guard let outputsNode = node["outputs"] else { return cell }
    guard let outputs = outputsNode.array else {
      problems.append(
        LocatedError(
          "\"outputs\" must be an array, not \(outputsNode.value.kindName)",
          at: outputsNode.range))
      return nil
    }
    let before = problems.count
    cell.outputs = outputs.compactMap { output($0, &problems) }
    return problems.count == before ? cell : nil
  }

  /// One output: `stream`, `execute_result`, `display_data` or `error`.
  private static func output(_ node: JSONNode, _ problems: inout [LocatedError])
    -> NotebookOutput?
  {
    guard node.members != nil else {
      problems.append(
        LocatedError("an output must be an object, not \(node.value.kindName)", at: node.range))
      return nil
    }
    guard let typeNode = node["output_type"], let type = typeNode.string else {
      problems.append(
        LocatedError("the output has no \"output_type\" string", at: node.location))
      return nil
    }
    switch type {
    case "stream":
      guard let textNode = node["text"] else {
        problems.append(LocatedError("the stream output has no \"text\"", at: node.location))
        return nil
      }
      guard let text = multilineString(textNode, named: "text", &problems) else { return nil }
      return .stream(name: node["name"]?.string ?? "stdout", text: text)
    case "execute_result", "display_data":
      guard let data = node["data"] else {
        problems.append(LocatedError("the \(type) output has no \"data\"", at: node.location))
        return nil
      }
      guard let members = data.members else {
        problems.append(
          LocatedError(
            "\"data\" must be an object of MIME types, not \(data.value.kindName)",
            at: data.range))
        return nil
      }
      var plainText: String?
      if let plain = data["text/plain"] {
        guard let text = multilineString(plain, named: "text/plain", &problems) else {
          return nil
        }
        plainText = text
      }
      let bundle = MimeBundle(types: members.map(\.key), plainText: plainText)
      return type == "execute_result" ? .result(bundle) : .display(bundle)
    case "error":
      return .error(
        name: node["ename"]?.string ?? "", value: node["evalue"]?.string ?? "")
    default:
      problems.append(
        LocatedError(
          "unknown output type \"\(type)\" (nbformat 4 has stream, execute_result, "
            + "display_data and error)", at: typeNode.range))
      return nil
    }
  }

  /// nbformat's multi-line string: one string, or an array of strings to be joined.
  private static func multilineString(
    _ node: JSONNode, named name: String, _ problems: inout [LocatedError]
  ) -> String? {
    switch node.value {
    case .string(let text):
      return text
    case .array(let parts):
      var text = ""
      for part in parts {
        guard let piece = part.string else {
          problems.append(
            LocatedError(
              "the lines of \"\(name)\" must be strings, not \(part.value.kindName)",
              at: part.range))
          return nil
        }
        text += piece
      }
      return text
    case .null, .bool, .number, .object:
      problems.append(
        LocatedError(
          "\"\(name)\" must be a string or an array of strings, not \(node.value.kindName)",
          at: node.range))
      return nil
    }
  }
}

/// What is wrong with a file that should hold a notebook, each problem at its place.
package struct NotebookProblems: Error, Sendable {
  package var errors: [LocatedError]

  package init(errors: [LocatedError]) {
    self.errors = errors
  }
}

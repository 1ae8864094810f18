import Plotting

/// Plots' `savefig`: the plot's SVG as a file of the page's folder in the built site.
extension Interpreter {
  /// `savefig(plot, name)` and `savefig(name)` (the current plot). The name must be a file name
  /// ending in `.svg`: a cell writes only beside its own page.
  func saveFigure(_ call: LibraryCall) throws -> Value {
    let plot: PlotsPlot
    if call.args.count == 2 {
      guard case .object(let given as PlotsPlot) = call.args[0] else {
        throw noMethod("savefig", call.args, call.span)
      }
      plot = given
    } else {
      plot = try currentPlot(call.span)
    }
    guard case .string(let name)? = call.args.last else {
      throw noMethod("savefig", call.args, call.span)
    }
    let allowed = name.unicodeScalars.allSatisfy { scalar in
      (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || "-_.".unicodeScalars.contains(scalar)) && scalar.isASCII
    }
    guard allowed, !name.hasPrefix("."), name.count <= 100 else {
      throw fail(
        .unsupported,
        "savefig(\"\(name)\"): writing outside the page's folder is not supported by sitegen's "
          + "Julia (give a file name such as \"plot.svg\")", call.span)
    }
    guard name.lowercased().hasSuffix(".svg") else {
      throw fail(
        .unsupported,
        "savefig(\"\(name)\"): only .svg files are supported by sitegen's Julia", call.span)
    }
    let stem = String(name.dropLast(4))
    let svg = plot.figure.svg(SVGOptions(id: "savefig-" + stem))
    outputs.append(.savedFile(name: name, contents: svg + "\n"))
    return .nothing
  }
}

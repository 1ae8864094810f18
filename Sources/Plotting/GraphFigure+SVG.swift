extension GraphFigure {
  /// The graph as SVG: a box per node with its label, value and gradient, and an arrow from
  /// each input to its consumer. Drawn at its natural size (`width` in pixels, with a
  /// `viewBox`), so that its 12 px text stays readable: a page lets a wide graph scroll
  /// sideways rather than shrink it.
  public func svg(_ options: SVGOptions = SVGOptions()) -> String {
    let layout = GraphLayout(self)
    var writer = SVGWriter()
    let captionHeight = options.caption == nil ? 0.0 : 26
    writer.openFigure(
      kind: "sgp-graph", width: layout.width, height: layout.height + captionHeight,
      title: options.alt ?? title, description: description(caption: options.caption),
      options: options)
    var boxOf: [Int: GraphLayout.Box] = [:]
    for box in layout.boxes { boxOf[box.node] = box }
    // Edges first, so boxes cover their ends.
    var curves = ""
    var heads = ""
    for (from, to) in layout.links {
      guard let a = boxOf[from], let b = boxOf[to] else { continue }
      let startX = a.x + a.width
      let startY = a.y + a.height / 2
      let endX = b.x - 6
      let endY = b.y + b.height / 2
      // A straight run to the edge of the layer, then a curve to the consumer.
      let bendX = max(startX, a.columnRight)
      let bend = max(12, (endX - bendX) / 2)
      curves += "M\(NumberFormat.attribute(startX)) \(NumberFormat.attribute(startY))"
      if bendX > startX { curves += "H\(NumberFormat.attribute(bendX))" }
      curves += "C\(NumberFormat.attribute(bendX + bend)) \(NumberFormat.attribute(startY))"
      curves += " \(NumberFormat.attribute(endX - bend)) \(NumberFormat.attribute(endY))"
      curves += " \(NumberFormat.attribute(endX)) \(NumberFormat.attribute(endY))"
      heads += "M\(NumberFormat.attribute(b.x)) \(NumberFormat.attribute(endY))l-7-3.5v7z"
    }
    if !curves.isEmpty {
      writer.open("path", [("class", "sgp-edge"), ("d", curves)], close: true)
      writer.open("path", [("class", "sgp-arrow"), ("d", heads)], close: true)
    }
    for box in layout.boxes {
      writer.open("g", [("class", "sgp-graph-node")])
      writer.element("title", [], content: box.lines.joined(separator: ", "))
      writer.open(
        "rect",
        [
          ("class", "sgp-node"), ("x", NumberFormat.attribute(box.x)),
          ("y", NumberFormat.attribute(box.y)), ("width", NumberFormat.attribute(box.width)),
          ("height", NumberFormat.attribute(box.height)), ("rx", "4"),
        ], close: true)
      let center = NumberFormat.attribute(box.x + box.width / 2)
      for (line, text) in box.lines.enumerated() {
        var attributes = [
          ("x", center),
          (
            "y",
            NumberFormat.attribute(
              box.y + GraphLayout.padding / 2 + GraphLayout.lineHeight * Double(line + 1) - 4)
          ),
          ("text-anchor", "middle"),
        ]
        if line == 0 { attributes.insert(("class", "sgp-op"), at: 0) }
        writer.element("text", attributes, content: text)
      }
      writer.close("g")
    }
    if let caption = options.caption {
      writer.element(
        "text",
        [
          ("class", "sgp-caption"), ("x", "50%"),
          ("y", NumberFormat.attribute(layout.height + captionHeight - 8)),
          ("text-anchor", "middle"),
        ], content: caption)
    }
    writer.close("svg")
    return writer.text
  }

  /// "n nodes, m edges." then each node's text, then the caption.
  private func description(caption: String?) -> String {
    var parts = ["\(nodes.count) nodes, \(edges.count) edges."]
    for node in nodes {
      parts.append(GraphLayout.lines(of: node).joined(separator: ", ") + ".")
    }
    if let caption { parts.append(caption) }
    return parts.joined(separator: " ")
  }
}

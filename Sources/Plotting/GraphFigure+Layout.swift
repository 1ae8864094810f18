/// Node positions for a graph figure: layers by longest path from the inputs, ordered within
/// a layer by the mean position of their inputs.
struct GraphLayout {
  /// A placed node: its index in the figure and its box.
  struct Box {
    var node: Int
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var lines: [String]
    /// The right edge of the widest box in the same layer, where outgoing edges bend.
    var columnRight = 0.0
  }

  var boxes: [Box]
  /// Edges as pairs of node indices (input, consumer).
  var links: [(Int, Int)]
  var width: Double
  var height: Double

  static let lineHeight = 16.0
  /// The space above the first line and below the last, together.
  static let padding = 10.0
  /// The space left and right of the widest line, each.
  static let horizontalPadding = 12.0
  static let layerGap = 44.0
  static let nodeGap = 18.0
  static let margin = 12.0

  init(_ figure: GraphFigure) {
    var index: [Int: Int] = [:]
    for (position, node) in figure.nodes.enumerated() where index[node.id] == nil {
      index[node.id] = position
    }
    let count = figure.nodes.count
    var links: [(Int, Int)] = []
    var inputs = [[Int]](repeating: [], count: count)
    var outputs = [[Int]](repeating: [], count: count)
    for edge in figure.edges {
      guard let from = index[edge.from], let to = index[edge.to], from != to else { continue }
      links.append((from, to))
      inputs[to].append(from)
      outputs[from].append(to)
    }
    self.links = links

    // Phase 1: layers by longest path (Kahn's order); nodes on a cycle go after the rest.
    var layer = [Int](repeating: 0, count: count)
    var pending = inputs.map(\.count)
    var ready = (0..<count).filter { pending[$0] == 0 }
    var placed = [Bool](repeating: false, count: count)
    var cursor = 0
    while cursor < ready.count {
      let node = ready[cursor]
      cursor += 1
      placed[node] = true
      for next in outputs[node] {
        layer[next] = max(layer[next], layer[node] + 1)
        pending[next] -= 1
        if pending[next] == 0 { ready.append(next) }
      }
    }
    let deepest = layer.max() ?? 0
    for node in 0..<count where !placed[node] { layer[node] = deepest + 1 }
    // A constant (a node with no inputs) goes in the layer just before its first consumer,
    // not in the first layer: its edge is then short instead of crossing the graph.
    for node in 0..<count where inputs[node].isEmpty && !outputs[node].isEmpty {
      let first = outputs[node].map { layer[$0] }.min() ?? 1
      layer[node] = max(layer[node], first - 1)
    }
    let layerCount = (layer.max() ?? -1) + 1

    // Phase 2: order within layers by the mean rank of inputs (one sweep, stable).
    var members = [[Int]](repeating: [], count: layerCount)
    for node in 0..<count { members[layer[node]].append(node) }
    var rank = [Double](repeating: 0, count: count)
    for column in members.indices {
      let keyed = members[column].enumerated().map { offset, node -> (Double, Int, Int) in
        let sources = inputs[node].filter { layer[$0] < column }
        let mean =
          sources.isEmpty
          ? Double(offset) : sources.map { rank[$0] }.reduce(0, +) / Double(sources.count)
        return (mean, offset, node)
      }
      members[column] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
      for (offset, node) in members[column].enumerated() { rank[node] = Double(offset) }
    }

    // Phase 3: boxes sized to their text, columns left to right, each column centered.
    var boxes: [Box] = []
    var columnHeights: [Double] = []
    var columnBoxes: [[Box]] = []
    var x = GraphLayout.margin
    for column in members {
      var stack: [Box] = []
      var y = 0.0
      var widest = 0.0
      for node in column {
        let lines = GraphLayout.lines(of: figure.nodes[node])
        // The first line is bold: about a tenth wider than the estimate for regular text.
        let textWidth =
          lines.enumerated().map { line, text in
            SVGWriter.estimatedWidth(text, fontSize: PlotGeometry.fontSize) * (line == 0 ? 1.1 : 1)
          }.max() ?? 0
        let width = max(48, textWidth + 2 * GraphLayout.horizontalPadding)
        let height = Double(lines.count) * GraphLayout.lineHeight + GraphLayout.padding
        stack.append(Box(node: node, x: x, y: y, width: width, height: height, lines: lines))
        y += height + GraphLayout.nodeGap
        widest = max(widest, width)
      }
      columnHeights.append(max(0, y - GraphLayout.nodeGap))
      columnBoxes.append(
        stack.map { box in
          var box = box
          box.columnRight = x + widest
          return box
        })
      x += widest + GraphLayout.layerGap
    }
    let tallest = columnHeights.max() ?? 0
    for (column, stack) in columnBoxes.enumerated() {
      let shift = GraphLayout.margin + (tallest - columnHeights[column]) / 2
      for var box in stack {
        box.y += shift
        boxes.append(box)
      }
    }
    self.boxes = boxes.sorted { $0.node < $1.node }
    width = max(2 * GraphLayout.margin, x - GraphLayout.layerGap + GraphLayout.margin)
    height = tallest + 2 * GraphLayout.margin
  }

  /// The text lines of a node: its label, then its value and gradient when known.
  static func lines(of node: GraphFigure.Node) -> [String] {
    var lines = [node.label]
    if let value = node.value { lines.append("value " + value) }
    if let gradient = node.gradient { lines.append("grad " + gradient) }
    return lines
  }
}

/// A computation graph to draw: operation nodes with their values and gradients, and edges
/// from each input to the operation that consumes it, laid out left to right in layers.
public struct GraphFigure: Sendable, Equatable {
  /// One value in the graph: an input, a parameter or the result of an operation.
  public struct Node: Sendable, Equatable {
    /// The node's identity, referred to by edges.
    public var id: Int
    /// The operation (`*`, `+`, `abs`) or the name of an input.
    public var label: String
    /// The node's value as text, if shown.
    public var value: String?
    /// The node's gradient as text, if known.
    public var gradient: String?

    /// Creates a node from preformatted value and gradient texts.
    public init(id: Int, label: String, value: String? = nil, gradient: String? = nil) {
      self.id = id
      self.label = label
      self.value = value
      self.gradient = gradient
    }

    /// Creates a node from numbers, written with four significant digits.
    public init(id: Int, label: String, value: Double, gradient: Double?) {
      self.init(
        id: id, label: label, value: NumberFormat.significant(value),
        gradient: gradient.map { NumberFormat.significant($0) })
    }
  }

  /// A dependency: `from` is an input of `to`.
  public struct Edge: Sendable, Equatable {
    /// The id of the input node.
    public var from: Int
    /// The id of the node computed from it.
    public var to: Int

    /// Creates an edge.
    public init(from: Int, to: Int) {
      self.from = from
      self.to = to
    }
  }

  /// The nodes, in any order; ties in a layer keep this order.
  public var nodes: [Node]
  /// The edges; ones naming unknown nodes, and self-loops, are ignored.
  public var edges: [Edge]
  /// The title for `<title>`; a description of nodes and edges goes into `<desc>`.
  public var title: String

  /// Creates a graph figure.
  public init(nodes: [Node], edges: [Edge], title: String = "Computation graph") {
    self.nodes = nodes
    self.edges = edges
    self.title = title
  }
}

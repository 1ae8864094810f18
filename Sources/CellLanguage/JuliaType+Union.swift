extension JuliaType {
  /// `Union{types…}` as Julia 1.0 builds it (src/jltypes.c, `jl_type_union`): nested unions
  /// flattened, members that are subtypes of another member dropped, a single member alone, and
  /// the rest sorted as `union_sort_cmp` sorts them: singleton types (`Nothing`, `Missing`)
  /// first, then bits types (`Float64`, `Int64`), then the others, each group by name — so
  /// `Union{Int, Float64}` prints `Union{Float64, Int64}` and `Union{Int, Nothing}`
  /// `Union{Nothing, Int64}`.
  static func union(of types: [JuliaType]) -> JuliaType {
    var members: [JuliaType] = []
    for type in types {
      if case .union(let inner) = type { members += inner } else { members.append(type) }
    }
    var kept: [JuliaType] = []
    for (i, type) in members.enumerated() {
      let covered = members.enumerated().contains { j, other in
        j != i && type.isSubtype(of: other) && (!other.isSubtype(of: type) || j < i)
      }
      if !covered { kept.append(type) }
    }
    if kept.count == 1 { return kept[0] }
    return .union(kept.sorted { ($0.unionRank, $0.name) < ($1.unionRank, $1.name) })
  }

  /// The group `union_sort_cmp` puts a member in: 0 singletons, 1 bits types, 2 the rest.
  private var unionRank: Int {
    switch self {
    case .nothing: 0
    case .user(let type, _) where type === UserType.missing: 0
    case .bool, .int64, .float64, .char, .numeric: 1
    default: 2
    }
  }
}

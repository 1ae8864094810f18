/// The global variables of a session: one slot per name, kept across cells.
final class GlobalTable {
  private(set) var names: [String: Int] = [:]
  var values: [Value?] = []
  var slotNames: [String] = []
  private var userDefined: Set<String> = []

  /// The slot of `name`, created (unbound) if the name is new.
  func slot(for name: String) -> Int {
    if let slot = names[name] { return slot }
    let slot = values.count
    names[name] = slot
    values.append(nil)
    slotNames.append(name)
    return slot
  }

  /// Binds a built-in name (not counted as defined by the user).
  func define(_ name: String, _ value: Value) {
    values[slot(for: name)] = value
  }

  /// Binds `name` on behalf of the user's code.
  func assign(_ slot: Int, _ value: Value) {
    values[slot] = value
    userDefined.insert(slotNames[slot])
  }

  func isUserDefined(_ name: String) -> Bool { userDefined.contains(name) }

  func value(of name: String) -> Value? {
    names[name].flatMap { values[$0] }
  }
}

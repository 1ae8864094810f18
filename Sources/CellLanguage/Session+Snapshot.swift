/// Snapshots of a session: its whole state copied, so that cells can run on from it any number
/// of times while the session itself stays as it was.
extension Session {
  /// A session in this session's state: globals (each slot where it was), every array,
  /// function, closure frame and engine object they reach (sharing kept), the random stream,
  /// the autodiff tape and the counters; `nil` when the state holds something that cannot be
  /// copied. Running cells in either session leaves the other as it was.
  package func snapshot() -> Session? {
    let copy = Session(limits: interpreter.limits)
    let source = interpreter
    let target = copy.interpreter
    target.tape.replaceState(with: source.tape)
    target.random = source.random
    target.anonymousCount = source.anonymousCount
    target.compiles = source.compiles
    // Left fresh: `outputs`, `indexContext`, the counters, `returned`, `thrown` and `showError`
    // belong to the cell being run, and are reset or empty between cells.
    var copier = StateCopier(from: source, to: target)
    // The target's built-ins already sit in the first slots; every slot keeps its number, as
    // resolved code (in functions defined earlier) reads globals by slot.
    let from = source.globals
    let to = target.globals
    for (slot, name) in from.slotNames.enumerated() {
      guard to.slot(for: name) == slot else { return nil }
      guard let value = from[slot] else { continue }
      if from.isUserDefined(name) {
        to.assign(slot, copier.copy(value))
      } else {
        to.define(name, copier.copy(value))
      }
    }
    return copier.failed ? nil : copy
  }
}

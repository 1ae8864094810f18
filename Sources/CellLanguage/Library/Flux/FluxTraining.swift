import Foundation
import SourcePositions

extension LibraryModule {
  /// Flux 0.8.3's `train!` (`src/optimise/train.jl`) and `throttle` (`src/utils.jl`).
  static var fluxTrainingFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "train!",
        [
          LibraryMethod([.any, .any, .any, .any], keywords: ["cb"]) { call in
            try call.session.fluxTrain(call)
          }
        ]),
      LibraryFunction(
        "throttle",
        [
          LibraryMethod([.any, .real], keywords: ["leading", "trailing"]) { call in
            if let leading = call.keyword("leading"), leading.boolValue != true {
              throw call.fail(
                .unsupported, "throttle with leading=false is not supported by sitegen's Julia")
            }
            if let trailing = call.keyword("trailing"), trailing.boolValue != false {
              throw call.fail(
                .unsupported, "throttle with trailing=true is not supported by sitegen's Julia")
            }
            guard let timeout = call.args[1].doubleValue else {
              throw call.session.noMethod("throttle", call.args, call.span)
            }
            return .object(ThrottledFunction(call.args[0], timeout: timeout))
          }
        ]),
    ]
  }
}

/// `throttle(f, timeout)`: runs `f` on the first call and returns that result until `timeout`
/// seconds have passed. What Flux does after the timeout depends on how fast the machine ran
/// the loop, so a later call past the timeout is refused rather than answered.
final class ThrottledFunction: RuntimeObject, CallableObject {
  let function: Value
  let timeout: Double
  var started: Date?
  var result: Value = .nothing

  init(_ function: Value, timeout: Double) {
    self.function = function
    self.timeout = timeout
  }

  override var type: JuliaType { .function }
  override func show(_ session: Interpreter) -> String {
    "(::getfield(Flux, Symbol(\"#throttled#\")))"
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    let copy = ThrottledFunction(copier.copy(function), timeout: timeout)
    copy.started = started
    copy.result = copier.copy(result)
    return copy
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    guard let started else {
      self.started = Date()
      result = try session.call(function, args, kwargs, span)
      return result
    }
    if Date().timeIntervalSince(started) >= timeout {
      throw session.fail(
        .unsupported,
        "a throttled function called again after its timeout (when Flux's would run again depends on the machine's speed) is not supported by sitegen's Julia",
        span)
    }
    return result
  }
}

extension Interpreter {
  /// `train!(loss, ps, data, opt; cb)`: for each `d` in `data`, `gs = gradient(() ->
  /// loss(d...), ps)`, `update!(opt, ps, gs)`, then `cb()` (a vector of callbacks runs each;
  /// a callback returning `:stop` ends the loop, as Flux 0.8's deprecated form does).
  func fluxTrain(_ call: LibraryCall) throws -> Value {
    let (loss, ps, data, opt) = (call.args[0], call.args[1], call.args[2], call.args[3])
    let span = call.span
    guard case .object(let optimizer as OptimizerObject) = opt else {
      throw noMethod("train!", call.args, span)
    }
    let params: ParamsObject
    if case .object(let given as ParamsObject) = ps {
      params = given
    } else {
      params = ParamsObject(try parameterList(ps, span))
    }
    var callbacks: [Value] = []
    if let cb = call.keyword("cb") {
      if case .array = cb { callbacks = try iterate(cb, span) } else { callbacks = [cb] }
    }
    for d in try iterate(data, span) {
      let args: [Value]
      if case .tuple(let items) = d { args = items } else { args = try iterate(d, span) }
      let (_, grads) = try implicitGradient(params, span) { try self.call(loss, args, [], span) }
      _ = try callBuiltin(.update, [.object(optimizer), .object(params), .object(grads)], [], span)
      var stop = false
      for callback in callbacks {
        if case .symbol("stop") = try self.call(callback, [], [], span) { stop = true }
      }
      if stop { break }
    }
    return .nothing
  }
}

extension Value {
  /// The Boolean, if the value is one.
  fileprivate var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }
}

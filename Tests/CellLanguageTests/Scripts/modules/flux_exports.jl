# Flux 0.8.3's exports (src/Flux.jl): not gradient, mse, data, back!, train!, update!, Params;
# those stay reachable qualified.
using Flux
gradient(x -> x^2, 1.0)
# error: 4:1 UndefVarError: gradient not defined
# ---
mse([1.0, 2.0], [1.0, 4.0])
# error: 1:1 UndefVarError: mse not defined
# ---
update!
# error: 1:1 UndefVarError: update! not defined
# ---
withgradient(x -> x^2, 1.0)
# error: 1:1 UndefVarError: withgradient not defined
# ---
Flux.mse([1.0, 2.0], [1.0, 4.0]), Flux.data(param(1.0)), Flux.Tracker.data(param(2.0))
# expect: (2.0, 1.0, 2.0)
# ---
Flux.gradient(x -> x^2, 3.0), Flux.Tracker.gradient(x -> x^2, 3.0), Tracker.gradient(x -> x^2, 3.0)
# expect: ((6.0 (tracked),), (6.0 (tracked),), (6.0 (tracked),))
# ---
# A name Flux exports and sitegen lacks is not supported, not undefined.
LSTM(2, 3)
# error: 2:1 LSTM is not supported by sitegen's Julia
# ---
Flux.Tracker.withgradient
# error: 1:1 UndefVarError: withgradient not defined
# ---
# A member of Julia's module that sitegen lacks is not supported, exported or not.
Flux.glorot_normal(2, 2)
# error: 2:1 glorot_normal is not supported by sitegen's Julia
# ---
Flux.Tracker.jacobian(x -> x, [1.0])
# error: 1:1 jacobian is not supported by sitegen's Julia
# ---
# Tracker's exports are not in scope until Tracker is used.
jacobian(x -> x, [1.0])
# error: 2:1 UndefVarError: jacobian not defined
# ---
using Flux.Tracker
gradient(x -> x^2, 1.0)
# expect: (2.0 (tracked),)
# ---
jacobian(x -> x, [1.0])
# error: 1:1 jacobian is not supported by sitegen's Julia
# ---
Params([param([1.0])])
# expect: Params([[1.0] (tracked)])
# ---
# Tracker does not export data, grad or update!.
data(param(1.0))
# error: 2:1 UndefVarError: data not defined

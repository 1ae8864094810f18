# A name Julia defines that sitegen does not is "not supported", not an UndefVarError that
# would tell the author their Julia is wrong (powermod is in Julia's Base exports).
powermod(2, 10, 7)
# error: 3:1 powermod is not supported by sitegen's Julia
# ---
x = invmod(3, 7)
# error: 1:5 invmod is not supported by sitegen's Julia
# ---
using Test
@test_broken 1 == 2
# error: 2:1 @test_broken is not supported by sitegen's Julia
# ---
# A module's name is Julia's only once the module is loaded: before, Julia says undefined.
eigen([1.0 0.0; 0.0 2.0])
# error: 2:1 UndefVarError: eigen not defined
# ---
using LinearAlgebra
eigen([1.0 0.0; 0.0 2.0])
# error: 2:1 eigen is not supported by sitegen's Julia
# ---
using Flux
Flux.glorot_normal(2, 3)
# error: 2:1 glorot_normal is not supported by sitegen's Julia
# ---
# Names no Julia defines stay undefined, as Julia says.
randm(3)
# error: 2:1 UndefVarError: randm not defined
# ---
@nosuchmacro 1
# error: 1:1 UndefVarError: @nosuchmacro not defined
# ---
# A local read before it is assigned is undefined, whatever its name.
function g()
  x = count
  count = 1
end
g()
# error: UndefVarError: count not defined
# ---
# A module member is looked up in that module's names.
using Flux
Flux.typemax
# error: 3:1 UndefVarError: typemax not defined

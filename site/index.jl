# # Flux by Example
#
# *Flux by Example* teaches differentiable programming the way the notebook it
# comes from did: by building a small function approximator and training it
# with gradients, one cell at a time. It starts with a polynomial whose three
# coefficients are nudged towards $|x|$, and ends with small neural networks
# fitting a step and a sine and telling two classes of points apart. Along the
# way it explains where gradients come from, how to check them, how big a step
# to take with them, and why some models fit some functions better than others.
#
# Every code cell on these pages is run when the site is built, by sitegen's own
# interpreter and its reverse-mode automatic differentiation engine. The numbers
# you read under a cell are the numbers that cell printed, and `sitegen check`
# re-runs every cell to prove they still are.
#
# ## The chapters
#
# 1. [Differentiable programming](https://example.org/flux-by-example/differentiable-programming/): the
#    original notebook. Fitting $|x|$ with a polynomial $f^{(N)}(x)$ by gradient
#    descent, then the step and ReLU functions.
# 2. [Gradients three ways](https://example.org/flux-by-example/gradients-three-ways/): `back!` and `.grad`,
#    the functional `gradient(f, w)`, and finite differences with
#    `@gradcheck`; the computation graph behind a loss, drawn with every node's
#    value and gradient; why gradients accumulate and must be zeroed.
# 3. [Step sizes and optimizers](https://example.org/flux-by-example/step-sizes-and-optimizers/): why the
#    notebook stepped by $\eta = 10^{-5}$; Descent, Momentum and ADAM racing on
#    the same fits; what happens when the step is too large.
# 4. [More terms, better fits](https://example.org/flux-by-example/more-terms-better-fits/): polynomials of
#    degree 3, 5 and 9 on inputs scaled to $[-1, 1]$, fitting $\sin x$, $|x|$
#    and the step; where polynomials fail, and why.
# 5. [A tiny neural network](https://example.org/flux-by-example/a-tiny-neural-network/):
#    `Chain(Dense(1, 16, relu), Dense(16, 1))`, a model made of learned pieces,
#    against the best polynomials on the step and on $\sin x$.
# 6. [A classifier with Dense and Chain](https://example.org/flux-by-example/a-classifier-with-dense-and-chain/):
#    two interleaved moons, `Chain(Dense(2, 8, relu), Dense(8, 2), softmax)`,
#    the cross-entropy, `Flux.train!` with ADAM, and the regions the network
#    learns.
#
# The chapters build on each other, but each page runs on its own: nothing
# carries over from one page to the next except what you remember.
#
# ## How to read a page
#
# - **Code.** Each cell shows its code as written, marked `In [n]:` in the
#   order the cells run. Cells share their variables within a page, so a value
#   defined in one cell is there in every cell below it.
# - **Output.** Under a cell, marked `Out [n]:`, is what it printed followed by
#   the value of its last line, shown the way Julia shows it: `(tracked)` after
#   a value that carries a gradient, `3-element Array{Float64,1}:` before a
#   vector. A cell ending in `;` shows only what it printed. A cell meant to fail
#   shows its error instead.
# - **Figures.** Plots are drawn from the cell's own data when the page is
#   built, each with a caption; a screen reader reads out a description of what
#   the figure shows. Some cells draw in braille characters instead, as a
#   terminal would.
# - **Training runs.** Blocks headed by `name:`, `target:`, `model:` … are
#   training runs: they fit a model natively and show the fit, the loss per
#   epoch, and a table of the final parameters with their last gradient. Later
#   cells can use the results as `name.w` and `name.losses`.
# - **Math** is written in TeX in the source and shown as MathML: no script is
#   needed to read any page, and every page reads from disk as well as from a
#   server.
#
# ## Run it yourself
#
# The site is built by `swift run sitegen` from the Markdown files in
# `content/`. To run a single page in your terminal, with its figures drawn in
# braille:
#
# ```sh
# swift run sitegen run content/02-gradients-three-ways.md
# ```
#
# Change a number in a cell (a seed, a step size, the number of epochs), run
# the page again, and see what changes. `swift run sitegen check` re-runs every
# page and reports each output that no longer matches the one written under
# its cell; `swift run sitegen check --fix` rewrites them from the new results.

// The notebook's fit as a hand-written C loop: the floor that the Swift loop, the engine and
// the cells are measured against.
#ifndef NOTEBOOK_FLOOR_H
#define NOTEBOOK_FLOOR_H

/// Runs `epochs` epochs of the notebook's |x| fit over the 201 samples of -10:0.1:10 from the
/// coefficients `w[0..2]`, with learning rate `eta`; writes the final coefficients into `w`
/// and returns the sum of the per-sample losses. The same operations, in the same order, as
/// `NotebookFit.analytic()` in EngineBenchmarks.swift.
double notebook_fit_floor(double w[3], double eta, int epochs);

#endif

// Compiled with -O2 and without FMA contraction (see Package.swift), so that every product and
// sum rounds as in the Swift loop: the result agrees with `NotebookFit.analytic()` bit for bit.
#include "notebook_floor.h"

#include <math.h>

double notebook_fit_floor(double w[3], double eta, int epochs) {
  double xs[201];
  for (int k = 0; k <= 200; k++) xs[k] = (double)(k - 100) / 10;
  double w0 = w[0], w1 = w[1], w2 = w[2];
  double total = 0;
  for (int epoch = 0; epoch < epochs; epoch++) {
    for (int k = 0; k <= 200; k++) {
      double x = xs[k];
      double x2 = x * x;
      double d = fabs(x) - ((w0 + x * w1) + x2 * w2);
      double l = sqrt(d * d);
      double s = -(d / l);
      w0 -= s * eta;
      w1 -= s * x * eta;
      w2 -= s * x2 * eta;
      total += l;
    }
  }
  w[0] = w0;
  w[1] = w1;
  w[2] = w2;
  return total;
}

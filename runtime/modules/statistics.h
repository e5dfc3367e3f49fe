/* runtime/modules/statistics.h — the `statistics` module: averages (mean, fmean, geometric_mean,
 * harmonic_mean, median and its variants, mode, multimode, quantiles) and spread (variance,
 * pvariance, stdev, pstdev, covariance, correlation, linear_regression) with CPython 3.11's exact
 * arithmetic: sums are exact rationals, rounded once into the type the data calls for (int data
 * can give an int, Fractions a Fraction, floats a float), and StatisticsError's messages. */
#ifndef TIRBOX_MOD_STATISTICS_H
#define TIRBOX_MOD_STATISTICS_H

#include "runtime/lang/module.h"

extern Type statistics_error_type;
extern const ModuleDef statistics_module;

#endif

/* solvers/sym_trigsimp.h — trigsimp(): sympy's default ("matching") trigonometric simplification.
 *
 * Like sympy's futrig, every node from the leaves up goes through a fixed chain of Fu's
 * rewrites (sec/csc to 1/cos and 1/sin, tan/cot to ratios and back, even powers of sin and cos
 * to the other function, sums of angles expanded, double angles reduced, products of sin and
 * cos to sums and sums of products back to sin/cos of sums); where the chain offers
 * alternatives, the one with the fewest trigonometric functions, then operations, then nodes is
 * kept, and the node is left alone when the chain does not improve on it by that measure.
 */
#ifndef TIRBOX_SYM_TRIGSIMP_H
#define TIRBOX_SYM_TRIGSIMP_H

#include "solvers/sym.h"

/* trigsimp(e). */
Sym *sym_trigsimp(Sym *e);

/* True when e contains sin, cos, tan, cot, sec or csc. */
bool sym_has_trig(Sym *e);

#endif

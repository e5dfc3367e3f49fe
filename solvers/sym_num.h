/* solvers/sym_num.h — arithmetic on sympy Numbers: Integer, Rational, Float, oo, -oo and nan.
 *
 * These are the rules sympy's Number classes apply among themselves: exact arithmetic on
 * rationals, Float results rounded to the larger precision of the Float operands (a Float that
 * comes out exactly zero becomes the Integer 0, as in sympy), and the IEEE-like behaviour of the
 * infinities and nan. Division by an exact zero gives zoo. Arguments must be Numbers.
 */
#ifndef TIRBOX_SYM_NUM_H
#define TIRBOX_SYM_NUM_H

#include "solvers/sym.h"

/* a + b */
Sym *sym_num_add(Sym *a, Sym *b);

/* a * b */
Sym *sym_num_mul(Sym *a, Sym *b);

/* -a */
Sym *sym_num_neg(Sym *a);

/* 1 / a (zoo for 0) */
Sym *sym_num_inv(Sym *a);

/* a - b */
Sym *sym_num_sub(Sym *a, Sym *b);

/* a / b */
Sym *sym_num_div(Sym *a, Sym *b);

/* Sign of a Number: -1, 0 or 1; 2 for nan. */
int sym_num_sign(const Sym *a);

/* Numeric comparison of two real Numbers (-1, 0, 1); nan compares as equal to everything. */
int sym_num_cmp(const Sym *a, const Sym *b);

/* The Number as a double (oo: infinity, nan: NaN). */
double sym_num_to_double(const Sym *a);

/* Sets out (its precision unchanged) to the Number rounded to nearest. */
void sym_num_to_mpfr(mpfr_t out, const Sym *a);

/* Precision in bits of the Float among a and b (the larger), or 0 when neither is a Float. */
long sym_num_float_prec(const Sym *a, const Sym *b);

/* A Float of prec bits from an MPFR value, but the Integer 0 when the value is zero (the way
 * sympy's arithmetic returns Float results). */
Sym *sym_num_float_result(const mpfr_t v, long prec);

/* A Float of prec bits with the value of an Integer, Rational or Float (zero stays a Float). */
Sym *sym_num_to_float(const Sym *a, long prec);

/* Integer part of a Number towards -oo (floor) as an Integer; the Number must be finite. */
Sym *sym_num_floor(const Sym *a);

/* Integer part of a Number towards +oo (ceiling) as an Integer; the Number must be finite. */
Sym *sym_num_ceiling(const Sym *a);

#endif

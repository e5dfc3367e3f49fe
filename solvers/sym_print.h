/* solvers/sym_print.h — sympy's StrPrinter: str() and repr() of expressions, exactly as sympy 1.14.
 *
 * Terms print in as_ordered_terms() order with " + " / " - ", products split into numerator
 * and denominator (x/2, 2*x/(y*z)), sqrt and 1/x forms for powers, parentheses by sympy's
 * precedence table, Floats with their precision's digits at the top level and with trailing
 * zeros stripped inside expressions, functions as name(args), Eq(a, b) and a < b for relations.
 */
#ifndef TIRBOX_SYM_PRINT_H
#define TIRBOX_SYM_PRINT_H

#include "solvers/sym.h"

/* str(e) (which sympy also uses for repr) as a string in the collected heap. */
char *sym_str(Sym *e);

/* str(e) as part of a larger printed object (an argument of a Point, an element of a FiniteSet):
 * Floats lose their trailing zeros. */
char *sym_str_nested(Sym *e);

/* repr(e): as str(e), except a Matrix, which prints one row per line with aligned columns. */
char *sym_repr(Sym *e);

/* mpmath's to_str: v rounded to dps significant digits, trailing zeros stripped or not. */
char *sym_float_text(const mpfr_t v, long dps, bool strip_zeros);

/* sympy's printing precedence of e (Add 40, Mul 50, Pow 60, function 70, atom 1000...). */
int sym_precedence(Sym *e);

#endif

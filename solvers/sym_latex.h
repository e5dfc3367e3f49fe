/* solvers/sym_latex.h — sympy's LatexPrinter with its default settings: latex(e) exactly as
 * sympy 1.14 writes it for numbers (\frac{1}{2}, 1.0 \cdot 10^{-5}), symbols (greek letters,
 * subscripts from digits and underscores, modifiers such as xhat), sums, products as fractions
 * (\frac{\sqrt{2}}{2}), powers and roots, the elementary functions, relations, And/Or, tuples,
 * lists, dicts and matrices.
 */
#ifndef TIRBOX_SYM_LATEX_H
#define TIRBOX_SYM_LATEX_H

#include "solvers/sym.h"

/* latex(e) as a string in the collected heap. */
char *sym_latex(Sym *e);

#endif

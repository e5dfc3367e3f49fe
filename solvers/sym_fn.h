/* solvers/sym_fn.h — applied functions with sympy's automatic evaluation.
 *
 * sym_fn() is sympy's f(args...) for the functions of SymFn: exact values at special points
 * (sin(pi/6) -> 1/2, log(8, 2) -> 3, exp(log(x)) -> x,
 * Abs(-3) -> 3, factorial(5) -> 120, floor(7/2) -> 3), odd/even symmetry pulled out (sin(-x) ->
 * -sin(x), cos(-x) -> cos(x)), numeric evaluation for Float arguments, and the unevaluated
 * application otherwise. Wrong argument counts raise TypeError as sympy does.
 */
#ifndef TIRBOX_SYM_FN_H
#define TIRBOX_SYM_FN_H

#include "solvers/sym.h"

/* f(args...) evaluated. */
Sym *sym_fn(SymFn f, size_t n, Sym *const *args);

/* f(x) evaluated. */
Sym *sym_fn1(SymFn f, Sym *x);

/* f(x, y) evaluated. */
Sym *sym_fn2(SymFn f, Sym *x, Sym *y);

/* e.as_real_imag(): real and imaginary parts where decidable, re(...)/im(...) where not. */
void sym_as_real_imag(Sym *e, Sym **re, Sym **im);

/* expand_complex(e): re(e) + I*im(e) as as_real_imag finds them. */
Sym *sym_expand_complex(Sym *e);

/* f(args...) unevaluated. */
Sym *sym_fn_raw(SymFn f, size_t n, Sym *const *args);

#endif

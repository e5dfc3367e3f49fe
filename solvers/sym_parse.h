/* solvers/sym_parse.h — sympify() of strings: Python expression syntax read into expressions.
 *
 * Integers become Integer (so 1/2 is Rational(1, 2)), decimals Float, unknown names Symbols,
 * and names of sympy's namespace resolve to its functions and constants (sin, sqrt, pi, oo,
 * Rational, expand, solve...). Operators + - * / ** % and comparisons, calls with positional and
 * keyword arguments, method calls (e.subs(x, 2), e.evalf(5)), lists and tuples are understood.
 * Bad syntax raises SympifyError.
 */
#ifndef TIRBOX_SYM_PARSE_H
#define TIRBOX_SYM_PARSE_H

#include "solvers/sym.h"

/* The arguments of a call as the parser passes them to a named operation: positional
 * expressions (a string literal argument is a Symbol named by the string, flagged in `str`),
 * and keyword arguments. */
typedef struct SymCall {
    size_t n;
    Sym **args;
    bool *str;
    size_t nkw;
    const char **kw;
    Sym **kwv;
} SymCall;

typedef Sym *(*sym_callable)(const SymCall *call);

/* Registers an operation under a name (Python-visible, e.g. "expand"); call before parsing. */
void sym_parse_register(const char *name, sym_callable fn);

/* sympify(text): the expression the text denotes. */
Sym *sym_parse(const char *text);

/* The keyword argument `name` of a call, or NULL. */
Sym *sym_call_kw(const SymCall *call, const char *name);

#endif

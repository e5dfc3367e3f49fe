/* solvers/sym_srepr.c — srepr (see sym_srepr.h).
 *
 * Numbers are written by value (Integer(1), not One), atoms that are singletons by name (pi,
 * oo, true), a sum's terms and a product's factors in printing order, every other node's
 * arguments in their stored (canonical) order; a Float carries its precision in bits and
 * mpmath's repr digits. */
#include "solvers/sym_srepr.h"

#include "base/buf.h"
#include "base/gc.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"

static bool write_expr(Buf *b, Sym *e);

static bool write_args(Buf *b, const char *name, size_t n, Sym *const *args)
{
    buf_printf(b, "%s(", name);
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_puts(b, ", ");
        if (!write_expr(b, args[i]))
            return false;
    }
    buf_putc(b, ')');
    return true;
}

/* mpmath's repr_dps: the digits that round-trip a precision. */
static long repr_dps(long prec)
{
    long dps = sym_prec_to_dps(prec);
    return dps == 15 ? 17 : dps + 3;
}

static bool write_expr(Buf *b, Sym *e)
{
    switch ((SymKind)e->kind) {
    case SYM_INTEGER:
        buf_printf(b, "Integer(%s)", sym_str(e));
        return true;
    case SYM_RATIONAL: {
        char *p = fmpz_get_str(NULL, 10, fmpq_numref(e->v.q)), *q = fmpz_get_str(NULL, 10, fmpq_denref(e->v.q));
        buf_printf(b, "Rational(%s, %s)", p, q);
        flint_free(p);
        flint_free(q);
        return true;
    }
    case SYM_FLOAT: {
        long prec = (long)mpfr_get_prec(e->v.f);
        buf_printf(b, "Float('%s', precision=%ld)", sym_float_text(e->v.f, repr_dps(prec), true), prec);
        return true;
    }
    case SYM_SYMBOL:
        if (!sym_eq(e, sym_symbol(e->v.s.name, (SymFacts){0, 0})))
            return false;   /* sympy writes the assumptions as given, which a Symbol does not keep */
        buf_printf(b, "Symbol('%s')", e->v.s.name);
        return true;
    case SYM_TRUE: case SYM_FALSE: case SYM_INFINITY: case SYM_NEG_INFINITY: case SYM_NAN:
    case SYM_COMPLEX_INFINITY: case SYM_PI: case SYM_E: case SYM_I: case SYM_GOLDEN_RATIO: case SYM_EULER_GAMMA:
    case SYM_CATALAN:
        buf_puts(b, sym_str(e));
        return true;
    case SYM_ADD: {
        size_t n;
        Sym **terms = sym_ordered_terms(e, &n);
        return write_args(b, "Add", n, terms);
    }
    case SYM_FN:
        switch (e->op) {
        case SYM_FN_SUM: case SYM_FN_PRODUCT: case SYM_FN_DERIVATIVE: case SYM_FN_INTEGRAL: case SYM_FN_PIECEWISE:
        case SYM_FN_CROOTOF:
            return false;
        case SYM_FN_UNDEF:
            buf_printf(b, "Function('%s')", e->v.s.name);
            return write_args(b, "", e->n, e->args);
        default:
            return write_args(b, sym_fn_name(e), e->n, e->args);
        }
    case SYM_MUL: {
        size_t n;
        Sym **factors = sym_ordered_factors(e, &n);
        return write_args(b, "Mul", n, factors);
    }
    case SYM_POW: case SYM_REL: case SYM_AND: case SYM_OR: case SYM_NOT: case SYM_TUPLE:
        return write_args(b, sym_class_name(e), e->n, e->args);
    default:
        return false;
    }
}

const char *sym_srepr(Sym *e)
{
    Buf b;
    buf_init(&b);
    return write_expr(&b, e) ? buf_cstr(&b) : NULL;
}

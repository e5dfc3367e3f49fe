/* solvers/sym_trigexpand.c — expand_trig (see sym_trigexpand.h). */
#include "solvers/sym_trigexpand.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"

/* Chebyshev T_n(s) (second false) or U_n(s) (second true), expanded. */
static Sym *chebyshev(long n, Sym *s, bool second)
{
    Sym *prev = sym_one, *cur = second ? sym_mul(sym_two, s) : s;
    if (n == 0)
        return prev;
    for (long k = 1; k < n; k++) {
        Sym *next = sym_expand(sym_sub(sym_mul(sym_mul(sym_two, s), cur), prev));
        prev = cur;
        cur = next;
    }
    return cur;
}

/* The argument as n*x with n an integer > 1; false otherwise. */
static bool integer_multiple(Sym *arg, long *n, Sym **x)
{
    if (arg->kind != SYM_MUL)
        return false;
    Sym *c;
    sym_as_coeff_mul(arg, true, &c, x);
    if (c->kind != SYM_INTEGER || !fmpz_fits_si(c->v.z) || fmpz_cmp_si(c->v.z, 1) <= 0)
        return false;
    *n = fmpz_get_si(c->v.z);
    return true;
}

/* sympy's Add.as_two_terms: the first term and the sum of the others. */
static void two_terms(Sym *add, Sym **a, Sym **b)
{
    *a = add->args[0];
    *b = sym_add_n(add->n - 1, add->args + 1);
}

static Sym *trig(SymFn f, Sym *arg);

static Sym *sin_of(Sym *x) { return trig(SYM_FN_SIN, x); }
static Sym *cos_of(Sym *x) { return trig(SYM_FN_COS, x); }

Sym *sym_elementary_symmetric(Sym *const *t, size_t n, size_t k)
{
    if (k == 0)
        return sym_one;
    if (n < k)
        return sym_zero;
    return sym_add(sym_mul(t[n - 1], sym_elementary_symmetric(t, n - 1, k - 1)), sym_elementary_symmetric(t, n - 1, k));
}

static Sym *tan_sum(Sym *arg)
{
    size_t n = arg->n;
    Sym **t = gc_alloc(n * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        t[i] = trig(SYM_FN_TAN, arg->args[i]);
    Sym *p[2] = {sym_zero, sym_zero};
    for (size_t i = 0; i <= n; i++) {
        Sym *term = sym_expand(sym_elementary_symmetric(t, n, i));
        p[1 - i % 2] = sym_add(p[1 - i % 2], (i % 4) / 2 ? sym_neg(term) : term);
    }
    return sym_div(p[0], p[1]);
}

static Sym *tan_multiple(long n, Sym *x)
{
    Sym *t = trig(SYM_FN_TAN, x), *re = sym_zero, *im = sym_zero;
    fmpz_t c;
    fmpz_init(c);
    for (long k = 0; k <= n; k++) {
        fmpz_bin_uiui(c, (ulong)n, (ulong)k);
        Sym *term = sym_mul(sym_int_fmpz(c), sym_pow_si(t, k));
        if ((k / 2) % 2)
            term = sym_neg(term);
        if (k % 2)
            im = sym_add(im, term);
        else
            re = sym_add(re, term);
    }
    fmpz_clear(c);
    return sym_div(im, re);
}

/* f(arg) expanded, its argument already expanded. */
static Sym *trig(SymFn f, Sym *arg)
{
    budget_tick();
    long n;
    Sym *x, *a, *b;
    bool add = arg->kind == SYM_ADD, mult = integer_multiple(arg, &n, &x);
    if (f == SYM_FN_SIN || f == SYM_FN_COS) {
        if (add) {
            two_terms(arg, &a, &b);
            Sym *sa = sin_of(a), *sb = sin_of(b), *ca = cos_of(a), *cb = cos_of(b);
            return f == SYM_FN_SIN ? sym_add(sym_mul(sa, cb), sym_mul(sb, ca))
                                   : sym_sub(sym_mul(ca, cb), sym_mul(sa, sb));
        }
        if (mult && f == SYM_FN_COS)
            return chebyshev(n, sym_fn1(SYM_FN_COS, x), false);
        if (mult && n % 2)
            return sym_mul(sym_int((n - 1) / 2 % 2 ? -1 : 1), chebyshev(n, sym_fn1(SYM_FN_SIN, x), false));
        if (mult)
            return sym_expand_mul(sym_mul(sym_mul(sym_int((n / 2 - 1) % 2 ? -1 : 1), sym_fn1(SYM_FN_COS, x)),
                                          chebyshev(n - 1, sym_fn1(SYM_FN_SIN, x), true)));
    } else if (f == SYM_FN_TAN) {
        if (add)
            return tan_sum(arg);
        if (mult)
            return tan_multiple(n, x);
    } else if ((f == SYM_FN_SEC || f == SYM_FN_CSC) && (add || mult)) {
        return sym_pow_si(trig(f == SYM_FN_SEC ? SYM_FN_COS : SYM_FN_SIN, arg), -1);
    } else if ((f == SYM_FN_COT || (f >= SYM_FN_SINH && f <= SYM_FN_COTH)) && (add || mult)) {
        sym_raise(SYM_E_NOT_IMPLEMENTED, "expand_trig of %s is not supported",
                  sym_fn_name(&(Sym){.kind = SYM_FN, .op = (uint8_t)f}));
    }
    if ((f == SYM_FN_SIN || f == SYM_FN_COS || f == SYM_FN_TAN) && sym_is_number(arg) && sym_has(arg, sym_pi))
        sym_raise(SYM_E_NOT_IMPLEMENTED, "expand_trig of %s at a multiple of pi is not supported",
                  sym_fn_name(&(Sym){.kind = SYM_FN, .op = (uint8_t)f}));
    return sym_fn1(f, arg);
}

Sym *sym_expand_trig(Sym *e)
{
    if (!e->n || e->kind > SYM_FN)
        return e;
    Sym **a = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        a[i] = sym_expand_trig(e->args[i]);
    if (e->kind == SYM_FN && e->n == 1 && e->op != SYM_FN_UNDEF)
        return trig((SymFn)e->op, a[0]);
    return sym_rebuild(e, a);
}

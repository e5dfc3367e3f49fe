/* solvers/sym_assume.c — deriving assumption facts of expressions. */
#include "solvers/sym_assume.h"

#include <string.h>

#include <flint/fmpz.h>

#include "base/budget.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_rootof.h"

#define BIT(f) (1u << (f))

typedef struct { SymFacts f; } Acc;

static void set(Acc *a, SymFact f, bool v)
{
    a->f.known |= BIT(f);
    if (v)
        a->f.value |= BIT(f);
    else
        a->f.value &= ~BIT(f);
}

static SymTri get(SymFacts f, SymFact k)
{
    if (!(f.known & BIT(k)))
        return SYM_MAYBE;
    return (f.value & BIT(k)) ? SYM_YES : SYM_NO;
}

static void set_tri(Acc *a, SymFact f, SymTri t)
{
    if (t != SYM_MAYBE)
        set(a, f, t == SYM_YES);
}

static SymTri tri_and(SymTri a, SymTri b)
{
    if (a == SYM_NO || b == SYM_NO)
        return SYM_NO;
    if (a == SYM_YES && b == SYM_YES)
        return SYM_YES;
    return SYM_MAYBE;
}

static SymTri tri_not(SymTri a) { return a == SYM_MAYBE ? a : (SymTri)!a; }

static void number_facts(Acc *a, Sym *e)
{
    int s = sym_num_sign(e);
    if (e->kind == SYM_NAN)
        return;
    set(a, SYM_F_EXTENDED_REAL, true);
    set(a, SYM_F_ZERO, s == 0);
    set(a, SYM_F_EXTENDED_POSITIVE, s > 0);
    set(a, SYM_F_EXTENDED_NEGATIVE, s < 0);
    if (e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY) {
        set(a, SYM_F_INFINITE, true);
        return;
    }
    set(a, SYM_F_FINITE, true);
    if (e->kind == SYM_INTEGER) {
        set(a, SYM_F_INTEGER, true);
        set(a, SYM_F_EVEN, fmpz_is_even(e->v.z));
        if (fmpz_sgn(e->v.z) > 0 && fmpz_bits(e->v.z) <= 64) {
            bool p = fmpz_is_prime(e->v.z) == 1;
            set(a, SYM_F_PRIME, p);
            if (!fmpz_is_one(e->v.z))
                set(a, SYM_F_COMPOSITE, !p);
        }
    } else if (e->kind == SYM_RATIONAL) {
        set(a, SYM_F_RATIONAL, true);
        set(a, SYM_F_INTEGER, false);
    } else if (s != 0 && !(e->kind == SYM_FLOAT && mpfr_integer_p(e->v.f))) {
        set(a, SYM_F_INTEGER, false);   /* sympy leaves Float(2.0).is_integer undecided */
    }
}

/* ---- sympy's _monotonic_sign, in part ---------------------------------------------------- */

#define STAND_IN "_monotonic_eps"

static bool is_stand_in(const Sym *e) { return e->kind == SYM_DUMMY && !strcmp(e->v.s.name, STAND_IN); }

/* Does e hold a stand-in? */
static bool has_stand_in(Sym *e)
{
    SymVec fs = sym_free_symbols(e);
    for (size_t i = 0; i < fs.n; i++)
        if (is_stand_in(fs.v[i]))
            return true;
    return false;
}

/* Positive (sign 1) or negative (-1) "just off zero" stand-in, or a nonnegative (2) or
 * nonpositive (-2) one. */
static Sym *off_zero(int sign)
{
    SymFact f = sign == 1 ? SYM_F_POSITIVE : sign == -1 ? SYM_F_NEGATIVE
              : sign == 2 ? SYM_F_NONNEGATIVE : SYM_F_NONPOSITIVE;
    return sym_dummy(STAND_IN, sym_fact(f, true));
}

/* The value nearest 0 of a single term from its facts: 2 for a prime, 1 for a positive
 * integer, a positive stand-in for a positive number... NULL when its sign is unknown. */
static Sym *term_bound(Sym *s)
{
    SymFacts f = sym_facts(s);
    bool odd = get(f, SYM_F_ODD) == SYM_YES, even = get(f, SYM_F_EVEN) == SYM_YES;
    if (get(f, SYM_F_PRIME) == SYM_YES)
        return sym_int(odd ? 3 : 2);
    if (get(f, SYM_F_COMPOSITE) == SYM_YES)
        return sym_int(odd ? 9 : 4);
    if (get(f, SYM_F_POSITIVE) == SYM_YES) {
        if (even)
            return sym_int(get(f, SYM_F_PRIME) == SYM_NO ? 4 : 2);
        return get(f, SYM_F_INTEGER) == SYM_YES ? sym_one : off_zero(1);
    }
    if (get(f, SYM_F_EXTENDED_NEGATIVE) == SYM_YES) {
        if (even)
            return sym_int(-2);
        return get(f, SYM_F_INTEGER) == SYM_YES ? sym_neg_one : off_zero(-1);
    }
    if (get(f, SYM_F_ZERO) == SYM_YES || get(f, SYM_F_EXTENDED_NONPOSITIVE) == SYM_YES ||
        get(f, SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES)
        return sym_zero;
    return NULL;
}

static Sym *monotonic_sign(Sym *e);
static Sym *monotonic_sign_real(Sym *e);

/* The stand-ins of v replaced by 0. */
static Sym *drop_eps(Sym *v)
{
    SymVec fs = sym_free_symbols(v);
    for (size_t i = 0; i < fs.n; i++)
        if (is_stand_in(fs.v[i]))
            v = sym_xreplace(v, 1, &fs.v[i], &sym_zero);
    return v;
}

/* A polynomial in the one symbol x that is monotonic from x's nearest value x0 on (its
 * derivative has one sign over x's range): its value there when the polynomial moves away
 * from 0 from it, else NULL. */
static Sym *poly_bound(Sym *e, Sym *x)
{
    SymVec c = {0};
    Sym *x0 = monotonic_sign(x);
    if (!x0 || !sym_poly_coeffs(e, x, &c))
        return NULL;
    x0 = drop_eps(x0);
    Sym *d = sym_diff(e, x), *y = sym_subs(e, x, x0);
    SymTri up = sym_ask(d, SYM_F_EXTENDED_POSITIVE), down = sym_ask(d, SYM_F_EXTENDED_NEGATIVE);
    bool right = sym_ask(x, SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES;
    if (!right && sym_ask(x, SYM_F_EXTENDED_NONPOSITIVE) != SYM_YES)
        return NULL;
    /* moving away from x0 the polynomial moves away from 0 */
    SymTri away_up = right ? up : down, away_down = right ? down : up;
    if (sym_ask(y, SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES && away_up == SYM_YES)
        return !sym_is_zero_num(y) ? (sym_is(y, SYM_F_EXTENDED_POSITIVE) ? y : off_zero(1)) : off_zero(2);
    if (sym_ask(y, SYM_F_EXTENDED_NONPOSITIVE) == SYM_YES && away_down == SYM_YES)
        return !sym_is_zero_num(y) ? (sym_is(y, SYM_F_EXTENDED_NEGATIVE) ? y : off_zero(-1)) : off_zero(-2);
    return NULL;
}

/* Is e a sum of numbers times products of symbols (no powers of symbols)? */
static bool linear_in_symbols(Sym *e)
{
    if (e->kind == SYM_POW)
        return sym_is_number(e);
    for (uint32_t i = 0; i < e->n; i++)
        if (!linear_in_symbols(e->args[i]))
            return false;
    return e->kind == SYM_ADD || e->kind == SYM_MUL || e->kind == SYM_SYMBOL || e->kind == SYM_DUMMY ||
           sym_is_number(e);
}

/* sympy's _monotonic_sign: the value nearest 0 that e can take when e keeps one sign; a
 * stand-in Dummy for "just off 0"; NULL when unknown. Covered: single terms with a number
 * denominator, polynomials in one symbol, linear sums plus a constant. */
static Sym *monotonic_sign(Sym *e)
{
    return sym_ask(e, SYM_F_EXTENDED_REAL) == SYM_YES ? monotonic_sign_real(e) : NULL;
}

/* monotonic_sign of an e known to be real; it does not ask for e's own facts, so a sum's
 * facts can use it on the sum itself. */
static Sym *monotonic_sign_real(Sym *e)
{
    budget_tick();
    Sym *ne = sym_neg(e);
    if (ne->kind == SYM_SYMBOL || ne->kind == SYM_DUMMY) {
        Sym *v = monotonic_sign(ne);
        return v ? sym_neg(v) : NULL;
    }
    if (e->kind != SYM_ADD) {
        Sym *num, *den;
        sym_numer_denom(e, &num, &den);
        if (sym_is_number(den))
            return term_bound(e);
    }
    SymVec fs = sym_free_symbols(e);
    if (fs.n == 1) {
        Sym *v = poly_bound(e, fs.v[0]);
        if (v)
            return v;
    }
    if (e->kind != SYM_ADD || !sym_is_num(e->args[0]))
        return NULL;
    /* a sum linear in symbols of known sign plus a constant */
    Sym *c = e->args[0], *a = sym_add_n(e->n - 1, e->args + 1);
    if (!linear_in_symbols(a) || (sym_ask(a, SYM_F_EXTENDED_NONNEGATIVE) != SYM_YES &&
                                  sym_ask(a, SYM_F_EXTENDED_NONPOSITIVE) != SYM_YES))
        return NULL;
    for (size_t i = 0; i < fs.n; i++) {
        Sym *v = monotonic_sign(fs.v[i]);
        if (!v)
            return NULL;
        if (sym_is_zero_num(v))
            v = off_zero(sym_ask(fs.v[i], SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES ? 1 : -1);
        a = sym_xreplace(a, 1, &fs.v[i], &v);
    }
    Sym *rv = sym_add(a, c);
    if (sym_ask(a, SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES && sym_ask(rv, SYM_F_EXTENDED_POSITIVE) == SYM_YES)
        return drop_eps(rv);
    if (sym_ask(a, SYM_F_EXTENDED_NONPOSITIVE) == SYM_YES && sym_ask(rv, SYM_F_EXTENDED_NEGATIVE) == SYM_YES)
        return drop_eps(rv);
    return NULL;
}

/* The sign of a sum c + a (c a nonzero number) from the nearest value of a, and of the whole
 * sum when it has one symbol, as sympy's Add._eval_is_extended_positive and friends decide. */
static void add_bound_facts(Acc *acc, Sym *e)
{
    /* a sum holding a stand-in needs no bound: sympy's reuse of one stand-in ends there */
    if (e->kind != SYM_ADD || !sym_is_num(e->args[0]) || sym_is_number(e) || has_stand_in(e))
        return;
    Sym *c = e->args[0], *a = sym_add_n(e->n - 1, e->args + 1);
    Sym *v = monotonic_sign(a);
    if (!v)
        return;
    Sym *s = sym_add(v, c), *w = sym_free_symbols(e).n == 1 ? monotonic_sign_real(e) : NULL;
    if (w && sym_eq(w, e))
        w = NULL;
    bool nonneg = sym_ask(a, SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES;
    bool nonpos = sym_ask(a, SYM_F_EXTENDED_NONPOSITIVE) == SYM_YES;
    if ((nonneg && sym_is(s, SYM_F_EXTENDED_POSITIVE)) || (w && sym_is(w, SYM_F_EXTENDED_POSITIVE)))
        set(acc, SYM_F_EXTENDED_POSITIVE, true);
    else if (nonneg && (sym_is(s, SYM_F_EXTENDED_NONNEGATIVE) || (w && sym_is(w, SYM_F_EXTENDED_NONNEGATIVE))))
        set(acc, SYM_F_EXTENDED_NONNEGATIVE, true);
    if ((nonpos && sym_is(s, SYM_F_EXTENDED_NEGATIVE)) || (w && sym_is(w, SYM_F_EXTENDED_NEGATIVE)))
        set(acc, SYM_F_EXTENDED_NEGATIVE, true);
    else if (nonpos && (sym_is(s, SYM_F_EXTENDED_NONPOSITIVE) || (w && sym_is(w, SYM_F_EXTENDED_NONPOSITIVE))))
        set(acc, SYM_F_EXTENDED_NONPOSITIVE, true);
}

static void add_facts(Acc *a, Sym *e)
{
    SymTri real = SYM_YES, fin = SYM_YES, integer = SYM_YES, rational = SYM_YES;
    SymTri nonneg = SYM_YES, nonpos = SYM_YES, anypos = SYM_NO, anyneg = SYM_NO;
    int irrational = 0, unknown_rational = 0, odd = 0, nonreal = 0, nonint = 0;
    bool parity = true, nonint_only = true;
    for (uint32_t i = 0; i < e->n; i++) {
        budget_tick();
        SymFacts f = sym_facts(e->args[i]);
        real = tri_and(real, get(f, SYM_F_EXTENDED_REAL));
        nonreal += get(f, SYM_F_EXTENDED_REAL) == SYM_NO && get(f, SYM_F_FINITE) == SYM_YES;
        fin = tri_and(fin, get(f, SYM_F_FINITE));
        integer = tri_and(integer, get(f, SYM_F_INTEGER));
        nonint += get(f, SYM_F_INTEGER) == SYM_NO;
        nonint_only = nonint_only && get(f, SYM_F_INTEGER) != SYM_MAYBE;
        SymTri r = get(f, SYM_F_RATIONAL);
        rational = tri_and(rational, r);
        if (get(f, SYM_F_IRRATIONAL) == SYM_YES)
            irrational++;
        else if (r != SYM_YES)
            unknown_rational++;
        nonneg = tri_and(nonneg, get(f, SYM_F_EXTENDED_NONNEGATIVE));
        nonpos = tri_and(nonpos, get(f, SYM_F_EXTENDED_NONPOSITIVE));
        if (get(f, SYM_F_EXTENDED_POSITIVE) == SYM_YES)
            anypos = SYM_YES;
        if (get(f, SYM_F_EXTENDED_NEGATIVE) == SYM_YES)
            anyneg = SYM_YES;
        SymTri o = get(f, SYM_F_ODD);
        if (o == SYM_MAYBE)
            parity = false;
        else if (o == SYM_YES)
            odd++;
    }
    if (real == SYM_YES)
        set(a, SYM_F_EXTENDED_REAL, true);
    else if (nonreal == 1 && fin == SYM_YES) {
        /* one finite non-real term among finite real ones */
        bool others_real = true;
        for (uint32_t i = 0; i < e->n; i++) {
            SymFacts f = sym_facts(e->args[i]);
            if (get(f, SYM_F_EXTENDED_REAL) != SYM_NO && get(f, SYM_F_EXTENDED_REAL) != SYM_YES)
                others_real = false;
        }
        if (others_real)
            set(a, SYM_F_EXTENDED_REAL, false);
    }
    if (fin == SYM_YES)
        set(a, SYM_F_FINITE, true);
    if (integer == SYM_YES) {
        set(a, SYM_F_INTEGER, true);
        if (parity)
            set(a, SYM_F_ODD, odd & 1);
    } else if (nonint == 1 && nonint_only) {
        set(a, SYM_F_INTEGER, false);   /* integers plus one non-integer */
    }
    if (rational == SYM_YES)
        set(a, SYM_F_RATIONAL, true);
    if (irrational == 1 && unknown_rational == 0)
        set(a, SYM_F_IRRATIONAL, true);
    if (real == SYM_YES) {
        if (nonneg == SYM_YES)
            set(a, SYM_F_EXTENDED_NONNEGATIVE, true);
        if (nonpos == SYM_YES)
            set(a, SYM_F_EXTENDED_NONPOSITIVE, true);
        if (nonneg == SYM_YES && anypos == SYM_YES)
            set(a, SYM_F_EXTENDED_POSITIVE, true);
        if (nonpos == SYM_YES && anyneg == SYM_YES)
            set(a, SYM_F_EXTENDED_NEGATIVE, true);
        if (get(a->f, SYM_F_EXTENDED_NONNEGATIVE) == SYM_MAYBE && get(a->f, SYM_F_EXTENDED_NONPOSITIVE) == SYM_MAYBE)
            add_bound_facts(a, e);
    }
}

/* Sum of the exponents of the even factors among v (e**2 counts 2, an even Integer 1) minus
 * the 2-adic valuation of the Integer d: sympy's test of how many factors of 2 cancel. */
static Sym *twos_balance(const SymVec *v, Sym *d)
{
    Sym *sum = sym_zero;
    for (size_t i = 0; i < v->n; i++) {
        if (sym_ask(v->v[i], SYM_F_EVEN) != SYM_YES)
            continue;
        Sym *b, *x;
        sym_as_base_exp(v->v[i], &b, &x);
        sum = sym_add(sum, x);
    }
    return sym_sub(sum, sym_int((long)fmpz_val2(d->v.z)));
}

static bool all_tri(const SymVec *v, SymFact f)
{
    for (size_t i = 0; i < v->n; i++)
        if (sym_ask(v->v[i], f) != SYM_YES)
            return false;
    return true;
}

static bool any_tri(const SymVec *v, SymFact f)
{
    for (size_t i = 0; i < v->n; i++)
        if (sym_ask(v->v[i], f) == SYM_YES)
            return true;
    return false;
}

/* Is a product with non-integer factors an integer? sympy's rules on its numerator and
 * denominator factors: odd over even is not (o/2), an even number over 2 is (e/2)... */
static SymTri mul_integer(Sym *e)
{
    SymVec num = {0}, den = {0};
    bool unknown = false;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *a = e->args[i];
        if (sym_ask(a, SYM_F_INTEGER) == SYM_YES) {
            if (!sym_is_one(a) && !sym_is_int_value(a, -1))
                sym_vec_push(&num, a);
        } else if (a->kind == SYM_RATIONAL) {
            if (!fmpz_is_pm1(fmpq_numref(a->v.q)))
                sym_vec_push(&num, sym_int_fmpz(fmpq_numref(a->v.q)));
            sym_vec_push(&den, sym_int_fmpz(fmpq_denref(a->v.q)));
        } else if (a->kind == SYM_POW) {
            SymTri bi = sym_ask(a->args[0], SYM_F_INTEGER), xi = sym_ask(a->args[1], SYM_F_INTEGER);
            bool hit = bi != SYM_YES || xi != SYM_YES;
            unknown |= hit;
            if (sym_ask(a->args[1], SYM_F_NEGATIVE) == SYM_YES)
                sym_vec_push(&den, sym_pow(a->args[0], sym_neg(a->args[1])));
            else if (!hit)
                return SYM_MAYBE;
        } else {
            return SYM_MAYBE;
        }
    }
    if (!den.n)
        return unknown ? SYM_MAYBE : SYM_YES;
    bool all_big = true;
    for (size_t i = 0; i < den.n; i++)
        all_big = all_big && sym_ask(sym_sub(den.v[i], sym_one), SYM_F_EXTENDED_POSITIVE) == SYM_YES;
    if (!num.n && all_big)
        return SYM_NO;
    if (unknown)
        return SYM_MAYBE;
    if (all_tri(&num, SYM_F_ODD) && any_tri(&den, SYM_F_EVEN))
        return SYM_NO;
    if (any_tri(&num, SYM_F_EVEN) && den.n == 1 && sym_is_int_value(den.v[0], 2))
        return SYM_YES;
    if (all_tri(&num, SYM_F_EVEN) && all_tri(&den, SYM_F_ODD) &&
        sym_ask(sym_sub(sym_mul_n(den.n, den.v), sym_one), SYM_F_EXTENDED_POSITIVE) == SYM_YES)
        return SYM_NO;
    if (den.n == 1 && den.v[0]->kind == SYM_INTEGER && fmpz_is_even(den.v[0]->v.z) &&
        sym_ask(twos_balance(&num, den.v[0]), SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES)
        return SYM_YES;
    if (num.n == 1 && num.v[0]->kind == SYM_INTEGER && fmpz_is_even(num.v[0]->v.z) &&
        sym_ask(twos_balance(&den, num.v[0]), SYM_F_EXTENDED_POSITIVE) == SYM_YES)
        return SYM_NO;
    return SYM_MAYBE;
}

/* Is an integer product odd? An even rational coefficient's denominator decides when the
 * numerator has more factors of 2 (e**2/2 is even); else any even factor, or two neighbouring
 * factors of odd sum (n*(n + 1)), make it even, as sympy scans them. */
static SymTri mul_odd(Sym *e)
{
    Sym *c = e->args[0];
    if (c->kind == SYM_RATIONAL && fmpz_is_even(fmpq_denref(c->v.q))) {
        SymVec num = {0};
        sym_vec_push(&num, sym_int_fmpz(fmpq_numref(c->v.q)));
        for (uint32_t i = 1; i < e->n; i++)
            sym_vec_push(&num, e->args[i]);
        Sym *d = sym_int_fmpz(fmpq_denref(c->v.q));
        return sym_ask(twos_balance(&num, d), SYM_F_EXTENDED_POSITIVE) == SYM_YES ? SYM_NO : SYM_MAYBE;
    }
    SymTri r = SYM_YES;
    Sym *prev = NULL;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *t = e->args[i];
        if (sym_is_one(t) || sym_is_int_value(t, -1))
            continue;
        SymTri even = sym_ask(t, SYM_F_EVEN);
        if (even == SYM_YES)
            return SYM_NO;
        if (r == SYM_NO)
            ;
        else if (prev && sym_ask(sym_add(prev, t), SYM_F_ODD) == SYM_YES)
            r = SYM_NO;
        else if (even == SYM_MAYBE)
            r = SYM_MAYBE;
        prev = t;
    }
    return r;
}

static void mul_facts(Acc *a, Sym *e)
{
    SymTri real = SYM_YES, fin = SYM_YES, integer = SYM_YES, rational = SYM_YES;
    SymTri nonzero = SYM_YES, zero = SYM_NO, real_rest = SYM_YES;
    int sign = 1, imag = 0, irrational = 0, unknown_rational = 0, nonreal = 0;
    bool sign_known = true, weak_known = true;
    for (uint32_t i = 0; i < e->n; i++) {
        budget_tick();
        SymFacts f = sym_facts(e->args[i]);
        SymTri r = get(f, SYM_F_EXTENDED_REAL);
        if (get(f, SYM_F_IMAGINARY) == SYM_YES) {
            imag++;
        } else {
            real = tri_and(real, r);
            if (r == SYM_NO && get(f, SYM_F_FINITE) == SYM_YES)
                nonreal++;
            else
                real_rest = tri_and(real_rest, r);
        }
        fin = tri_and(fin, get(f, SYM_F_FINITE));
        integer = tri_and(integer, get(f, SYM_F_INTEGER));
        SymTri q = get(f, SYM_F_RATIONAL);
        rational = tri_and(rational, q);
        if (get(f, SYM_F_IRRATIONAL) == SYM_YES)
            irrational++;
        else if (q != SYM_YES)
            unknown_rational++;
        SymTri z = get(f, SYM_F_ZERO);
        nonzero = tri_and(nonzero, tri_not(z));
        if (z == SYM_YES)
            zero = SYM_YES;
        if (get(f, SYM_F_EXTENDED_POSITIVE) == SYM_YES)
            ;
        else if (get(f, SYM_F_EXTENDED_NEGATIVE) == SYM_YES)
            sign = -sign;
        else if (z == SYM_YES)
            sign = 0;
        else if (get(f, SYM_F_EXTENDED_NONPOSITIVE) == SYM_YES)
            sign = -sign, sign_known = false;
        else
            sign_known = false, weak_known = weak_known && get(f, SYM_F_EXTENDED_NONNEGATIVE) == SYM_YES;
    }
    if (fin == SYM_YES)
        set(a, SYM_F_FINITE, true);
    if (zero == SYM_YES && fin == SYM_YES)
        set(a, SYM_F_ZERO, true);
    if (nonzero == SYM_YES)
        set(a, SYM_F_ZERO, false);
    if (integer != SYM_YES)
        integer = mul_integer(e);
    set_tri(a, SYM_F_INTEGER, integer);
    if (integer == SYM_YES)
        set_tri(a, SYM_F_ODD, mul_odd(e));
    if (rational == SYM_YES)
        set(a, SYM_F_RATIONAL, true);
    if (irrational == 1 && unknown_rational == 0 && nonzero == SYM_YES)
        set(a, SYM_F_IRRATIONAL, true);
    /* a nonzero real times one finite number that is not real is not real */
    if (nonreal == 1 && imag == 0 && real_rest == SYM_YES && nonzero == SYM_YES && fin == SYM_YES)
        set(a, SYM_F_EXTENDED_REAL, false);
    if (imag == 0 && real == SYM_YES) {
        set(a, SYM_F_EXTENDED_REAL, true);
        if (sign_known) {
            set(a, SYM_F_EXTENDED_POSITIVE, sign > 0);
            set(a, SYM_F_EXTENDED_NEGATIVE, sign < 0);
        } else if (weak_known && fin == SYM_YES) {
            /* factors of known sign, some only up to zero (x >= 0): the product's sign up to zero */
            set(a, sign >= 0 ? SYM_F_EXTENDED_NONNEGATIVE : SYM_F_EXTENDED_NONPOSITIVE, true);
        }
    } else if (imag == 1 && real == SYM_YES && nonzero == SYM_YES && fin == SYM_YES) {
        set(a, SYM_F_IMAGINARY, true);
    } else if (imag == 2 && real == SYM_YES) {
        set(a, SYM_F_EXTENDED_REAL, true);
    }
}

static void pow_facts(Acc *a, Sym *e)
{
    Sym *b = e->args[0], *x = e->args[1];
    SymFacts fb = sym_facts(b), fx = sym_facts(x);
    SymTri xint = get(fx, SYM_F_INTEGER);
    SymTri bzero = get(fb, SYM_F_ZERO);
    bool bfin = get(fb, SYM_F_FINITE) == SYM_YES, xfin = get(fx, SYM_F_FINITE) == SYM_YES;
    if (b->kind == SYM_E) {
        if (get(fx, SYM_F_EXTENDED_REAL) == SYM_YES && xfin)
            set(a, SYM_F_POSITIVE, true);
        return;
    }
    if (get(fb, SYM_F_POSITIVE) == SYM_YES && get(fx, SYM_F_REAL) == SYM_YES) {
        set(a, SYM_F_POSITIVE, true);
    } else if (xint == SYM_YES && get(fb, SYM_F_REAL) == SYM_YES) {
        bool nonneg_exp = get(fx, SYM_F_NONNEGATIVE) == SYM_YES;
        if (nonneg_exp || bzero == SYM_NO)
            set(a, SYM_F_REAL, true);
        if (get(fx, SYM_F_EVEN) == SYM_YES) {
            if (bzero == SYM_NO)
                set(a, SYM_F_POSITIVE, true);
            else if (nonneg_exp)
                set(a, SYM_F_NONNEGATIVE, true);
        } else if (get(fx, SYM_F_ODD) == SYM_YES) {
            if (get(fb, SYM_F_NEGATIVE) == SYM_YES)
                set(a, SYM_F_NEGATIVE, true);
            else if (get(fb, SYM_F_POSITIVE) == SYM_YES)
                set(a, SYM_F_POSITIVE, true);
        }
    } else if (get(fb, SYM_F_NONNEGATIVE) == SYM_YES && get(fx, SYM_F_POSITIVE) == SYM_YES) {
        set(a, SYM_F_NONNEGATIVE, true);
    }
    if (bzero == SYM_NO && bfin && xfin)
        set(a, SYM_F_ZERO, false);
    if (xint == SYM_YES) {
        if (get(fb, SYM_F_INTEGER) == SYM_YES && get(fx, SYM_F_NONNEGATIVE) == SYM_YES)
            set(a, SYM_F_INTEGER, true);
        /* 1/b is no integer unless b is 1 or -1 */
        if (get(fb, SYM_F_INTEGER) == SYM_YES && get(fx, SYM_F_NEGATIVE) == SYM_YES &&
            sym_ask(sym_sub(b, sym_one), SYM_F_ZERO) == SYM_NO &&
            sym_ask(sym_add(b, sym_one), SYM_F_ZERO) == SYM_NO)
            set(a, SYM_F_INTEGER, false);
        /* parity of integer powers: odd**k is odd for k >= 0, even**k even for k > 0 */
        if (get(fb, SYM_F_ODD) == SYM_YES && get(fx, SYM_F_NONNEGATIVE) == SYM_YES)
            set(a, SYM_F_ODD, true);
        else if (get(fb, SYM_F_EVEN) == SYM_YES && get(fx, SYM_F_POSITIVE) == SYM_YES)
            set(a, SYM_F_EVEN, true);
        if (get(fb, SYM_F_RATIONAL) == SYM_YES && bzero == SYM_NO)
            set(a, SYM_F_RATIONAL, true);
    }
    if (b->kind == SYM_INTEGER || b->kind == SYM_RATIONAL) {
        if (x->kind == SYM_RATIONAL) {
            set(a, SYM_F_ALGEBRAIC, true);
            if (sym_num_sign(b) > 0)
                set(a, SYM_F_IRRATIONAL, true);
            else if (fmpz_equal_si(fmpq_denref(x->v.q), 2))
                set(a, SYM_F_IMAGINARY, true);
        }
    }
    if (bfin && xfin && get(fx, SYM_F_NONNEGATIVE) == SYM_YES)
        set(a, SYM_F_FINITE, true);
    else if (bfin && xfin && bzero == SYM_NO)
        set(a, SYM_F_FINITE, true);
}

static bool all_args(Sym *e, SymFact f)
{
    for (uint32_t i = 0; i < e->n; i++)
        if (sym_ask(e->args[i], f) != SYM_YES)
            return false;
    return true;
}

static void fn_facts(Acc *a, Sym *e)
{
    if (e->op == SYM_FN_UNDEF || e->n == 0)
        return;
    Sym *x = e->args[0];
    SymFacts fx = sym_facts(x);
    bool real = get(fx, SYM_F_REAL) == SYM_YES;
    switch ((SymFn)e->op) {
    case SYM_FN_EXP:
        if (real)
            set(a, SYM_F_POSITIVE, true);
        break;
    case SYM_FN_LOG:
        if (get(fx, SYM_F_POSITIVE) == SYM_YES)
            set(a, SYM_F_REAL, true);
        break;
    case SYM_FN_SIN: case SYM_FN_COS: case SYM_FN_ATAN: case SYM_FN_SINH: case SYM_FN_TANH:
    case SYM_FN_ASINH: case SYM_FN_ACOT:
        if (real)
            set(a, SYM_F_REAL, true);
        break;
    case SYM_FN_COSH:
        if (real)
            set(a, SYM_F_POSITIVE, true);
        break;
    case SYM_FN_TAN: case SYM_FN_COT: case SYM_FN_SEC: case SYM_FN_CSC: case SYM_FN_COTH:
        if (real)
            set(a, SYM_F_EXTENDED_REAL, true);
        break;
    case SYM_FN_ABS:
        set(a, SYM_F_EXTENDED_NONNEGATIVE, true);
        if (get(fx, SYM_F_FINITE) == SYM_YES)
            set(a, SYM_F_NONNEGATIVE, true);
        set_tri(a, SYM_F_ZERO, get(fx, SYM_F_ZERO));
        if (get(fx, SYM_F_INTEGER) == SYM_YES)
            set(a, SYM_F_INTEGER, true);
        else if (get(fx, SYM_F_RATIONAL) == SYM_YES)
            set(a, SYM_F_RATIONAL, true);
        break;
    case SYM_FN_SIGN:
        if (real)
            set(a, SYM_F_INTEGER, true);
        set_tri(a, SYM_F_ZERO, get(fx, SYM_F_ZERO));
        break;
    case SYM_FN_RE: case SYM_FN_IM: case SYM_FN_ARG:
        if (get(fx, SYM_F_FINITE) == SYM_YES)
            set(a, SYM_F_REAL, true);
        break;
    case SYM_FN_FLOOR: case SYM_FN_CEILING:
        if (real)
            set(a, SYM_F_INTEGER, true);
        break;
    case SYM_FN_FRAC:
        if (real)
            set(a, SYM_F_NONNEGATIVE, true);
        break;
    case SYM_FN_FACTORIAL:
        if (get(fx, SYM_F_INTEGER) == SYM_YES && get(fx, SYM_F_NONNEGATIVE) == SYM_YES) {
            set(a, SYM_F_INTEGER, true);
            set(a, SYM_F_POSITIVE, true);
        }
        break;
    case SYM_FN_BINOMIAL:
        if (all_args(e, SYM_F_INTEGER))
            set(a, SYM_F_INTEGER, true);
        break;
    case SYM_FN_CROOTOF:
        real = sym_crootof_is_real(e);
        set(a, SYM_F_REAL, real);
        set(a, SYM_F_ALGEBRAIC, true);
        set(a, SYM_F_FINITE, true);
        if (real)
            set(a, sym_eval_sign(e) > 0 ? SYM_F_POSITIVE : SYM_F_NEGATIVE, true);
        break;
    case SYM_FN_GAMMA:
        if (get(fx, SYM_F_POSITIVE) == SYM_YES)
            set(a, SYM_F_POSITIVE, true);
        break;
    case SYM_FN_MIN: case SYM_FN_MAX:
        if (all_args(e, SYM_F_REAL))
            set(a, SYM_F_REAL, true);
        if (all_args(e, SYM_F_INTEGER))
            set(a, SYM_F_INTEGER, true);
        if (all_args(e, SYM_F_POSITIVE))
            set(a, SYM_F_POSITIVE, true);
        if (all_args(e, SYM_F_NEGATIVE))
            set(a, SYM_F_NEGATIVE, true);
        break;
    case SYM_FN_MOD:
        if (all_args(e, SYM_F_INTEGER))
            set(a, SYM_F_INTEGER, true);
        if (sym_ask(e->args[1], SYM_F_POSITIVE) == SYM_YES && all_args(e, SYM_F_REAL))
            set(a, SYM_F_NONNEGATIVE, true);
        break;
    default:
        break;
    }
}

static SymFacts derive(Sym *e)
{
    Acc a = {{0, 0}};
    switch ((SymKind)e->kind) {
    case SYM_INTEGER: case SYM_RATIONAL: case SYM_FLOAT:
    case SYM_INFINITY: case SYM_NEG_INFINITY: case SYM_NAN:
        number_facts(&a, e);
        break;
    case SYM_COMPLEX_INFINITY:
        set(&a, SYM_F_INFINITE, true);
        set(&a, SYM_F_EXTENDED_REAL, false);
        break;
    case SYM_PI: case SYM_E:
        set(&a, SYM_F_POSITIVE, true);
        set(&a, SYM_F_TRANSCENDENTAL, true);
        set(&a, SYM_F_REAL, true);
        break;
    case SYM_GOLDEN_RATIO:
        set(&a, SYM_F_POSITIVE, true);
        set(&a, SYM_F_IRRATIONAL, true);
        set(&a, SYM_F_ALGEBRAIC, true);
        break;
    case SYM_EULER_GAMMA: case SYM_CATALAN:
        set(&a, SYM_F_POSITIVE, true);
        break;
    case SYM_I:
        set(&a, SYM_F_IMAGINARY, true);
        set(&a, SYM_F_ALGEBRAIC, true);
        set(&a, SYM_F_NONZERO, false);
        set(&a, SYM_F_ZERO, false);
        break;
    case SYM_SYMBOL: case SYM_DUMMY:
        return e->v.s.facts;
    case SYM_ADD:
        add_facts(&a, e);
        break;
    case SYM_MUL:
        mul_facts(&a, e);
        break;
    case SYM_POW:
        pow_facts(&a, e);
        break;
    case SYM_FN:
        fn_facts(&a, e);
        break;
    default:
        return a.f;
    }
    if ((e->kind == SYM_ADD || e->kind == SYM_MUL || e->kind == SYM_POW || e->kind == SYM_FN) &&
        get(a.f, SYM_F_EXTENDED_POSITIVE) == SYM_MAYBE &&
        get(a.f, SYM_F_EXTENDED_NEGATIVE) == SYM_MAYBE && get(a.f, SYM_F_ZERO) != SYM_YES &&
        sym_is_number(e)) {
        /* sympy decides the sign of a number expression numerically */
        int s = sym_eval_sign(e);
        if (s == 1 || s == -1) {
            set(&a, SYM_F_EXTENDED_REAL, true);
            set(&a, SYM_F_FINITE, true);
            set(&a, s > 0 ? SYM_F_EXTENDED_POSITIVE : SYM_F_EXTENDED_NEGATIVE, true);
        }
    }
    a.f.known |= BIT(SYM_F_COMMUTATIVE);
    a.f.value |= BIT(SYM_F_COMMUTATIVE);
    SymFacts closed = a.f;
    if (!sym_facts_close(&closed))
        closed = a.f;    /* the local rules disagreed: keep what was derived directly */
    return closed;
}

SymFacts sym_facts(Sym *e)
{
    if (e->flags & SYM_FLAG_FACTS)
        return e->facts;
    SymFacts f = derive(e);
    e->facts = f;
    e->flags |= SYM_FLAG_FACTS;
    return f;
}

SymTri sym_ask(Sym *e, SymFact f) { return get(sym_facts(e), f); }

bool sym_has_symbols(const Sym *e)
{
    if (e->kind == SYM_SYMBOL || e->kind == SYM_DUMMY)
        return true;
    if (sym_is_crootof(e))
        return false;
    if (sym_binds(e))
        return sym_free_symbols((Sym *)e).n > 0;
    for (uint32_t i = 0; i < e->n; i++)
        if (sym_has_symbols(e->args[i]))
            return true;
    return false;
}

bool sym_is_number(const Sym *e)
{
    if (e->kind == SYM_REL || e->kind == SYM_AND || e->kind == SYM_OR || e->kind == SYM_NOT ||
        e->kind == SYM_TRUE || e->kind == SYM_FALSE || e->kind == SYM_TUPLE)
        return false;
    if (e->kind == SYM_FN && e->op == SYM_FN_UNDEF)
        return false;
    return !sym_has_symbols(e);
}

bool sym_has_fn(const Sym *e, SymFn f)
{
    if (e->kind == SYM_FN && e->op == f)
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (sym_has_fn(e->args[i], f))
            return true;
    return false;
}

bool sym_has(const Sym *e, const Sym *x)
{
    if (sym_eq(e, x))
        return true;
    if (sym_is_crootof(e))
        return false;   /* its variable is bound */
    for (uint32_t i = 0; i < e->n; i++) {
        budget_tick();
        if (sym_has(e->args[i], x))
            return true;
    }
    return false;
}

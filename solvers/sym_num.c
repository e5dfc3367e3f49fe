/* solvers/sym_num.c — arithmetic on sympy Numbers. */
#include "solvers/sym_num.h"

#include <math.h>

static bool is_finite_num(const Sym *a) { return a->kind <= SYM_FLOAT; }

long sym_num_float_prec(const Sym *a, const Sym *b)
{
    long p = 0;
    if (a->kind == SYM_FLOAT)
        p = (long)mpfr_get_prec(a->v.f);
    if (b->kind == SYM_FLOAT && (long)mpfr_get_prec(b->v.f) > p)
        p = (long)mpfr_get_prec(b->v.f);
    return p;
}

void sym_num_to_mpfr(mpfr_t out, const Sym *a)
{
    switch (a->kind) {
    case SYM_INTEGER: {
        mpz_t z;
        mpz_init(z);
        fmpz_get_mpz(z, a->v.z);
        mpfr_set_z(out, z, MPFR_RNDN);
        mpz_clear(z);
        break;
    }
    case SYM_RATIONAL: {
        mpq_t q;
        mpq_init(q);
        fmpq_get_mpq(q, a->v.q);
        mpfr_set_q(out, q, MPFR_RNDN);
        mpq_clear(q);
        break;
    }
    case SYM_FLOAT:
        mpfr_set(out, a->v.f, MPFR_RNDN);
        break;
    case SYM_INFINITY:
        mpfr_set_inf(out, 1);
        break;
    case SYM_NEG_INFINITY:
        mpfr_set_inf(out, -1);
        break;
    default:
        mpfr_set_nan(out);
        break;
    }
}

Sym *sym_num_to_float(const Sym *a, long prec)
{
    mpfr_t m;
    mpfr_init2(m, prec);
    sym_num_to_mpfr(m, a);
    Sym *r = sym_float_mpfr(m, prec);
    mpfr_clear(m);
    return r;
}

Sym *sym_num_float_result(const mpfr_t v, long prec)
{
    if (mpfr_zero_p(v))
        return sym_zero;
    if (mpfr_nan_p(v))
        return sym_nan;
    if (mpfr_inf_p(v))
        return mpfr_sgn(v) > 0 ? sym_oo : sym_neg_oo;
    return sym_float_mpfr(v, prec);
}

int sym_num_sign(const Sym *a)
{
    switch (a->kind) {
    case SYM_INTEGER: return fmpz_sgn(a->v.z);
    case SYM_RATIONAL: return fmpz_sgn(fmpq_numref(a->v.q));
    case SYM_FLOAT: return mpfr_sgn(a->v.f);
    case SYM_INFINITY: return 1;
    case SYM_NEG_INFINITY: return -1;
    default: return 2;
    }
}

double sym_num_to_double(const Sym *a)
{
    switch (a->kind) {
    case SYM_INTEGER:
        if (fmpz_bits(a->v.z) <= 53)   /* exact; larger ones are rounded to nearest below */
            return fmpz_get_d(a->v.z);
        /* fall through */
    case SYM_RATIONAL: {
        mpfr_t t;
        mpfr_init2(t, 53);
        sym_num_to_mpfr(t, a);
        double d = mpfr_get_d(t, MPFR_RNDN);
        mpfr_clear(t);
        return d;
    }
    case SYM_FLOAT: return mpfr_get_d(a->v.f, MPFR_RNDN);
    case SYM_INFINITY: return INFINITY;
    case SYM_NEG_INFINITY: return -INFINITY;
    default: return NAN;
    }
}

typedef enum { OP_ADD, OP_MUL } Op;

static Sym *float_op(Op op, Sym *a, Sym *b)
{
    long prec = sym_num_float_prec(a, b);
    mpfr_t x, y, r;
    mpfr_inits2(prec, x, y, r, (mpfr_ptr)0);
    sym_num_to_mpfr(x, a);
    sym_num_to_mpfr(y, b);
    if (op == OP_ADD)
        mpfr_add(r, x, y, MPFR_RNDN);
    else
        mpfr_mul(r, x, y, MPFR_RNDN);
    Sym *res = sym_num_float_result(r, prec);
    mpfr_clears(x, y, r, (mpfr_ptr)0);
    return res;
}

static Sym *rat_op(Op op, Sym *a, Sym *b)
{
    if (a->kind == SYM_INTEGER && b->kind == SYM_INTEGER) {
        fmpz_t r;
        fmpz_init(r);
        if (op == OP_ADD)
            fmpz_add(r, a->v.z, b->v.z);
        else
            fmpz_mul(r, a->v.z, b->v.z);
        return sym_int_move(r);
    }
    fmpq_t x, y;
    fmpq_init(x);
    fmpq_init(y);
    sym_get_fmpq(x, a);
    sym_get_fmpq(y, b);
    if (op == OP_ADD)
        fmpq_add(x, x, y);
    else
        fmpq_mul(x, x, y);
    Sym *r = sym_rat_fmpq(x);
    fmpq_clear(x);
    fmpq_clear(y);
    return r;
}

Sym *sym_num_add(Sym *a, Sym *b)
{
    if (a->kind == SYM_NAN || b->kind == SYM_NAN)
        return sym_nan;
    if (!is_finite_num(a) || !is_finite_num(b)) {
        if (!is_finite_num(a) && !is_finite_num(b) && a->kind != b->kind)
            return sym_nan;
        return is_finite_num(a) ? b : a;
    }
    if (a->kind == SYM_FLOAT || b->kind == SYM_FLOAT)
        return float_op(OP_ADD, a, b);
    return rat_op(OP_ADD, a, b);
}

Sym *sym_num_mul(Sym *a, Sym *b)
{
    if (a->kind == SYM_NAN || b->kind == SYM_NAN)
        return sym_nan;
    if (!is_finite_num(a) || !is_finite_num(b)) {
        int s = sym_num_sign(a) * sym_num_sign(b);
        return s == 0 ? sym_nan : s > 0 ? sym_oo : sym_neg_oo;
    }
    if (a->kind == SYM_FLOAT || b->kind == SYM_FLOAT)
        return float_op(OP_MUL, a, b);
    return rat_op(OP_MUL, a, b);
}

Sym *sym_num_neg(Sym *a)
{
    switch (a->kind) {
    case SYM_INFINITY: return sym_neg_oo;
    case SYM_NEG_INFINITY: return sym_oo;
    case SYM_NAN: return sym_nan;
    case SYM_FLOAT: {
        /* Float.__neg__: negated in place, so that -0.0 stays a Float */
        mpfr_t r;
        mpfr_init2(r, mpfr_get_prec(a->v.f));
        mpfr_neg(r, a->v.f, MPFR_RNDN);
        Sym *res = sym_float_mpfr(r, (long)mpfr_get_prec(a->v.f));
        mpfr_clear(r);
        return res;
    }
    default: return sym_num_mul(sym_neg_one, a);
    }
}

Sym *sym_num_inv(Sym *a)
{
    switch (a->kind) {
    case SYM_INTEGER:
    case SYM_RATIONAL: {
        if (sym_num_sign(a) == 0)
            return sym_zoo;
        fmpq_t q;
        fmpq_init(q);
        sym_get_fmpq(q, a);
        fmpq_inv(q, q);
        Sym *r = sym_rat_fmpq(q);
        fmpq_clear(q);
        return r;
    }
    case SYM_FLOAT: {
        if (mpfr_zero_p(a->v.f))
            return sym_zoo;
        long prec = (long)mpfr_get_prec(a->v.f);
        mpfr_t r;
        mpfr_init2(r, prec);
        mpfr_ui_div(r, 1, a->v.f, MPFR_RNDN);
        Sym *res = sym_num_float_result(r, prec);
        mpfr_clear(r);
        return res;
    }
    case SYM_INFINITY:
    case SYM_NEG_INFINITY:
        return sym_zero;
    default:
        return sym_nan;
    }
}

Sym *sym_num_sub(Sym *a, Sym *b) { return sym_num_add(a, sym_num_neg(b)); }

Sym *sym_num_div(Sym *a, Sym *b)
{
    if (is_finite_num(a) && is_finite_num(b) && sym_num_sign(b) == 0)
        return sym_num_sign(a) == 0 ? sym_nan : sym_zoo;
    /* a Float on either side: one correctly rounded division at the larger precision, as
     * sympy's Float.__truediv__ and __rtruediv__ (not a times the rounded 1/b) */
    if ((a->kind == SYM_FLOAT || b->kind == SYM_FLOAT) && is_finite_num(a) && is_finite_num(b)) {
        long pa = a->kind == SYM_FLOAT ? (long)mpfr_get_prec(a->v.f) : 0;
        long pb = b->kind == SYM_FLOAT ? (long)mpfr_get_prec(b->v.f) : 0;
        long prec = pa > pb ? pa : pb;
        mpfr_t y, x, r;
        mpfr_inits2(prec, y, x, r, (mpfr_ptr)0);
        sym_num_to_mpfr(y, a);
        sym_num_to_mpfr(x, b);
        mpfr_div(r, y, x, MPFR_RNDN);
        Sym *res = sym_num_float_result(r, prec);
        mpfr_clears(y, x, r, (mpfr_ptr)0);
        return res;
    }
    return sym_num_mul(a, sym_num_inv(b));
}

int sym_num_cmp(const Sym *a, const Sym *b)
{
    if (a->kind == SYM_NAN || b->kind == SYM_NAN)
        return 0;
    if (sym_is_rational(a) && sym_is_rational(b)) {
        fmpq_t x, y;
        fmpq_init(x);
        fmpq_init(y);
        sym_get_fmpq(x, a);
        sym_get_fmpq(y, b);
        int c = fmpq_cmp(x, y);
        fmpq_clear(x);
        fmpq_clear(y);
        return (c > 0) - (c < 0);
    }
    if (!is_finite_num(a) || !is_finite_num(b)) {
        int ra = a->kind == SYM_INFINITY ? 1 : a->kind == SYM_NEG_INFINITY ? -1 : 0;
        int rb = b->kind == SYM_INFINITY ? 1 : b->kind == SYM_NEG_INFINITY ? -1 : 0;
        return (ra > rb) - (ra < rb);
    }
    /* Exact comparison of a Float with a rational: compare against the exact value. */
    mpfr_t x, y;
    long pa = a->kind == SYM_FLOAT ? (long)mpfr_get_prec(a->v.f) : 0;
    long pb = b->kind == SYM_FLOAT ? (long)mpfr_get_prec(b->v.f) : 0;
    if (a->kind != SYM_FLOAT || b->kind != SYM_FLOAT) {
        const Sym *fl = a->kind == SYM_FLOAT ? a : b, *ex = a->kind == SYM_FLOAT ? b : a;
        mpq_t q;
        mpq_init(q);
        if (ex->kind == SYM_INTEGER)
            fmpz_get_mpz(mpq_numref(q), ex->v.z);
        else
            fmpq_get_mpq(q, ex->v.q);
        mpfr_init2(x, (mpfr_prec_t)(pa > pb ? pa : pb));
        mpfr_set(x, fl->v.f, MPFR_RNDN);
        int c = mpfr_cmp_q(x, q);
        mpfr_clear(x);
        mpq_clear(q);
        c = (c > 0) - (c < 0);
        return a->kind == SYM_FLOAT ? c : -c;
    }
    mpfr_init2(x, (mpfr_prec_t)pa);
    mpfr_init2(y, (mpfr_prec_t)pb);
    mpfr_set(x, a->v.f, MPFR_RNDN);
    mpfr_set(y, b->v.f, MPFR_RNDN);
    int c = mpfr_cmp(x, y);
    mpfr_clears(x, y, (mpfr_ptr)0);
    return (c > 0) - (c < 0);
}

static Sym *round_num(const Sym *a, bool up)
{
    fmpz_t r;
    fmpz_init(r);
    if (a->kind == SYM_INTEGER) {
        fmpz_set(r, a->v.z);
    } else if (a->kind == SYM_RATIONAL) {
        if (up)
            fmpz_cdiv_q(r, fmpq_numref(a->v.q), fmpq_denref(a->v.q));
        else
            fmpz_fdiv_q(r, fmpq_numref(a->v.q), fmpq_denref(a->v.q));
    } else {
        mpz_t z;
        mpz_init(z);
        mpfr_get_z(z, a->v.f, up ? MPFR_RNDU : MPFR_RNDD);
        fmpz_set_mpz(r, z);
        mpz_clear(z);
    }
    return sym_int_move(r);
}

Sym *sym_num_floor(const Sym *a) { return round_num(a, false); }

Sym *sym_num_ceiling(const Sym *a) { return round_num(a, true); }

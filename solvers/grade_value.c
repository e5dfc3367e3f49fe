/* solvers/grade_value.c — exact evaluation of answer trees with Calcium, equality, order. */
#include "solvers/grade_value.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include <calcium/ca.h>
#include <flint/arith.h>

#include "base/budget.h"
#include "base/gc.h"

#define NPOINTS 3
#define MAX_BOUND 8
#define NUM_PREC 128
#define MAX_TERMS 2000      /* a finite sum or product evaluated term by term */

struct GradeEval {
    ca_ctx_t ctx;
    bool live;                          /* ctx is initialised (an allocation inside may fail) */
    int point;                          /* sample point the free symbols take */
    int status;                         /* GE_* of the last evaluation */
    int nbound;
    const char *bound[MAX_BOUND];       /* bound variables of integrals, sums ... */
    long bound_num[MAX_BOUND];
};

static void eval_final(void *block)
{
    GradeEval *ev = block;
    if (ev->live)
        ca_ctx_clear(ev->ctx);
}

GradeEval *grade_eval_new(void)
{
    GradeEval *ev = gc_alloc_final(sizeof *ev, eval_final);
    ca_ctx_init(ev->ctx);
    ev->live = true;
    return ev;
}

int grade_value_status(const GradeEval *ev) { return ev->status; }

static uint64_t hash_str(const char *s, uint64_t h)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static uint64_t hash_u64(uint64_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        h = (h ^ ((v >> (8 * i)) & 0xff)) * 1099511628211ULL;
    return h;
}

/* The value a free symbol takes at the current point: a generic rational in [1, 18). Each symbol
 * moves from point to point by a step and a curvature of its own: were the steps shared, y - x
 * would be the same at every point, and y = x + 3 would pass for a multiple of y = x + 4. */
static void symbol_value(GradeEval *ev, const char *name, ca_t out)
{
    for (int i = ev->nbound - 1; i >= 0; i--)
        if (strcmp(ev->bound[i], name) == 0) {
            fmpq_t q;
            fmpq_init(q);
            fmpq_set_si(q, ev->bound_num[i], 97);
            ca_set_fmpq(out, q, ev->ctx);
            fmpq_clear(q);
            return;
        }
    uint64_t h = hash_str(name, 14695981039346656037ULL);
    fmpq_t q;
    fmpq_init(q);
    slong k = ev->point, step = 1571 + (slong)(h / 9973 % 1009), bend = 1 + (slong)(h / 10062757 % 97);
    fmpq_set_si(q, (slong)(h % 9973) + 1013 + step * k + bend * k * k, 1009);
    ca_set_fmpq(out, q, ev->ctx);
    fmpq_clear(q);
}

/* A value for an uninterpreted function: hashed from its name and its arguments' values. */
static void hashed_value(GradeEval *ev, uint64_t h, ca_t out)
{
    fmpq_t q;
    fmpq_init(q);
    fmpq_set_si(q, (slong)(h % 1000003) + 1000003, 1000003);
    ca_set_fmpq(out, q, ev->ctx);
    fmpq_clear(q);
}

static uint64_t hash_value(GradeEval *ev, uint64_t h, const ca_t v)
{
    if (ca_is_special(v, ev->ctx))
        return hash_u64(h, 0xdeadbeef);
    acb_t z;
    acb_init(z);
    ca_get_acb(z, v, 64, ev->ctx);
    double re = arf_get_d(arb_midref(acb_realref(z)), ARF_RND_NEAR);
    double im = arf_get_d(arb_midref(acb_imagref(z)), ARF_RND_NEAR);
    acb_clear(z);
    /* rounded to 9 significant digits, so that both sides' tiny errors agree */
    double scale = fabs(re) + fabs(im);
    double unit = scale > 0 ? pow(10, floor(log10(scale)) - 8) : 1;
    h = hash_u64(h, (uint64_t)(int64_t)llround(re / unit));
    h = hash_u64(h, (uint64_t)(int64_t)llround(im / unit));
    return hash_u64(h, (uint64_t)(int64_t)llround(log10(unit)));
}

static int eval(GradeEval *ev, const GradeNode *g, ca_t out);

static bool fail(GradeEval *ev, int status)
{
    if (ev->status == GE_OK)
        ev->status = status;
    return false;
}

/* Evaluates a child into a fresh ca_t that the caller clears. */
#define EVAL_KID(ev, node, var) ca_t var; ca_init(var, (ev)->ctx); int ok_##var = eval(ev, node, var)

static bool is_int(GradeEval *ev, const ca_t x, fmpz_t n) { return !ca_is_special(x, ev->ctx) && ca_get_fmpz(n, x, ev->ctx); }

/* Bits of the result of x^n, estimated before computing it. */
static double pow_bits(GradeEval *ev, const ca_t x, const fmpz_t n)
{
    fmpq_t q;
    fmpq_init(q);
    double h = 64;
    if (ca_get_fmpq(q, x, ev->ctx)) {
        if (fmpz_is_pm1(fmpq_numref(q)) && fmpz_is_one(fmpq_denref(q)))
            h = 0;
        else if (fmpz_is_zero(fmpq_numref(q)))
            h = 0;
        else
            h = (double)FLINT_MAX(fmpz_bits(fmpq_numref(q)), fmpz_bits(fmpq_denref(q)));
    }
    fmpq_clear(q);
    return h * fabs(fmpz_get_d(n));
}

static bool power(GradeEval *ev, ca_t out, const ca_t b, const ca_t e)
{
    fmpz_t n;
    fmpz_init(n);
    bool ok = true;
    if (is_int(ev, e, n)) {
        if (pow_bits(ev, b, n) > GRADE_VALUE_MAX_BITS)
            ok = fail(ev, GE_TOO_BIG);
        else if (fmpz_sgn(n) < 0 && ca_check_is_zero(b, ev->ctx) == T_TRUE)
            ok = fail(ev, GE_UNDEFINED);
        else
            ca_pow_fmpz(out, b, n, ev->ctx);
    } else {
        acb_t z;
        acb_init(z);
        ca_get_acb(z, e, 64, ev->ctx);
        /* an exponent whose size alone makes the result astronomically large or small */
        if (arb_is_finite(acb_realref(z)) && arf_cmpabs_2exp_si(arb_midref(acb_realref(z)), 20) > 0 &&
            ca_check_is_one(b, ev->ctx) != T_TRUE && ca_check_is_zero(b, ev->ctx) != T_TRUE)
            ok = fail(ev, GE_TOO_BIG);
        else
            ca_pow(out, b, e, ev->ctx);
        acb_clear(z);
    }
    fmpz_clear(n);
    return ok;
}

static bool divide(GradeEval *ev, ca_t out, const ca_t a, const ca_t b)
{
    if (ca_check_is_zero(b, ev->ctx) != T_FALSE)
        return fail(ev, GE_UNDEFINED);
    ca_div(out, a, b, ev->ctx);
    return true;
}

/* Hash of an opaque operator: its name, its body at a few values of the bound variable, and its
 * other arguments. */
static bool opaque(GradeEval *ev, const GradeNode *g, int body, int var, ca_t out)
{
    uint64_t h = hash_str(g->name, 1469598103934665603ULL);
    if (var >= 0 && ev->nbound < MAX_BOUND && g->kid[var]->kind == GN_SYM) {
        ev->bound[ev->nbound++] = g->kid[var]->name;
        for (int s = 0; s < 3; s++) {
            ev->bound_num[ev->nbound - 1] = 131 + 37 * s;
            EVAL_KID(ev, g->kid[body], v);
            if (ok_v)
                h = hash_value(ev, h, v);
            ca_clear(v, ev->ctx);
            if (!ok_v) {
                ev->nbound--;
                return false;
            }
        }
        ev->nbound--;
    }
    for (int i = 0; i < g->n; i++) {
        if (i == body || i == var)
            continue;
        EVAL_KID(ev, g->kid[i], v);
        if (ok_v)
            h = hash_value(ev, h, v);
        ca_clear(v, ev->ctx);
        if (!ok_v)
            return false;
    }
    hashed_value(ev, h, out);
    return true;
}

/* A finite sum or product with integer bounds, term by term; opaque otherwise. */
static bool series(GradeEval *ev, const GradeNode *g, ca_t out)
{
    bool sum = strcmp(g->name, "sum") == 0;
    EVAL_KID(ev, g->kid[2], lo);
    EVAL_KID(ev, g->kid[3], hi);
    fmpz_t a, b;
    fmpz_init(a);
    fmpz_init(b);
    bool finite = ok_lo && ok_hi && is_int(ev, lo, a) && is_int(ev, hi, b) && fmpz_cmp(a, b) <= 0 &&
                  fmpz_fits_si(a) && fmpz_fits_si(b) && fmpz_get_si(b) - fmpz_get_si(a) < MAX_TERMS &&
                  ev->nbound < MAX_BOUND;
    bool ok = true;
    if (finite) {
        slong k0 = fmpz_get_si(a), k1 = fmpz_get_si(b);
        if (sum)
            ca_zero(out, ev->ctx);
        else
            ca_one(out, ev->ctx);
        ev->bound[ev->nbound++] = g->kid[1]->name;
        for (slong k = k0; k <= k1 && ok; k++) {
            ev->bound_num[ev->nbound - 1] = k * 97;
            EVAL_KID(ev, g->kid[0], t);
            ok = ok_t;
            if (ok && sum)
                ca_add(out, out, t, ev->ctx);
            else if (ok)
                ca_mul(out, out, t, ev->ctx);
            ca_clear(t, ev->ctx);
        }
        ev->nbound--;
    } else {
        ok = opaque(ev, g, 0, 1, out);
    }
    fmpz_clear(a);
    fmpz_clear(b);
    ca_clear(lo, ev->ctx);
    ca_clear(hi, ev->ctx);
    return ok;
}

/* Integer-only functions (factorial, binomial, mod, gcd, lcm, digits in a base); an argument that is
 * not an integer makes the function opaque. */
static bool integer_function(GradeEval *ev, const GradeNode *g, ca_t *args, ca_t out)
{
    fmpz_t x, y, r;
    fmpz_init(x);
    fmpz_init(y);
    fmpz_init(r);
    bool ok = true, done = true;
    if (strcmp(g->name, "fact") == 0) {
        if (!is_int(ev, args[0], x))
            done = false;
        else if (fmpz_sgn(x) < 0)
            ok = fail(ev, GE_UNDEFINED);
        else if (fmpz_cmp_ui(x, 20000) > 0)
            ok = fail(ev, GE_TOO_BIG);
        else
            fmpz_fac_ui(r, fmpz_get_ui(x));
    } else if (strcmp(g->name, "binom") == 0 && g->n == 2) {
        if (!is_int(ev, args[0], x) || !is_int(ev, args[1], y) || fmpz_sgn(x) < 0)
            done = false;
        else if (fmpz_cmp_ui(x, 100000) > 0)
            ok = fail(ev, GE_TOO_BIG);
        else if (fmpz_sgn(y) < 0 || fmpz_cmp(y, x) > 0)
            fmpz_zero(r);
        else
            fmpz_bin_uiui(r, fmpz_get_ui(x), fmpz_get_ui(y));
    } else if (strcmp(g->name, "mod") == 0 && g->n == 2) {
        if (!is_int(ev, args[0], x) || !is_int(ev, args[1], y))
            done = false;
        else if (fmpz_is_zero(y))
            ok = fail(ev, GE_UNDEFINED);
        else
            fmpz_fdiv_r(r, x, y);   /* the remainder has the divisor's sign */
    } else if ((strcmp(g->name, "gcd") == 0 || strcmp(g->name, "lcm") == 0) && g->n >= 2) {
        bool gcd = g->name[0] == 'g';
        for (int i = 0; i < g->n && done; i++) {
            if (!is_int(ev, args[i], x))
                done = false;
            else if (i == 0)
                fmpz_set(r, x);
            else if (gcd)
                fmpz_gcd(r, r, x);
            else
                fmpz_lcm(r, r, x);
        }
    } else {
        done = false;
    }
    if (ok && done)
        ca_set_fmpz(out, r, ev->ctx);
    fmpz_clear(x);
    fmpz_clear(y);
    fmpz_clear(r);
    if (!ok || done)
        return ok;
    uint64_t h = hash_str(g->name, 1469598103934665603ULL);
    for (int i = 0; i < g->n; i++)
        h = hash_value(ev, h, args[i]);
    hashed_value(ev, h, out);
    return true;
}

/* sinh, cosh ... through exp; acot, asec ... through the reciprocal. 1: done, 0: failed (status
 * set), -1: not an elementary function. */
static int elementary(GradeEval *ev, const char *name, ca_t x, ca_t out)
{
    ca_ctx_struct *ctx = ev->ctx;
    ca_t t, u;
    ca_init(t, ctx);
    ca_init(u, ctx);
    bool ok = true;
    if (!strcmp(name, "sin")) ca_sin(out, x, ctx);
    else if (!strcmp(name, "cos")) ca_cos(out, x, ctx);
    else if (!strcmp(name, "tan")) ca_tan(out, x, ctx);
    else if (!strcmp(name, "cot") || !strcmp(name, "sec") || !strcmp(name, "csc")) {
        if (name[0] == 'c' && name[1] == 'o') ca_tan(t, x, ctx);
        else if (name[0] == 's') ca_cos(t, x, ctx);
        else ca_sin(t, x, ctx);
        ca_one(u, ctx);
        ok = divide(ev, out, u, t);
    } else if (!strcmp(name, "asin")) ca_asin(out, x, ctx);
    else if (!strcmp(name, "acos")) ca_acos(out, x, ctx);
    else if (!strcmp(name, "atan")) ca_atan(out, x, ctx);
    else if (!strcmp(name, "acot") || !strcmp(name, "asec") || !strcmp(name, "acsc")) {
        ca_one(u, ctx);
        ok = divide(ev, t, u, x);
        if (ok && name[1] == 'c') ca_atan(out, t, ctx);
        else if (ok && name[2] == 'e') ca_acos(out, t, ctx);
        else if (ok) ca_asin(out, t, ctx);
    } else if (!strcmp(name, "sinh") || !strcmp(name, "cosh") || !strcmp(name, "tanh") ||
               !strcmp(name, "coth") || !strcmp(name, "sech") || !strcmp(name, "csch")) {
        ca_exp(t, x, ctx);
        ca_inv(u, t, ctx);
        ca_t s, c;
        ca_init(s, ctx);
        ca_init(c, ctx);
        ca_sub(s, t, u, ctx);
        ca_add(c, t, u, ctx);
        ca_div_ui(s, s, 2, ctx);
        ca_div_ui(c, c, 2, ctx);
        ca_one(u, ctx);
        if (!strcmp(name, "sinh")) ca_set(out, s, ctx);
        else if (!strcmp(name, "cosh")) ca_set(out, c, ctx);
        else if (!strcmp(name, "tanh")) ok = divide(ev, out, s, c);
        else if (!strcmp(name, "coth")) ok = divide(ev, out, c, s);
        else if (!strcmp(name, "sech")) ok = divide(ev, out, u, c);
        else ok = divide(ev, out, u, s);
        ca_clear(s, ctx);
        ca_clear(c, ctx);
    } else if (!strcmp(name, "asinh") || !strcmp(name, "acosh")) {
        ca_mul(t, x, x, ctx);
        if (name[1] == 's') ca_add_ui(t, t, 1, ctx);
        else ca_sub_ui(t, t, 1, ctx);
        ca_sqrt(t, t, ctx);
        ca_add(t, t, x, ctx);
        ca_log(out, t, ctx);
    } else if (!strcmp(name, "atanh")) {
        ca_add_ui(t, x, 1, ctx);
        ca_one(u, ctx);
        ca_sub(u, u, x, ctx);
        ok = divide(ev, t, t, u);
        if (ok) {
            ca_log(out, t, ctx);
            ca_div_ui(out, out, 2, ctx);
        }
    } else if (!strcmp(name, "log")) {
        if (ca_check_is_zero(x, ctx) != T_FALSE) ok = fail(ev, GE_UNDEFINED);
        else ca_log(out, x, ctx);
    } else if (!strcmp(name, "sqrt")) ca_sqrt(out, x, ctx);
    else if (!strcmp(name, "abs")) ca_abs(out, x, ctx);
    else if (!strcmp(name, "floor")) ca_floor(out, x, ctx);
    else if (!strcmp(name, "ceil")) ca_ceil(out, x, ctx);
    else {
        ca_clear(t, ctx);
        ca_clear(u, ctx);
        return -1;
    }
    ca_clear(t, ctx);
    ca_clear(u, ctx);
    if (ok && ca_is_special(out, ctx) && !ca_is_special(x, ctx))
        ok = fail(ev, GE_UNDEFINED);
    return ok;
}

static bool function_value(GradeEval *ev, const GradeNode *g, ca_t out)
{
    const char *name = g->name;
    if (!strcmp(name, "int") || !strcmp(name, "diff") || !strcmp(name, "lim"))
        return opaque(ev, g, 0, 1, out);
    if (!strcmp(name, "sum") || !strcmp(name, "prod"))
        return series(ev, g, out);
    if (!strcmp(name, "base")) {
        fmpz_t z;
        fmpz_init(z);
        fmpz_set_str(z, g->kid[0]->name, atoi(g->kid[1]->name));
        ca_set_fmpz(out, z, ev->ctx);
        fmpz_clear(z);
        return true;
    }
    if (g->n > 16)
        return fail(ev, GE_UNSUPPORTED);
    ca_t args[16];
    bool ok = true;
    int n = 0;
    for (; n < g->n && ok; n++) {
        ca_init(args[n], ev->ctx);
        ok = eval(ev, g->kid[n], args[n]);
    }
    if (ok) {
        if (!strcmp(name, "log") && g->n == 2) {
            ca_t b;
            ca_init(b, ev->ctx);
            ok = elementary(ev, "log", args[0], out) == 1 && elementary(ev, "log", args[1], b) == 1 &&
                 divide(ev, out, out, b);
            ca_clear(b, ev->ctx);
        } else if (!strcmp(name, "sqrt") && g->n == 2) {
            ca_t e;
            ca_init(e, ev->ctx);
            ca_one(e, ev->ctx);
            ok = divide(ev, e, e, args[1]) && power(ev, out, args[0], e);
            ca_clear(e, ev->ctx);
        } else if ((!strcmp(name, "min") || !strcmp(name, "max")) && g->n >= 1) {
            ca_set(out, args[0], ev->ctx);
            for (int i = 1; i < g->n && ok; i++) {
                truth_t t = ca_check_lt(args[i], out, ev->ctx);
                if (t == T_UNKNOWN)
                    ok = fail(ev, GE_UNSUPPORTED);
                else if ((t == T_TRUE) == (name[1] == 'i'))
                    ca_set(out, args[i], ev->ctx);
            }
        } else {
            int e = g->n == 1 ? elementary(ev, name, args[0], out) : -1;
            ok = e < 0 ? integer_function(ev, g, args, out) : e == 1;
        }
    }
    for (int i = 0; i < n; i++)
        ca_clear(args[i], ev->ctx);
    return ok;
}

static int eval(GradeEval *ev, const GradeNode *g, ca_t out)
{
    budget_tick();
    ca_ctx_struct *ctx = ev->ctx;
    switch (g->kind) {
    case GN_NUM: {
        fmpz_t z;
        fmpz_init(z);
        fmpz_set_str(z, g->name, 10);
        ca_set_fmpz(out, z, ctx);
        if (g->exp10) {
            if (labs(g->exp10) > 100000) {
                fmpz_clear(z);
                return fail(ev, GE_TOO_BIG);
            }
            fmpz_set_ui(z, 10);
            fmpz_pow_ui(z, z, (ulong)labs(g->exp10));
            ca_t t;
            ca_init(t, ctx);
            ca_set_fmpz(t, z, ctx);
            if (g->exp10 > 0)
                ca_mul(out, out, t, ctx);
            else
                ca_div(out, out, t, ctx);
            ca_clear(t, ctx);
        }
        fmpz_clear(z);
        return true;
    }
    case GN_SYM:
        symbol_value(ev, g->name, out);
        return true;
    case GN_PI:
        ca_pi(out, ctx);
        return true;
    case GN_E:
        ca_one(out, ctx);
        ca_exp(out, out, ctx);
        return true;
    case GN_I:
        ca_i(out, ctx);
        return true;
    case GN_INF:
        ca_pos_inf(out, ctx);
        return true;
    case GN_ADD:
    case GN_MUL: {
        if (!eval(ev, g->kid[0], out))
            return false;
        for (int i = 1; i < g->n; i++) {
            EVAL_KID(ev, g->kid[i], t);
            if (ok_t) {
                bool special = ca_is_special(out, ctx) || ca_is_special(t, ctx);
                if (g->kind == GN_ADD)
                    ca_add(out, out, t, ctx);
                else
                    ca_mul(out, out, t, ctx);
                if (!special && ca_is_special(out, ctx))
                    ok_t = fail(ev, GE_UNDEFINED);
                if (special && (ca_is_unknown(out, ctx) || ca_check_is_undefined(out, ctx) == T_TRUE))
                    ok_t = fail(ev, GE_UNDEFINED);
            }
            ca_clear(t, ctx);
            if (!ok_t)
                return false;
        }
        return true;
    }
    case GN_NEG:
        if (!eval(ev, g->kid[0], out))
            return false;
        ca_neg(out, out, ctx);
        return true;
    case GN_DIV:
    case GN_POW: {
        EVAL_KID(ev, g->kid[0], a);
        EVAL_KID(ev, g->kid[1], b);
        bool ok = ok_a && ok_b;
        if (ok && (ca_is_special(a, ctx) || ca_is_special(b, ctx)))
            ok = fail(ev, GE_UNDEFINED);
        if (ok)
            ok = g->kind == GN_DIV ? divide(ev, out, a, b) : power(ev, out, a, b);
        if (ok && ca_is_special(out, ctx))
            ok = fail(ev, GE_UNDEFINED);
        ca_clear(a, ctx);
        ca_clear(b, ctx);
        return ok;
    }
    case GN_PERCENT:
        if (!eval(ev, g->kid[0], out))
            return false;
        ca_div_ui(out, out, 100, ctx);
        return true;
    case GN_DEGREE: {
        if (!eval(ev, g->kid[0], out))
            return false;
        ca_t pi;
        ca_init(pi, ctx);
        ca_pi(pi, ctx);
        ca_mul(out, out, pi, ctx);
        ca_div_ui(out, out, 180, ctx);
        ca_clear(pi, ctx);
        return true;
    }
    case GN_FUNC:
        return function_value(ev, g, out);
    case GN_SET:
        /* \{1+2\}\{3-4\}: braces used as brackets */
        if (g->n == 1)
            return eval(ev, g->kid[0], out);
        return fail(ev, GE_UNSUPPORTED);
    default:
        return fail(ev, GE_UNSUPPORTED);
    }
}

/* ---- symbols ---------------------------------------------------------------------------- */

bool grade_value_has_symbols(const GradeNode *g)
{
    if (g->kind == GN_SYM)
        return true;
    if (g->kind == GN_FUNC && !strcmp(g->name, "base"))
        return false;
    for (int i = 0; i < g->n; i++)
        if (grade_value_has_symbols(g->kid[i]))
            return true;
    return false;
}

bool grade_value_inexact(const GradeNode *g)
{
    if (g->kind == GN_NUM)
        return (g->flags & GF_DECIMAL) != 0;
    for (int i = 0; i < g->n; i++)
        if (grade_value_inexact(g->kid[i]))
            return true;
    return false;
}

static void collect_symbols(const GradeNode *g, const char **names, int *n, int max)
{
    if (g->kind == GN_SYM) {
        for (int i = 0; i < *n; i++)
            if (!strcmp(names[i], g->name))
                return;
        if (*n < max)
            names[(*n)++] = g->name;
        return;
    }
    for (int i = 0; i < g->n; i++)
        collect_symbols(g->kid[i], names, n, max);
}

/* ---- comparisons ------------------------------------------------------------------------ */

/* Relative difference of two values within tol (numerically, with Arb). */
static bool close_enough(GradeEval *ev, const ca_t a, const ca_t b, double tol)
{
    acb_t x, y, d;
    acb_init(x);
    acb_init(y);
    acb_init(d);
    ca_get_acb(x, a, NUM_PREC, ev->ctx);
    ca_get_acb(y, b, NUM_PREC, ev->ctx);
    acb_sub(d, x, y, NUM_PREC);
    arb_t nd, nx, ny, lim;
    arb_init(nd);
    arb_init(nx);
    arb_init(ny);
    arb_init(lim);
    acb_abs(nd, d, NUM_PREC);
    acb_abs(nx, x, NUM_PREC);
    acb_abs(ny, y, NUM_PREC);
    arb_max(lim, nx, ny, NUM_PREC);
    arb_t t;
    arb_init(t);
    arb_set_d(t, tol);
    arb_mul(lim, lim, t, NUM_PREC);
    bool ok = arb_is_finite(nd) && arb_le(nd, lim);
    arb_clear(t);
    arb_clear(nd);
    arb_clear(nx);
    arb_clear(ny);
    arb_clear(lim);
    acb_clear(x);
    acb_clear(y);
    acb_clear(d);
    return ok;
}

/* Equality of two values: exact when Calcium decides, numeric (2^-100 relative) when it cannot. */
static GradeTruth values_equal(GradeEval *ev, const ca_t a, const ca_t b, double tol, const char **how)
{
    truth_t t = ca_check_equal(a, b, ev->ctx);
    if (t == T_TRUE)
        return GRADE_TRUE;
    if (ca_is_special(a, ev->ctx) || ca_is_special(b, ev->ctx))
        return t == T_FALSE ? GRADE_FALSE : GRADE_UNKNOWN;
    if (tol > 0 && close_enough(ev, a, b, tol)) {
        *how = "numerically equal within the tolerance";
        return GRADE_TRUE;
    }
    if (t == T_FALSE)
        return GRADE_FALSE;
    if (close_enough(ev, a, b, 1e-30)) {
        *how = "numerically equal (Arb, 128 bits)";
        return GRADE_TRUE;
    }
    return GRADE_FALSE;
}

GradeTruth grade_value_equal(GradeEval *ev, const GradeNode *a, const GradeNode *b, double rel_tol,
                             const char **how)
{
    bool vars = grade_value_has_symbols(a) || grade_value_has_symbols(b);
    double tol = grade_value_inexact(a) || grade_value_inexact(b) ? rel_tol : 0;
    *how = vars ? "equal at every sample point (exact)" : "exactly equal";
    GradeTruth result = GRADE_TRUE;
    for (int k = 0; k < (vars ? NPOINTS : 1) && result == GRADE_TRUE; k++) {
        ev->point = k;
        ev->status = GE_OK;
        ca_t x, y;
        ca_init(x, ev->ctx);
        ca_init(y, ev->ctx);
        if (!eval(ev, a, x) || !eval(ev, b, y))
            result = GRADE_UNKNOWN;
        else
            result = values_equal(ev, x, y, tol, how);
        ca_clear(x, ev->ctx);
        ca_clear(y, ev->ctx);
    }
    ev->point = 0;
    return result;
}

static int sign_of(GradeEval *ev, const ca_t x)
{
    ca_ctx_struct *ctx = ev->ctx;
    if (ca_check_is_pos_inf(x, ctx) == T_TRUE)
        return 1;
    if (ca_check_is_neg_inf(x, ctx) == T_TRUE)
        return -1;
    if (ca_is_special(x, ctx) || ca_check_is_real(x, ctx) != T_TRUE)
        return 2;
    truth_t z = ca_check_is_zero(x, ctx);
    if (z == T_TRUE)
        return 0;
    ca_t zero;
    ca_init(zero, ctx);
    truth_t lt = ca_check_lt(x, zero, ctx);
    ca_clear(zero, ctx);
    if (lt == T_UNKNOWN || z == T_UNKNOWN)
        return 2;
    return lt == T_TRUE ? -1 : 1;
}

int grade_value_sign(GradeEval *ev, const GradeNode *a)
{
    ev->status = GE_OK;
    ca_t x;
    ca_init(x, ev->ctx);
    int s = eval(ev, a, x) ? sign_of(ev, x) : 2;
    ca_clear(x, ev->ctx);
    return s;
}

int grade_value_order(GradeEval *ev, const GradeNode *a, const GradeNode *b)
{
    ev->status = GE_OK;
    ca_ctx_struct *ctx = ev->ctx;
    ca_t x, y;
    ca_init(x, ctx);
    ca_init(y, ctx);
    int r = 2;
    if (eval(ev, a, x) && eval(ev, b, y)) {
        int sx = sign_of(ev, x), sy = sign_of(ev, y);
        bool ix = ca_is_special(x, ctx), iy = ca_is_special(y, ctx);
        if (sx == 2 || sy == 2)
            r = 2;
        else if (ix || iy)
            r = ix && iy ? (sx > sy) - (sx < sy) : ix ? sx : -sy;
        else {
            ca_sub(x, x, y, ctx);
            r = sign_of(ev, x);
        }
    }
    ca_clear(x, ctx);
    ca_clear(y, ctx);
    return r;
}

GradeTruth grade_value_proportional(GradeEval *ev, const GradeNode *f, const GradeNode *g, int *sign)
{
    ca_ctx_struct *ctx = ev->ctx;
    GradeTruth result = GRADE_TRUE;
    ca_t ratio;
    ca_init(ratio, ctx);
    for (int k = 0; k < NPOINTS && result == GRADE_TRUE; k++) {
        ev->point = k;
        ev->status = GE_OK;
        ca_t x, y;
        ca_init(x, ctx);
        ca_init(y, ctx);
        if (!eval(ev, f, x) || !eval(ev, g, y) || ca_check_is_zero(y, ctx) != T_FALSE) {
            /* both zero at this point says nothing; one zero means not proportional */
            if (ev->status == GE_OK && ca_check_is_zero(y, ctx) == T_TRUE)
                result = ca_check_is_zero(x, ctx) == T_TRUE ? GRADE_TRUE : GRADE_FALSE;
            else
                result = GRADE_UNKNOWN;
        } else {
            ca_div(x, x, y, ctx);
            if (k == 0) {
                ca_set(ratio, x, ctx);
                if (ca_check_is_zero(ratio, ctx) != T_FALSE)
                    result = GRADE_FALSE;
            } else {
                const char *how;
                result = values_equal(ev, ratio, x, 0, &how);
            }
        }
        ca_clear(x, ctx);
        ca_clear(y, ctx);
    }
    *sign = result == GRADE_TRUE ? sign_of(ev, ratio) : 2;
    ca_clear(ratio, ctx);
    ev->point = 0;
    return result;
}

/* A copy of g with the symbol `name` replaced by the integer v. */
static GradeNode *substitute(const GradeNode *g, const char *name, const char *v)
{
    if (g->kind == GN_SYM && !strcmp(g->name, name))
        return grade_named(GN_NUM, v);
    GradeNode *c = grade_node(g->kind, g->n);
    GradeNode **kid = c->kid;
    *c = *g;
    c->kid = kid;
    for (int i = 0; i < g->n; i++)
        c->kid[i] = substitute(g->kid[i], name, v);
    return c;
}

bool grade_value_linear(GradeEval *ev, const GradeNode *f, const char **var, GradeNode **root,
                        int *slope_sign)
{
    const char *names[2];
    int n = 0;
    collect_symbols(f, names, &n, 2);
    if (n != 1)
        return false;
    GradeNode *f0 = substitute(f, names[0], "0"), *f1 = substitute(f, names[0], "1");
    GradeNode *slope = grade_node2(GN_ADD, f1, grade_node1(GN_NEG, f0));
    const char *how;
    /* linear: f(v) = slope*v + f(0) at the sample points too */
    GradeNode *model = grade_node2(GN_ADD, grade_node2(GN_MUL, slope, grade_named(GN_SYM, names[0])), f0);
    if (grade_value_equal(ev, f, model, 0, &how) != GRADE_TRUE)
        return false;
    int s = grade_value_sign(ev, slope);
    if (s == 0 || s == 2)
        return false;
    *var = names[0];
    *slope_sign = s;
    *root = grade_node2(GN_DIV, grade_node1(GN_NEG, f0), slope);
    return true;
}

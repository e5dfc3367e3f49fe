/* runtime/modules/statistics.c — the `statistics` module (see statistics.h).
 *
 * The sums behind mean and variance are exact (GMP rationals), with the result type worked out
 * as CPython's _coerce does it, then converted once: an int when the data are ints and the value
 * is whole, else the widest type seen (Fraction < float). stdev and pstdev are the correctly
 * rounded square roots of the exact variance. Non-finite floats take CPython's path: they are
 * summed as floats on their own and the result is that float. */
#include "runtime/modules/statistics.h"

#include <math.h>
#include <mpfr.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/collections.h"
#include "runtime/modules/decimal.h"
#include "runtime/modules/fractions.h"
#include "runtime/modules/math.h"

_Noreturn static void stat_error(const char *msg) { exc_raise(exc_new(&statistics_error_type, tuple_pack(1, str_from_cstr(msg)))); }

static Obj *linear_regression_class;    /* the LinearRegression namedtuple of this request */

/* ---- exact sums -------------------------------------------------------------------------- */

/* The type a mix of T and S is converted to, as statistics._coerce decides. */
static Type *coerce(Type *T, Type *S)
{
    if (T == S || S == &type_int || S == &type_bool)
        return T;
    if (T == &type_int)
        return S;
    if (type_is_subtype(S, T))
        return S;
    if (type_is_subtype(T, S))
        return T;
    if (type_is_subtype(T, &type_int))
        return S;
    if (type_is_subtype(S, &type_int))
        return T;
    if (type_is_subtype(T, &fractions_type) && type_is_subtype(S, &type_float))
        return S;
    if (type_is_subtype(T, &type_float) && type_is_subtype(S, &fractions_type))
        return T;
    exc_raisef(&type_TypeError, "can't convert type '%s' to '%s'", class_name(T), class_name(S));
}

/* x as an exact ratio in q; false (with q untouched) for an infinity or NaN. */
static bool exact_ratio(Obj *x, mpq_t q)
{
    if (float_check(x)) {
        double d = float_value(x);
        if (!isfinite(d))
            return false;
        mpq_set_d(q, d);
        return true;
    }
    if (fractions_get_mpq(x, q))
        return true;
    Obj *ratio = obj_lookup_attr(x, str_intern_cstr("as_integer_ratio"));
    Obj *pair = NULL;
    if (ratio) {
        ExcJump j;
        EXC_TRY(j) {
            pair = obj_call0(ratio);
            exc_pop(&j);
        } else {
            if (obj_is(j.exc, &type_OverflowError) || obj_is(j.exc, &type_ValueError))
                return false;
            exc_raise(j.exc);
        }
    } else {
        Obj *n = obj_lookup_attr(x, str_intern_cstr("numerator"));
        Obj *d = obj_lookup_attr(x, str_intern_cstr("denominator"));
        if (!n || !d)
            exc_raisef(&type_TypeError, "can't convert type '%s' to numerator/denominator", obj_type_name(x));
        pair = tuple_pack(2, n, d);
    }
    int_get_mpz(obj_index(tuple_get(pair, 0)), mpq_numref(q));
    int_get_mpz(obj_index(tuple_get(pair, 1)), mpq_denref(q));
    mpq_canonicalize(q);
    return true;
}

typedef struct Sum {
    Obj *types;            /* the distinct types seen, in order */
    mpq_ptr sx, sxx;       /* in the collected heap: data can raise midway */        /* sum of values and, for variances, of squares */
    Obj *special;          /* float sum of the infinities and NaNs, or NULL */
    int64_t count;
} Sum;

static void sum_init(Sum *s)
{
    s->types = list_new(0);
    s->sx = fractions_temp();
    s->sxx = fractions_temp();
    s->special = NULL;
    s->count = 0;
}

static void sum_add(Sum *s, Obj *x, bool squares)
{
    budget_tick();
    Obj *t = (Obj *)TYPE(x);
    size_t i = 0;
    while (i < list_len(s->types) && list_get(s->types, i) != t)
        i++;
    if (i == list_len(s->types))
        list_append(s->types, t);
    mpq_ptr q = fractions_temp();
    s->count++;
    if (exact_ratio(x, q)) {
        mpq_add(s->sx, s->sx, q);
        if (squares) {
            mpq_mul(q, q, q);
            mpq_add(s->sxx, s->sxx, q);
        }
    } else {
        s->special = obj_binop(s->special ? s->special : small_new(0), x, OP_ADD);
    }
}

/* The type of the result, once every value has been read (CPython coerces after the sum). */
static Type *sum_type(Sum *s)
{
    Type *T = &type_int;
    for (size_t i = 0; i < list_len(s->types); i++)
        T = coerce(T, (Type *)list_get(s->types, i));
    return T;
}

/* _sum over an iterable. */
static void sum_iter(Sum *s, Obj *data, bool squares)
{
    Obj *it = obj_iter(data), *x;
    while ((x = obj_next(it)))
        sum_add(s, x, squares);
}

/* value (a Fraction or a float) as type T, as statistics._convert does it. */
static Obj *convert(Obj *value, Type *T)
{
    if (TYPE(value) == T)
        return value;
    if (fractions_check(value)) {
        FractionObj *f = (FractionObj *)value;
        if (type_is_subtype(T, &type_int)) {
            if (f->den != small_new(1))
                T = &type_float;
            else if (T == &type_int)
                return f->num;
        }
        if (T == &type_float)
            return int_binop(f->num, f->den, OP_TRUEDIV);
        volatile Obj *r = NULL;
        ExcJump j;
        EXC_TRY(j) {
            r = obj_call1((Obj *)T, value);
            exc_pop(&j);
        } else {
            if (!obj_is(j.exc, &type_TypeError) || !type_is_subtype(T, &decimal_type))
                exc_raise(j.exc);
            r = obj_binop(obj_call1((Obj *)T, f->num), obj_call1((Obj *)T, f->den), OP_TRUEDIV);
        }
        return (Obj *)r;
    }
    return obj_call1((Obj *)T, value);
}

/* The exact sum as a Fraction, or the float sum of the non-finite values. */
static Obj *sum_total(Sum *s) { return s->special ? s->special : fractions_from_mpq(s->sx); }

/* ---- means --------------------------------------------------------------------------------- */

static Obj *data_arg(const char *name, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return args[0];
}

static Obj *m_mean(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *data = data_arg("mean", args, nargs, kwnames);
    Sum s;
    sum_init(&s);
    sum_iter(&s, data, false);
    if (s.count < 1)
        stat_error("mean requires at least one data point");
    Obj *r = convert(obj_binop(sum_total(&s), int_from_i64(s.count), OP_TRUEDIV), sum_type(&s));
    return r;
}

/* The items of an iterable as doubles (float() of each, as fsum takes them). */
static double *doubles(Obj *data, size_t *n)
{
    Obj *l = list_from_iterable(data);
    double *v = gc_alloc_atomic((list_len(l) + 1) * sizeof *v);
    for (size_t i = 0; i < list_len(l); i++)
        v[i] = float_as_double(list_get(l, i));
    *n = list_len(l);
    return v;
}

static double fmean_of(Obj *data, Obj *weights)
{
    size_t n;
    double *v = doubles(data, &n);
    if (!weights || weights == None) {
        double total = math_fsum_doubles(v, n);
        if (!n)
            stat_error("fmean requires at least one data point");
        return total / (double)n;
    }
    Obj *d = list_from_iterable(data), *w = list_from_iterable(weights);
    size_t m = list_len(w) < list_len(d) ? list_len(w) : list_len(d);
    double *prod = gc_alloc_atomic((m + 1) * sizeof *prod);
    for (size_t i = 0; i < m; i++)
        prod[i] = float_as_double(obj_binop(list_get(d, i), list_get(w, i), OP_MUL));
    double num = math_fsum_doubles(prod, m);
    if (list_len(w) != n)
        stat_error("data and weights must be the same length");
    size_t nw;
    double *wv = doubles(w, &nw);
    double den = math_fsum_doubles(wv, nw);
    if (den == 0)
        stat_error("sum of weights must be non-zero");
    return num / den;
}

static Obj *m_fmean(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"data", "weights", NULL};
    Obj *a[2];
    args_parse("fmean", args, nargs, kwnames, names, 1, a);
    return float_new(fmean_of(a[0], a[1]));
}

static Obj *m_geometric_mean(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *data = data_arg("geometric_mean", args, nargs, kwnames);
    volatile double r = 0;
    ExcJump j;
    EXC_TRY(j) {
        Obj *logs = list_new(0), *it = obj_iter(data), *x;
        while ((x = obj_next(it)))
            list_append(logs, float_new(math_log(x)));
        r = exp(fmean_of(logs, NULL));
        exc_pop(&j);
    } else {
        if (!obj_is(j.exc, &type_ValueError))
            exc_raise(j.exc);
        stat_error("geometric mean requires a non-empty dataset containing positive numbers");
    }
    return float_new(r);
}

/* Raises when x < 0, as harmonic_mean's checks do. */
static void fail_neg(Obj *x)
{
    if (obj_lt(x, small_new(0)))
        stat_error("harmonic mean does not support negative values");
}

static Obj *m_harmonic_mean(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"data", "weights", NULL};
    Obj *a[2];
    args_parse("harmonic_mean", args, nargs, kwnames, names, 1, a);
    Obj *data = list_from_iterable(a[0]);
    size_t n = list_len(data);
    bool weighted = a[1] && a[1] != None;
    if (n < 1)
        stat_error("harmonic_mean requires at least one data point");
    if (n == 1 && !weighted) {
        Obj *x = list_get(data, 0);
        if (!int_check(x) && !float_check(x) && !fractions_check(x) && !obj_is(x, &decimal_type))
            exc_raisef(&type_TypeError, "unsupported type");
        fail_neg(x);
        return x;
    }
    Obj *weights, *sum_weights;
    if (!weighted) {
        weights = NULL;
        sum_weights = int_from_i64((int64_t)n);
    } else {
        weights = list_from_iterable(a[1]);
        if (list_len(weights) != n)
            stat_error("Number of weights does not match data size");
        Sum ws;
        sum_init(&ws);
        for (size_t i = 0; i < n; i++) {
            fail_neg(list_get(weights, i));
            sum_add(&ws, list_get(weights, i), false);
        }
        sum_weights = sum_total(&ws);
    }
    Sum s;
    sum_init(&s);
    for (size_t i = 0; i < n; i++) {
        Obj *x = list_get(data, i);
        fail_neg(x);
        volatile Obj *q = NULL;
        ExcJump j;
        EXC_TRY(j) {
            q = obj_binop(weights ? list_get(weights, i) : small_new(1), x, OP_TRUEDIV);
            exc_pop(&j);
        } else {
            if (!obj_is(j.exc, &type_ZeroDivisionError))
                exc_raise(j.exc);
            return small_new(0);
        }
        sum_add(&s, (Obj *)q, false);
    }
    Obj *total = sum_total(&s);
    Type *T = sum_type(&s);
    if (!obj_truth(obj_compare(total, small_new(0), CMP_GT)))
        stat_error("Weighted sum must be positive");
    return convert(obj_binop(sum_weights, total, OP_TRUEDIV), T);
}

/* ---- medians, modes, quantiles ------------------------------------------------------------ */

static Obj *sorted_data(Obj *data)
{
    Obj *l = list_from_iterable(data);
    list_sort(l, NULL, false);
    return l;
}

enum { MEDIAN, MEDIAN_LOW, MEDIAN_HIGH };

static Obj *median_kind(const char *name, Obj **args, int nargs, Obj *kwnames, int kind)
{
    Obj *d = sorted_data(data_arg(name, args, nargs, kwnames));
    size_t n = list_len(d);
    if (!n)
        stat_error("no median for empty data");
    if (n % 2 == 1)
        return list_get(d, n / 2);
    switch (kind) {
    case MEDIAN_LOW: return list_get(d, n / 2 - 1);
    case MEDIAN_HIGH: return list_get(d, n / 2);
    default: return obj_binop(obj_binop(list_get(d, n / 2 - 1), list_get(d, n / 2), OP_ADD), small_new(2), OP_TRUEDIV);
    }
}

static Obj *m_median(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return median_kind("median", args, nargs, kwnames, MEDIAN);
}

static Obj *m_median_low(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return median_kind("median_low", args, nargs, kwnames, MEDIAN_LOW);
}

static Obj *m_median_high(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return median_kind("median_high", args, nargs, kwnames, MEDIAN_HIGH);
}

/* float(o) for median_grouped, whose ValueError becomes a TypeError. */
static double grouped_float(Obj *o)
{
    volatile double d = 0;
    ExcJump j;
    EXC_TRY(j) {
        d = float_check(o) ? float_value(o) : float_value(obj_call1((Obj *)&type_float, o));
        exc_pop(&j);
    } else {
        if (!obj_is(j.exc, &type_ValueError))
            exc_raise(j.exc);
        exc_raisef(&type_TypeError, "Value cannot be converted to a float");
    }
    return d;
}

static Obj *m_median_grouped(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"data", "interval", NULL};
    Obj *a[2];
    args_parse("median_grouped", args, nargs, kwnames, names, 1, a);
    Obj *d = sorted_data(a[0]);
    size_t n = list_len(d);
    if (!n)
        stat_error("no median for empty data");
    Obj *x = list_get(d, n / 2);
    size_t i = 0, j;
    while (i < n && obj_lt(list_get(d, i), x))
        i++;
    j = i;
    while (j < n && !obj_lt(x, list_get(d, j)))
        j++;
    double interval = a[1] ? grouped_float(a[1]) : 1.0;
    double xf = grouped_float(x);
    double L = xf - interval / 2.0;
    return float_new(L + interval * ((double)n / 2 - (double)i) / (double)(j - i));
}

/* Counts in first-seen order. */
static Obj *tally(Obj *data)
{
    Obj *c = dict_new(), *it = obj_iter(data), *x;
    while ((x = obj_next(it))) {
        budget_tick();
        Obj *v = dict_get(c, x);
        dict_set(c, x, small_new(v ? small_value(v) + 1 : 1));
    }
    return c;
}

static Obj *m_mode(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *c = tally(data_arg("mode", args, nargs, kwnames));
    size_t pos = 0;
    Obj *k, *v, *best = NULL;
    intptr_t most = 0;
    while (dict_next(c, &pos, &k, &v))
        if (small_value(v) > most) {
            most = small_value(v);
            best = k;
        }
    if (!best)
        stat_error("no mode for empty data");
    return best;
}

static Obj *m_multimode(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *c = tally(data_arg("multimode", args, nargs, kwnames));
    size_t pos = 0;
    Obj *k, *v;
    intptr_t most = 0;
    while (dict_next(c, &pos, &k, &v))
        if (small_value(v) > most)
            most = small_value(v);
    Obj *out = list_new(0);
    pos = 0;
    while (dict_next(c, &pos, &k, &v))
        if (small_value(v) == most)
            list_append(out, k);
    return out;
}

/* (a * wa + b * wb) / n with the data's own arithmetic. */
static Obj *interpolate(Obj *a, int64_t wa, Obj *b, int64_t wb, int64_t n)
{
    Obj *s = obj_binop(obj_binop(a, int_from_i64(wa), OP_MUL), obj_binop(b, int_from_i64(wb), OP_MUL), OP_ADD);
    return obj_binop(s, int_from_i64(n), OP_TRUEDIV);
}

static Obj *m_quantiles(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs > 1)
        exc_raisef(&type_TypeError, "quantiles() takes 1 positional argument but %d were given", nargs);
    static const char *const names[] = {"data", "n", "method", NULL};
    Obj *a[3];
    args_parse("quantiles", args, nargs, kwnames, names, 1, a);
    int64_t n = a[1] ? obj_index_i64(a[1]) : 4;
    if (n < 1)
        stat_error("n must be at least 1");
    Obj *d = sorted_data(a[0]);
    int64_t ld = (int64_t)list_len(d);
    if (ld < 2)
        stat_error("must have at least two data points");
    const char *method = a[2] && str_check(a[2]) ? str_cstr(a[2]) : "exclusive";
    Obj *out = list_new((size_t)n);
    if (a[2] && !str_check(a[2]))
        exc_raisef(&type_ValueError, "Unknown method: %s", str_cstr(obj_repr(a[2])));
    if (strcmp(method, "inclusive") == 0) {
        int64_t m = ld - 1;
        for (int64_t i = 1; i < n; i++) {
            int64_t j = i * m / n, delta = i * m % n;
            list_append(out, interpolate(list_get(d, (size_t)j), n - delta, list_get(d, (size_t)j + 1), delta, n));
        }
        return out;
    }
    if (strcmp(method, "exclusive") != 0)
        exc_raisef(&type_ValueError, "Unknown method: %s", str_cstr(obj_repr(a[2])));
    int64_t m = ld + 1;
    for (int64_t i = 1; i < n; i++) {
        int64_t j = i * m / n;
        j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
        int64_t delta = i * m - j * n;
        list_append(out, interpolate(list_get(d, (size_t)j - 1), n - delta, list_get(d, (size_t)j), delta, n));
    }
    return out;
}

/* ---- variance and standard deviation ------------------------------------------------------ */

typedef struct SS {
    Type *T;
    Obj *ss;               /* sum of squared deviations: a Fraction, or a float when not finite */
    int64_t n;
} SS;

/* statistics._ss: the exact sum of squares of deviations from c, or from the exact mean. */
static SS sum_squares(Obj *data, Obj *c)
{
    SS r;
    Sum s;
    sum_init(&s);
    if (c && c != None) {
        Obj *it = obj_iter(data), *x;
        while ((x = obj_next(it))) {
            Obj *d = obj_binop(x, c, OP_SUB);
            sum_add(&s, obj_binop(d, d, OP_MUL), false);
        }
        r.ss = sum_total(&s);
    } else {
        sum_iter(&s, data, true);
        if (s.special) {
            r.ss = s.special;
        } else {
            /* (n * sxx - sx * sx) / n, exact */
            mpq_t t, u;
            mpq_inits(t, u, NULL);
            if (s.count) {
                mpq_set_si(u, s.count, 1);
                mpq_mul(t, s.sxx, u);
                mpq_mul(s.sx, s.sx, s.sx);
                mpq_sub(t, t, s.sx);
                mpq_div(t, t, u);
            }
            r.ss = fractions_from_mpq(t);
            mpq_clears(t, u, NULL);
        }
    }
    r.T = sum_type(&s);
    r.n = s.count;
    return r;
}

/* ss / (n - ddof) as a Fraction, or a float when not finite. */
static Obj *mean_square(SS *r, int ddof)
{
    return obj_binop(r->ss, int_from_i64(r->n - ddof), OP_TRUEDIV);
}

static Obj *variance_of(const char *name, Obj **args, int nargs, Obj *kwnames, int ddof, const char *argname)
{
    const char *const names[] = {"data", argname, NULL};
    Obj *a[2];
    args_parse(name, args, nargs, kwnames, names, 1, a);
    SS r = sum_squares(a[0], a[1]);
    if (r.n < 1 + ddof)
        stat_error(ddof ? (strcmp(name, "variance") == 0 ? "variance requires at least two data points"
                                                          : "stdev requires at least two data points")
                        : (strcmp(name, "pvariance") == 0 ? "pvariance requires at least one data point"
                                                           : "pstdev requires at least one data point"));
    return convert(mean_square(&r, ddof), r.T);
}

static Obj *m_variance(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return variance_of("variance", args, nargs, kwnames, 1, "xbar");
}

static Obj *m_pvariance(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return variance_of("pvariance", args, nargs, kwnames, 0, "mu");
}

/* sqrt(num / den) correctly rounded to a double: an integer square root carried to more bits
 * than a double holds, with a sticky bit for any remainder, then one rounding. */
static double sqrt_of_ratio(const mpz_t num, const mpz_t den)
{
    if (mpz_sgn(num) == 0)
        return 0.0;
    long shift = 2 * (110 - ((long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2)) / 2);
    mpz_t q, r, s;
    mpz_inits(q, r, s, NULL);
    if (shift >= 0)
        mpz_mul_2exp(q, num, (mp_bitcnt_t)shift);
    else
        mpz_tdiv_q_2exp(q, num, (mp_bitcnt_t)-shift);
    bool inexact = shift < 0 && !mpz_divisible_2exp_p(num, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, q, den);
    inexact = inexact || mpz_sgn(r) != 0;
    mpz_sqrtrem(s, r, q);
    inexact = inexact || mpz_sgn(r) != 0;
    mpz_mul_2exp(s, s, 1);
    if (inexact)
        mpz_add_ui(s, s, 1);
    mpfr_t f;
    mpfr_init2(f, 53);
    mpfr_set_z(f, s, MPFR_RNDN);
    mpfr_div_2si(f, f, shift / 2 + 1, MPFR_RNDN);
    double d = mpfr_get_d(f, MPFR_RNDN);
    mpfr_clear(f);
    mpz_clears(q, r, s, NULL);
    return d;
}

static Obj *stdev_of(const char *name, Obj **args, int nargs, Obj *kwnames, int ddof, const char *argname)
{
    const char *const names[] = {"data", argname, NULL};
    Obj *a[2];
    args_parse(name, args, nargs, kwnames, names, 1, a);
    SS r = sum_squares(a[0], a[1]);
    if (r.n < 1 + ddof)
        stat_error(ddof ? "stdev requires at least two data points" : "pstdev requires at least one data point");
    Obj *mss = mean_square(&r, ddof);
    if (!fractions_check(mss))
        exc_raisef(&type_AttributeError, "'%s' object has no attribute 'numerator'", obj_type_name(mss));
    if (type_is_subtype(r.T, &decimal_type))
        return obj_call_method(convert(mss, r.T), "sqrt", (Obj *[1]){NULL}, 0);
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    int_get_mpz(((FractionObj *)mss)->num, n);
    int_get_mpz(((FractionObj *)mss)->den, d);
    double v = sqrt_of_ratio(n, d);
    mpz_clears(n, d, NULL);
    return float_new(v);
}

static Obj *m_stdev(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return stdev_of("stdev", args, nargs, kwnames, 1, "xbar");
}

static Obj *m_pstdev(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return stdev_of("pstdev", args, nargs, kwnames, 0, "mu");
}

/* ---- two variables ----------------------------------------------------------------------- */

typedef struct Pairs {
    double *dx, *dy;       /* deviations from the means */
    double xbar, ybar;
    size_t n;
} Pairs;

/* The deviations of x and y from their fsum means, after CPython's length checks. */
static Pairs deviations(const char *what, Obj *xs, Obj *ys)
{
    Pairs p;
    size_t ny;
    double *x = doubles(xs, &p.n), *y = doubles(ys, &ny);
    if (ny != p.n)
        stat_error(str_cstr(str_printf("%s requires that both inputs have same number of data points", what)));
    if (p.n < 2)
        stat_error(str_cstr(str_printf("%s requires at least two data points", what)));
    p.xbar = math_fsum_doubles(x, p.n) / (double)p.n;
    p.ybar = math_fsum_doubles(y, p.n) / (double)p.n;
    p.dx = gc_alloc_atomic(p.n * sizeof(double));
    p.dy = gc_alloc_atomic(p.n * sizeof(double));
    for (size_t i = 0; i < p.n; i++) {
        p.dx[i] = x[i] - p.xbar;
        p.dy[i] = y[i] - p.ybar;
    }
    return p;
}

/* fsum of a[i] * b[i]. */
static double sum_products(const double *a, const double *b, size_t n)
{
    double *t = gc_alloc_atomic((n + 1) * sizeof(double));
    for (size_t i = 0; i < n; i++)
        t[i] = a[i] * b[i];
    return math_fsum_doubles(t, n);
}

static void two_args(const char *name, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
}

static Obj *m_covariance(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two_args("covariance", nargs, kwnames);
    Pairs p = deviations("covariance", args[0], args[1]);
    return float_new(sum_products(p.dx, p.dy, p.n) / (double)(p.n - 1));
}

static Obj *m_correlation(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two_args("correlation", nargs, kwnames);
    Pairs p = deviations("correlation", args[0], args[1]);
    double sxy = sum_products(p.dx, p.dy, p.n), sxx = sum_products(p.dx, p.dx, p.n),
           syy = sum_products(p.dy, p.dy, p.n);
    double den = sqrt(sxx * syy);
    if (den == 0)
        stat_error("at least one of the inputs is constant");
    return float_new(sxy / den);
}

static Obj *m_linear_regression(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs != 2)
        exc_raisef(&type_TypeError, "linear_regression() takes 2 positional arguments but %d were given", nargs);
    bool proportional = false;
    for (int k = 0; kwnames && k < (int)tuple_len(kwnames); k++) {
        if (strcmp(str_cstr(tuple_get(kwnames, (size_t)k)), "proportional") != 0)
            exc_raisef(&type_TypeError, "linear_regression() got an unexpected keyword argument '%s'",
                       str_cstr(tuple_get(kwnames, (size_t)k)));
        proportional = obj_truth(args[nargs + k]);
    }
    double slope, intercept;
    if (proportional) {
        size_t n, ny;
        double *x = doubles(args[0], &n), *y = doubles(args[1], &ny);
        if (ny != n)
            stat_error("linear regression requires that both inputs have same number of data points");
        if (n < 1)
            stat_error("linear regression requires at least one data point");
        double sxx = sum_products(x, x, n);
        if (sxx == 0)
            stat_error("x is constant");
        slope = sum_products(x, y, n) / sxx;
        intercept = 0.0;
    } else {
        Pairs p = deviations("linear regression", args[0], args[1]);
        double sxx = sum_products(p.dx, p.dx, p.n);
        if (sxx == 0)
            stat_error("x is constant");
        slope = sum_products(p.dx, p.dy, p.n) / sxx;
        intercept = p.ybar - slope * p.xbar;
    }
    if (!linear_regression_class)
        linear_regression_class = collections_namedtuple("LinearRegression", "slope intercept", NULL);
    Obj *a[2] = {float_new(slope), float_new(intercept)};
    return obj_call(linear_regression_class, a, 2, NULL);
}

/* ---- the module ------------------------------------------------------------------------------ */

Type statistics_error_type = {
    .base = {&type_type},
    .name = "StatisticsError",
    .module = "statistics",
    .base_type = &type_ValueError,
    .flags = TF_BASETYPE | TF_EXC,
    .basicsize = sizeof(ExcObj),
    .dictoffset = offsetof(ExcObj, dict),
};

static void statistics_init(Obj *m)
{
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"mean", m_mean}, {"fmean", m_fmean}, {"geometric_mean", m_geometric_mean},
        {"harmonic_mean", m_harmonic_mean}, {"median", m_median}, {"median_low", m_median_low},
        {"median_high", m_median_high}, {"median_grouped", m_median_grouped}, {"mode", m_mode},
        {"multimode", m_multimode}, {"quantiles", m_quantiles}, {"variance", m_variance},
        {"pvariance", m_pvariance}, {"stdev", m_stdev}, {"pstdev", m_pstdev}, {"covariance", m_covariance},
        {"correlation", m_correlation}, {"linear_regression", m_linear_regression},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add_function(m, fns[i].name, fns[i].fn);
    type_ready(&statistics_error_type);
    module_add(m, "StatisticsError", (Obj *)&statistics_error_type);
}

/* The LinearRegression class of an earlier request is gone with its heap. */
static void statistics_fresh(Obj *m)
{
    (void)m;
    linear_regression_class = NULL;
}

const ModuleDef statistics_module = {"statistics", statistics_init, statistics_fresh};

/* runtime/lang/float.c — float and complex: IEEE doubles with CPython's arithmetic corner cases,
 * its shortest round-trip repr, its hash, round() and its parsing. */
#include "runtime/lang/float.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/bytes.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/str.h"
#include "runtime/lang/strfmt.h"
#include "runtime/lang/tuple.h"

Obj *float_new(double v)
{
    FloatObj *f = gc_alloc_atomic(sizeof(FloatObj));
    f->base.type = &type_float;
    f->v = v;
    return (Obj *)f;
}

Obj *complex_new(double re, double im)
{
    ComplexObj *c = gc_alloc_atomic(sizeof(ComplexObj));
    c->base.type = &type_complex;
    c->re = re;
    c->im = im;
    return (Obj *)c;
}

/* ---- fixed-point digits ------------------------------------------------------------------ */

static const uint64_t pow10_u64[19] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
    1000000000000000000ULL,
};

/* 10**k as a double for -4 <= k <= 15 (exact for k >= 0). */
static double pow10_double(int k) { return k >= 0 ? (double)pow10_u64[k] : 1.0 / (double)pow10_u64[-k]; }

/* q = |v| * 10**n rounded half to even, computed exactly: |v| = m * 2**-s with m < 2**53, so
 * m * 10**n fits in 128 bits. False when v or the result is out of this fast range. */
static bool scaled_round(double v, int n, uint64_t *q)
{
    if (!isfinite(v) || n < 0 || n > 18)
        return false;
    v = fabs(v);
    if (v == 0) {
        *q = 0;
        return true;
    }
    int e;
    uint64_t m = (uint64_t)ldexp(frexp(v, &e), 53);
    int s = 53 - e;
    if (s <= 0 || s > 120)
        return false;
    unsigned __int128 p = (unsigned __int128)m * pow10_u64[n];
    unsigned __int128 r = p & (((unsigned __int128)1 << s) - 1), half = (unsigned __int128)1 << (s - 1);
    p >>= s;
    if (r > half || (r == half && (p & 1)))
        p++;
    if (p >> 63)
        return false;
    *q = (uint64_t)p;
    return true;
}

int float_format_fixed(double v, int prec, char *out)
{
    uint64_t q;
    if (!scaled_round(v, prec, &q))
        return -1;
    uint64_t ip = q / pow10_u64[prec], fp = q % pow10_u64[prec];
    if (prec == 0)
        return sprintf(out, "%llu", (unsigned long long)ip);
    return sprintf(out, "%llu.%0*llu", (unsigned long long)ip, prec, (unsigned long long)fp);
}

/* ---- shortest digits ---------------------------------------------------------------------- */

static bool round_trips(double v, int p, char *buf)
{
    snprintf(buf, 40, "%.*e", p - 1, v);
    return strtod(buf, NULL) == v;
}

/* Splits "d.ddde+XX" into its digits and the decimal point position. */
static int split_digits(const char *buf, char *digits, int *decpt)
{
    int n = 0;
    const char *p = buf;
    for (; *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    *decpt = atoi(p + 1) + 1;
    return n;
}

/* The p-digit decimal just above the correctly rounded one round-trips: needed when v is a power
 * of two, whose rounding interval is narrower below than above. */
static bool upper_neighbor(double v, int p, char *digits, int *decpt)
{
    char buf[40], tmp[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    int n = split_digits(buf, digits, decpt);
    int i = n - 1;
    while (i >= 0 && digits[i] == '9')
        digits[i--] = '0';
    if (i < 0) {
        digits[0] = '1';
        (*decpt)++;
    } else {
        digits[i]++;
    }
    snprintf(tmp, sizeof tmp, "%c.%.*se%d", digits[0], n - 1, digits + 1, *decpt - 1);
    return strtod(tmp, NULL) == v;
}

/* Every decimal of at most 15 digits survives decimal -> double -> decimal (DBL_DIG) for normal
 * doubles, so when the 15-digit rounding of v reads back as v, it is the shortest form padded with
 * zeros. Otherwise the 16-digit rounding, else 17 digits, which always read back; the exception is a
 * power of two, whose rounding interval is narrower below: a 16-digit decimal just above may read
 * back. Subnormals have fewer digits: the shortest rounding that reads back is searched for. */
static int float_shortest_digits(double v, char *digits, int *decpt)
{
    char buf[40];
    v = fabs(v);
    int n;
    uint64_t q;
    int e10 = 15;
    if (v >= 1e-4 && v < 1e15) {
        /* 15 significant digits by exact integer arithmetic, when they read back as v. */
        while (e10 > -3 && v < pow10_double(e10 - 1))
            e10--;
        int prec = 15 - e10;
        if (prec <= 18 && scaled_round(v, prec, &q) && q >= pow10_u64[14] && q < pow10_u64[15] &&
            (double)q / (double)pow10_u64[prec] == v) {
            n = sprintf(digits, "%llu", (unsigned long long)q);
            *decpt = e10;
            while (n > 1 && digits[n - 1] == '0')
                n--;
            digits[n] = 0;
            return n;
        }
    }
    if (v < DBL_MIN) {
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trips(v, mid, buf))
                hi = mid;
            else
                lo = mid + 1;
        }
        round_trips(v, lo, buf);
        n = split_digits(buf, digits, decpt);
    } else if (round_trips(v, 15, buf) || round_trips(v, 16, buf)) {
        n = split_digits(buf, digits, decpt);
    } else {
        int e;
        if (frexp(v, &e) == 0.5 && upper_neighbor(v, 16, digits, decpt)) {
            n = 16;
        } else {
            snprintf(buf, sizeof buf, "%.16e", v);
            n = split_digits(buf, digits, decpt);
        }
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    return n;
}

static int float_layout(const char *digits, int n, int decpt, bool neg, bool dot0, char *out)
{
    char *o = out;
    if (neg)
        *o++ = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -decpt; i++)
                *o++ = '0';
            memcpy(o, digits, (size_t)n);
            o += n;
        } else if (decpt < n) {
            memcpy(o, digits, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(n - decpt));
            o += n - decpt;
        } else {
            memcpy(o, digits, (size_t)n);
            o += n;
            for (int i = n; i < decpt; i++)
                *o++ = '0';
            if (dot0) {
                *o++ = '.';
                *o++ = '0';
            }
        }
    } else {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)(n - 1));
            o += n - 1;
        }
        o += sprintf(o, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
    *o = 0;
    return (int)(o - out);
}

/* repr of a double; dot0 adds ".0" to integral values in fixed notation (float, not complex). */
static int repr_double(double v, char *out, bool dot0)
{
    if (isnan(v))
        return (int)(strcpy(out, "nan"), 3);
    if (isinf(v))
        return v > 0 ? (int)(strcpy(out, "inf"), 3) : (int)(strcpy(out, "-inf"), 4);
    if (v == 0) {
        const char *z = signbit(v) ? (dot0 ? "-0.0" : "-0") : (dot0 ? "0.0" : "0");
        strcpy(out, z);
        return (int)strlen(z);
    }
    char digits[24];
    int decpt;
    int n = float_shortest_digits(v, digits, &decpt);
    return float_layout(digits, n, decpt, v < 0, dot0, out);
}

int float_repr_buf(double v, char *out) { return repr_double(v, out, true); }

static Obj *float_repr(Obj *o)
{
    char buf[40];
    int n = float_repr_buf(float_value(o), buf);
    return str_new(buf, (size_t)n);
}

/* ---- parsing ------------------------------------------------------------------------------- */

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Parses a float literal (no surrounding space) in [p, end); false when it is not one. Underscores
 * must sit between digits. */
static bool parse_double(const char *p, const char *end, double *out)
{
    size_t n = (size_t)(end - p);
    if (n == 0)
        return false;
    char *clean = gc_alloc_atomic(n + 1);
    size_t k = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 == end || !(q[-1] >= '0' && q[-1] <= '9') || !(q[1] >= '0' && q[1] <= '9'))
                return false;
            continue;
        }
        clean[k++] = *q;
    }
    clean[k] = 0;
    const char *s = clean;
    bool neg = false;
    if (*s == '+' || *s == '-')
        neg = *s++ == '-';
    if (!strcasecmp(s, "inf") || !strcasecmp(s, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (!strcasecmp(s, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    /* Only decimal forms: digits, point, exponent (strtod would also take hex and "infin"). */
    const char *q = s;
    bool digits = false;
    while (*q >= '0' && *q <= '9')
        q++, digits = true;
    if (*q == '.')
        for (q++; *q >= '0' && *q <= '9'; q++)
            digits = true;
    if (!digits)
        return false;
    if (*q == 'e' || *q == 'E') {
        q++;
        if (*q == '+' || *q == '-')
            q++;
        if (!(*q >= '0' && *q <= '9'))
            return false;
        while (*q >= '0' && *q <= '9')
            q++;
    }
    if (*q)
        return false;
    *out = strtod(clean, NULL);
    return true;
}

Obj *float_from_text(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    double v;
    if (!parse_double(p, end, &v))
        exc_raisef(&type_ValueError, "could not convert string to float: %s", str_cstr(str_repr(str_new(s, len))));
    return float_new(v);
}

double float_as_double(Obj *o)
{
    if (float_check(o))
        return float_value(o);
    if (int_check(o))
        return int_to_double(o);
    return obj_to_double(o);
}

/* ---- hashing ------------------------------------------------------------------------------- */

static int64_t float_hash(double v)
{
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(fabs(v), &e);
    /* |v| = mant * 2**(e-53) with an integral 53-bit mant. */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    long exp = e - 53;
    uint64_t h = mant % INT_HASH_MODULUS;
    long r = exp % 61;
    if (r < 0)
        r += 61;
    h = ((h << r) & INT_HASH_MODULUS) | (h >> (61 - r));
    if (h >= INT_HASH_MODULUS)
        h -= INT_HASH_MODULUS;
    int64_t s = v < 0 ? -(int64_t)h : (int64_t)h;
    return s == -1 ? -2 : s;
}

static int64_t float_hash_slot(Obj *o)
{
    double v = float_value(o);
    if (isnan(v))
        return (int64_t)((uintptr_t)o >> 4);
    return float_hash(v);
}

/* ---- arithmetic ---------------------------------------------------------------------------- */

/* The double value of a float or int operand; false for other types. */
static bool operand(Obj *o, double *v)
{
    if (float_check(o)) {
        *v = float_value(o);
        return true;
    }
    if (int_check(o)) {
        *v = int_to_double(o);
        return true;
    }
    return false;
}

static double float_mod(double x, double y, double *div)
{
    double mod = fmod(x, y);
    double d = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            d -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fd;
    if (d) {
        fd = floor(d);
        if (d - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *div = fd;
    return mod;
}

static Obj *complex_pow_values(double ar, double ai, double br, double bi);

static Obj *float_pow(double x, double y)
{
    if (y == 0)
        return float_new(1.0);
    if (isnan(x))
        return float_new(x == 1.0 ? 1.0 : x);
    if (isnan(y))
        return float_new(x == 1.0 ? 1.0 : y);
    if (x == 0 && y < 0 && !isinf(y))
        exc_raisef(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y))
        return complex_pow_values(x, 0, y, 0);
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        exc_raisef(&type_OverflowError, "(34, 'Numerical result out of range')");
    return float_new(r);
}

static Obj *float_binop(Obj *a, Obj *b, int op)
{
    double x, y;
    if (!operand(a, &x) || !operand(b, &y))
        return NotImplemented;
    double d;
    switch (OP_BASE(op)) {
    case OP_ADD: return float_new(x + y);
    case OP_SUB: return float_new(x - y);
    case OP_MUL: return float_new(x * y);
    case OP_TRUEDIV:
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "float division by zero");
        return float_new(x / y);
    case OP_FLOORDIV:
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "float floor division by zero");
        float_mod(x, y, &d);
        return float_new(d);
    case OP_MOD:
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "float modulo");
        return float_new(float_mod(x, y, &d));
    case OP_DIVMOD: {
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "float divmod()");
        double m = float_mod(x, y, &d);
        return tuple_pack(2, float_new(d), float_new(m));
    }
    case OP_POW: return float_pow(x, y);
    default: return NotImplemented;
    }
}

static Obj *float_unop(Obj *a, int op)
{
    double v = float_value(a);
    switch (op) {
    case UNARY_NEG: return float_new(-v);
    case UNARY_POS: return TYPE(a) == &type_float ? a : float_new(v);
    case UNARY_ABS: return float_new(fabs(v));
    default: return NotImplemented;
    }
}

/* Compares a double with an int exactly (2**53 + 1 != 2.0**53). */
static int compare_double_int(double d, Obj *n)
{
    int64_t small;
    if (int_get_i64(n, &small) && small > -(1LL << 53) && small < (1LL << 53))
        return (d > (double)small) - (d < (double)small);
    if (isinf(d))
        return d > 0 ? 1 : -1;
    double f = floor(d);
    mpz_t a, b;
    mpz_init_set_d(a, f);
    mpz_init(b);
    int_get_mpz(n, b);
    int c = mpz_cmp(a, b);
    mpz_clears(a, b, NULL);
    if (c)
        return c > 0 ? 1 : -1;
    return d > f;
}

static Obj *float_compare(Obj *a, Obj *b, int op)
{
    if (!float_check(a))
        return NotImplemented;
    double x = float_value(a);
    if (float_check(b)) {
        double y = float_value(b);
        switch (op) {
        case CMP_LT: return bool_from(x < y);
        case CMP_LE: return bool_from(x <= y);
        case CMP_EQ: return bool_from(x == y);
        case CMP_NE: return bool_from(x != y);
        case CMP_GT: return bool_from(x > y);
        default: return bool_from(x >= y);
        }
    }
    if (!int_check(b))
        return NotImplemented;
    if (isnan(x))
        return bool_from(op == CMP_NE);
    return bool_from(int_cmp_holds(compare_double_int(x, b), op));
}

/* round(x, nd) correctly rounded, ties to even on the exact binary value, as CPython. */
static Obj *float_round(double x, Obj *nd)
{
    if (!nd || nd == None) {
        double r = nearbyint(x);
        return int_from_double(isnan(x) || isinf(x) ? x : r);
    }
    int64_t n = obj_index_i64(nd);
    if (!isfinite(x) || x == 0)
        return float_new(x);
    if (n > 323)
        return float_new(x);
    if (n < -308)
        return float_new(0.0 * x);
    double r;
    uint64_t q;
    if (scaled_round(x, (int)n, &q) && q < (1ULL << 53)) {
        /* q and 10**n are exact doubles: one correctly rounded division. */
        r = copysign((double)q / (double)pow10_u64[n], x);
    } else if (n >= 0) {
        char *buf = gc_alloc_atomic(360 + (size_t)n);
        snprintf(buf, 360 + (size_t)n, "%.*f", (int)n, x);
        r = strtod(buf, NULL);
    } else {
        /* Exact rational arithmetic: x / 10**-n, rounded half to even, times 10**-n. */
        mpq_t q;
        mpz_t p, i, rem, twice;
        mpq_init(q);
        mpz_inits(p, i, rem, twice, NULL);
        mpq_set_d(q, x);
        mpz_ui_pow_ui(p, 10, (unsigned long)-n);
        mpz_mul(mpq_denref(q), mpq_denref(q), p);
        mpz_fdiv_qr(i, rem, mpq_numref(q), mpq_denref(q));
        mpz_mul_2exp(twice, rem, 1);
        int c = mpz_cmp(twice, mpq_denref(q));
        if (c > 0 || (c == 0 && mpz_odd_p(i)))
            mpz_add_ui(i, i, 1);
        mpz_mul(i, i, p);
        r = mpz_sizeinbase(i, 2) > 1024 ? INFINITY : int_to_double(int_from_mpz(i));
        mpq_clear(q);
        mpz_clears(p, i, rem, twice, NULL);
        if (r == 0)
            r = copysign(0.0, x);
    }
    if (isinf(r))
        exc_raisef(&type_OverflowError, "rounded value too large to represent");
    return float_new(r);
}

static Obj *float_convert(Obj *self, int conv, Obj *arg)
{
    double v = float_value(self);
    switch (conv) {
    case CONV_INT:
    case CONV_TRUNC: return int_from_double(v);
    case CONV_FLOOR: return int_from_double(isfinite(v) ? floor(v) : v);
    case CONV_CEIL: return int_from_double(isfinite(v) ? ceil(v) : v);
    case CONV_FLOAT: return TYPE(self) == &type_float ? self : float_new(v);
    case CONV_COMPLEX: return complex_new(v, 0.0);
    case CONV_ROUND: return float_round(v, arg);
    default: return NULL;
    }
}

static bool float_truth(Obj *o) { return float_value(o) != 0; }

static Obj *float_format(Obj *o, Obj *spec) { return strfmt_float(float_value(o), spec); }

static Obj *float_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("float", kwnames);
    args_count("float", nargs, 0, 1);
    double v = 0.0;
    if (nargs) {
        Obj *x = args[0];
        if (str_check(x))
            v = float_value(float_from_text(str_cstr(x), str_bytes(x)));
        else if (bytes_check(x))
            v = float_value(float_from_text(bytes_data(x), bytes_len(x)));
        else if (float_check(x) || int_check(x))
            v = float_as_double(x);
        else if (TYPE(x)->convert && (TYPE(x)->convert(x, CONV_FLOAT, NULL) ||
                                      TYPE(x)->convert(x, CONV_INDEX, NULL)))
            v = obj_to_double(x);
        else
            exc_raisef(&type_TypeError, "float() argument must be a string or a real number, not '%s'",
                       obj_type_name(x));
    }
    if (type == &type_float)
        return float_new(v);
    FloatObj *f = gc_alloc(type->basicsize);
    f->base.type = type;
    f->v = v;
    return (Obj *)f;
}

static Obj *m_is_integer(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("float.is_integer", kwnames);
    args_count("float.is_integer", nargs, 0, 0);
    double v = float_value(self);
    return bool_from(isfinite(v) && v == floor(v));
}

static Obj *m_as_integer_ratio(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("float.as_integer_ratio", kwnames);
    args_count("float.as_integer_ratio", nargs, 0, 0);
    double v = float_value(self);
    if (isnan(v))
        exc_raisef(&type_ValueError, "cannot convert NaN to integer ratio");
    if (isinf(v))
        exc_raisef(&type_OverflowError, "cannot convert Infinity to integer ratio");
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, v);
    Obj *r = tuple_pack(2, int_from_mpz(mpq_numref(q)), int_from_mpz(mpq_denref(q)));
    mpq_clear(q);
    return r;
}

static Obj *m_hex(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("float.hex", kwnames);
    args_count("float.hex", nargs, 0, 0);
    double v = float_value(self);
    if (!isfinite(v) || v == 0) {
        char buf[40];
        int n = float_repr_buf(v, buf);
        return str_new(buf, (size_t)n);
    }
    int e;
    double m = frexp(fabs(v), &e);
    /* CPython's layout: 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022. */
    uint64_t bits;
    int exp;
    if (e - 1 < -1022) {
        bits = (uint64_t)ldexp(fabs(v), 1074);
        exp = -1022;
        return str_printf("%s0x0.%013llxp%d", v < 0 ? "-" : "", (unsigned long long)bits, exp);
    }
    bits = (uint64_t)ldexp(m, 53) & ((1ULL << 52) - 1);
    exp = e - 1;
    return str_printf("%s0x1.%013llxp%+d", v < 0 ? "-" : "", (unsigned long long)bits, exp);
}

static Obj *m_fromhex(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("float.fromhex", kwnames);
    args_count("float.fromhex", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "must be str, not %s", obj_type_name(args[0]));
    const char *s = str_cstr(args[0]);
    while (is_space((unsigned char)*s))
        s++;
    char *end;
    double v = strtod(s, &end);
    while (is_space((unsigned char)*end))
        end++;
    if (*end || end == s)
        exc_raisef(&type_ValueError, "invalid hexadecimal floating-point string");
    Obj *f = float_new(v);
    return (Type *)cls == &type_float ? f : obj_call1(cls, f);
}

static Obj *m_conjugate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("float.conjugate", kwnames);
    args_count("float.conjugate", nargs, 0, 0);
    return float_new(float_value(self));
}

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"hex", m_hex, 0},
    {"fromhex", m_fromhex, METH_CLASS},
    {"conjugate", m_conjugate, 0},
    {NULL, NULL, 0},
};

static Obj *get_real(Obj *self) { return float_new(float_value(self)); }
static Obj *get_imag(Obj *self) { (void)self; return float_new(0.0); }

static const GetSetDef float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_float = {
    .base = {&type_type},
    .name = "float",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .basicsize = sizeof(FloatObj),
    .new = float_new_slot,
    .repr = float_repr,
    .hash = float_hash_slot,
    .compare = float_compare,
    .binop = float_binop,
    .unop = float_unop,
    .convert = float_convert,
    .format = float_format,
    .truth = float_truth,
    .getattr = obj_generic_getattr,
    .methods = float_methods,
    .getsets = float_getsets,
};

/* ---- complex ------------------------------------------------------------------------------ */

static bool complex_operand(Obj *o, double *re, double *im)
{
    if (!is_small(o) && obj_is(o, &type_complex)) {
        *re = ((ComplexObj *)o)->re;
        *im = ((ComplexObj *)o)->im;
        return true;
    }
    *im = 0.0;
    return operand(o, re);
}

static void complex_div(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    if (br == 0 && bi == 0)
        exc_raisef(&type_ZeroDivisionError, "complex division by zero");
    /* Smith's algorithm, as CPython. */
    double abs_br = fabs(br), abs_bi = fabs(bi);
    if (abs_br >= abs_bi) {
        double ratio = bi / br, denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        *rr = *ri = NAN;
    }
}

static void complex_mul(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    *rr = ar * br - ai * bi;
    *ri = ar * bi + ai * br;
}

static Obj *complex_pow_values(double ar, double ai, double br, double bi)
{
    double rr, ri;
    if (br == 0 && bi == 0)
        return complex_new(1.0, 0.0);
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0)
            exc_raisef(&type_ZeroDivisionError, "0.0 to a negative or complex power");
        return complex_new(0.0, 0.0);
    }
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        /* Integral exponents by repeated squaring, like CPython's c_powi. */
        long n = (long)br;
        long k = n < 0 ? -n : n;
        double xr = 1, xi = 0, pr = ar, pi = ai;
        while (k) {
            if (k & 1)
                complex_mul(xr, xi, pr, pi, &xr, &xi);
            complex_mul(pr, pi, pr, pi, &pr, &pi);
            k >>= 1;
        }
        if (n < 0)
            complex_div(1, 0, xr, xi, &xr, &xi);
        rr = xr;
        ri = xi;
    } else {
        double vabs = hypot(ar, ai);
        double len = pow(vabs, br);
        double at = atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        rr = len * cos(phase);
        ri = len * sin(phase);
    }
    if ((isinf(rr) || isinf(ri)) && isfinite(ar) && isfinite(ai))
        exc_raisef(&type_OverflowError, "complex exponentiation");
    return complex_new(rr, ri);
}

static Obj *complex_binop(Obj *a, Obj *b, int op)
{
    double ar, ai, br, bi, rr, ri;
    if (!complex_operand(a, &ar, &ai) || !complex_operand(b, &br, &bi))
        return NotImplemented;
    switch (OP_BASE(op)) {
    case OP_ADD: return complex_new(ar + br, ai + bi);
    case OP_SUB: return complex_new(ar - br, ai - bi);
    case OP_MUL:
        complex_mul(ar, ai, br, bi, &rr, &ri);
        return complex_new(rr, ri);
    case OP_TRUEDIV:
        complex_div(ar, ai, br, bi, &rr, &ri);
        return complex_new(rr, ri);
    case OP_POW: return complex_pow_values(ar, ai, br, bi);
    default: return NotImplemented;
    }
}

static Obj *complex_unop(Obj *a, int op)
{
    ComplexObj *c = (ComplexObj *)a;
    switch (op) {
    case UNARY_NEG: return complex_new(-c->re, -c->im);
    case UNARY_POS: return complex_new(c->re, c->im);
    case UNARY_ABS: {
        double r = hypot(c->re, c->im);
        if (isinf(r) && isfinite(c->re) && isfinite(c->im))
            exc_raisef(&type_OverflowError, "absolute value too large");
        return float_new(r);
    }
    default: return NotImplemented;
    }
}

static Obj *complex_compare(Obj *a, Obj *b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return NotImplemented;
    ComplexObj *c = (ComplexObj *)a;
    bool eq;
    if (!is_small(b) && obj_is(b, &type_complex))
        eq = c->re == ((ComplexObj *)b)->re && c->im == ((ComplexObj *)b)->im;
    else if (float_check(b))
        eq = c->im == 0 && c->re == float_value(b);
    else if (int_check(b))
        eq = c->im == 0 && !isnan(c->re) && compare_double_int(c->re, b) == 0;
    else
        return NotImplemented;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t complex_hash(Obj *o)
{
    ComplexObj *c = (ComplexObj *)o;
    uint64_t h = (uint64_t)float_hash(c->re) + 1000003ULL * (uint64_t)float_hash(c->im);
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static Obj *complex_repr(Obj *o)
{
    ComplexObj *c = (ComplexObj *)o;
    char re[40], im[40];
    repr_double(c->im, im, false);
    if (c->re == 0 && !signbit(c->re))
        return str_printf("%sj", im);
    repr_double(c->re, re, false);
    return str_printf("(%s%s%sj)", re, im[0] == '-' ? "" : "+", im);
}

static bool complex_truth(Obj *o) { return ((ComplexObj *)o)->re != 0 || ((ComplexObj *)o)->im != 0; }

/* complex('1+2j'), complex(' 3.5 '), complex('-j'). */
static Obj *complex_from_text(Obj *s)
{
    const char *p = str_cstr(s), *end = p + str_bytes(s);
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    if (end - p >= 2 && *p == '(' && end[-1] == ')') {
        p++, end--;
        while (p < end && is_space((unsigned char)*p))
            p++;
        while (end > p && is_space((unsigned char)end[-1]))
            end--;
    }
    double re = 0, im = 0;
    bool ok = false;
    if (p < end && (end[-1] == 'j' || end[-1] == 'J')) {
        const char *e = end - 1;
        /* Split at the last sign that is not part of an exponent. */
        const char *split = p;
        for (const char *q = e - 1; q > p; q--)
            if ((*q == '+' || *q == '-') && q[-1] != 'e' && q[-1] != 'E') {
                split = q;
                break;
            }
        const char *ip = split;
        if (split == p || parse_double(p, split, &re)) {
            if (ip == e || ((ip + 1 == e) && (*ip == '+' || *ip == '-'))) {
                im = ip + 1 == e && *ip == '-' ? -1.0 : 1.0;
                ok = true;
            } else {
                ok = parse_double(ip, e, &im);
            }
            if (split == p)
                re = 0;
        }
    } else {
        ok = parse_double(p, end, &re);
    }
    if (!ok)
        exc_raisef(&type_ValueError, "complex() arg is a malformed string");
    return complex_new(re, im);
}

static Obj *complex_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    Obj *a[2];
    (void)type;
    args_parse("complex", args, nargs, kwnames, names, 0, a);
    if (!a[0])
        return complex_new(0.0, a[1] ? float_as_double(a[1]) : 0.0);
    if (str_check(a[0])) {
        if (a[1])
            exc_raisef(&type_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_text(a[0]);
    }
    double rr, ri, ir = 0, ii = 0;
    bool r_complex = !is_small(a[0]) && obj_is(a[0], &type_complex);
    if (!complex_operand(a[0], &rr, &ri)) {
        Obj *c = TYPE(a[0])->convert ? TYPE(a[0])->convert(a[0], CONV_COMPLEX, NULL) : NULL;
        if (!c) {
            if (TYPE(a[0])->convert && TYPE(a[0])->convert(a[0], CONV_FLOAT, NULL))
                c = float_new(obj_to_double(a[0]));
            else
                exc_raisef(&type_TypeError, "complex() first argument must be a string or a number, not '%s'",
                           obj_type_name(a[0]));
        }
        complex_operand(c, &rr, &ri);
        r_complex = true;
    }
    if (a[1]) {
        if (str_check(a[1]))
            exc_raisef(&type_TypeError, "complex() second arg can't be a string");
        if (!complex_operand(a[1], &ir, &ii))
            exc_raisef(&type_TypeError, "complex() second argument must be a number, not '%s'", obj_type_name(a[1]));
    }
    /* As CPython: the imaginary parts only add when they come from complex arguments. */
    return complex_new(rr - ii, a[1] ? (r_complex ? ir + ri : ir) : ri);
}

static Obj *m_complex_conjugate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("complex.conjugate", kwnames);
    args_count("complex.conjugate", nargs, 0, 0);
    return complex_new(((ComplexObj *)self)->re, -((ComplexObj *)self)->im);
}

static const MethodDef complex_methods[] = {
    {"conjugate", m_complex_conjugate, 0},
    {NULL, NULL, 0},
};

static Obj *complex_real(Obj *self) { return float_new(((ComplexObj *)self)->re); }
static Obj *complex_imag(Obj *self) { return float_new(((ComplexObj *)self)->im); }

static const GetSetDef complex_getsets[] = {
    {"real", complex_real, NULL},
    {"imag", complex_imag, NULL},
    {NULL, NULL, NULL},
};

static Obj *complex_format(Obj *o, Obj *spec)
{
    return strfmt_complex(((ComplexObj *)o)->re, ((ComplexObj *)o)->im, spec);
}

static Obj *complex_convert(Obj *self, int conv, Obj *arg)
{
    (void)arg;
    return conv == CONV_COMPLEX ? self : NULL;
}

Type type_complex = {
    .base = {&type_type},
    .name = "complex",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .basicsize = sizeof(ComplexObj),
    .new = complex_new_slot,
    .repr = complex_repr,
    .hash = complex_hash,
    .compare = complex_compare,
    .binop = complex_binop,
    .unop = complex_unop,
    .convert = complex_convert,
    .format = complex_format,
    .truth = complex_truth,
    .getattr = obj_generic_getattr,
    .methods = complex_methods,
    .getsets = complex_getsets,
};

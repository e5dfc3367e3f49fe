/* runtime/modules/decimal.c — the `decimal` module (see decimal.h).
 *
 * A finite Decimal is (sign, coefficient, exponent) with the coefficient a non-negative int
 * object, so the arithmetic below is exact int arithmetic followed by one rounding to the
 * context's precision, as the specification defines each operation. Division carries a sticky
 * digit so that one rounding of the truncated quotient is correct. sqrt is exact integer square
 * root work; exp, ln and powers with fractional exponents go through MPFR with guard digits. */
#include "runtime/modules/decimal.h"

#include <ctype.h>
#include <gmp.h>
#include <math.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>

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
#include "runtime/modules/fractions.h"

enum { K_FINITE, K_INF, K_QNAN, K_SNAN };

typedef struct DecObj {
    Obj base;
    int sign;              /* 1: negative */
    int kind;
    Obj *coef;             /* non-negative int; 0 for specials */
    int64_t exp;
} DecObj;

enum { R_HALF_EVEN, R_HALF_UP, R_HALF_DOWN, R_UP, R_DOWN, R_CEILING, R_FLOOR, R_05UP, R_COUNT };
static const char *const rounding_names[R_COUNT] = {"ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN",
                                                    "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
                                                    "ROUND_05UP"};

typedef struct ContextObj {
    Obj base;
    int64_t prec, emax, emin;
    int rounding, capitals, clamp;
} ContextObj;

static Type context_type, localcontext_type;
#define dec_type decimal_type
static ContextObj *current;        /* this request's context */

static DecObj *D(Obj *o) { return (DecObj *)o; }
static bool is_dec(Obj *o) { return !is_small(o) && obj_is(o, &dec_type); }

/* ---- signals ------------------------------------------------------------------------------------ */

#define SIGNAL(var, pyname, parent)                                                                      \
    static Type var = {.base = {&type_type}, .name = pyname, .module = "decimal", .base_type = parent,      \
                       .flags = TF_BASETYPE | TF_EXC, .basicsize = sizeof(ExcObj),                           \
                       .dictoffset = offsetof(ExcObj, dict)}
SIGNAL(decimal_exception, "DecimalException", &type_ArithmeticError);
SIGNAL(invalid_operation, "InvalidOperation", &decimal_exception);
SIGNAL(conversion_syntax, "ConversionSyntax", &invalid_operation);
SIGNAL(division_impossible, "DivisionImpossible", &invalid_operation);
SIGNAL(division_undefined, "DivisionUndefined", &invalid_operation);
SIGNAL(division_by_zero, "DivisionByZero", &decimal_exception);
SIGNAL(inexact, "Inexact", &decimal_exception);
SIGNAL(rounded, "Rounded", &decimal_exception);
SIGNAL(overflow, "Overflow", &inexact);
SIGNAL(underflow, "Underflow", &inexact);
SIGNAL(clamped, "Clamped", &decimal_exception);
SIGNAL(subnormal, "Subnormal", &decimal_exception);
SIGNAL(float_operation, "FloatOperation", &decimal_exception);
#undef SIGNAL

/* Raises the trapped condition t: its signal (InvalidOperation for the conditions under it) with
 * "[<class 'decimal.X'>]" naming the condition, as CPython words it. */
_Noreturn static void trap(Type *t)
{
    Type *signal = t->base_type == &invalid_operation ? &invalid_operation : t;
    exc_raise(exc_new(signal, tuple_pack(1, str_printf("[<class 'decimal.%s'>]", t->name))));
}

/* ---- int helpers ----------------------------------------------------------------------------- */

static Obj *I(int64_t v) { return int_from_i64(v); }
static Obj *add(Obj *a, Obj *b) { return int_binop(a, b, OP_ADD); }
static Obj *mul(Obj *a, Obj *b) { return int_binop(a, b, OP_MUL); }

static Obj *pow10(int64_t n)
{
    if (n <= 18) {
        int64_t v = 1;
        for (int64_t i = 0; i < n; i++)
            v *= 10;
        return I(v);
    }
    int_check_result_size((double)n * 0.42);
    return int_binop(small_new(10), I(n), OP_POW);
}

static int64_t ndigits(Obj *c)
{
    if (int_sign(c) == 0)
        return 1;
    int64_t v;
    if (int_get_i64(c, &v)) {
        int64_t n = 0;
        for (; v; v /= 10)
            n++;
        return n;
    }
    mpz_t z, p;
    mpz_inits(z, p, NULL);
    int_get_mpz(c, z);
    int64_t n = (int64_t)mpz_sizeinbase(z, 10);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n - 1));
    if (mpz_cmp(z, p) < 0)
        n--;
    mpz_clears(z, p, NULL);
    return n;
}

/* ---- construction ----------------------------------------------------------------------------- */

static Obj *dec_make(Type *type, int sign, int kind, Obj *coef, int64_t exp)
{
    DecObj *d = gc_alloc(sizeof *d);
    d->base.type = type;
    d->sign = sign;
    d->kind = kind;
    d->coef = coef;
    d->exp = exp;
    return (Obj *)d;
}

static Obj *dec_finite(int sign, Obj *coef, int64_t exp) { return dec_make(&dec_type, sign, K_FINITE, coef, exp); }
static Obj *special(int sign, int kind) { return dec_make(&dec_type, sign, kind, small_new(0), 0); }

/* Decimal(str): sign, digits with an optional point and exponent, or Infinity/NaN/sNaN. */
static Obj *from_text(Type *type, Obj *text)
{
    const char *s = str_cstr(text);
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    const char *p = s, *end = s + n;
    int sign = 0;
    if (p < end && (*p == '+' || *p == '-'))
        sign = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0))
        return dec_make(type, sign, K_INF, small_new(0), 0);
    if ((rest >= 3 && strncasecmp(p, "nan", 3) == 0) || (rest >= 4 && strncasecmp(p, "snan", 4) == 0)) {
        bool snan = tolower((unsigned char)*p) == 's';
        const char *q = p + (snan ? 4 : 3);
        while (q < end && isdigit((unsigned char)*q))
            q++;
        if (q == end)
            return dec_make(type, sign, snan ? K_SNAN : K_QNAN, small_new(0), 0);
    }
    Buf digits;
    buf_init(&digits);
    int64_t frac = 0, exp = 0;
    bool any = false, point = false, ok = true;
    for (; p < end && ok; p++) {
        if (isdigit((unsigned char)*p)) {
            buf_putc(&digits, *p);
            any = true;
            frac += point;
        } else if (*p == '.' && !point) {
            point = true;
        } else if (*p == '_' && p > s && isdigit((unsigned char)p[-1]) && p + 1 < end && isdigit((unsigned char)p[1])) {
            continue;
        } else {
            break;
        }
    }
    if (any && p < end && (*p == 'e' || *p == 'E')) {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        const char *e0 = p;
        while (p < end && isdigit((unsigned char)*p) && p - e0 < 18)
            exp = exp * 10 + (*p++ - '0');
        ok = p > e0;
        if (eneg)
            exp = -exp;
    }
    if (!any || !ok || p != end)
        trap(&conversion_syntax);
    Obj *coef = int_from_text(buf_cstr(&digits), strlen(buf_cstr(&digits)), 10);
    return dec_make(type, sign, K_FINITE, coef, exp - frac);
}

static Obj *from_int(Type *type, Obj *v)
{
    v = int_subclass_value(v);
    int sign = int_sign(v) < 0;
    return dec_make(type, sign, K_FINITE, sign ? int_binop(small_new(0), v, OP_SUB) : v, 0);
}

/* The exact value of a double: its binary fraction n / 2**k is n * 5**k / 10**k. */
static Obj *from_double(Type *type, double x)
{
    if (isnan(x))
        return dec_make(type, signbit(x) != 0, K_QNAN, small_new(0), 0);
    if (isinf(x))
        return dec_make(type, x < 0, K_INF, small_new(0), 0);
    mpq_ptr q = fractions_temp();
    mpq_set_d(q, fabs(x));
    int64_t k = (int64_t)mpz_sizeinbase(mpq_denref(q), 2) - 1;
    Obj *num = int_from_mpz(mpq_numref(q));
    Obj *coef = mul(num, int_binop(small_new(5), I(k), OP_POW));
    return dec_make(type, signbit(x) != 0, K_FINITE, coef, -k);
}

static Obj *to_dec(Obj *o)
{
    if (is_dec(o))
        return o;
    if (int_check(o))
        return from_int(&dec_type, o);
    return NULL;
}

static Obj *dec_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"value", "context", NULL};
    Obj *a[2];
    args_parse("Decimal", args, nargs, kwnames, names, 0, a);
    Obj *v = a[0] ? a[0] : small_new(0);
    if (is_dec(v))
        return dec_make(type, D(v)->sign, D(v)->kind, D(v)->coef, D(v)->exp);
    if (int_check(v))
        return from_int(type, v);
    if (float_check(v))
        return from_double(type, float_value(v));
    if (str_check(v))
        return from_text(type, v);
    if (tuple_check(v) || list_check(v)) {
        Obj *t = tuple_from_iterable(v);
        if (tuple_len(t) != 3)
            exc_raisef(&type_ValueError, "argument must be a sequence of length 3");
        Obj *digits = tuple_from_iterable(tuple_get(t, 1)), *coef = small_new(0);
        for (size_t i = 0; i < tuple_len(digits); i++)
            coef = add(mul(coef, small_new(10)), tuple_get(digits, i));
        Obj *e = tuple_get(t, 2);
        if (str_check(e))
            return dec_make(type, (int)obj_index_i64(tuple_get(t, 0)), strcmp(str_cstr(e), "F") == 0 ? K_INF : K_QNAN,
                            small_new(0), 0);
        return dec_make(type, (int)obj_index_i64(tuple_get(t, 0)), K_FINITE, coef, obj_index_i64(e));
    }
    exc_raisef(&type_TypeError, "conversion from %s to Decimal is not supported", obj_type_name(v));
}

/* ---- rounding ------------------------------------------------------------------------------- */

/* Whether dropping the remainder r of a division by div (q the kept part) rounds q up. */
static bool round_up(int mode, int sign, Obj *q, Obj *r, Obj *div)
{
    if (int_sign(r) == 0)
        return false;
    int half = int_cmp(mul(r, small_new(2)), div);
    bool odd = int_sign(int_binop(q, small_new(2), OP_MOD)) != 0;
    switch (mode) {
    case R_DOWN: return false;
    case R_UP: return true;
    case R_CEILING: return !sign;
    case R_FLOOR: return sign;
    case R_HALF_UP: return half >= 0;
    case R_HALF_DOWN: return half > 0;
    case R_05UP: {
        int64_t last = small_value(int_binop(q, small_new(10), OP_MOD));
        return last == 0 || last == 5;
    }
    default: return half > 0 || (half == 0 && odd);
    }
}

/* coef * 10**exp with `drop` trailing digits removed by the rounding mode. */
static Obj *drop_digits(int mode, int sign, Obj *coef, int64_t drop)
{
    Obj *div = pow10(drop);
    Obj *qr = int_binop(coef, div, OP_DIVMOD);
    Obj *q = tuple_get(qr, 0);
    if (round_up(mode, sign, q, tuple_get(qr, 1), div))
        q = add(q, small_new(1));
    return q;
}

/* The result of an operation: rounded to the context's precision by `mode`, overflow trapped. */
static Obj *finish_with(int mode, int sign, Obj *coef, int64_t exp)
{
    int64_t n = ndigits(coef);
    if (n > current->prec) {
        int64_t drop = n - current->prec;
        coef = drop_digits(mode, sign, coef, drop);
        exp += drop;
        if (ndigits(coef) > current->prec) {
            coef = int_binop(coef, small_new(10), OP_FLOORDIV);
            exp++;
        }
    }
    if (int_sign(coef) != 0 && exp + ndigits(coef) - 1 > current->emax)
        trap(&overflow);
    return dec_finite(sign, coef, exp);
}

static Obj *finish(int sign, Obj *coef, int64_t exp) { return finish_with(current->rounding, sign, coef, exp); }

/* ---- printing ----------------------------------------------------------------------------------- */

static void sci_text(Buf *b, Obj *d, bool upper_e)
{
    DecObj *x = D(d);
    if (x->sign)
        buf_putc(b, '-');
    if (x->kind == K_INF) {
        buf_puts(b, "Infinity");
        return;
    }
    if (x->kind != K_FINITE) {
        buf_puts(b, x->kind == K_SNAN ? "sNaN" : "NaN");
        return;
    }
    Obj *cs = int_to_str(x->coef);
    const char *c = str_cstr(cs);
    int64_t len = (int64_t)str_bytes(cs), e = x->exp, adjusted = e + len - 1;
    if (e <= 0 && adjusted >= -6) {
        if (e == 0) {
            buf_puts(b, c);
        } else if (len > -e) {
            buf_add(b, c, (size_t)(len + e));
            buf_putc(b, '.');
            buf_puts(b, c + len + e);
        } else {
            buf_puts(b, "0.");
            for (int64_t i = 0; i < -e - len; i++)
                buf_putc(b, '0');
            buf_puts(b, c);
        }
        return;
    }
    buf_putc(b, c[0]);
    if (len > 1) {
        buf_putc(b, '.');
        buf_puts(b, c + 1);
    }
    buf_printf(b, "%c%c%lld", upper_e ? 'E' : 'e', adjusted >= 0 ? '+' : '-', (long long)llabs(adjusted));
}

static Obj *dec_str(Obj *self)
{
    Buf b;
    buf_init(&b);
    sci_text(&b, self, current ? current->capitals : true);
    return str_from_buf(&b);
}

static Obj *dec_repr(Obj *self) { return str_printf("Decimal('%s')", str_cstr(dec_str(self))); }

/* ---- arithmetic ---------------------------------------------------------------------------------- */

static bool is_nan(Obj *d) { return D(d)->kind == K_QNAN || D(d)->kind == K_SNAN; }

/* The NaN an operation on a NaN returns (an sNaN signals). */
static Obj *nan_result(Obj *a, Obj *b)
{
    if ((a && D(a)->kind == K_SNAN) || (b && D(b)->kind == K_SNAN))
        trap(&invalid_operation);
    Obj *n = a && is_nan(a) ? a : b;
    return special(D(n)->sign, K_QNAN);
}

/* a's coefficient scaled to exponent e (e <= a's exponent). */
static Obj *scaled(Obj *a, int64_t e) { return mul(D(a)->coef, pow10(D(a)->exp - e)); }

static Obj *signed_coef(Obj *a, int64_t e)
{
    Obj *c = scaled(a, e);
    return D(a)->sign ? int_binop(small_new(0), c, OP_SUB) : c;
}

static Obj *dec_add(Obj *a, Obj *b, bool subtract)
{
    int bsign = D(b)->sign ^ subtract;
    if (is_nan(a) || is_nan(b))
        return nan_result(a, b);
    if (D(a)->kind == K_INF || D(b)->kind == K_INF) {
        if (D(a)->kind == K_INF && D(b)->kind == K_INF && D(a)->sign != bsign)
            trap(&invalid_operation);
        return special(D(a)->kind == K_INF ? D(a)->sign : bsign, K_INF);
    }
    int64_t e = D(a)->exp < D(b)->exp ? D(a)->exp : D(b)->exp;
    Obj *sb = scaled(b, e);
    if (bsign)
        sb = int_binop(small_new(0), sb, OP_SUB);
    Obj *sum = add(signed_coef(a, e), sb);
    int sign;
    if (int_sign(sum) == 0)
        sign = (D(a)->sign && bsign) || (D(a)->sign != bsign && current->rounding == R_FLOOR);
    else
        sign = int_sign(sum) < 0;
    return finish(sign, sign ? int_binop(small_new(0), sum, OP_SUB) : sum, e);
}

static Obj *dec_mul(Obj *a, Obj *b)
{
    int sign = D(a)->sign ^ D(b)->sign;
    if (is_nan(a) || is_nan(b))
        return nan_result(a, b);
    if (D(a)->kind == K_INF || D(b)->kind == K_INF) {
        if (int_sign(D(a)->coef) == 0 && D(a)->kind == K_FINITE)
            trap(&invalid_operation);
        if (int_sign(D(b)->coef) == 0 && D(b)->kind == K_FINITE)
            trap(&invalid_operation);
        return special(sign, K_INF);
    }
    return finish(sign, mul(D(a)->coef, D(b)->coef), D(a)->exp + D(b)->exp);
}

/* The correctly rounded quotient of two finite Decimals. */
static Obj *dec_div(Obj *a, Obj *b)
{
    int sign = D(a)->sign ^ D(b)->sign;
    if (is_nan(a) || is_nan(b))
        return nan_result(a, b);
    if (D(a)->kind == K_INF) {
        if (D(b)->kind == K_INF)
            trap(&invalid_operation);
        return special(sign, K_INF);
    }
    if (D(b)->kind == K_INF)
        return dec_finite(sign, small_new(0), 0);
    if (int_sign(D(b)->coef) == 0) {
        if (int_sign(D(a)->coef) == 0)
            trap(&division_undefined);
        trap(&division_by_zero);
    }
    int64_t ideal = D(a)->exp - D(b)->exp;
    if (int_sign(D(a)->coef) == 0)
        return dec_finite(sign, small_new(0), ideal);
    int64_t shift = current->prec + 1 + ndigits(D(b)->coef) - ndigits(D(a)->coef);
    if (shift < 0)
        shift = 0;
    Obj *qr = int_binop(mul(D(a)->coef, pow10(shift)), D(b)->coef, OP_DIVMOD);
    Obj *q = tuple_get(qr, 0);
    int64_t exp = ideal - shift;
    if (int_sign(tuple_get(qr, 1)) == 0) {
        while (exp < ideal && int_sign(int_binop(q, small_new(10), OP_MOD)) == 0) {
            q = int_binop(q, small_new(10), OP_FLOORDIV);
            exp++;
        }
    } else {
        q = add(mul(q, small_new(10)), small_new(1));    /* a sticky digit for the remainder */
        exp--;
    }
    return finish(sign, q, exp);
}

/* a // b (truncated toward zero) and a % b (the sign of a), as Decimal defines them. */
static Obj *dec_divmod(Obj *a, Obj *b, Obj **rem)
{
    if (is_nan(a) || is_nan(b) || D(a)->kind == K_INF) {
        if (!is_nan(a) && !is_nan(b))
            trap(&invalid_operation);
        *rem = nan_result(a, b);
        return *rem;
    }
    if (D(b)->kind == K_INF) {
        *rem = a;
        return dec_finite(D(a)->sign ^ D(b)->sign, small_new(0), 0);
    }
    if (int_sign(D(b)->coef) == 0) {
        if (int_sign(D(a)->coef) == 0)
            trap(&division_undefined);
        trap(&division_by_zero);
    }
    int64_t e = D(a)->exp < D(b)->exp ? D(a)->exp : D(b)->exp;
    Obj *x = scaled(a, e), *y = scaled(b, e);
    Obj *qr = int_binop(x, y, OP_DIVMOD);
    Obj *q = tuple_get(qr, 0);
    if (ndigits(q) > current->prec)
        trap(&division_impossible);
    *rem = finish(D(a)->sign, tuple_get(qr, 1), e);
    return dec_finite(D(a)->sign ^ D(b)->sign, q, 0);
}

/* An MPFR value rounded to the context's precision in decimal. */
static Obj *from_mpfr(mpfr_t v)
{
    if (mpfr_zero_p(v))
        return dec_finite(0, small_new(0), 0);
    mpfr_exp_t e;
    char *s = mpfr_get_str(NULL, &e, 10, (size_t)current->prec, v, MPFR_RNDN);
    int sign = s[0] == '-';
    Obj *coef = int_from_text(s + sign, strlen(s + sign), 10);
    int64_t len = (int64_t)strlen(s + sign);
    mpfr_free_str(s);
    return dec_finite(sign, coef, (int64_t)e - len);
}

static void to_mpfr(mpfr_t out, Obj *d)
{
    Obj *s = dec_str(d);
    mpfr_set_str(out, str_cstr(s), 10, MPFR_RNDN);
}

static mpfr_prec_t work_bits(void) { return (mpfr_prec_t)(current->prec * 3.33) + 64; }

/* f(x) through MPFR, for exp and ln. */
static Obj *via_mpfr(Obj *x, int (*f)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t))
{
    mpfr_t v;
    mpfr_init2(v, work_bits());
    to_mpfr(v, x);
    f(v, v, MPFR_RNDN);
    Obj *r = from_mpfr(v);
    mpfr_clear(v);
    return r;
}

static bool integral(Obj *d) { return D(d)->kind == K_FINITE && (D(d)->exp >= 0 || int_sign(int_binop(D(d)->coef, pow10(-D(d)->exp), OP_MOD)) == 0); }

static Obj *int_value(Obj *d)
{
    Obj *v = D(d)->exp >= 0 ? mul(D(d)->coef, pow10(D(d)->exp))
                            : int_binop(D(d)->coef, pow10(-D(d)->exp), OP_FLOORDIV);
    return D(d)->sign ? int_binop(small_new(0), v, OP_SUB) : v;
}

static Obj *dec_pow(Obj *a, Obj *b)
{
    if (is_nan(a) || is_nan(b))
        return nan_result(a, b);
    if (integral(b) && D(a)->kind == K_FINITE) {
        Obj *n = int_value(b);
        int64_t k;
        if (!int_get_i64(n, &k) || k > 100000000 || k < -100000000)
            trap(&overflow);
        int sign = D(a)->sign && (k % 2 != 0);
        if (k == 0)
            return dec_finite(0, small_new(1), 0);
        int_check_result_size((double)ndigits(D(a)->coef) * (double)llabs(k) * 0.42);
        Obj *c = int_binop(D(a)->coef, I(llabs(k)), OP_POW);
        if (k > 0)
            return finish(sign, c, D(a)->exp * k);
        return dec_div(dec_finite(sign, small_new(1), 0), dec_finite(0, c, D(a)->exp * -k));
    }
    if (D(a)->kind != K_FINITE || D(b)->kind != K_FINITE || D(a)->sign)
        trap(&invalid_operation);
    mpfr_t x, y;
    mpfr_inits2(work_bits(), x, y, (mpfr_ptr)0);
    to_mpfr(x, a);
    to_mpfr(y, b);
    mpfr_pow(x, x, y, MPFR_RNDN);
    Obj *r = from_mpfr(x);
    mpfr_clears(x, y, (mpfr_ptr)0);
    return r;
}

static Obj *dec_binop(Obj *a, Obj *b, int op)
{
    Obj *x = to_dec(a), *y = to_dec(b);
    if (!x || !y)
        return NotImplemented;
    Obj *rem;
    switch (OP_BASE(op)) {
    case OP_ADD: return dec_add(x, y, false);
    case OP_SUB: return dec_add(x, y, true);
    case OP_MUL: return dec_mul(x, y);
    case OP_TRUEDIV: return dec_div(x, y);
    case OP_FLOORDIV: return dec_divmod(x, y, &rem);
    case OP_MOD: dec_divmod(x, y, &rem); return rem;
    case OP_DIVMOD: {
        Obj *q = dec_divmod(x, y, &rem);
        return tuple_pack(2, q, rem);
    }
    case OP_POW: return dec_pow(x, y);
    default: return NotImplemented;
    }
}

static Obj *dec_unop(Obj *a, int op)
{
    DecObj *d = D(a);
    if (op == UNARY_INVERT)
        return NotImplemented;
    if (is_nan(a))
        return nan_result(a, NULL);
    int sign = op == UNARY_NEG ? !d->sign : op == UNARY_ABS ? 0 : d->sign;
    if (d->kind == K_INF)
        return special(sign, K_INF);
    if (int_sign(d->coef) == 0 && op != UNARY_ABS)
        sign = op == UNARY_NEG ? (current->rounding == R_FLOOR && !d->sign) : d->sign && current->rounding == R_FLOOR;
    return finish(sign, d->coef, d->exp);
}

/* ---- comparison, hashing, conversion --------------------------------------------------------- */

/* The exact value of a finite Decimal as a rational in q. */
static void dec_mpq(Obj *d, mpq_t q)
{
    int_get_mpz(D(d)->coef, mpq_numref(q));
    mpz_set_ui(mpq_denref(q), 1);
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)llabs(D(d)->exp));
    if (D(d)->exp >= 0)
        mpz_mul(mpq_numref(q), mpq_numref(q), p);
    else
        mpz_set(mpq_denref(q), p);
    mpz_clear(p);
    mpq_canonicalize(q);
    if (D(d)->sign)
        mpq_neg(q, q);
}

static Obj *dec_compare(Obj *a, Obj *b, int op)
{
    mpq_ptr x = fractions_temp(), y = fractions_temp();
    double special_other = 0;
    bool other_special = false;
    if (is_dec(b)) {
        if (is_nan(a) || is_nan(b)) {
            if (op == CMP_EQ || op == CMP_NE)
                return bool_from(op == CMP_NE);
            trap(&invalid_operation);
        }
        if (D(b)->kind == K_INF) {
            other_special = true;
            special_other = D(b)->sign ? -INFINITY : INFINITY;
        } else {
            dec_mpq(b, y);
        }
    } else if (!fractions_get_mpq(b, y)) {
        if (!float_check(b))
            return NotImplemented;
        double v = float_value(b);
        if (isnan(v) || is_nan(a))
            return bool_from(op == CMP_NE);
        if (isinf(v)) {
            other_special = true;
            special_other = v;
        } else {
            mpq_set_d(y, v);
        }
    }
    if (is_nan(a))
        return bool_from(op == CMP_NE);
    int c;
    if (D(a)->kind == K_INF)
        c = other_special && (special_other > 0) == !D(a)->sign ? 0 : D(a)->sign ? -1 : 1;
    else if (other_special)
        c = special_other > 0 ? -1 : 1;
    else {
        dec_mpq(a, x);
        c = mpq_cmp(x, y);
    }
    return bool_from(int_cmp_holds(c, op));
}

static int64_t dec_hash(Obj *self)
{
    if (D(self)->kind == K_INF)
        return D(self)->sign ? -314159 : 314159;
    if (is_nan(self))
        return 0;
    mpq_ptr q = fractions_temp();
    dec_mpq(self, q);
    return obj_hash(fractions_from_mpq(q));
}

static bool dec_truth(Obj *self) { return D(self)->kind != K_FINITE || int_sign(D(self)->coef) != 0; }

/* The integral value under a rounding mode, as an int. */
static Obj *to_int(Obj *self, int mode)
{
    if (D(self)->kind == K_INF)
        exc_raisef(&type_OverflowError, "cannot convert Infinity to integer");
    if (is_nan(self))
        exc_raisef(&type_ValueError, "cannot convert NaN to integer");
    Obj *c = D(self)->exp >= 0 ? mul(D(self)->coef, pow10(D(self)->exp))
                               : drop_digits(mode, D(self)->sign, D(self)->coef, -D(self)->exp);
    return D(self)->sign ? int_binop(small_new(0), c, OP_SUB) : c;
}

static Obj *quantize_to(Obj *self, int64_t exp, int mode);

static Obj *dec_convert(Obj *self, int conv, Obj *arg)
{
    switch (conv) {
    case CONV_INT:
    case CONV_TRUNC: return to_int(self, R_DOWN);
    case CONV_FLOOR: return to_int(self, R_FLOOR);
    case CONV_CEIL: return to_int(self, R_CEILING);
    case CONV_FLOAT: {
        if (is_nan(self))
            return float_new(D(self)->sign ? -NAN : NAN);
        Obj *s = dec_str(self);
        return float_from_text(str_cstr(s), str_bytes(s));
    }
    case CONV_COMPLEX: return complex_new(float_value(dec_convert(self, CONV_FLOAT, NULL)), 0.0);
    case CONV_ROUND:
        if (!arg || arg == None)
            return to_int(self, R_HALF_EVEN);
        return quantize_to(self, -obj_index_i64(arg), current->rounding);
    default: return NULL;
    }
}

/* ---- methods ------------------------------------------------------------------------------------ */

static int rounding_arg(Obj *r)
{
    if (!r || r == None)
        return current->rounding;
    for (int i = 0; i < R_COUNT; i++)
        if (str_check(r) && strcmp(str_cstr(r), rounding_names[i]) == 0)
            return i;
    exc_raisef(&type_TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
}

/* A finite self with exponent exp, rounded by mode, however many digits that takes (format). */
static Obj *rescale(Obj *self, int64_t exp, int mode)
{
    DecObj *d = D(self);
    Obj *c = d->exp >= exp ? mul(d->coef, pow10(d->exp - exp)) : drop_digits(mode, d->sign, d->coef, exp - d->exp);
    return dec_finite(d->sign, c, exp);
}

static Obj *quantize_to(Obj *self, int64_t exp, int mode)
{
    if (is_nan(self))
        return nan_result(self, NULL);
    if (D(self)->kind != K_FINITE)
        trap(&invalid_operation);
    Obj *r = rescale(self, exp, mode);
    if (ndigits(D(r)->coef) > current->prec)
        trap(&invalid_operation);
    return r;
}

static Obj *m_quantize(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"exp", "rounding", "context", NULL};
    Obj *a[3];
    args_parse("quantize", args, nargs, kwnames, names, 1, a);
    Obj *e = to_dec(a[0]);
    if (!e)
        exc_raisef(&type_TypeError, "conversion from %s to Decimal is not supported", obj_type_name(a[0]));
    if (D(e)->kind != K_FINITE)
        trap(&invalid_operation);
    return quantize_to(self, D(e)->exp, rounding_arg(a[1]));
}

static Obj *m_to_integral_value(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"rounding", "context", NULL};
    Obj *a[2];
    args_parse("to_integral_value", args, nargs, kwnames, names, 0, a);
    if (D(self)->kind != K_FINITE || D(self)->exp >= 0)
        return self;
    return dec_finite(D(self)->sign, drop_digits(rounding_arg(a[0]), D(self)->sign, D(self)->coef, -D(self)->exp), 0);
}

static Obj *m_normalize(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("normalize", kwnames);
    args_count("normalize", nargs, 0, 1);
    if (D(self)->kind != K_FINITE)
        return self;
    DecObj *d = D(finish(D(self)->sign, D(self)->coef, D(self)->exp));
    if (int_sign(d->coef) == 0)
        return dec_finite(d->sign, small_new(0), 0);
    Obj *c = d->coef;
    int64_t e = d->exp;
    while (int_sign(int_binop(c, small_new(10), OP_MOD)) == 0) {
        c = int_binop(c, small_new(10), OP_FLOORDIV);
        e++;
    }
    return dec_finite(d->sign, c, e);
}

/* sqrt: exact integer square roots at a scale that leaves prec + 1 digits, then one rounding
 * (always half to even, as the specification has it);
 * exact results come back to the ideal exponent floor(exp / 2). */
static Obj *m_sqrt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("sqrt", kwnames);
    args_count("sqrt", nargs, 0, 1);
    DecObj *d = D(self);
    if (is_nan(self))
        return nan_result(self, NULL);
    if (d->sign && (d->kind == K_INF || int_sign(d->coef) != 0))
        trap(&invalid_operation);
    if (d->kind == K_INF)
        return self;
    int64_t ideal = d->exp >= 0 ? d->exp / 2 : -((-d->exp + 1) / 2);
    if (int_sign(d->coef) == 0)
        return dec_finite(d->sign, small_new(0), ideal);
    Obj *c = d->coef;
    int64_t e = d->exp;
    if (e % 2 != 0) {
        c = mul(c, small_new(10));
        e--;
    }
    int64_t k = current->prec + 1 - (ndigits(c) + 1) / 2;
    if (k < 0)
        k = 0;
    Obj *scaled_c = mul(c, pow10(2 * k));
    mpz_t z, r;
    mpz_inits(z, r, NULL);
    int_get_mpz(scaled_c, z);
    mpz_sqrtrem(z, r, z);
    bool exact = mpz_sgn(r) == 0;
    Obj *root = int_from_mpz(z);
    mpz_clears(z, r, NULL);
    int64_t exp = e / 2 - k;
    if (exact) {
        while (exp < ideal && int_sign(int_binop(root, small_new(10), OP_MOD)) == 0) {
            root = int_binop(root, small_new(10), OP_FLOORDIV);
            exp++;
        }
    } else {
        root = add(mul(root, small_new(10)), small_new(1));
        exp--;
    }
    return finish_with(R_HALF_EVEN, 0, root, exp);    /* sqrt rounds half to even in every context */
}

static Obj *m_exp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("exp", kwnames);
    args_count("exp", nargs, 0, 1);
    if (is_nan(self))
        return nan_result(self, NULL);
    if (D(self)->kind == K_INF)
        return D(self)->sign ? dec_finite(0, small_new(0), 0) : self;
    if (int_sign(D(self)->coef) == 0)
        return dec_finite(0, small_new(1), 0);
    return via_mpfr(self, mpfr_exp);
}

/* ln and log10: exact where the answer is (ln 1, log10 of powers of ten). */
static Obj *logarithm(Obj *self, bool ten)
{
    DecObj *d = D(self);
    if (is_nan(self))
        return nan_result(self, NULL);
    if (d->kind == K_FINITE && int_sign(d->coef) == 0)
        return special(1, K_INF);
    if (d->sign)
        trap(&invalid_operation);
    if (d->kind == K_INF)
        return self;
    Obj *norm = m_normalize(self, NULL, 0, NULL);
    if (int_cmp(D(norm)->coef, small_new(1)) == 0) {
        if (!ten && D(norm)->exp == 0)
            return dec_finite(0, small_new(0), 0);
        if (ten)
            return from_int(&dec_type, I(D(norm)->exp));
    }
    return via_mpfr(self, ten ? mpfr_log10 : mpfr_log);
}

static Obj *m_ln(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("ln", kwnames);
    args_count("ln", nargs, 0, 1);
    return logarithm(self, false);
}

static Obj *m_log10(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("log10", kwnames);
    args_count("log10", nargs, 0, 1);
    return logarithm(self, true);
}

static Obj *decimal_tuple_class;    /* DecimalTuple, made by the request that first asks */

static Obj *m_as_tuple(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("as_tuple", kwnames);
    args_count("as_tuple", nargs, 0, 0);
    DecObj *d = D(self);
    Obj *digits = list_new(0);
    if (d->kind == K_FINITE) {
        const char *s = str_cstr(int_to_str(d->coef));
        for (; *s; s++)
            list_append(digits, small_new(*s - '0'));
    }
    if (!decimal_tuple_class)
        decimal_tuple_class = collections_namedtuple("DecimalTuple", "sign digits exponent", NULL);
    Obj *exp = d->kind == K_FINITE ? I(d->exp) : str_intern_cstr(d->kind == K_INF ? "F" : d->kind == K_QNAN ? "n" : "N");
    Obj *v[3] = {small_new(d->sign), tuple_from_iterable(digits), exp};
    return obj_call(decimal_tuple_class, v, 3, NULL);
}

#define PREDICATE(fn, expr)                                                          \
    static Obj *m_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)              \
    {                                                                                \
        (void)args;                                                                  \
        args_no_kw(#fn, kwnames);                                                    \
        args_count(#fn, nargs, 0, 0);                                                \
        DecObj *d = D(self);                                                         \
        return bool_from(expr);                                                      \
    }
PREDICATE(is_zero, d->kind == K_FINITE && int_sign(d->coef) == 0)
PREDICATE(is_nan, d->kind == K_QNAN || d->kind == K_SNAN)
PREDICATE(is_infinite, d->kind == K_INF)
PREDICATE(is_finite, d->kind == K_FINITE)
PREDICATE(is_signed, d->sign)
#undef PREDICATE

static Obj *m_adjusted(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("adjusted", kwnames);
    args_count("adjusted", nargs, 0, 0);
    DecObj *d = D(self);
    return I(d->kind == K_FINITE ? d->exp + ndigits(d->coef) - 1 : 0);
}

static Obj *m_copy_abs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy_abs", kwnames);
    args_count("copy_abs", nargs, 0, 0);
    return dec_make(&dec_type, 0, D(self)->kind, D(self)->coef, D(self)->exp);
}

static Obj *m_copy_negate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy_negate", kwnames);
    args_count("copy_negate", nargs, 0, 0);
    return dec_make(&dec_type, !D(self)->sign, D(self)->kind, D(self)->coef, D(self)->exp);
}

static Obj *m_as_integer_ratio(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("as_integer_ratio", kwnames);
    args_count("as_integer_ratio", nargs, 0, 0);
    if (D(self)->kind == K_INF)
        exc_raisef(&type_OverflowError, "cannot convert Infinity to integer ratio");
    if (is_nan(self))
        exc_raisef(&type_ValueError, "cannot convert NaN to integer ratio");
    mpq_ptr q = fractions_temp();
    dec_mpq(self, q);
    return tuple_pack(2, int_from_mpz(mpq_numref(q)), int_from_mpz(mpq_denref(q)));
}

static Obj *m_from_float(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("from_float", kwnames);
    args_count("from_float", nargs, 1, 1);
    if (int_check(args[0]))
        return from_int((Type *)cls, args[0]);
    if (!float_check(args[0]))
        exc_raisef(&type_TypeError, "argument must be int or float");
    return from_double((Type *)cls, float_value(args[0]));
}

/* ---- format ---------------------------------------------------------------------------------- */

/* Inserts separators every three digits of the integer part of s. */
static Obj *group(const char *s, char sep)
{
    const char *dot = strchr(s, '.');
    size_t intlen = dot ? (size_t)(dot - s) : strlen(s);
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < intlen; i++) {
        if (i && (intlen - i) % 3 == 0)
            buf_putc(&b, sep);
        buf_putc(&b, s[i]);
    }
    buf_puts(&b, s + intlen);
    return str_from_buf(&b);
}

/* Fixed-point digits of a finite Decimal (no sign). */
static Obj *fixed_text(Obj *d)
{
    DecObj *x = D(d);
    Obj *cs = int_to_str(x->coef);
    const char *c = str_cstr(cs);
    int64_t len = (int64_t)str_bytes(cs), e = x->exp;
    Buf b;
    buf_init(&b);
    if (e >= 0) {
        buf_puts(&b, c);
        if (int_sign(x->coef) != 0)
            for (int64_t i = 0; i < e; i++)
                buf_putc(&b, '0');
    } else if (len > -e) {
        buf_add(&b, c, (size_t)(len + e));
        buf_putc(&b, '.');
        buf_puts(&b, c + len + e);
    } else {
        buf_puts(&b, "0.");
        for (int64_t i = 0; i < -e - len; i++)
            buf_putc(&b, '0');
        buf_puts(&b, c);
    }
    return str_from_buf(&b);
}

static Obj *dec_format(Obj *self, Obj *spec_obj)
{
    const char *spec = str_cstr(spec_obj);
    char fill = ' ', align = 0, sign = '-', type = 0, grouping = 0;
    const char *p = spec;
    if (p[0] && (p[1] == '<' || p[1] == '>' || p[1] == '^' || p[1] == '=')) {
        fill = p[0];
        align = p[1];
        p += 2;
    } else if (*p == '<' || *p == '>' || *p == '^' || *p == '=') {
        align = *p++;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        sign = *p++;
    if (*p == '0') {
        fill = '0';
        if (!align)
            align = '=';
        p++;
    }
    int width = 0, prec = -1;
    while (isdigit((unsigned char)*p))
        width = width * 10 + (*p++ - '0');
    if (*p == ',' || *p == '_')
        grouping = *p++;
    if (*p == '.') {
        p++;
        prec = 0;
        while (isdigit((unsigned char)*p))
            prec = prec * 10 + (*p++ - '0');
    }
    if (*p)
        type = *p++;
    if (*p || (type && !strchr("eEfFgG%n", type)))
        exc_raisef(&type_ValueError, "invalid format string");
    DecObj *d = D(self);
    Obj *body;
    if (d->kind != K_FINITE) {
        body = str_from_cstr(d->kind == K_INF ? "Infinity" : "NaN");
    } else {
        Obj *v = self;
        if (type == '%')
            v = dec_finite(d->sign, d->coef, d->exp + 2);
        if (type == 'f' || type == 'F' || type == '%') {
            if (prec >= 0)
                v = rescale(v, -prec, current->rounding);
            body = fixed_text(v);
            if (type == '%')
                body = str_printf("%s%%", str_cstr(body));
        } else if (type == 'e' || type == 'E') {
            if (prec >= 0) {
                int64_t n = ndigits(D(v)->coef), drop = n - (prec + 1);
                if (drop > 0) {
                    Obj *c = drop_digits(current->rounding, D(v)->sign, D(v)->coef, drop);
                    int64_t e = D(v)->exp + drop;
                    if (ndigits(c) > prec + 1) {
                        c = int_binop(c, small_new(10), OP_FLOORDIV);
                        e++;
                    }
                    v = dec_finite(D(v)->sign, c, e);
                } else if (drop < 0) {
                    v = dec_finite(D(v)->sign, mul(D(v)->coef, pow10(-drop)), D(v)->exp + drop);
                }
            }
            Obj *cs = int_to_str(D(v)->coef);
            const char *c = str_cstr(cs);
            int64_t adjusted = D(v)->exp + (int64_t)str_bytes(cs) - 1;
            Buf b;
            buf_init(&b);
            buf_putc(&b, c[0]);
            if (c[1]) {
                buf_putc(&b, '.');
                buf_puts(&b, c + 1);
            }
            buf_printf(&b, "%c%c%lld", type, adjusted < 0 ? '-' : '+', (long long)llabs(adjusted));
            body = str_from_buf(&b);
        } else {
            Obj *abs_v = dec_finite(0, D(v)->coef, D(v)->exp);
            if (prec > 0 && ndigits(D(v)->coef) > prec)
                abs_v = dec_finite(0, drop_digits(current->rounding, 0, D(v)->coef, ndigits(D(v)->coef) - prec),
                               D(v)->exp + ndigits(D(v)->coef) - prec);
            Buf b;
            buf_init(&b);
            sci_text(&b, abs_v, type != 'g');
            body = str_from_buf(&b);
        }
        if (grouping)
            body = group(str_cstr(body), grouping);
    }
    const char *sign_text = d->sign ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    int len = (int)(str_nchars(body) + strlen(sign_text));
    int pad = width > len ? width - len : 0;
    if (!align)
        align = '>';
    Buf out;
    buf_init(&out);
    int left = align == '<' ? 0 : align == '^' ? pad / 2 : align == '=' ? 0 : pad;
    int right = pad - left - (align == '=' ? pad : 0);
    for (int i = 0; i < left; i++)
        buf_putc(&out, fill);
    buf_puts(&out, sign_text);
    if (align == '=')
        for (int i = 0; i < pad; i++)
            buf_putc(&out, fill);
    buf_add(&out, str_cstr(body), str_bytes(body));
    for (int i = 0; i < right; i++)
        buf_putc(&out, fill);
    return str_from_buf(&out);
}

static const MethodDef dec_methods[] = {
    {"quantize", m_quantize, 0}, {"to_integral_value", m_to_integral_value, 0},
    {"to_integral", m_to_integral_value, 0}, {"normalize", m_normalize, 0}, {"sqrt", m_sqrt, 0},
    {"exp", m_exp, 0}, {"ln", m_ln, 0}, {"log10", m_log10, 0}, {"as_tuple", m_as_tuple, 0},
    {"is_zero", m_is_zero, 0}, {"is_nan", m_is_nan, 0}, {"is_infinite", m_is_infinite, 0},
    {"is_finite", m_is_finite, 0}, {"is_signed", m_is_signed, 0}, {"adjusted", m_adjusted, 0},
    {"copy_abs", m_copy_abs, 0}, {"copy_negate", m_copy_negate, 0}, {"from_float", m_from_float, METH_CLASS},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {NULL, NULL, 0},
};

static Obj *get_real(Obj *self) { return self; }
static Obj *get_imag(Obj *self) { (void)self; return dec_finite(0, small_new(0), 0); }

static const GetSetDef dec_getsets[] = {
    {"real", get_real, NULL}, {"imag", get_imag, NULL}, {NULL, NULL, NULL},
};

Type decimal_type = {
    .base = {&type_type}, .name = "decimal.Decimal", .flags = TF_BASETYPE, .basicsize = sizeof(DecObj),
    .new = dec_new, .repr = dec_repr, .str = dec_str, .hash = dec_hash, .compare = dec_compare,
    .binop = dec_binop, .unop = dec_unop, .convert = dec_convert, .format = dec_format, .truth = dec_truth,
    .methods = dec_methods, .getsets = dec_getsets,
};

/* ---- contexts ---------------------------------------------------------------------------------- */

static ContextObj *context_copy(ContextObj *c)
{
    ContextObj *n = gc_alloc(sizeof *n);
    *n = *c;
    n->base.type = &context_type;
    return n;
}

static void context_apply(ContextObj *c, const char *name, Obj *v)
{
    if (strcmp(name, "prec") == 0) {
        int64_t p = obj_index_i64(v);
        if (p < 1 || p > 999999999999999999)
            exc_raisef(&type_ValueError, "valid range for prec is [1, MAX_PREC]");
        c->prec = p;
    } else if (strcmp(name, "rounding") == 0) {
        c->rounding = rounding_arg(v);
    } else if (strcmp(name, "Emax") == 0) {
        c->emax = obj_index_i64(v);
    } else if (strcmp(name, "Emin") == 0) {
        c->emin = obj_index_i64(v);
    } else if (strcmp(name, "capitals") == 0) {
        c->capitals = (int)obj_index_i64(v);
    } else if (strcmp(name, "clamp") == 0) {
        c->clamp = (int)obj_index_i64(v);
    } else if (strcmp(name, "traps") != 0 && strcmp(name, "flags") != 0) {
        exc_raisef(&type_TypeError, "'%s' is an invalid keyword argument for this function", name);
    }
}

static ContextObj *default_context(void)
{
    ContextObj *c = gc_alloc(sizeof *c);
    c->base.type = &context_type;
    c->prec = 28;
    c->rounding = R_HALF_EVEN;
    c->emax = 999999;
    c->emin = -999999;
    c->capitals = 1;
    return c;
}

static Obj *context_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps", NULL};
    Obj *a[8];
    args_parse("Context", args, nargs, kwnames, names, 0, a);
    ContextObj *c = default_context();
    c->base.type = type;
    for (int i = 0; i < 8; i++)
        if (a[i] && a[i] != None)
            context_apply(c, names[i], a[i]);
    return (Obj *)c;
}

static Obj *context_repr(Obj *self)
{
    ContextObj *c = (ContextObj *)self;
    return str_printf("Context(prec=%lld, rounding=%s, Emin=%lld, Emax=%lld, capitals=%d, clamp=%d, flags=[], "
                      "traps=[InvalidOperation, DivisionByZero, Overflow])",
                      (long long)c->prec, rounding_names[c->rounding], (long long)c->emin, (long long)c->emax,
                      c->capitals, c->clamp);
}

static Obj *ctx_get_prec(Obj *self) { return I(((ContextObj *)self)->prec); }
static void ctx_set_prec(Obj *self, Obj *v) { context_apply((ContextObj *)self, "prec", v); }
static Obj *ctx_get_rounding(Obj *self) { return str_intern_cstr(rounding_names[((ContextObj *)self)->rounding]); }
static void ctx_set_rounding(Obj *self, Obj *v) { context_apply((ContextObj *)self, "rounding", v); }
static Obj *ctx_get_emax(Obj *self) { return I(((ContextObj *)self)->emax); }
static void ctx_set_emax(Obj *self, Obj *v) { context_apply((ContextObj *)self, "Emax", v); }
static Obj *ctx_get_emin(Obj *self) { return I(((ContextObj *)self)->emin); }
static void ctx_set_emin(Obj *self, Obj *v) { context_apply((ContextObj *)self, "Emin", v); }
static Obj *ctx_get_capitals(Obj *self) { return small_new(((ContextObj *)self)->capitals); }
static void ctx_set_capitals(Obj *self, Obj *v) { context_apply((ContextObj *)self, "capitals", v); }

static const GetSetDef context_getsets[] = {
    {"prec", ctx_get_prec, ctx_set_prec}, {"rounding", ctx_get_rounding, ctx_set_rounding},
    {"Emax", ctx_get_emax, ctx_set_emax}, {"Emin", ctx_get_emin, ctx_set_emin},
    {"capitals", ctx_get_capitals, ctx_set_capitals}, {NULL, NULL, NULL},
};

/* Context methods that run an operation under that context. */
static Obj *under(Obj *ctx, Obj *(*op)(Obj *, Obj *), Obj *a, Obj *b)
{
    ContextObj *saved = current;
    current = (ContextObj *)ctx;
    Obj *x = to_dec(a), *y = b ? to_dec(b) : NULL;
    if (!x || (b && !y)) {
        current = saved;
        exc_raisef(&type_TypeError, "conversion from %s to Decimal is not supported", obj_type_name(x ? b : a));
    }
    volatile Obj *r = NULL;
    ExcJump j;
    EXC_TRY(j) {
        r = op(x, y);
        exc_pop(&j);
    } else {
        current = saved;
        exc_throw(j.exc);
    }
    current = saved;
    return (Obj *)r;
}

static Obj *op_add(Obj *a, Obj *b) { return dec_add(a, b, false); }
static Obj *op_sub(Obj *a, Obj *b) { return dec_add(a, b, true); }
static Obj *op_plus(Obj *a, Obj *b) { (void)b; return dec_unop(a, UNARY_POS); }

#define CTX_BINARY(fn, op)                                                   \
    static Obj *c_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)      \
    {                                                                        \
        args_no_kw(#fn, kwnames);                                            \
        args_count(#fn, nargs, 2, 2);                                        \
        return under(self, op, args[0], args[1]);                            \
    }
CTX_BINARY(add, op_add) CTX_BINARY(subtract, op_sub) CTX_BINARY(multiply, dec_mul) CTX_BINARY(divide, dec_div)
CTX_BINARY(power, dec_pow)
#undef CTX_BINARY

static Obj *c_plus(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("plus", kwnames);
    args_count("plus", nargs, 1, 1);
    return under(self, op_plus, args[0], NULL);
}

static Obj *c_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy", kwnames);
    args_count("copy", nargs, 0, 0);
    return (Obj *)context_copy((ContextObj *)self);
}

static Obj *c_create_decimal(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("create_decimal", kwnames);
    args_count("create_decimal", nargs, 0, 1);
    Obj *d = dec_new(&dec_type, args, nargs, NULL);
    return under(self, op_plus, d, NULL);
}

static const MethodDef context_methods[] = {
    {"add", c_add, 0}, {"subtract", c_subtract, 0}, {"multiply", c_multiply, 0}, {"divide", c_divide, 0},
    {"power", c_power, 0}, {"plus", c_plus, 0}, {"copy", c_copy, 0}, {"create_decimal", c_create_decimal, 0},
    {NULL, NULL, 0},
};

static Type context_type = {
    .base = {&type_type}, .name = "Context", .module = "decimal", .flags = TF_BASETYPE,
    .basicsize = sizeof(ContextObj), .new = context_new, .repr = context_repr, .methods = context_methods,
    .getsets = context_getsets,
};

static Obj *m_getcontext(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("getcontext", kwnames);
    args_count("getcontext", nargs, 0, 0);
    return (Obj *)current;
}

static Obj *m_setcontext(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("setcontext", kwnames);
    args_count("setcontext", nargs, 1, 1);
    if (is_small(args[0]) || !obj_is(args[0], &context_type))
        exc_raisef(&type_TypeError, "argument must be a context");
    current = (ContextObj *)args[0];
    return None;
}

/* localcontext(): a manager whose __enter__ installs a copy and __exit__ restores the old one. */
typedef struct LocalObj {
    Obj base;
    ContextObj *ctx, *saved;
} LocalObj;

static Obj *m_localcontext(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs > 1)
        exc_raisef(&type_TypeError, "localcontext() takes at most 1 argument (%d given)", nargs);
    ContextObj *base = nargs && args[0] != None ? (ContextObj *)args[0] : current;
    LocalObj *l = gc_alloc(sizeof *l);
    l->base.type = &localcontext_type;
    l->ctx = context_copy(base);
    for (int k = 0; kwnames && k < (int)tuple_len(kwnames); k++)
        context_apply(l->ctx, str_cstr(tuple_get(kwnames, (size_t)k)), args[nargs + k]);
    return (Obj *)l;
}

static Obj *lc_enter(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    LocalObj *l = (LocalObj *)self;
    l->saved = current;
    current = l->ctx;
    return (Obj *)l->ctx;
}

static Obj *lc_exit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    current = ((LocalObj *)self)->saved;
    return False;
}

static const MethodDef localcontext_methods[] = {
    {"__enter__", lc_enter, 0}, {"__exit__", lc_exit, 0}, {NULL, NULL, 0},
};

static Type localcontext_type = {
    .base = {&type_type}, .name = "decimal.ContextManager", .basicsize = sizeof(LocalObj),
    .methods = localcontext_methods,
};

/* ---- the module ---------------------------------------------------------------------------------- */

/* A signal that is also one of Python's errors (DivisionByZero is a ZeroDivisionError): its MRO
 * set by hand, since a C type has one base. */
static void two_parents(Type *t, Type *other)
{
    Obj *mro = list_new(8);
    for (Type *k = t; k; k = k->base_type)
        if (k != &type_ArithmeticError && k != &type_Exception && k != &type_BaseException && k != &type_object)
            list_append(mro, (Obj *)k);
    for (Type *k = other; k; k = k->base_type)
        list_append(mro, (Obj *)k);
    t->mro = tuple_from_iterable(mro);
    t->bases = tuple_pack(2, (Obj *)t->base_type, (Obj *)other);
}

static void decimal_init(Obj *m)
{
    two_parents(&division_by_zero, &type_ZeroDivisionError);
    two_parents(&division_undefined, &type_ZeroDivisionError);
    two_parents(&float_operation, &type_TypeError);
    Type *signals[] = {&decimal_exception, &invalid_operation, &conversion_syntax, &division_impossible,
                       &division_undefined, &division_by_zero, &inexact, &rounded, &overflow, &underflow,
                       &clamped, &subnormal, &float_operation};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        type_ready(signals[i]);
        module_add(m, signals[i]->name, (Obj *)signals[i]);
    }
    type_ready(&dec_type);
    type_ready(&context_type);
    type_ready(&localcontext_type);
    module_add(m, "Decimal", (Obj *)&dec_type);
    module_add(m, "Context", (Obj *)&context_type);
    module_add_function(m, "getcontext", m_getcontext);
    module_add_function(m, "setcontext", m_setcontext);
    module_add_function(m, "localcontext", m_localcontext);
    for (int i = 0; i < R_COUNT; i++)
        module_add(m, rounding_names[i], str_intern_cstr(rounding_names[i]));
    module_add(m, "MAX_PREC", I(999999999999999999));
    module_add(m, "MAX_EMAX", I(999999999999999999));
    module_add(m, "MIN_EMIN", I(-999999999999999999));
}

/* Each request starts from the default context. */
static void decimal_fresh(Obj *m)
{
    current = default_context();
    decimal_tuple_class = NULL;
    module_add(m, "DefaultContext", (Obj *)default_context());
    module_add(m, "BasicContext", (Obj *)default_context());
}

const ModuleDef decimal_module = {"decimal", decimal_init, decimal_fresh};

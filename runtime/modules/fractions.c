/* runtime/modules/fractions.c — the `fractions` module (see fractions.h).
 *
 * Arithmetic between rationals (ints and Fractions) is exact on GMP; with a float or complex
 * operand the Fraction is converted and the operation is the float's or complex's, as CPython's
 * operator fallbacks do. Floor division and modulo go through int arithmetic on the cross
 * products, which also gives CPython's ZeroDivisionError texts for them. */
#include "runtime/modules/fractions.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/decimal.h"

/* ---- construction ----------------------------------------------------------------------------- */

static Obj *make(Type *type, Obj *num, Obj *den)
{
    FractionObj *f = gc_alloc(type->basicsize);
    f->base.type = type;
    f->num = num;
    f->den = den;
    return (Obj *)f;
}

Obj *fractions_from_mpq(const mpq_t q)
{
    return make(&fractions_type, int_from_mpz(mpq_numref(q)), int_from_mpz(mpq_denref(q)));
}

/* A Fraction from q, clearing q. */
static Obj *take_mpq(mpq_t q)
{
    Obj *r = fractions_from_mpq(q);
    mpq_clear(q);
    return r;
}

static Obj *from_mpz_pair(Type *type, mpz_t n, mpz_t d)
{
    if (mpz_sgn(d) == 0) {
        Obj *shown = int_from_mpz(n);
        mpz_clears(n, d, NULL);
        exc_raisef(&type_ZeroDivisionError, "Fraction(%s, 0)", str_cstr(int_to_str(shown)));
    }
    mpq_t q;
    mpq_init(q);
    mpz_swap(mpq_numref(q), n);
    mpz_swap(mpq_denref(q), d);
    mpz_clears(n, d, NULL);
    mpq_canonicalize(q);
    Obj *r = make(type, int_from_mpz(mpq_numref(q)), int_from_mpz(mpq_denref(q)));
    mpq_clear(q);
    return r;
}

Obj *fractions_new(Obj *num, Obj *den)
{
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    int_get_mpz(num, n);
    int_get_mpz(den, d);
    return from_mpz_pair(&fractions_type, n, d);
}

bool fractions_get_mpq(Obj *o, mpq_t q)
{
    if (int_check(o)) {
        int_get_mpz(o, mpq_numref(q));
        mpz_set_ui(mpq_denref(q), 1);
        return true;
    }
    if (fractions_check(o)) {
        int_get_mpz(((FractionObj *)o)->num, mpq_numref(q));
        int_get_mpz(((FractionObj *)o)->den, mpq_denref(q));
        return true;
    }
    return false;
}

static void temp_finalize(void *block) { mpq_clear((mpq_ptr)block); }

mpq_ptr fractions_temp(void)
{
    mpq_ptr q = gc_alloc_final(sizeof(mpq_t), temp_finalize);
    mpq_init(q);
    return q;
}

void fractions_mpq_from_double(double d, mpq_t q)
{
    if (isnan(d))
        exc_raisef(&type_ValueError, "cannot convert NaN to integer ratio");
    if (isinf(d))
        exc_raisef(&type_OverflowError, "cannot convert Infinity to integer ratio");
    mpq_set_d(q, d);
}

/* Digits with single underscores between them, as Fraction's string syntax allows; returns the
 * end, or `p` itself when there are none. Appends the digits to b. */
static const char *scan_digits(const char *p, Buf *b)
{
    const char *s = p;
    while (*p >= '0' && *p <= '9') {
        buf_putc(b, *p++);
        if (*p == '_' && p[1] >= '0' && p[1] <= '9')
            p++;
    }
    return p == s ? s : p;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Fraction(str): [sign] digits [/ digits] or [sign] digits [. digits] [e [sign] digits],
 * surrounded by optional whitespace. */
static Obj *from_text(Type *type, Obj *text)
{
    const char *s = str_cstr(text), *p = s;
    while (is_space(*p))
        p++;
    bool neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    Buf num, den;
    buf_init(&num);
    buf_init(&den);
    long exp = 0;
    bool ok = (*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9');
    if (ok) {
        p = scan_digits(p, &num);
        if (*p == '/') {
            const char *q = scan_digits(p + 1, &den);
            ok = q != p + 1;
            p = q;
        } else {
            size_t intlen = strlen(buf_cstr(&num));
            if (*p == '.')
                p = scan_digits(p + 1, &num);
            exp = -(long)(strlen(buf_cstr(&num)) - intlen);
            if (*p == 'e' || *p == 'E') {
                const char *q = p + 1;
                bool eneg = *q == '-';
                if (*q == '-' || *q == '+')
                    q++;
                Buf e;
                buf_init(&e);
                const char *r = scan_digits(q, &e);
                ok = r != q && strlen(buf_cstr(&e)) < 12;
                if (ok)
                    exp += eneg ? -atol(buf_cstr(&e)) : atol(buf_cstr(&e));
                p = r;
            }
        }
        while (is_space(*p))
            p++;
        ok = ok && *p == 0;
    }
    if (!ok)
        exc_raisef(&type_ValueError, "Invalid literal for Fraction: %s", str_cstr(str_repr(text)));
    if (!buf_cstr(&den)[0])
        int_check_result_size(fabs((double)exp) * 0.42);
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    mpz_set_str(n, buf_cstr(&num)[0] ? buf_cstr(&num) : "0", 10);
    if (neg)
        mpz_neg(n, n);
    if (buf_cstr(&den)[0]) {
        mpz_set_str(d, buf_cstr(&den), 10);
    } else {
        mpz_t p10;
        mpz_init(p10);
        mpz_ui_pow_ui(p10, 10, (unsigned long)labs(exp));
        if (exp >= 0) {
            mpz_mul(n, n, p10);
            mpz_set_ui(d, 1);
        } else {
            mpz_set(d, p10);
        }
        mpz_clear(p10);
    }
    return from_mpz_pair(type, n, d);
}

static bool is_rational(Obj *o) { return int_check(o) || fractions_check(o); }

static Obj *num_of(Obj *o) { return fractions_check(o) ? ((FractionObj *)o)->num : int_subclass_value(o); }
static Obj *den_of(Obj *o) { return fractions_check(o) ? ((FractionObj *)o)->den : small_new(1); }

static Obj *fraction_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"numerator", "denominator", NULL};
    Obj *a[2];
    args_parse("Fraction", args, nargs, kwnames, names, 0, a);
    Obj *n = a[0] ? a[0] : small_new(0), *d = a[1];
    if (!d || d == None) {
        if (is_rational(n))
            return make(type, num_of(n), den_of(n));
        if (float_check(n)) {
            mpq_ptr q = fractions_temp();
            fractions_mpq_from_double(float_value(n), q);
            return make(type, int_from_mpz(mpq_numref(q)), int_from_mpz(mpq_denref(q)));
        }
        if (str_check(n))
            return from_text(type, n);
        if (!is_small(n) && obj_is(n, &decimal_type)) {
            Obj *ratio = obj_call_method(n, "as_integer_ratio", (Obj *[1]){NULL}, 0);
            return make(type, tuple_get(ratio, 0), tuple_get(ratio, 1));
        }
        exc_raisef(&type_TypeError, "argument should be a string or a Rational instance");
    }
    if (!is_rational(n) || !is_rational(d))
        exc_raisef(&type_TypeError, "both arguments should be Rational instances");
    mpz_t nn, dd, t;
    mpz_inits(nn, dd, t, NULL);
    int_get_mpz(num_of(n), nn);
    int_get_mpz(den_of(d), t);
    mpz_mul(nn, nn, t);
    int_get_mpz(num_of(d), dd);
    int_get_mpz(den_of(n), t);
    mpz_mul(dd, dd, t);
    mpz_clear(t);
    return from_mpz_pair(type, nn, dd);
}

/* ---- arithmetic ------------------------------------------------------------------------------ */

/* Frac(a) op Frac(b) for + - * /, exact. */
static Obj *rational_op(Obj *a, Obj *b, int op)
{
    mpq_t x, y;
    mpq_inits(x, y, NULL);
    fractions_get_mpq(a, x);
    fractions_get_mpq(b, y);
    switch (op) {
    case OP_ADD: mpq_add(x, x, y); break;
    case OP_SUB: mpq_sub(x, x, y); break;
    case OP_MUL: mpq_mul(x, x, y); break;
    default:
        if (mpq_sgn(y) == 0) {
            int s = mpq_sgn(x);
            mpq_clears(x, y, NULL);
            /* CPython divides out gcd(na, nb) = |na| first, leaving the sign of a's numerator */
            exc_raisef(&type_ZeroDivisionError, "Fraction(%d, 0)", s);
        }
        mpq_div(x, x, y);
        break;
    }
    mpq_clear(y);
    return take_mpq(x);
}

/* a // b, a % b and divmod(a, b) on the cross products na*db and nb*da. */
static Obj *rational_floor_op(Obj *a, Obj *b, int op)
{
    Obj *na = num_of(a), *da = den_of(a), *nb = num_of(b), *db = den_of(b);
    Obj *x = int_binop(na, db, OP_MUL), *y = int_binop(da, nb, OP_MUL);
    if (op == OP_FLOORDIV)
        return int_binop(x, y, OP_FLOORDIV);
    Obj *dd = int_binop(da, db, OP_MUL);
    if (op == OP_MOD)
        return fractions_new(int_binop(x, y, OP_MOD), dd);
    Obj *qr = int_binop(x, y, OP_DIVMOD);
    return tuple_pack(2, tuple_get(qr, 0), fractions_new(tuple_get(qr, 1), dd));
}

/* a ** n for a rational a and an int n, exact. */
static Obj *rational_pow_int(Obj *a, Obj *n)
{
    int64_t e;
    if (!int_get_i64(n, &e) || e > (int64_t)1 << 40 || e < -((int64_t)1 << 40))
        e = int_sign(n) > 0 ? (int64_t)1 << 40 : -((int64_t)1 << 40);
    mpq_ptr q = fractions_temp();
    fractions_get_mpq(a, q);
    if (e < 0) {
        if (mpq_sgn(q) == 0)
            exc_raisef(&type_ZeroDivisionError, "Fraction(1, 0)");
        mpq_inv(q, q);
        e = -e;
    }
    double bits = (double)(mpz_sizeinbase(mpq_numref(q), 2) + mpz_sizeinbase(mpq_denref(q), 2)) * (double)e;
    int_check_result_size(bits / 8);
    mpz_pow_ui(mpq_numref(q), mpq_numref(q), (unsigned long)e);
    mpz_pow_ui(mpq_denref(q), mpq_denref(q), (unsigned long)e);
    return fractions_from_mpq(q);
}

/* float(f), correctly rounded. */
static Obj *to_float(Obj *f) { return int_binop(((FractionObj *)f)->num, ((FractionObj *)f)->den, OP_TRUEDIV); }

/* CPython's Fraction.__pow__ (f ** b, reflected false) and __rpow__ (b ** f). */
static Obj *fraction_pow(Obj *f, Obj *b, bool reflected)
{
    FractionObj *x = (FractionObj *)f;
    bool whole = x->den == small_new(1);
    if (!reflected) {
        if (is_rational(b)) {
            if (den_of(b) == small_new(1))
                return rational_pow_int(f, num_of(b));
            return obj_binop(to_float(f), to_float(fractions_new(num_of(b), den_of(b))), OP_POW);
        }
        if (float_check(b) || obj_is(b, &type_complex))
            return obj_binop(to_float(f), b, OP_POW);
        return NotImplemented;
    }
    if (whole && int_sign(x->num) >= 0)
        return obj_binop(b, x->num, OP_POW);
    if (is_rational(b))
        return fraction_pow(make(&fractions_type, num_of(b), den_of(b)), f, false);
    if (whole)
        return obj_binop(b, x->num, OP_POW);
    if (float_check(b) || obj_is(b, &type_complex))
        return obj_binop(b, to_float(f), OP_POW);
    return NotImplemented;
}

static Obj *fraction_binop(Obj *a, Obj *b, int op)
{
    bool reflected = op & OP_REFLECTED;
    int k = OP_BASE(op);
    Obj *self = reflected ? b : a, *other = reflected ? a : b;
    if (k == OP_POW)
        return fraction_pow(self, other, reflected);
    if (is_rational(other)) {
        switch (k) {
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_TRUEDIV: return rational_op(a, b, k);
        case OP_FLOORDIV: case OP_MOD: case OP_DIVMOD: return rational_floor_op(a, b, k);
        default: return NotImplemented;
        }
    }
    if (k > OP_POW && k != OP_DIVMOD)
        return NotImplemented;
    if (float_check(other))
        return reflected ? obj_binop(a, to_float(b), k) : obj_binop(to_float(a), b, k);
    if (obj_is(other, &type_complex) && k <= OP_TRUEDIV) {
        Obj *z = complex_new(float_value(to_float(self)), 0.0);
        return reflected ? obj_binop(a, z, k) : obj_binop(z, b, k);
    }
    return NotImplemented;
}

static Obj *fraction_unop(Obj *a, int op)
{
    FractionObj *f = (FractionObj *)a;
    switch (op) {
    case UNARY_NEG: return make(&fractions_type, int_binop(small_new(0), f->num, OP_SUB), f->den);
    case UNARY_POS: return make(&fractions_type, f->num, f->den);
    case UNARY_ABS: return make(&fractions_type, int_sign(f->num) < 0 ? int_binop(small_new(0), f->num, OP_SUB) : f->num, f->den);
    default: return NotImplemented;
    }
}

/* ---- comparison and hashing ------------------------------------------------------------------- */

static Obj *fraction_compare(Obj *a, Obj *b, int op)
{
    mpq_t x, y;
    if (is_rational(b)) {
        mpq_inits(x, y, NULL);
        fractions_get_mpq(a, x);
        fractions_get_mpq(b, y);
    } else {
        double d;
        if (float_check(b)) {
            d = float_value(b);
        } else if (obj_is(b, &type_complex) && (op == CMP_EQ || op == CMP_NE)) {
            ComplexObj *z = (ComplexObj *)b;
            if (z->im != 0)
                return bool_from(op == CMP_NE);
            d = z->re;
        } else {
            return NotImplemented;
        }
        if (isnan(d) || isinf(d))
            return obj_compare(float_new(0.0), float_new(d), op);
        mpq_inits(x, y, NULL);
        fractions_get_mpq(a, x);
        mpq_set_d(y, d);
    }
    int c = mpq_cmp(x, y);
    mpq_clears(x, y, NULL);
    return bool_from(int_cmp_holds(c, op));
}

static int64_t fraction_hash(Obj *o)
{
    FractionObj *f = (FractionObj *)o;
    mpz_t n, d, m;
    mpz_inits(n, d, m, NULL);
    int_get_mpz(f->num, n);
    int_get_mpz(f->den, d);
    mpz_set_ui(m, INT_HASH_MODULUS);
    int64_t h;
    if (!mpz_invert(d, d, m)) {
        h = 314159;    /* the hash of infinity: the denominator is a multiple of the modulus */
    } else {
        bool neg = mpz_sgn(n) < 0;
        mpz_abs(n, n);
        mpz_mul(n, n, d);
        mpz_mod(n, n, m);
        h = (int64_t)mpz_get_ui(n);
        if (neg)
            h = -h;
    }
    mpz_clears(n, d, m, NULL);
    return h == -1 ? -2 : h;
}

static bool fraction_truth(Obj *o) { return int_sign(((FractionObj *)o)->num) != 0; }

/* ---- conversions and rounding -------------------------------------------------------------- */

/* num/den rounded to an int: floor, ceil, toward zero, or half to even. */
static Obj *round_int(Obj *num, Obj *den, int conv)
{
    Obj *qr = int_binop(num, den, OP_DIVMOD);
    Obj *q = tuple_get(qr, 0), *r = tuple_get(qr, 1);
    bool exact = int_sign(r) == 0;
    switch (conv) {
    case CONV_FLOOR: return q;
    case CONV_CEIL: return exact ? q : int_binop(q, small_new(1), OP_ADD);
    case CONV_ROUND: {
        int c = int_cmp(int_binop(r, small_new(2), OP_MUL), den);
        bool odd = int_sign(int_binop(q, small_new(2), OP_MOD)) != 0;
        return c > 0 || (c == 0 && odd) ? int_binop(q, small_new(1), OP_ADD) : q;
    }
    default:
        return int_sign(num) < 0 && !exact ? int_binop(q, small_new(1), OP_ADD) : q;
    }
}

static Obj *fraction_round(Obj *self, Obj *ndigits)
{
    FractionObj *f = (FractionObj *)self;
    if (!ndigits || ndigits == None)
        return round_int(f->num, f->den, CONV_ROUND);
    Obj *nd = obj_index(ndigits);
    Obj *shift = int_binop(small_new(10), int_sign(nd) < 0 ? int_binop(small_new(0), nd, OP_SUB) : nd, OP_POW);
    if (int_sign(nd) >= 0) {
        Obj *scaled = rational_op(self, shift, OP_MUL);
        FractionObj *s = (FractionObj *)scaled;
        return fractions_new(round_int(s->num, s->den, CONV_ROUND), shift);
    }
    FractionObj *s = (FractionObj *)rational_op(self, shift, OP_TRUEDIV);
    return fractions_new(int_binop(round_int(s->num, s->den, CONV_ROUND), shift, OP_MUL), small_new(1));
}

static Obj *fraction_convert(Obj *self, int conv, Obj *arg)
{
    FractionObj *f = (FractionObj *)self;
    switch (conv) {
    case CONV_INT:
    case CONV_TRUNC:
    case CONV_FLOOR:
    case CONV_CEIL: return round_int(f->num, f->den, conv == CONV_INT ? CONV_TRUNC : conv);
    case CONV_FLOAT: return to_float(self);
    case CONV_COMPLEX: return complex_new(float_value(to_float(self)), 0.0);
    case CONV_ROUND: return fraction_round(self, arg);
    default: return NULL;
    }
}

/* ---- printing ------------------------------------------------------------------------------ */

static Obj *fraction_repr(Obj *o)
{
    FractionObj *f = (FractionObj *)o;
    return str_printf("%s(%s, %s)", class_name(TYPE(o)), str_cstr(int_to_str(f->num)), str_cstr(int_to_str(f->den)));
}

static Obj *fraction_str(Obj *o)
{
    FractionObj *f = (FractionObj *)o;
    if (f->den == small_new(1))
        return int_to_str(f->num);
    return str_printf("%s/%s", str_cstr(int_to_str(f->num)), str_cstr(int_to_str(f->den)));
}

/* ---- methods --------------------------------------------------------------------------------- */

static Obj *m_limit_denominator(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"max_denominator", NULL};
    Obj *a[1];
    args_parse("limit_denominator", args, nargs, kwnames, names, 0, a);
    FractionObj *f = (FractionObj *)self;
    Obj *maxd = a[0] ? a[0] : small_new(1000000);
    if (obj_lt(maxd, small_new(1)))
        exc_raisef(&type_ValueError, "max_denominator should be at least 1");
    if (!obj_lt(maxd, f->den))
        return make(&fractions_type, f->num, f->den);
    /* The convergents p/q of the continued fraction of num/den, up to the last one whose
     * denominator fits; the answer is it or the best semiconvergent below it. */
    Obj *p0 = small_new(0), *q0 = small_new(1), *p1 = small_new(1), *q1 = small_new(0);
    Obj *n = f->num, *d = f->den;
    for (;;) {
        Obj *a_ = obj_binop(n, d, OP_FLOORDIV);
        Obj *q2 = obj_binop(q0, obj_binop(a_, q1, OP_MUL), OP_ADD);
        if (obj_lt(maxd, q2))
            break;
        Obj *p2 = obj_binop(p0, obj_binop(a_, p1, OP_MUL), OP_ADD);
        p0 = p1;
        q0 = q1;
        p1 = p2;
        q1 = q2;
        Obj *r = obj_binop(n, obj_binop(a_, d, OP_MUL), OP_SUB);
        n = d;
        d = r;
    }
    Obj *k = obj_binop(obj_binop(maxd, q0, OP_SUB), q1, OP_FLOORDIV);
    Obj *b1 = fractions_new(obj_binop(p0, obj_binop(k, p1, OP_MUL), OP_ADD), obj_binop(q0, obj_binop(k, q1, OP_MUL), OP_ADD));
    Obj *b2 = fractions_new(p1, q1);
    Obj *e1 = fraction_unop(rational_op(b1, self, OP_SUB), UNARY_ABS);
    Obj *e2 = fraction_unop(rational_op(b2, self, OP_SUB), UNARY_ABS);
    return obj_lt(e1, e2) ? b1 : b2;
}

static Obj *m_as_integer_ratio(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("as_integer_ratio", kwnames);
    args_count("as_integer_ratio", nargs, 0, 0);
    return tuple_pack(2, ((FractionObj *)self)->num, ((FractionObj *)self)->den);
}

static Obj *m_conjugate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("conjugate", kwnames);
    args_count("conjugate", nargs, 0, 0);
    return make(&fractions_type, ((FractionObj *)self)->num, ((FractionObj *)self)->den);
}

static Obj *m_from_float(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("from_float", kwnames);
    args_count("from_float", nargs, 1, 1);
    Obj *x = args[0];
    if (int_check(x))
        return make((Type *)cls, int_subclass_value(x), small_new(1));
    if (!float_check(x))
        exc_raisef(&type_TypeError, "%s.from_float() only takes floats, not %s (%s)", class_name((Type *)cls),
                   str_cstr(obj_repr(x)), obj_type_name(x));
    return fraction_new_slot((Type *)cls, args, 1, NULL);
}

static Obj *m_from_decimal(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("from_decimal", kwnames);
    args_count("from_decimal", nargs, 1, 1);
    return fraction_new_slot((Type *)cls, args, 1, NULL);
}

static Obj *m_dunder_round(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("__round__", kwnames);
    args_count("__round__", nargs, 0, 1);
    return fraction_round(self, nargs ? args[0] : NULL);
}

static Obj *conv_method(Obj *self, const char *name, int nargs, Obj *kwnames, int conv)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 0, 0);
    return fraction_convert(self, conv, NULL);
}

static Obj *m_floor(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    return conv_method(self, "__floor__", nargs, kwnames, CONV_FLOOR);
}

static Obj *m_ceil(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    return conv_method(self, "__ceil__", nargs, kwnames, CONV_CEIL);
}

static Obj *m_trunc(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    return conv_method(self, "__trunc__", nargs, kwnames, CONV_TRUNC);
}

static Obj *get_num(Obj *self) { return ((FractionObj *)self)->num; }
static Obj *get_den(Obj *self) { return ((FractionObj *)self)->den; }
static Obj *get_real(Obj *self) { return self; }
static Obj *get_imag(Obj *self) { (void)self; return small_new(0); }

static const MethodDef fraction_methods[] = {
    {"limit_denominator", m_limit_denominator, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"conjugate", m_conjugate, 0},
    {"from_float", m_from_float, METH_CLASS},
    {"from_decimal", m_from_decimal, METH_CLASS},
    {"__round__", m_dunder_round, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__trunc__", m_trunc, 0},
    {NULL, NULL, 0},
};

static const GetSetDef fraction_getsets[] = {
    {"numerator", get_num, NULL},
    {"denominator", get_den, NULL},
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

Type fractions_type = {
    .base = {&type_type},
    .name = "Fraction",
    .module = "fractions",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(FractionObj),
    .new = fraction_new_slot,
    .repr = fraction_repr,
    .str = fraction_str,
    .hash = fraction_hash,
    .compare = fraction_compare,
    .binop = fraction_binop,
    .unop = fraction_unop,
    .convert = fraction_convert,
    .truth = fraction_truth,
    .methods = fraction_methods,
    .getsets = fraction_getsets,
};

static void fractions_init(Obj *m)
{
    type_ready(&fractions_type);
    module_add(m, "Fraction", (Obj *)&fractions_type);
}

const ModuleDef fractions_module = {"fractions", fractions_init, NULL};

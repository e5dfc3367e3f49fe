/* runtime/lang/int.c — int and bool: small ints unboxed in the value, GMP beyond, with CPython's
 * arithmetic (floor division, correctly rounded true division, pow with a modulus), hashing,
 * text conversions (including the 4300-digit limit) and error messages. */
#include "runtime/lang/int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/gc.h"
#include "base/mem.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/bytes.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/lang/strfmt.h"
#include "runtime/lang/tuple.h"

/* sys.set_int_max_str_digits: at most this many decimal digits in int<->str conversions (0: no
 * limit); back to CPython's default at the start of every request. */
static int64_t max_str_digits = INT_DEFAULT_MAX_STR_DIGITS;

void int_set_max_str_digits(int64_t n) { max_str_digits = n; }
int64_t int_max_str_digits(void) { return max_str_digits; }

Obj obj_true = {&type_bool};
Obj obj_false = {&type_bool};

/* ---- representation --------------------------------------------------------------------- */

/* The value of o when it is a small int or a bool. Subclass instances and big ints keep an mpz. */
static inline bool as_small(const Obj *o, intptr_t *v)
{
    if (is_small(o)) {
        *v = small_value(o);
        return true;
    }
    if (o == True || o == False) {
        *v = o == True;
        return true;
    }
    return false;
}

static void int_finalize(void *block) { mpz_clear(((IntObj *)block)->z); }

static IntObj *int_alloc(Type *type)
{
    IntObj *o = gc_alloc_final(type->basicsize ? type->basicsize : sizeof(IntObj), int_finalize);
    o->base.type = type;
    mpz_init(o->z);
    return o;
}

/* A read-only mpz view of any int, without copying the limbs of a big one. */
typedef struct ZView {
    mpz_t z;
    mp_limb_t limb;
} ZView;

static mpz_srcptr zview(ZView *w, const Obj *o)
{
    intptr_t v;
    if (!as_small(o, &v))
        return ((const IntObj *)o)->z;
    w->limb = (mp_limb_t)(v < 0 ? -(uintptr_t)v : (uintptr_t)v);
    return mpz_roinit_n(w->z, &w->limb, v < 0 ? -1 : v > 0);
}

/* The value of z as an int: a small int when it fits, else a block holding a copy of the limbs
 * after the IntObj, which a read-only mpz points at. Such a block needs no finalizer and no
 * library memory, so big-int arithmetic costs one collected allocation per result. */
static Obj *int_box(mpz_srcptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (small_fits(v))
            return small_new(v);
    }
    size_t n = mpz_size(z);
    IntObj *o = gc_alloc_atomic(sizeof(IntObj) + n * sizeof(mp_limb_t));
    o->base.type = &type_int;
    mp_limb_t *limbs = (mp_limb_t *)(o + 1);
    memcpy(limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    mpz_roinit_n(o->z, limbs, mpz_sgn(z) < 0 ? -(mp_size_t)n : (mp_size_t)n);
    return (Obj *)o;
}

/* int_box for a temporary of the caller's, which it clears. */
static Obj *int_take(mpz_t r)
{
    Obj *o = int_box(r);
    mpz_clear(r);
    return o;
}

/* The result register of the operators other than + - *: kept between operations so that they
 * allocate library memory only while results grow; given back once a result was large, and at
 * the end of each request. */
static mpz_t scratch;
static bool scratch_ready;

static mpz_ptr scratch_get(void)
{
    if (!scratch_ready) {
        mpz_init(scratch);
        scratch_ready = true;
    }
    return scratch;
}

void int_release_scratch(void)
{
    if (scratch_ready) {
        mpz_clear(scratch);
        scratch_ready = false;
    }
}

static Obj *scratch_box(void)
{
    Obj *o = int_box(scratch);
    if (mpz_size(scratch) > 64) {
        mpz_clear(scratch);
        mpz_init(scratch);
    }
    return o;
}

/* A block for a result of at most n limbs, written by the mpn functions in place. */
static IntObj *limb_block(size_t n, mp_limb_t **limbs)
{
    IntObj *o = gc_alloc_atomic(sizeof(IntObj) + n * sizeof(mp_limb_t));
    o->base.type = &type_int;
    *limbs = (mp_limb_t *)(o + 1);
    return o;
}

/* Finishes a limb_block holding n limbs (high zero limbs allowed) with the given sign. */
static Obj *limb_finish(IntObj *o, mp_limb_t *limbs, size_t n, bool neg)
{
    while (n > 0 && limbs[n - 1] == 0)
        n--;
    if (n == 0)
        return small_new(0);
    if (n == 1 && limbs[0] <= (mp_limb_t)SMALL_MAX + neg)
        return small_new(neg ? (intptr_t)(0 - limbs[0]) : (intptr_t)limbs[0]);
    mpz_roinit_n(o->z, limbs, neg ? -(mp_size_t)n : (mp_size_t)n);
    return (Obj *)o;
}

/* A big-int operand as the mpn functions take it. */
typedef struct Limbs {
    const mp_limb_t *p;
    size_t n;
    bool neg;
} Limbs;

static Limbs limbs_of(mpz_srcptr z, bool negate)
{
    return (Limbs){mpz_limbs_read(z), mpz_size(z), (mpz_sgn(z) < 0) != negate};
}

/* Puts the operand of larger magnitude first, as mpn_add, mpn_sub and mpn_mul require. */
static void larger_first(Limbs *a, Limbs *b)
{
    if (a->n < b->n || (a->n == b->n && mpn_cmp(a->p, b->p, (mp_size_t)a->n) < 0)) {
        Limbs t = *a;
        *a = *b;
        *b = t;
    }
}

/* a + b (b negated when sub) with the mpn functions straight into the result's block: the
 * operators of loops over big ints allocate nothing but the result. */
static Obj *big_addsub(mpz_srcptr za, mpz_srcptr zb, bool sub)
{
    Limbs a = limbs_of(za, false), b = limbs_of(zb, sub);
    larger_first(&a, &b);
    mp_limb_t *r;
    IntObj *o = limb_block(a.n + 1, &r);
    if (b.n == 0) {
        memcpy(r, a.p, a.n * sizeof(mp_limb_t));
        r[a.n] = 0;
    } else if (a.neg == b.neg) {
        r[a.n] = mpn_add(r, a.p, (mp_size_t)a.n, b.p, (mp_size_t)b.n);
    } else {
        mpn_sub(r, a.p, (mp_size_t)a.n, b.p, (mp_size_t)b.n);
        r[a.n] = 0;
    }
    return limb_finish(o, r, a.n + 1, a.neg);
}

static Obj *big_mul(mpz_srcptr za, mpz_srcptr zb)
{
    Limbs a = limbs_of(za, false), b = limbs_of(zb, false);
    if (a.n == 0 || b.n == 0)
        return small_new(0);
    larger_first(&a, &b);
    mp_limb_t *r;
    IntObj *o = limb_block(a.n + b.n, &r);
    mpn_mul(r, a.p, (mp_size_t)a.n, b.p, (mp_size_t)b.n);
    return limb_finish(o, r, a.n + b.n, a.neg != b.neg);
}

Obj *int_from_i64(int64_t v)
{
    if (small_fits(v))
        return small_new(v);
    mp_limb_t limb = (mp_limb_t)(v < 0 ? -(uint64_t)v : (uint64_t)v);
    mpz_t z;
    return int_box(mpz_roinit_n(z, &limb, v < 0 ? -1 : 1));
}

Obj *int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)SMALL_MAX)
        return small_new((intptr_t)v);
    mp_limb_t limb = (mp_limb_t)v;
    mpz_t z;
    return int_box(mpz_roinit_n(z, &limb, 1));
}

Obj *int_from_mpz(const mpz_t z) { return int_box(z); }

void int_get_mpz(const Obj *o, mpz_t out)
{
    ZView w;
    mpz_set(out, zview(&w, o));
}

bool int_get_i64(const Obj *o, int64_t *out)
{
    intptr_t v;
    if (as_small(o, &v)) {
        *out = v;
        return true;
    }
    mpz_srcptr z = ((const IntObj *)o)->z;
    if (!mpz_fits_slong_p(z))
        return false;
    *out = mpz_get_si(z);
    return true;
}

int int_sign(const Obj *o)
{
    intptr_t v;
    if (as_small(o, &v))
        return (v > 0) - (v < 0);
    return mpz_sgn(((const IntObj *)o)->z);
}

uint64_t int_bit_length(const Obj *o)
{
    intptr_t v;
    if (as_small(o, &v)) {
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        return u ? 64 - (uint64_t)__builtin_clzll(u) : 0;
    }
    mpz_srcptr z = ((const IntObj *)o)->z;
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

void int_check_large_result(double bytes)
{
    /* Without a request limit, GMP's own ceiling (and the machine) still make 4 GiB hopeless. */
    size_t limit = mem_limit();
    double cap = limit && limit < ((size_t)1 << 32) ? (double)limit : (double)((size_t)1 << 32);
    if (bytes > cap)
        exc_raise((Obj *)&type_MemoryError);
}

/* ---- conversions to and from double ------------------------------------------------------ */

/* |z| * 2**-shift correctly rounded to a double, where q (at most 64 bits) holds the leading bits
 * of |z| and `sticky` says whether any bit below them is set. Rounding happens once, in the final
 * cast: the extended type holds q and the scaling exactly. */
static double scaled_to_double(uint64_t q, bool sticky, long shift)
{
    if (sticky)
        q |= 1;
    return (double)ldexpl((long double)q, (int)-shift);
}

double int_to_double(const Obj *o)
{
    intptr_t v;
    if (as_small(o, &v))
        return (double)v;
    mpz_srcptr z = ((const IntObj *)o)->z;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 1024)
        exc_raisef(&type_OverflowError, "int too large to convert to float");
    double d;
    if (bits <= 63) {
        d = (double)mpz_get_si(z);
    } else {
        mpz_t t;
        mpz_init(t);
        mpz_tdiv_q_2exp(t, z, bits - 60);
        mpz_abs(t, t);
        bool sticky = mpz_scan1(z, 0) < bits - 60;
        d = scaled_to_double(mpz_get_ui(t), sticky, -(long)(bits - 60));
        mpz_clear(t);
        if (mpz_sgn(z) < 0)
            d = -d;
    }
    if (isinf(d))
        exc_raisef(&type_OverflowError, "int too large to convert to float");
    return d;
}

Obj *int_from_double(double d)
{
    if (isnan(d))
        exc_raisef(&type_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        exc_raisef(&type_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 4e18)
        return int_from_i64((int64_t)d);
    mpz_t r;
    mpz_init_set_d(r, d);
    return int_take(r);
}

/* a / b correctly rounded, as CPython's int true division. */
static double int_truediv(const Obj *a, const Obj *b)
{
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y) && x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) &&
        y < (1LL << 53)) {
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "division by zero");
        return (double)x / (double)y;
    }
    ZView wa, wb;
    mpz_srcptr za = zview(&wa, a), zb = zview(&wb, b);
    if (mpz_sgn(zb) == 0)
        exc_raisef(&type_ZeroDivisionError, "division by zero");
    if (mpz_sgn(za) == 0)
        return mpz_sgn(zb) < 0 ? -0.0 : 0.0;
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    long na = (long)mpz_sizeinbase(za, 2), nb = (long)mpz_sizeinbase(zb, 2);
    long exp = na - nb;
    if (exp > 1025)
        exc_raisef(&type_OverflowError, "integer division result too large for a float");
    double d;
    if (exp < -1080) {
        d = 0.0;
    } else {
        /* q = floor(|a| * 2**s / |b|) keeps 55 bits or so, and never more precision than the
         * smallest subnormal needs plus two. */
        long s = 55 - exp;
        if (s > 1076)
            s = 1076;
        mpz_t n, m, q, r;
        mpz_inits(n, m, q, r, NULL);
        mpz_abs(n, za);
        mpz_abs(m, zb);
        if (s >= 0)
            mpz_mul_2exp(n, n, (mp_bitcnt_t)s);
        else
            mpz_mul_2exp(m, m, (mp_bitcnt_t)-s);
        mpz_tdiv_qr(q, r, n, m);
        d = scaled_to_double(mpz_get_ui(q), mpz_sgn(r) != 0, s);
        mpz_clears(n, m, q, r, NULL);
    }
    if (isinf(d))
        exc_raisef(&type_OverflowError, "integer division result too large for a float");
    return neg ? -d : d;
}

/* ---- text ----------------------------------------------------------------------------------- */

Obj *int_to_str(const Obj *o)
{
    intptr_t v;
    if (as_small(o, &v)) {
        char tmp[24];
        int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
        return str_new(tmp, (size_t)n);
    }
    mpz_srcptr z = ((const IntObj *)o)->z;
    size_t digits = mpz_sizeinbase(z, 10);
    if (max_str_digits && digits > (size_t)max_str_digits + 1)
        exc_raisef(&type_ValueError, "Exceeds the limit (%lld digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit", (long long)max_str_digits);
    char *s = gc_alloc_atomic(digits + 2);
    mpz_get_str(s, 10, z);
    size_t len = strlen(s);
    if (max_str_digits && len - (s[0] == '-') > (size_t)max_str_digits)
        exc_raisef(&type_ValueError, "Exceeds the limit (%lld digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit", (long long)max_str_digits);
    return str_new(s, len);
}

Obj *int_to_base(const Obj *o, int base, bool prefix)
{
    ZView w;
    mpz_srcptr z = zview(&w, o);
    size_t n = mpz_sizeinbase(z, base);
    char *s = gc_alloc_atomic(n + 5);
    char *p = s;
    if (mpz_sgn(z) < 0)
        *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(p, base, a);
    mpz_clear(a);
    return str_from_cstr(s);
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

_Noreturn static void invalid_literal(const char *s, size_t len, int base)
{
    Obj *r = str_repr(str_new(s, len));
    size_t cut = str_bytes(r);
    if (str_nchars(r) > 200) {
        const char *p = str_cstr(r);
        for (int i = 0; i < 200; i++)
            str_utf8_next(&p);
        cut = (size_t)(p - str_cstr(r));
    }
    exc_raisef(&type_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)cut, str_cstr(r));
}

Obj *int_from_text(const char *s, size_t len, int base)
{
    const char *p = s, *end = s + len;
    int orig_base = base;
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = false;
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    /* Digits with single underscores between them (or right after a prefix). */
    char *digits = gc_alloc_atomic((size_t)(end - p) + 2);
    size_t nd = 0;
    bool last_underscore = !prefixed;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (last_underscore)
                invalid_literal(s, len, orig_base);
            last_underscore = true;
            continue;
        }
        if (digit_value((unsigned char)*q) >= base)
            invalid_literal(s, len, orig_base);
        digits[nd++] = *q;
        last_underscore = false;
    }
    if (nd == 0 || last_underscore)
        invalid_literal(s, len, orig_base);
    if (base0_decimal && digits[0] == '0') {
        for (size_t i = 0; i < nd; i++)
            if (digits[i] != '0')
                invalid_literal(s, len, orig_base);
    }
    if ((base & (base - 1)) != 0 && max_str_digits && nd > (size_t)max_str_digits)
        exc_raisef(&type_ValueError, "Exceeds the limit (%lld digits) for integer string conversion: value has "
                   "%zu digits; use sys.set_int_max_str_digits() to increase the limit", (long long)max_str_digits, nd);
    if (nd <= 18 && base == 10) {
        int64_t v = 0;
        for (size_t i = 0; i < nd; i++)
            v = v * 10 + (digits[i] - '0');
        return int_from_i64(neg ? -v : v);
    }
    digits[nd] = 0;
    mpz_t r;
    mpz_init(r);
    mpz_set_str(r, digits, base);
    if (neg)
        mpz_neg(r, r);
    return int_take(r);
}

/* ---- hashing ------------------------------------------------------------------------------- */

int64_t int_hash(const Obj *o)
{
    intptr_t v;
    int64_t h;
    if (as_small(o, &v)) {
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        h = (int64_t)(u % INT_HASH_MODULUS);
        if (v < 0)
            h = -h;
    } else {
        mpz_srcptr z = ((const IntObj *)o)->z;
        h = (int64_t)mpz_tdiv_ui(z, INT_HASH_MODULUS);
        if (mpz_sgn(z) < 0)
            h = -h;
    }
    return h == -1 ? -2 : h;
}

static int64_t int_hash_slot(Obj *o) { return int_hash(o); }

/* ---- arithmetic ---------------------------------------------------------------------------- */

static Obj *int_pow(Obj *a, Obj *b)
{
    if (int_sign(b) < 0) {
        double x = int_to_double(a), y = int_to_double(b);
        if (x == 0.0)
            exc_raisef(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(pow(x, y));
    }
    ZView wa;
    mpz_srcptr za = zview(&wa, a);
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        int64_t e;
        bool odd = int_get_i64(b, &e) ? (e & 1) != 0 : mpz_odd_p(((IntObj *)b)->z);
        if (mpz_sgn(za) == 0)
            return small_new(int_sign(b) == 0);
        if (mpz_sgn(za) < 0 && odd)
            return small_new(-1);
        return small_new(1);
    }
    int64_t e;
    if (!int_get_i64(b, &e))
        exc_raise((Obj *)&type_MemoryError);
    int_check_result_size((double)mpz_sizeinbase(za, 2) * (double)e / 8.0);
    intptr_t x;
    if (as_small(a, &x) && e < 64) {
        /* Repeated squaring in machine words while it cannot overflow. */
        intptr_t r = 1, base = x;
        int64_t k = e;
        bool ok = true;
        while (k && ok) {
            if (k & 1)
                ok = !__builtin_mul_overflow(r, base, &r);
            k >>= 1;
            if (k && ok)
                ok = !__builtin_mul_overflow(base, base, &base);
        }
        if (ok)
            return int_from_i64(r);
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)e);
    return int_take(r);
}

Obj *int_pow3(Obj *a, Obj *b, Obj *m)
{
    ZView wa, wb, wm;
    mpz_srcptr za = zview(&wa, a), zb = zview(&wb, b), zm = zview(&wm, m);
    if (mpz_sgn(zm) == 0)
        exc_raisef(&type_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t r, am;
    mpz_inits(r, am, NULL);
    mpz_abs(am, zm);
    if (mpz_sgn(zb) < 0) {
        mpz_t inv;
        mpz_init(inv);
        if (!mpz_invert(inv, za, am)) {
            mpz_clears(r, am, inv, NULL);
            exc_raisef(&type_ValueError, "base is not invertible for the given modulus");
        }
        mpz_t nb;
        mpz_init(nb);
        mpz_neg(nb, zb);
        mpz_powm(r, inv, nb, am);
        mpz_clears(inv, nb, NULL);
    } else {
        mpz_powm(r, za, zb, am);
    }
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
        mpz_add(r, r, zm);
    mpz_clear(am);
    return int_take(r);
}

static Obj *int_shift(Obj *a, Obj *b, bool left)
{
    if (int_sign(b) < 0)
        exc_raisef(&type_ValueError, "negative shift count");
    int64_t n = 0;
    bool fits = int_get_i64(b, &n);
    if (int_sign(a) == 0)
        return small_new(0);
    if (!left) {
        if (!fits || n >= (int64_t)int_bit_length(a) + 1)
            return small_new(int_sign(a) < 0 ? -1 : 0);
        intptr_t x;
        if (as_small(a, &x))
            return small_new(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
        mpz_t r;
        mpz_init(r);
        mpz_fdiv_q_2exp(r, ((IntObj *)a)->z, (mp_bitcnt_t)n);
        return int_take(r);
    }
    if (!fits)
        exc_raisef(&type_OverflowError, "too many digits in integer");
    intptr_t x;
    if (as_small(a, &x) && n < 62) {
        intptr_t lim = (intptr_t)1 << (62 - n);
        if (x < lim && x >= -lim)
            return small_new(x * ((intptr_t)1 << n));
    }
    int_check_result_size(((double)int_bit_length(a) + (double)n) / 8.0);
    ZView w;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, zview(&w, a), (mp_bitcnt_t)n);
    return int_take(r);
}

static Obj *divmod_pair(Obj *a, Obj *b)
{
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
        intptr_t q = x / y, r = x % y;
        if (r && ((r < 0) != (y < 0))) {
            r += y;
            q--;
        }
        return tuple_pack(2, int_from_i64(q), small_new(r));
    }
    ZView wa, wb;
    mpz_srcptr za = zview(&wa, a), zb = zview(&wb, b);
    if (mpz_sgn(zb) == 0)
        exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, za, zb);
    return tuple_pack(2, int_take(q), int_take(r));
}

/* The operators on two small values; NULL when the result needs the general path. */
static Obj *small_binop(intptr_t x, intptr_t y, int op)
{
    intptr_t r;
    switch (op) {
    case OP_ADD:
        return int_from_i64(x + y);
    case OP_SUB:
        return int_from_i64(x - y);
    case OP_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return NULL;
        return int_from_i64(r);
    case OP_FLOORDIV:
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
        r = x / y;
        if ((x % y) && ((x < 0) != (y < 0)))
            r--;
        return int_from_i64(r);
    case OP_MOD:
        if (y == 0)
            exc_raisef(&type_ZeroDivisionError, "integer modulo by zero");
        r = x % y;
        if (r && ((r < 0) != (y < 0)))
            r += y;
        return small_new(r);
    case OP_AND:
        return small_new(x & y);
    case OP_OR:
        return small_new(x | y);
    case OP_XOR:
        return small_new(x ^ y);
    default:
        return NULL;
    }
}

Obj *int_binop(Obj *a, Obj *b, int op)
{
    if (!int_check(a) || !int_check(b))
        return NotImplemented;
    op = OP_BASE(op);
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        Obj *r = small_binop(x, y, op);
        if (r)
            return r;
    }
    switch (op) {
    case OP_TRUEDIV:
        return float_new(int_truediv(a, b));
    case OP_POW:
        return int_pow(a, b);
    case OP_LSHIFT:
        return int_shift(a, b, true);
    case OP_RSHIFT:
        return int_shift(a, b, false);
    case OP_DIVMOD:
        return divmod_pair(a, b);
    case OP_MATMUL:
        return NotImplemented;
    default:
        break;
    }
    ZView wa, wb;
    mpz_srcptr za = zview(&wa, a), zb = zview(&wb, b);
    if ((op == OP_FLOORDIV || op == OP_MOD) && mpz_sgn(zb) == 0)
        exc_raisef(&type_ZeroDivisionError, op == OP_MOD ? "integer modulo by zero"
                                                         : "integer division or modulo by zero");
    switch (op) {
    case OP_ADD:
    case OP_SUB:
        return big_addsub(za, zb, op == OP_SUB);
    case OP_MUL:
        int_check_result_size(((double)mpz_size(za) + (double)mpz_size(zb)) * sizeof(mp_limb_t));
        return big_mul(za, zb);
    default:
        break;
    }
    mpz_ptr r = scratch_get();
    switch (op) {
    case OP_FLOORDIV: mpz_fdiv_q(r, za, zb); break;
    case OP_MOD: mpz_fdiv_r(r, za, zb); break;
    case OP_AND: mpz_and(r, za, zb); break;
    case OP_OR: mpz_ior(r, za, zb); break;
    case OP_XOR: mpz_xor(r, za, zb); break;
    default: break;
    }
    return scratch_box();
}

static Obj *int_unop(Obj *a, int op)
{
    intptr_t x;
    if (as_small(a, &x)) {
        switch (op) {
        case UNARY_NEG: return int_from_i64(-x);
        case UNARY_POS: return small_new(x);
        case UNARY_INVERT: return small_new(~x);
        default: return small_new(x < 0 ? -x : x);
        }
    }
    mpz_srcptr z = ((IntObj *)a)->z;
    mpz_ptr r = scratch_get();
    switch (op) {
    case UNARY_NEG: mpz_neg(r, z); break;
    case UNARY_POS: mpz_set(r, z); break;
    case UNARY_INVERT: mpz_com(r, z); break;
    default: mpz_abs(r, z); break;
    }
    return scratch_box();
}

int int_cmp(const Obj *a, const Obj *b)
{
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y))
        return (x > y) - (x < y);
    ZView wa, wb;
    int c = mpz_cmp(zview(&wa, a), zview(&wb, b));
    return (c > 0) - (c < 0);
}

bool int_cmp_holds(int c, int op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static Obj *int_compare(Obj *a, Obj *b, int op)
{
    if (!int_check(a) || !int_check(b))
        return NotImplemented;
    return bool_from(int_cmp_holds(int_cmp(a, b), op));
}

/* round(x, ndigits) for an int: ndigits >= 0 changes nothing; otherwise round half to even at
 * 10**-ndigits. */
static Obj *int_round(Obj *self, Obj *nd)
{
    Obj *v = obj_to_int(self);
    if (!nd || nd == None)
        return v;
    Obj *n = obj_index(nd);
    if (int_sign(n) >= 0)
        return v;
    int64_t k;
    if (!int_get_i64(n, &k) || k < -100000000)
        return small_new(0);
    mpz_t p, q, r, twice;
    mpz_inits(p, q, r, twice, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-k);
    ZView w;
    mpz_fdiv_qr(q, r, zview(&w, v), p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, twice, NULL);
    return int_take(q);
}

static Obj *int_convert(Obj *self, int conv, Obj *arg)
{
    switch (conv) {
    case CONV_FLOAT:
        return float_new(int_to_double(self));
    case CONV_COMPLEX:
        return complex_new(int_to_double(self), 0.0);
    case CONV_ROUND:
        return int_round(self, arg);
    default:
        return int_subclass_value(self);
    }
}

Obj *int_subclass_value(const Obj *o)
{
    intptr_t v;
    if (as_small(o, &v))
        return small_new(v);
    return int_from_mpz(((const IntObj *)o)->z);
}

static bool int_truth(Obj *o) { return int_sign(o) != 0; }

static Obj *int_repr(Obj *o) { return int_to_str(o); }

static Obj *int_format(Obj *o, Obj *spec) { return strfmt_int(o, spec); }

/* ---- construction -------------------------------------------------------------------------- */

/* An instance of a subclass of int holding value v. */
static Obj *int_instance(Type *type, Obj *v)
{
    if (type == &type_int)
        return v;
    IntObj *o = int_alloc(type);
    int_get_mpz(v, o->z);
    return (Obj *)o;
}

static Obj *int_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"$x", "base", NULL};
    Obj *a[2];
    args_parse("int", args, nargs, kwnames, names, 0, a);
    if (!a[0]) {
        if (a[1])
            exc_raisef(&type_TypeError, "int() missing string argument");
        return int_instance(type, small_new(0));
    }
    Obj *x = a[0];
    if (!a[1])
        return int_instance(type, obj_to_int(x));
    int64_t base = obj_index_i64(a[1]);
    if (base != 0 && (base < 2 || base > 36))
        exc_raisef(&type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (str_check(x))
        return int_instance(type, int_from_text(str_cstr(x), str_bytes(x), (int)base));
    if (bytes_check(x))
        return int_instance(type, int_from_text(bytes_data(x), bytes_len(x), (int)base));
    exc_raisef(&type_TypeError, "int() can't convert non-string with explicit base");
}

/* ---- methods -------------------------------------------------------------------------------- */

static Obj *m_bit_length(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("int.bit_length", kwnames);
    args_count("int.bit_length", nargs, 0, 0);
    return int_from_u64(int_bit_length(self));
}

static Obj *m_bit_count(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("int.bit_count", kwnames);
    args_count("int.bit_count", nargs, 0, 0);
    ZView w;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, zview(&w, self));
    Obj *r = int_from_u64(mpz_popcount(a));
    mpz_clear(a);
    return r;
}

static Obj *m_conjugate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("int.conjugate", kwnames);
    args_count("int.conjugate", nargs, 0, 0);
    return int_subclass_value(self);
}

static Obj *m_as_integer_ratio(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("int.as_integer_ratio", kwnames);
    args_count("int.as_integer_ratio", nargs, 0, 0);
    return tuple_pack(2, int_subclass_value(self), small_new(1));
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return int_subclass_value(self);
}

static Obj *m_to_bytes(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    Obj *a[3];
    args_parse("to_bytes", args, nargs, kwnames, names, 0, a);
    int64_t len = a[0] ? obj_index_i64(a[0]) : 1;
    if (len < 0)
        exc_raisef(&type_ValueError, "length argument must be non-negative");
    bool little = false;
    if (a[1]) {
        if (!str_check(a[1]))
            exc_raisef(&type_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", obj_type_name(a[1]));
        if (strcmp(str_cstr(a[1]), "little") == 0)
            little = true;
        else if (strcmp(str_cstr(a[1]), "big") != 0)
            exc_raisef(&type_ValueError, "byteorder must be either 'little' or 'big'");
    }
    bool sgn = a[2] && obj_truth(a[2]);
    ZView w;
    mpz_srcptr z = zview(&w, self);
    if (mpz_sgn(z) < 0 && !sgn)
        exc_raisef(&type_OverflowError, "can't convert negative int to unsigned");
    mpz_t t;
    mpz_init_set(t, z);
    if (mpz_sgn(t) < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, (unsigned long)(8 * len));
        mpz_add(t, t, m);
        mpz_clear(m);
    }
    size_t bits = mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0;
    bool over = sgn ? (mpz_sgn(z) >= 0 ? bits + 1 > (size_t)(8 * len) : bits > (size_t)(8 * len) ||
                                                                           mpz_sizeinbase(z, 2) > (size_t)(8 * len))
                    : bits > (size_t)(8 * len);
    if (over && !(len == 0 && mpz_sgn(z) == 0)) {
        mpz_clear(t);
        exc_raisef(&type_OverflowError, "int too big to convert");
    }
    unsigned char *out = gc_alloc_atomic((size_t)len + 1);
    size_t count = (bits + 7) / 8;
    if (count)
        mpz_export(out + len - count, &count, 1, 1, 0, 0, t);
    mpz_clear(t);
    if (little)
        for (int64_t i = 0; i < len / 2; i++) {
            unsigned char c = out[i];
            out[i] = out[len - 1 - i];
            out[len - 1 - i] = c;
        }
    return bytes_new((const char *)out, (size_t)len);
}

static Obj *m_from_bytes(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    Obj *a[3];
    args_parse("from_bytes", args, nargs, kwnames, names, 1, a);
    Obj *b = bytes_check(a[0]) ? a[0] : bytes_from_iterable(a[0]);
    bool little = a[1] && str_check(a[1]) && strcmp(str_cstr(a[1]), "little") == 0;
    if (a[1] && (!str_check(a[1]) || (!little && strcmp(str_cstr(a[1]), "big") != 0)))
        exc_raisef(&type_ValueError, "byteorder must be either 'little' or 'big'");
    mpz_t r;
    mpz_init(r);
    size_t n = bytes_len(b);
    if (n)
        mpz_import(r, n, little ? -1 : 1, 1, 0, 0, bytes_data(b));
    if (a[2] && obj_truth(a[2]) && n && (((unsigned char)bytes_data(b)[little ? n - 1 : 0]) & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, (unsigned long)(8 * n));
        mpz_sub(r, r, m);
        mpz_clear(m);
    }
    Obj *v = int_take(r);
    Type *t = (Type *)cls;
    return t == &type_int || t == &type_bool ? (t == &type_bool ? bool_from(int_sign(v)) : v) : obj_call1(cls, v);
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"conjugate", m_conjugate, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"to_bytes", m_to_bytes, 0},
    {"from_bytes", m_from_bytes, METH_CLASS},
    {"__index__", m_index, 0},
    {"__int__", m_index, 0},
    {NULL, NULL, 0},
};

static Obj *get_self(Obj *self) { return int_subclass_value(self); }
static Obj *get_zero(Obj *self) { (void)self; return small_new(0); }
static Obj *get_one(Obj *self) { (void)self; return small_new(1); }

static const GetSetDef int_getsets[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};

Type type_int = {
    .base = {&type_type},
    .name = "int",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_INT | TF_IMMUTABLE,
    .basicsize = sizeof(IntObj),
    .new = int_new,
    .repr = int_repr,
    .hash = int_hash_slot,
    .compare = int_compare,
    .binop = int_binop,
    .unop = int_unop,
    .convert = int_convert,
    .format = int_format,
    .truth = int_truth,
    .getattr = obj_generic_getattr,
    .methods = int_methods,
    .getsets = int_getsets,
};

/* ---- bool ---------------------------------------------------------------------------------- */

static Obj *bool_repr(Obj *o) { return str_intern_cstr(o == True ? "True" : "False"); }

static Obj *bool_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("bool", kwnames);
    args_count("bool", nargs, 0, 1);
    return bool_from(nargs && obj_truth(args[0]));
}

static Obj *bool_binop(Obj *a, Obj *b, int op)
{
    int base = OP_BASE(op);
    if ((a == True || a == False) && (b == True || b == False) &&
        (base == OP_AND || base == OP_OR || base == OP_XOR)) {
        bool x = a == True, y = b == True;
        return bool_from(base == OP_AND ? x & y : base == OP_OR ? x | y : x ^ y);
    }
    return int_binop(a, b, op);
}

Type type_bool = {
    .base = {&type_type},
    .name = "bool",
    .base_type = &type_int,
    .flags = TF_INT | TF_IMMUTABLE,
    .basicsize = sizeof(Obj),
    .new = bool_new,
    .repr = bool_repr,
    .hash = int_hash_slot,
    .compare = int_compare,
    .binop = bool_binop,
    .unop = int_unop,
    .convert = int_convert,
    .format = int_format,
    .truth = int_truth,
    .getattr = obj_generic_getattr,
};

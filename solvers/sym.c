/* solvers/sym.c — expression nodes, atoms, hashing, equality, canonical order, errors. */
#include "solvers/sym.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/gc.h"

/* ---- errors ---------------------------------------------------------------------------- */

static sym_error_handler error_handler;

void sym_set_error_handler(sym_error_handler h) { error_handler = h; }

static const char *const error_names[SYM_E_COUNT][2] = {
    [SYM_E_TYPE] = {"TypeError", "TypeError"},
    [SYM_E_VALUE] = {"ValueError", "ValueError"},
    [SYM_E_ZERO_DIVISION] = {"ZeroDivisionError", "ZeroDivisionError"},
    [SYM_E_NOT_IMPLEMENTED] = {"NotImplementedError", "NotImplementedError"},
    [SYM_E_LIMIT] = {"ValueError", "ValueError"},
    [SYM_E_POLYNOMIAL] = {"PolynomialError", "sympy.polys.polyerrors.PolynomialError"},
    [SYM_E_SYMPIFY] = {"SympifyError", "sympy.core.sympify.SympifyError"},
    [SYM_E_INCONSISTENT] = {"InconsistentAssumptions", "sympy.core.facts.InconsistentAssumptions"},
    [SYM_E_COMPUTATION] = {"ComputationFailed", "sympy.polys.polyerrors.ComputationFailed"},
    [SYM_E_SHAPE] = {"ShapeError", "sympy.matrices.exceptions.ShapeError"},
    [SYM_E_NONSQUARE] = {"NonSquareMatrixError", "sympy.matrices.exceptions.NonSquareMatrixError"},
    [SYM_E_NONINVERTIBLE] = {"NonInvertibleMatrixError",
                             "sympy.matrices.exceptions.NonInvertibleMatrixError"},
    [SYM_E_MATRIX] = {"MatrixError", "sympy.matrices.exceptions.MatrixError"},
    [SYM_E_NONPOSDEF] = {"NonPositiveDefiniteMatrixError",
                         "sympy.matrices.exceptions.NonPositiveDefiniteMatrixError"},
    [SYM_E_GENERATORS] = {"GeneratorsNeeded", "sympy.polys.polyerrors.GeneratorsNeeded"},
};

const char *sym_error_name(SymErr kind) { return error_names[kind][0]; }
const char *sym_error_qualname(SymErr kind) { return error_names[kind][1]; }

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = gc_alloc_atomic((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

_Noreturn void sym_raise(SymErr kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    if (error_handler)
        error_handler(kind, msg);
    fprintf(stderr, "tirbox: unhandled %s: %s\n", sym_error_name(kind), msg);
    abort();
}

char *sym_sprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vformat(fmt, ap);
    va_end(ap);
    return s;
}

char *sym_strdup(const char *s)
{
    size_t n = strlen(s);
    char *d = gc_alloc_atomic(n + 1);
    memcpy(d, s, n + 1);
    return d;
}

/* ---- assumption facts ------------------------------------------------------------------ */

static const char *const fact_names[SYM_F_COUNT] = {
    "algebraic", "antihermitian", "commutative", "complex", "composite", "even",
    "extended_negative", "extended_nonnegative", "extended_nonpositive", "extended_nonzero",
    "extended_positive", "extended_real", "finite", "hermitian", "imaginary", "infinite",
    "integer", "irrational", "negative", "noninteger", "nonnegative", "nonpositive", "nonzero",
    "odd", "positive", "prime", "rational", "real", "transcendental", "zero",
};

const char *sym_fact_name(SymFact f) { return fact_names[f]; }

SymFacts sym_fact(SymFact f, bool v)
{
    SymFacts r = {1u << f, v ? 1u << f : 0};
    return r;
}

/* What one known fact implies ([fact][value]), and the rules with several premises: sympy's
 * assumption system as it deduces (generated from sympy's own fact tables). */
static const SymFacts implied[SYM_F_COUNT][2] = {
    {{0x26810030, 0x00000000}, {0x1000900c, 0x0000100c}},  /* algebraic */
    {{0x00004000, 0x00000000}, {0x00000000, 0x00000000}},  /* antihermitian */
    {{0x3fff4ff9, 0x00000000}, {0x00000000, 0x00000000}},  /* commutative */
    {{0x3ff74031, 0x00000000}, {0x00009004, 0x00001004}},  /* complex */
    {{0x00000000, 0x00000000}, {0x3f7fffcd, 0x0d513e8d}},  /* composite */
    {{0x20000000, 0x00000000}, {0x1c8bf80d, 0x0c01380d}},  /* even */
    {{0x00040000, 0x00000000}, {0x23104f94, 0x00000b04}},  /* extended_negative */
    {{0x23100410, 0x00000000}, {0x00044844, 0x00000804}},  /* extended_nonnegative */
    {{0x20240040, 0x00000000}, {0x03004c14, 0x00000804}},  /* extended_nonpositive */
    {{0x03440450, 0x00000000}, {0x20004804, 0x00000804}},  /* extended_nonzero */
    {{0x03000010, 0x00000000}, {0x20244bc4, 0x00000a84}},  /* extended_positive */
    {{0x2fff07f0, 0x00000000}, {0x00004004, 0x00000004}},  /* extended_real */
    {{0x3ff7c039, 0x00008000}, {0x00008000, 0x00000000}},  /* finite */
    {{0x2ff70030, 0x00000000}, {0x00000000, 0x00000000}},  /* hermitian */
    {{0x00000000, 0x00000000}, {0x2fff9ffe, 0x0000100e}},  /* imaginary */
    {{0x00001000, 0x00001000}, {0x3ff75039, 0x00000000}},  /* infinite */
    {{0x22800030, 0x00000000}, {0x1c0af80d, 0x0c00380d}},  /* integer */
    {{0x00000000, 0x00000000}, {0x2ec9fa3c, 0x08483a0c}},  /* irrational */
    {{0x00000000, 0x00000000}, {0x2b70ffdc, 0x08603b4c}},  /* negative */
    {{0x00000000, 0x00000000}, {0x22814a34, 0x00000a04}},  /* noninteger */
    {{0x23000010, 0x00000000}, {0x0804f8cc, 0x0800388c}},  /* nonnegative */
    {{0x20040000, 0x00000000}, {0x0b00fd1c, 0x0800390c}},  /* nonpositive */
    {{0x03040010, 0x00000000}, {0x2800fa0c, 0x08003a0c}},  /* nonzero */
    {{0x00000000, 0x00000000}, {0x3c4bfa2d, 0x0c413a0d}},  /* odd */
    {{0x02000010, 0x00000000}, {0x2874ffcc, 0x08503e8c}},  /* positive */
    {{0x00000000, 0x00000000}, {0x3d7fffdd, 0x0d513e8d}},  /* prime */
    {{0x22810030, 0x00000000}, {0x1802f80d, 0x0800380d}},  /* rational */
    {{0x27f70030, 0x00000000}, {0x0000f80c, 0x0000380c}},  /* real */
    {{0x00000000, 0x00000000}, {0x2681903d, 0x0000100c}},  /* transcendental */
    {{0x00000000, 0x00000000}, {0x1ffffffd, 0x0c3139ad}},  /* zero */
};
static const struct { SymFacts when; SymFacts then; } beta[] = {
    {{0x03000020, 0x01000020}, {0x00000010, 0x00000010}},
    {{0x03000010, 0x01000000}, {0x00000020, 0x00000000}},
    {{0x00810000, 0x00010000}, {0x00000020, 0x00000020}},
    {{0x20000c00, 0x00000800}, {0x00000040, 0x00000040}},
    {{0x00000300, 0x00000300}, {0x00000040, 0x00000040}},
    {{0x00000840, 0x00000800}, {0x00000080, 0x00000080}},
    {{0x00000c00, 0x00000800}, {0x00000100, 0x00000100}},
    {{0x20000800, 0x00000800}, {0x00000200, 0x00000200}},
    {{0x20000840, 0x00000800}, {0x00000400, 0x00000400}},
    {{0x00000280, 0x00000280}, {0x00000400, 0x00000400}},
    {{0x08008000, 0x00000000}, {0x00000800, 0x00000000}},
    {{0x20000440, 0x00000000}, {0x00000800, 0x00000000}},
    {{0x08000800, 0x00000800}, {0x00008000, 0x00008000}},
    {{0x0c000000, 0x08000000}, {0x00020000, 0x00020000}},
    {{0x29000000, 0x08000000}, {0x00040000, 0x00040000}},
    {{0x00600000, 0x00600000}, {0x00040000, 0x00040000}},
    {{0x00001040, 0x00001040}, {0x00040000, 0x00040000}},
    {{0x00010800, 0x00000800}, {0x00080000, 0x00080000}},
    {{0x08040000, 0x08000000}, {0x00100000, 0x00100000}},
    {{0x00001080, 0x00001080}, {0x00100000, 0x00100000}},
    {{0x09000000, 0x08000000}, {0x00200000, 0x00200000}},
    {{0x00001100, 0x00001100}, {0x00200000, 0x00200000}},
    {{0x00001200, 0x00001200}, {0x00400000, 0x00400000}},
    {{0x00010020, 0x00010000}, {0x00800000, 0x00800000}},
    {{0x02000030, 0x00000020}, {0x01000000, 0x00000000}},
    {{0x28040000, 0x08000000}, {0x01000000, 0x01000000}},
    {{0x00500000, 0x00500000}, {0x01000000, 0x01000000}},
    {{0x00001400, 0x00001400}, {0x01000000, 0x01000000}},
    {{0x01000030, 0x01000020}, {0x02000000, 0x02000000}},
    {{0x21040000, 0x00000000}, {0x08000000, 0x00000000}},
    {{0x00008800, 0x00000800}, {0x08000000, 0x08000000}},
    {{0x00001800, 0x00001800}, {0x08000000, 0x08000000}},
    {{0x00000009, 0x00000008}, {0x10000000, 0x10000000}},
    {{0x00000c40, 0x00000800}, {0x20000000, 0x20000000}},
    {{0x09040000, 0x08000000}, {0x20000000, 0x20000000}},
    {{0x00000180, 0x00000180}, {0x20000000, 0x20000000}},
    {{0x00300000, 0x00300000}, {0x20000000, 0x20000000}},
};

bool sym_facts_close(SymFacts *f)
{
    SymFacts r = *f;
    for (;;) {
        SymFacts n = r;
        for (int k = 0; k < SYM_F_COUNT; k++) {
            if (!(r.known >> k & 1))
                continue;
            const SymFacts *imp = &implied[k][r.value >> k & 1];
            if ((n.known & imp->known & (n.value ^ imp->value)) != 0)
                return false;
            n.known |= imp->known;
            n.value |= imp->value;
        }
        for (size_t b = 0; b < sizeof beta / sizeof beta[0]; b++) {
            if ((n.known & beta[b].when.known) != beta[b].when.known ||
                (n.value & beta[b].when.known) != beta[b].when.value)
                continue;
            if (n.known & beta[b].then.known & (n.value ^ beta[b].then.value))
                return false;
            n.known |= beta[b].then.known;
            n.value |= beta[b].then.value;
        }
        if (n.known == r.known && n.value == r.value)
            break;
        r = n;
    }
    *f = r;
    return true;
}

/* ---- hashing ----------------------------------------------------------------------------- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 29);
}

static uint64_t hash_fmpz(const fmpz_t z)
{
    if (!COEFF_IS_MPZ(*z))
        return mix(1, (uint64_t)*z);
    __mpz_struct *m = COEFF_TO_PTR(*z);
    uint64_t h = mix(2, (uint64_t)m->_mp_size);
    for (int i = 0; i < abs(m->_mp_size); i++)
        h = mix(h, m->_mp_d[i]);
    return h;
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

Sym *sym_finish(Sym *e)
{
    uint64_t h = mix(e->kind, e->op);
    switch (e->kind) {
    case SYM_INTEGER:
        h = hash_fmpz(e->v.z);
        break;
    case SYM_RATIONAL:
        h = mix(hash_fmpz(fmpq_numref(e->v.q)), hash_fmpz(fmpq_denref(e->v.q)));
        break;
    case SYM_FLOAT: {
        double d = mpfr_get_d(e->v.f, MPFR_RNDN);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        h = mix(h, bits);
        break;
    }
    case SYM_SYMBOL:
    case SYM_DUMMY:
        h = mix(mix(h, hash_str(e->v.s.name)), e->v.s.facts.value ^ e->v.s.id);
        break;
    case SYM_FN:
        if (e->op == SYM_FN_UNDEF)
            h = mix(h, hash_str(e->v.s.name));
        break;
    case SYM_MATRIX:
        h = mix(h, ((uint64_t)e->v.m.rows << 32) | e->v.m.cols);
        break;
    default:
        break;
    }
    for (uint32_t i = 0; i < e->n; i++)
        h = mix(h, e->args[i]->hash);
    e->hash = h;
    return e;
}

/* ---- nodes ------------------------------------------------------------------------------- */

Sym *sym_node(SymKind kind, int op, size_t n)
{
    if (n > UINT32_MAX)
        sym_raise(SYM_E_LIMIT, "expression too large");
    Sym *e = gc_alloc(sizeof(Sym) + n * sizeof(Sym *));
    e->kind = (uint8_t)kind;
    e->op = (uint8_t)op;
    e->n = (uint32_t)n;
    return e;
}

Sym *sym_build(SymKind kind, int op, size_t n, Sym *const *args)
{
    Sym *e = sym_node(kind, op, n);
    if (n)
        memcpy(e->args, args, n * sizeof(Sym *));
    return sym_finish(e);
}

Sym *sym_undef_fn(const char *name, size_t n, Sym *const *args)
{
    Sym *e = sym_node(SYM_FN, SYM_FN_UNDEF, n);
    e->v.s.name = sym_strdup(name);
    if (n)
        memcpy(e->args, args, n * sizeof(Sym *));
    return sym_finish(e);
}

Sym *sym_tuple(size_t n, Sym *const *items)
{
    return n ? sym_build(SYM_TUPLE, 0, n, items) : sym_empty_tuple;
}

Sym *sym_list(size_t n, Sym *const *items) { return sym_build(SYM_LIST, 0, n, items); }

Sym *sym_dict(size_t n, Sym *const *keys, Sym *const *vals)
{
    Sym *e = sym_node(SYM_DICT, 0, 2 * n);
    for (size_t i = 0; i < n; i++) {
        e->args[2 * i] = keys[i];
        e->args[2 * i + 1] = vals[i];
    }
    return sym_finish(e);
}

/* ---- numbers ----------------------------------------------------------------------------- */

#define CACHE_LO (-256)
#define CACHE_HI 1024
static Sym *int_cache[CACHE_HI - CACHE_LO + 1];

static void fin_int(void *p) { fmpz_clear(((Sym *)p)->v.z); }
static void fin_rat(void *p) { fmpq_clear(((Sym *)p)->v.q); }
/* A node whose mpfr_init2 ran out of memory still has its zeroed limb pointer: nothing to free. */
static void fin_float(void *p)
{
    if (((Sym *)p)->v.f->_mpfr_d)
        mpfr_clear(((Sym *)p)->v.f);
}

static Sym *new_int_node(fmpz_t v)
{
    Sym *e;
    if (COEFF_IS_MPZ(*v))
        e = gc_alloc_final(sizeof(Sym), fin_int);
    else
        e = gc_alloc_atomic(sizeof(Sym));
    e->kind = SYM_INTEGER;
    fmpz_init(e->v.z);
    fmpz_swap(e->v.z, v);
    return sym_finish(e);
}

Sym *sym_int(long v)
{
    if (v >= CACHE_LO && v <= CACHE_HI && int_cache[v - CACHE_LO])
        return int_cache[v - CACHE_LO];
    fmpz_t z;
    fmpz_init_set_si(z, v);
    return new_int_node(z);
}

Sym *sym_int_move(fmpz_t v)
{
    if (fmpz_cmp_si(v, CACHE_LO) >= 0 && fmpz_cmp_si(v, CACHE_HI) <= 0) {
        Sym *c = int_cache[fmpz_get_si(v) - CACHE_LO];
        if (c) {
            fmpz_zero(v);
            return c;
        }
    }
    return new_int_node(v);
}

Sym *sym_int_fmpz(const fmpz_t v)
{
    fmpz_t z;
    fmpz_init_set(z, v);
    return sym_int_move(z);
}

bool sym_is_int_value(const Sym *e, long v)
{
    return e->kind == SYM_INTEGER && fmpz_equal_si(e->v.z, v);
}

/* Takes ownership of a canonical q (denominator > 1). */
static Sym *new_rat_node(fmpq_t q)
{
    Sym *e;
    if (COEFF_IS_MPZ(*fmpq_numref(q)) || COEFF_IS_MPZ(*fmpq_denref(q)))
        e = gc_alloc_final(sizeof(Sym), fin_rat);
    else
        e = gc_alloc_atomic(sizeof(Sym));
    e->kind = SYM_RATIONAL;
    fmpq_init(e->v.q);
    fmpq_swap(e->v.q, q);
    return sym_finish(e);
}

Sym *sym_rat_fmpq(const fmpq_t v)
{
    if (fmpz_is_one(fmpq_denref(v)))
        return sym_int_fmpz(fmpq_numref(v));
    if (fmpz_equal_si(fmpq_numref(v), 1) && fmpz_equal_si(fmpq_denref(v), 2))
        return sym_half;
    fmpq_t q;
    fmpq_init(q);
    fmpq_set(q, v);
    return new_rat_node(q);
}

Sym *sym_rat_fmpz(const fmpz_t p, const fmpz_t q)
{
    if (fmpz_is_zero(q))
        return fmpz_is_zero(p) ? sym_nan : sym_zoo;
    fmpq_t r;
    fmpq_init(r);
    fmpz_set(fmpq_numref(r), p);
    fmpz_set(fmpq_denref(r), q);
    fmpq_canonicalise(r);
    Sym *e = sym_rat_fmpq(r);
    fmpq_clear(r);
    return e;
}

Sym *sym_rat(long p, long q)
{
    if (q == 0)
        sym_raise(SYM_E_ZERO_DIVISION, "division by zero");
    fmpz_t a, b;
    fmpz_init_set_si(a, p);
    fmpz_init_set_si(b, q);
    Sym *e = sym_rat_fmpz(a, b);
    fmpz_clear(a);
    fmpz_clear(b);
    return e;
}

void sym_get_fmpq(fmpq_t out, const Sym *e)
{
    if (e->kind == SYM_RATIONAL) {
        fmpq_set(out, e->v.q);
    } else {
        fmpz_set(fmpq_numref(out), e->v.z);
        fmpz_one(fmpq_denref(out));
    }
}

long sym_dps_to_prec(long dps)
{
    long p = (long)((double)(dps + 1) * 3.3219280948873626 + 0.5);
    return p < 1 ? 1 : p;
}

long sym_prec_to_dps(long prec)
{
    long d = (long)((double)prec / 3.3219280948873626 + 0.5) - 1;
    return d < 1 ? 1 : d;
}

Sym *sym_float_mpfr(const mpfr_t v, long prec)
{
    if (prec < MPFR_PREC_MIN)
        prec = MPFR_PREC_MIN;
    Sym *e = gc_alloc_final(sizeof(Sym), fin_float);
    e->kind = SYM_FLOAT;
    mpfr_init2(e->v.f, prec);
    mpfr_set(e->v.f, v, MPFR_RNDN);
    if (mpfr_zero_p(e->v.f))
        mpfr_set_zero(e->v.f, 1);   /* sympy has no negative zero */
    return sym_finish(e);
}

Sym *sym_float_d(double v)
{
    mpfr_t f;
    mpfr_init2(f, 53);
    mpfr_set_d(f, v, MPFR_RNDN);
    Sym *e = sym_float_mpfr(f, 53);
    mpfr_clear(f);
    return e;
}

Sym *sym_float_str(const char *text, long dps)
{
    const char *p = text;
    if (*p == '+' || *p == '-')
        p++;
    /* significant digits as Python's Decimal counts them: leading zeros dropped, trailing kept */
    long digits = 0;
    bool seen_nonzero = false, any = false, point = false;
    for (; (*p >= '0' && *p <= '9') || *p == '.' || *p == '_'; p++) {
        if (*p == '.')
            point = true;
        if (*p >= '0' && *p <= '9') {
            any = true;
            if (*p != '0')
                seen_nonzero = true;
            if (seen_nonzero)
                digits++;
        }
    }
    if (!any)
        return NULL;
    long exp10 = 0;
    if (*p == 'e' || *p == 'E') {
        p++;
        char *end;
        exp10 = strtol(p, &end, 10);
        if (end == p)
            return NULL;
        p = end;
    }
    if (*p)
        return NULL;
    char *clean = gc_alloc_atomic(strlen(text) + 1), *c = clean;
    for (const char *s = text; *s; s++)
        if (*s != '_')
            *c++ = *s;
    *c = 0;
    if (dps <= 0) {
        dps = digits ? digits : 1;
        if (!point && exp10 >= 0 && digits + exp10 > dps)
            dps = digits + exp10;   /* an integer literal such as 1e20: all its digits */
        if (dps < 15)
            dps = 15;
    }
    long prec = sym_dps_to_prec(dps);
    mpfr_t f;
    mpfr_init2(f, prec);
    mpfr_set_str(f, clean, 10, MPFR_RNDN);
    Sym *e = sym_float_mpfr(f, prec);
    mpfr_clear(f);
    return e;
}

/* ---- symbols ----------------------------------------------------------------------------- */

static uint64_t dummy_counter;

static Sym *new_symbol(SymKind kind, const char *name, SymFacts given)
{
    SymFacts f = given;
    f.known |= 1u << SYM_F_COMMUTATIVE;
    f.value |= 1u << SYM_F_COMMUTATIVE;
    if (!sym_facts_close(&f))
        sym_raise(SYM_E_INCONSISTENT, "inconsistent assumptions for %s", name);
    Sym *e = sym_node(kind, 0, 0);
    e->v.s.name = sym_strdup(name);
    e->v.s.facts = f;
    if (kind == SYM_DUMMY)
        e->v.s.id = ++dummy_counter;
    return sym_finish(e);
}

Sym *sym_symbol(const char *name, SymFacts given) { return new_symbol(SYM_SYMBOL, name, given); }

Sym *sym_dummy(const char *name, SymFacts given) { return new_symbol(SYM_DUMMY, name, given); }

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Expands the ranges of one name ("a:c0:2") into out, left to right. */
static void expand_name(const char *name, size_t len, SymFacts given, SymVec *out)
{
    const char *colon = memchr(name, ':', len);
    if (!colon) {
        char *s = gc_alloc_atomic(len + 1);
        memcpy(s, name, len);
        sym_vec_push(out, sym_symbol(s, given));
        return;
    }
    /* the range around the first colon: letters a:z, or digits [n]:m */
    const char *lo = colon, *hi = colon + 1;
    bool alpha = false;
    if (lo > name && is_alpha(lo[-1]) && hi < name + len && is_alpha(*hi)) {
        lo--;
        hi++;
        alpha = true;
    } else {
        while (lo > name && is_digit(lo[-1]))
            lo--;
        while (hi < name + len && is_digit(*hi))
            hi++;
        if (hi == colon + 1)
            sym_raise(SYM_E_VALUE, "missing end range");
    }
    long a, b;
    if (alpha) {
        a = lo[0];
        b = colon[1];
    } else {
        a = lo == colon ? 0 : strtol(lo, NULL, 10);
        b = strtol(colon + 1, NULL, 10) - 1;
    }
    if (b - a > 100000)
        sym_raise(SYM_E_LIMIT, "symbol range too long");
    size_t pre = (size_t)(lo - name), post = len - (size_t)(hi - name);
    for (long k = a; k <= b; k++) {
        char mid[32];
        int m = alpha ? snprintf(mid, sizeof mid, "%c", (char)k) : snprintf(mid, sizeof mid, "%ld", k);
        size_t n = pre + (size_t)m + post;
        char *s = gc_alloc_atomic(n + 1);
        memcpy(s, name, pre);
        memcpy(s + pre, mid, (size_t)m);
        memcpy(s + pre + m, hi, post);
        expand_name(s, n, given, out);
    }
}

void sym_symbols(const char *spec, SymFacts given, SymVec *out, bool *as_seq)
{
    size_t start = out->n;
    const char *p = spec;
    const char *end = spec + strlen(spec);
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        end--;
    *as_seq = end > p && end[-1] == ',';
    if (*as_seq)
        end--;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == ',' || *p == '\t' || *p == '\n'))
            p++;
        const char *q = p;
        while (q < end && *q != ' ' && *q != ',' && *q != '\t' && *q != '\n')
            q++;
        if (q == p)
            break;
        /* x(:3): the parenthesised range applies to the prefix */
        size_t n = (size_t)(q - p);
        char *name = gc_alloc_atomic(n + 1), *o = name;
        for (const char *t = p; t < q; t++)
            if (*t != '(' && *t != ')')
                *o++ = *t;
        expand_name(name, (size_t)(o - name), given, out);
        p = q;
    }
    if (out->n == start)
        sym_raise(SYM_E_VALUE, "no symbols given");
    if (out->n - start > 1)
        *as_seq = true;
}

/* ---- constants --------------------------------------------------------------------------- */

Sym *sym_zero, *sym_one, *sym_neg_one, *sym_two, *sym_half, *sym_neg_half;
Sym *sym_oo, *sym_neg_oo, *sym_zoo, *sym_nan;
Sym *sym_pi, *sym_e, *sym_i, *sym_golden_ratio, *sym_euler_gamma, *sym_catalan;
Sym *sym_true, *sym_false, *sym_empty_tuple;

static Sym *atom(SymKind k) { return sym_finish(sym_node(k, 0, 0)); }

void sym_init(void)
{
    for (long v = CACHE_LO; v <= CACHE_HI; v++) {
        fmpz_t z;
        fmpz_init_set_si(z, v);
        int_cache[v - CACHE_LO] = new_int_node(z);
    }
    sym_zero = sym_int(0);
    sym_one = sym_int(1);
    sym_neg_one = sym_int(-1);
    sym_two = sym_int(2);
    fmpq_t h;
    fmpq_init(h);
    fmpq_set_si(h, 1, 2);
    sym_half = new_rat_node(h);
    fmpq_init(h);
    fmpq_set_si(h, -1, 2);
    sym_neg_half = new_rat_node(h);
    sym_oo = atom(SYM_INFINITY);
    sym_neg_oo = atom(SYM_NEG_INFINITY);
    sym_zoo = atom(SYM_COMPLEX_INFINITY);
    sym_nan = atom(SYM_NAN);
    sym_pi = atom(SYM_PI);
    sym_e = atom(SYM_E);
    sym_i = atom(SYM_I);
    sym_golden_ratio = atom(SYM_GOLDEN_RATIO);
    sym_euler_gamma = atom(SYM_EULER_GAMMA);
    sym_catalan = atom(SYM_CATALAN);
    sym_true = atom(SYM_TRUE);
    sym_false = atom(SYM_FALSE);
    sym_empty_tuple = atom(SYM_TUPLE);
}

/* ---- functions table --------------------------------------------------------------------- */

static const struct { const char *name; short arity; short index; } fn_table[SYM_FN_COUNT] = {
    [SYM_FN_UNDEF] = {"", -1, 0},
    [SYM_FN_EXP] = {"exp", 1, 10},          [SYM_FN_LOG] = {"log", 1, 11},
    [SYM_FN_SIN] = {"sin", 1, 20},          [SYM_FN_COS] = {"cos", 1, 21},
    [SYM_FN_TAN] = {"tan", 1, 22},          [SYM_FN_COT] = {"cot", 1, 23},
    [SYM_FN_SEC] = {"sec", 1, 10000},       [SYM_FN_CSC] = {"csc", 1, 10000},
    [SYM_FN_ASIN] = {"asin", 1, 10000},     [SYM_FN_ACOS] = {"acos", 1, 10000},
    [SYM_FN_ATAN] = {"atan", 1, 10000},     [SYM_FN_ACOT] = {"acot", 1, 10000},
    [SYM_FN_ASEC] = {"asec", 1, 10000},     [SYM_FN_ACSC] = {"acsc", 1, 10000},
    [SYM_FN_SINH] = {"sinh", 1, 30},        [SYM_FN_COSH] = {"cosh", 1, 31},
    [SYM_FN_TANH] = {"tanh", 1, 32},        [SYM_FN_COTH] = {"coth", 1, 33},
    [SYM_FN_ASINH] = {"asinh", 1, 10000},   [SYM_FN_ACOSH] = {"acosh", 1, 10000},
    [SYM_FN_ATANH] = {"atanh", 1, 10000},   [SYM_FN_ATAN2] = {"atan2", 2, 10000},
    [SYM_FN_ABS] = {"Abs", 1, 10000},       [SYM_FN_SIGN] = {"sign", 1, 10000},
    [SYM_FN_RE] = {"re", 1, 41},            [SYM_FN_IM] = {"im", 1, 42},
    [SYM_FN_CONJUGATE] = {"conjugate", 1, 40}, [SYM_FN_ARG] = {"arg", 1, 43},
    [SYM_FN_FLOOR] = {"floor", 1, 10000},   [SYM_FN_CEILING] = {"ceiling", 1, 10000},
    [SYM_FN_FRAC] = {"frac", 1, 10000},     [SYM_FN_FACTORIAL] = {"factorial", 1, 10000},
    [SYM_FN_BINOMIAL] = {"binomial", 2, 10000}, [SYM_FN_GAMMA] = {"gamma", 1, 10000},
    [SYM_FN_MIN] = {"Min", -1, 0},          [SYM_FN_MAX] = {"Max", -1, 0},
    [SYM_FN_MOD] = {"Mod", 2, 10000},
    [SYM_FN_PIECEWISE] = {"Piecewise", -1, 10000},
    [SYM_FN_SUM] = {"Sum", -1, 10000},      [SYM_FN_PRODUCT] = {"Product", -1, 10000},
    [SYM_FN_DERIVATIVE] = {"Derivative", -1, 10000},
    [SYM_FN_INTEGRAL] = {"Integral", -1, 10000},
    [SYM_FN_FACTORIAL2] = {"factorial2", 1, 10000}, [SYM_FN_RF] = {"RisingFactorial", 2, 10000},
    [SYM_FN_FF] = {"FallingFactorial", 2, 10000}, [SYM_FN_SUBFACTORIAL] = {"subfactorial", 1, 10000},
    [SYM_FN_FIBONACCI] = {"fibonacci", -1, 10000}, [SYM_FN_LUCAS] = {"lucas", 1, 10000},
    [SYM_FN_TRIBONACCI] = {"tribonacci", -1, 10000}, [SYM_FN_HARMONIC] = {"harmonic", -1, 10000},
    [SYM_FN_BERNOULLI] = {"bernoulli", -1, 10000}, [SYM_FN_BELL] = {"bell", -1, 10000},
    [SYM_FN_EULER] = {"euler", -1, 10000},  [SYM_FN_CATALAN] = {"catalan", 1, 10000},
    [SYM_FN_GENOCCHI] = {"genocchi", -1, 10000}, [SYM_FN_PARTITION] = {"partition", 1, 10000},
    [SYM_FN_MOTZKIN] = {"motzkin", 1, 10000}, [SYM_FN_MOBIUS] = {"mobius", 1, 10000},
    [SYM_FN_PRIMENU] = {"primenu", 1, 10000}, [SYM_FN_PRIMEOMEGA] = {"primeomega", 1, 10000},
    [SYM_FN_REDUCED_TOTIENT] = {"reduced_totient", 1, 10000},
    [SYM_FN_KRONECKER] = {"kronecker_symbol", 2, 10000}, [SYM_FN_CARMICHAEL] = {"carmichael", -1, 10000},
    [SYM_FN_ANDRE] = {"andre", 1, 10000},
    [SYM_FN_SECH] = {"sech", 1, 10000},    [SYM_FN_CSCH] = {"csch", 1, 10000},
    [SYM_FN_ACOTH] = {"acoth", 1, 10000},  [SYM_FN_ASECH] = {"asech", 1, 10000},
    [SYM_FN_ACSCH] = {"acsch", 1, 10000},  [SYM_FN_LAMBERTW] = {"LambertW", -1, 10000},
    [SYM_FN_ERF] = {"erf", 1, 10000},      [SYM_FN_ERFC] = {"erfc", 1, 10000},
    [SYM_FN_ERFI] = {"erfi", 1, 10000},    [SYM_FN_ERFINV] = {"erfinv", 1, 10000},
    [SYM_FN_ZETA] = {"zeta", -1, 10000},   [SYM_FN_POLYLOG] = {"polylog", 2, 10000},
    [SYM_FN_DIRICHLET_ETA] = {"dirichlet_eta", 1, 10000}, [SYM_FN_LOGGAMMA] = {"loggamma", 1, 10000},
    [SYM_FN_POLYGAMMA] = {"polygamma", 2, 10000}, [SYM_FN_LOWERGAMMA] = {"lowergamma", 2, 10000},
    [SYM_FN_UPPERGAMMA] = {"uppergamma", 2, 10000}, [SYM_FN_BETA] = {"beta", -1, 10000},
    [SYM_FN_HEAVISIDE] = {"Heaviside", -1, 10000}, [SYM_FN_DIRAC_DELTA] = {"DiracDelta", -1, 10000},
    [SYM_FN_KRONECKER_DELTA] = {"KroneckerDelta", -1, 10000},
    [SYM_FN_LEVI_CIVITA] = {"LeviCivita", -1, 10000}, [SYM_FN_SINC] = {"sinc", 1, 10000},
    [SYM_FN_CROOTOF] = {"CRootOf", 2, 10000},
    [SYM_FN_SUBS] = {"Subs", 3, 10000},
};

const char *sym_fn_name(const Sym *e)
{
    return e->op == SYM_FN_UNDEF ? e->v.s.name : fn_table[e->op].name;
}

int sym_fn_lookup(const char *name)
{
    for (int f = 1; f < SYM_FN_COUNT; f++)
        if (strcmp(fn_table[f].name, name) == 0)
            return f;
    return -1;
}

int sym_fn_arity(SymFn f) { return fn_table[f].arity; }

int sym_fn_class_index(SymFn f) { return f == SYM_FN_UNDEF ? 10000 : fn_table[f].index; }

static const char *const rel_class[] = {
    [SYM_EQ] = "Equality", [SYM_NE] = "Unequality", [SYM_LT] = "StrictLessThan",
    [SYM_LE] = "LessThan", [SYM_GT] = "StrictGreaterThan", [SYM_GE] = "GreaterThan",
};

const char *sym_class_name(const Sym *e)
{
    switch ((SymKind)e->kind) {
    case SYM_INTEGER:
        if (fmpz_is_zero(e->v.z))
            return "Zero";
        if (fmpz_is_one(e->v.z))
            return "One";
        if (fmpz_equal_si(e->v.z, -1))
            return "NegativeOne";
        return "Integer";
    case SYM_RATIONAL:
        return fmpz_is_one(fmpq_numref(e->v.q)) && fmpz_equal_si(fmpq_denref(e->v.q), 2)
                   ? "Half" : "Rational";
    case SYM_FLOAT: return "Float";
    case SYM_INFINITY: return "Infinity";
    case SYM_NEG_INFINITY: return "NegativeInfinity";
    case SYM_NAN: return "NaN";
    case SYM_COMPLEX_INFINITY: return "ComplexInfinity";
    case SYM_PI: return "Pi";
    case SYM_E: return "Exp1";
    case SYM_I: return "ImaginaryUnit";
    case SYM_GOLDEN_RATIO: return "GoldenRatio";
    case SYM_EULER_GAMMA: return "EulerGamma";
    case SYM_CATALAN: return "Catalan";
    case SYM_SYMBOL: return "Symbol";
    case SYM_DUMMY: return "Dummy";
    case SYM_TRUE: return "BooleanTrue";
    case SYM_FALSE: return "BooleanFalse";
    case SYM_ADD: return "Add";
    case SYM_MUL: return "Mul";
    case SYM_POW: return "Pow";
    case SYM_FN: return sym_fn_name(e);
    case SYM_REL: return rel_class[e->op];
    case SYM_AND: return "And";
    case SYM_OR: return "Or";
    case SYM_NOT: return "Not";
    case SYM_TUPLE: return "Tuple";
    case SYM_LIST: return "list";
    case SYM_DICT: return "dict";
    case SYM_MATRIX: return "MutableDenseMatrix";
    case SYM_KIND_COUNT: break;
    }
    return "?";
}

/* ---- equality and canonical order -------------------------------------------------------- */

bool sym_eq(const Sym *a, const Sym *b)
{
    if (a == b)
        return true;
    if (a->hash != b->hash || a->kind != b->kind || a->op != b->op || a->n != b->n)
        return false;
    switch (a->kind) {
    case SYM_INTEGER:
        return fmpz_equal(a->v.z, b->v.z);
    case SYM_RATIONAL:
        return fmpq_equal(a->v.q, b->v.q);
    case SYM_FLOAT:
        return mpfr_equal_p(a->v.f, b->v.f);
    case SYM_SYMBOL:
    case SYM_DUMMY:
        return a->v.s.id == b->v.s.id && a->v.s.facts.known == b->v.s.facts.known &&
               a->v.s.facts.value == b->v.s.facts.value && strcmp(a->v.s.name, b->v.s.name) == 0;
    case SYM_FN:
        if (a->op == SYM_FN_UNDEF && strcmp(a->v.s.name, b->v.s.name) != 0)
            return false;
        break;
    case SYM_MATRIX:
        if (a->v.m.rows != b->v.m.rows)
            return false;
        break;
    default:
        break;
    }
    for (uint32_t i = 0; i < a->n; i++)
        if (!sym_eq(a->args[i], b->args[i]))
            return false;
    return true;
}

/* The classes sympy orders explicitly (Basic.compare); the rest come after, by name. */
static const char *const class_order[] = {
    "Zero", "One", "Half", "Infinity", "NaN", "NegativeOne", "NegativeInfinity", "Integer",
    "Rational", "Float", "Exp1", "Pi", "ImaginaryUnit", "Symbol", "Wild", "Pow", "Mul", "Add",
    "Derivative", "Integral", "Abs", "Sign", "Sqrt", "Floor", "Ceiling", "Re", "Im", "Arg",
    "Conjugate", "Exp", "Log", "Sin", "Cos", "Tan", "Cot", "ASin", "ACos", "ATan", "ACot",
    "Sinh", "Cosh", "Tanh", "Coth", "ASinh", "ACosh", "ATanh", "ACoth", "RisingFactorial",
    "FallingFactorial", "factorial", "binomial", "Gamma", "LowerGamma", "UpperGamma",
    "PolyGamma", "Erf", "Chebyshev", "Chebyshev2", "Function", "WildFunction", "Lambda",
    "Order", "Equality", "Unequality", "StrictGreaterThan", "StrictLessThan", "GreaterThan",
    "LessThan",
};
#define CLASS_UNKNOWN ((int)(sizeof class_order / sizeof class_order[0]) + 1)

static int class_rank(const char *name)
{
    for (int i = 0; i < CLASS_UNKNOWN - 1; i++)
        if (strcmp(class_order[i], name) == 0)
            return i;
    return CLASS_UNKNOWN;
}

/* Rank slots of the classes whose name depends on more than the kind: the special integers and
 * rationals, functions and relations. */
enum { RANK_ZERO = SYM_KIND_COUNT, RANK_ONE, RANK_NEG_ONE, RANK_INTEGER, RANK_HALF, RANK_RATIONAL,
       RANK_FN, RANK_REL = RANK_FN + SYM_FN_COUNT, RANK_SLOTS = RANK_REL + 6 };

/* class_rank(sym_class_name(e)), remembered per slot: canonical ordering compares classes
 * constantly, and the ranks never change (rank + 1 is stored, 0 means not yet known). */
static int rank_of(const Sym *e)
{
    static int16_t cache[RANK_SLOTS];
    int slot = e->kind;
    switch ((SymKind)e->kind) {
    case SYM_INTEGER:
        slot = fmpz_is_zero(e->v.z) ? RANK_ZERO : fmpz_is_one(e->v.z) ? RANK_ONE
               : fmpz_equal_si(e->v.z, -1) ? RANK_NEG_ONE : RANK_INTEGER;
        break;
    case SYM_RATIONAL:
        slot = fmpz_is_one(fmpq_numref(e->v.q)) && fmpz_equal_si(fmpq_denref(e->v.q), 2)
               ? RANK_HALF : RANK_RATIONAL;
        break;
    case SYM_FN:
        if (e->op == SYM_FN_UNDEF)
            return class_rank(e->v.s.name);
        slot = RANK_FN + e->op;
        break;
    case SYM_REL:
        slot = RANK_REL + e->op;
        break;
    default:
        break;
    }
    if (!cache[slot])
        cache[slot] = (int16_t)(class_rank(sym_class_name(e)) + 1);
    return cache[slot] - 1;
}

static int sgn(long v) { return (v > 0) - (v < 0); }

/* mpmath's (sign, mantissa, exponent, bitcount) of a Float, the first part of its content. */
static int cmp_float_content(const Sym *a, const Sym *b)
{
    const mpfr_srcptr x[2] = {a->v.f, b->v.f};
    int sign[2];
    fmpz_t man[2];
    long ex[2], bc[2];
    for (int k = 0; k < 2; k++) {
        fmpz_init(man[k]);
        sign[k] = mpfr_sgn(x[k]) < 0;
        ex[k] = bc[k] = 0;
        if (!mpfr_zero_p(x[k])) {
            mpz_t m;
            mpz_init(m);
            ex[k] = mpfr_get_z_2exp(m, x[k]);
            mpz_abs(m, m);
            mp_bitcnt_t tz = mpz_scan1(m, 0);
            mpz_fdiv_q_2exp(m, m, tz);
            ex[k] += (long)tz;
            bc[k] = (long)mpz_sizeinbase(m, 2);
            fmpz_set_mpz(man[k], m);
            mpz_clear(m);
        }
    }
    int c = sign[0] - sign[1];
    if (!c)
        c = fmpz_cmp(man[0], man[1]);
    if (!c)
        c = sgn(ex[0] - ex[1]);
    if (!c)
        c = sgn(bc[0] - bc[1]);
    if (!c)
        c = sgn((long)mpfr_get_prec(a->v.f) - (long)mpfr_get_prec(b->v.f));
    fmpz_clear(man[0]);
    fmpz_clear(man[1]);
    return sgn(c);
}

static int popcount32(uint32_t v) { return __builtin_popcount(v); }

/* A symbol's content: (name, (fact, value) for each known fact in name order[, dummy id]). */
static int cmp_symbol_content(const Sym *a, const Sym *b)
{
    int la = 1 + popcount32(a->v.s.facts.known) + (a->kind == SYM_DUMMY);
    int lb = 1 + popcount32(b->v.s.facts.known) + (b->kind == SYM_DUMMY);
    if (la != lb)
        return la < lb ? -1 : 1;
    int c = strcmp(a->v.s.name, b->v.s.name);
    if (c)
        return c < 0 ? -1 : 1;
    uint32_t ka = a->v.s.facts.known, kb = b->v.s.facts.known;
    while (ka && kb) {
        int fa = __builtin_ctz(ka), fb = __builtin_ctz(kb);
        if (fa != fb)   /* the earlier name is the smaller key */
            return fa < fb ? -1 : 1;
        int va = a->v.s.facts.value >> fa & 1, vb = b->v.s.facts.value >> fb & 1;
        if (va != vb)
            return va < vb ? -1 : 1;
        ka &= ka - 1;
        kb &= kb - 1;
    }
    if (a->v.s.id != b->v.s.id)
        return a->v.s.id < b->v.s.id ? -1 : 1;
    return 0;
}

int sym_cmp(const Sym *a, const Sym *b)
{
    if (a == b)
        return 0;
    int ra = rank_of(a), rb = rank_of(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == CLASS_UNKNOWN) {
        int c = strcmp(sym_class_name(a), sym_class_name(b));
        if (c)
            return c < 0 ? -1 : 1;
    }
    switch (a->kind) {
    case SYM_INTEGER:
        return fmpz_cmp(a->v.z, b->v.z) < 0 ? -1 : fmpz_cmp(a->v.z, b->v.z) > 0;
    case SYM_RATIONAL: {
        int c = fmpz_cmp(fmpq_numref(a->v.q), fmpq_numref(b->v.q));
        if (!c)
            c = fmpz_cmp(fmpq_denref(a->v.q), fmpq_denref(b->v.q));
        return sgn(c);
    }
    case SYM_FLOAT:
        return cmp_float_content(a, b);
    case SYM_SYMBOL:
    case SYM_DUMMY:
        return cmp_symbol_content(a, b);
    default:
        break;
    }
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (uint32_t i = 0; i < a->n; i++) {
        int c = sym_cmp(a->args[i], b->args[i]);
        if (c)
            return c;
    }
    return 0;
}

static int cmp_qsort(const void *x, const void *y)
{
    return sym_cmp(*(Sym *const *)x, *(Sym *const *)y);
}

void sym_sort_canonical(Sym **v, size_t n)
{
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_qsort);
}

/* ---- containers -------------------------------------------------------------------------- */

void sym_vec_push(SymVec *v, Sym *e)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 8;
        v->v = gc_realloc(v->v, v->cap * sizeof(Sym *));
    }
    v->v[v->n++] = e;
}

static void map_reindex(SymMap *m, size_t slots)
{
    m->mask = slots - 1;
    m->index = gc_alloc_atomic(slots * sizeof(uint32_t));
    for (size_t i = 0; i < m->n; i++) {
        size_t h = m->keys[i]->hash & m->mask;
        while (m->index[h])
            h = (h + 1) & m->mask;
        m->index[h] = (uint32_t)(i + 1);
    }
}

static size_t map_find(const SymMap *m, const Sym *key, bool *found)
{
    size_t h = key->hash & m->mask;
    for (;; h = (h + 1) & m->mask) {
        uint32_t i = m->index[h];
        if (!i) {
            *found = false;
            return h;
        }
        if (sym_eq(m->keys[i - 1], key)) {
            *found = true;
            return i - 1;
        }
    }
}

Sym *sym_map_get(const SymMap *m, const Sym *key)
{
    if (!m->n)
        return NULL;
    bool found;
    size_t i = map_find(m, key, &found);
    return found ? m->vals[i] : NULL;
}

Sym **sym_map_slot(SymMap *m, Sym *key, bool *fresh)
{
    if (!m->index)
        map_reindex(m, 16);
    bool found;
    size_t i = map_find(m, key, &found);
    *fresh = !found;
    if (found)
        return &m->vals[i];
    if (m->n == m->cap) {
        m->cap = m->cap ? 2 * m->cap : 8;
        m->keys = gc_realloc(m->keys, m->cap * sizeof(Sym *));
        m->vals = gc_realloc(m->vals, m->cap * sizeof(Sym *));
    }
    m->keys[m->n] = key;
    m->vals[m->n] = NULL;
    m->index[i] = (uint32_t)(++m->n);
    if (2 * m->n > m->mask) {
        map_reindex(m, 2 * (m->mask + 1));
    }
    return &m->vals[m->n - 1];
}

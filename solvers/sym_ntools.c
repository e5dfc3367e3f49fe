/* solvers/sym_ntools.c — more of sympy.ntheory on FLINT (see sym_ntools.h). */
#include "solvers/sym_ntools.h"

#include <stdlib.h>

#include <flint/fmpz_factor.h>
#include <flint/ulong_extras.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_ntheory.h"
#include "solvers/sym_num.h"
#include "solvers/sym_print.h"

/* Moduli whose residues are enumerated (composite moduli of residue searches), and the most
 * numbers a function lists or walks through. */
#define MAX_MODULUS 1000000
#define MAX_COUNT 1000000
/* discrete_log by baby-step giant-step up to this modulus. */
#define MAX_LOG_MODULUS 1000000000000L
/* continued fractions and Egyptian fractions: most terms produced, largest denominators. */
#define MAX_TERMS 1000000
#define MAX_DENOM_BITS 100000

static const fmpz *integer(Sym *n)
{
    if (n->kind != SYM_INTEGER)
        sym_raise(SYM_E_VALUE, "%s is not an integer", sym_str(n));
    return n->v.z;
}

/* An Integer argument that must lie in [lo, max]; beyond max it is refused. */
static long bounded(Sym *n, long max, const char *what)
{
    const fmpz *z = integer(n);
    if (fmpz_cmp_si(z, max) > 0)
        sym_raise(SYM_E_LIMIT, "%s too large", what);
    return fmpz_cmp_si(z, -max) < 0 ? -max : fmpz_get_si(z);
}

static Sym *list_of(SymVec *v) { return sym_list(v->n, v->v); }

/* ---- primes and composites ------------------------------------------------------------------ */

Sym *sym_primorial(Sym *n, bool nth)
{
    long k = bounded(n, MAX_COUNT, "primorial argument");
    if (k < 1)
        sym_raise(SYM_E_VALUE, "primorial argument must be >= 1");
    fmpz_t r;
    fmpz_init(r);
    fmpz_primorial(r, nth ? n_nth_prime((ulong)k) : (ulong)k);
    return sym_int_move(r);
}

Sym *sym_composite(Sym *nth)
{
    long k = bounded(nth, MAX_COUNT, "composite index");
    if (k < 1)
        sym_raise(SYM_E_VALUE, "nth must be a positive integer; composite(1) == 4");
    ulong c = 3;
    while (k > 0) {
        budget_tick();
        c++;
        k -= !n_is_prime(c);
    }
    return sym_int((long)c);
}

Sym *sym_compositepi(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_cmp_si(z, 4) < 0)
        return sym_zero;
    return sym_sub(sym_sub(n, sym_primepi(n)), sym_one);
}

/* ---- divisors -------------------------------------------------------------------------------- */

Sym *sym_proper_divisors(Sym *n)
{
    if (fmpz_is_zero(integer(n)))
        return sym_list(0, NULL);
    Sym *d = sym_divisors(n);
    return sym_list(d->n - 1, d->args);
}

Sym *sym_proper_divisor_count(Sym *n)
{
    if (fmpz_is_zero(integer(n)))
        return sym_zero;
    return sym_sub(sym_divisor_count(n), sym_one);
}

Sym *sym_abundance(Sym *n)
{
    const fmpz *z = integer(n);
    Sym *sigma = fmpz_sgn(z) > 0 ? sym_divisor_sigma(n, 1) : fmpz_is_zero(z) ? sym_one : sym_zero;
    return sym_sub(sigma, sym_mul(sym_two, n));
}

bool sym_is_perfect(Sym *n) { return fmpz_sgn(integer(n)) > 0 && sym_is_zero_num(sym_abundance(n)); }

static const long mersenne_exponents[] = {
    2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127, 521, 607, 1279, 2203, 2281, 3217, 4253, 4423,
    9689, 9941, 11213, 19937, 21701, 23209, 44497, 86243, 110503, 132049, 216091, 756839, 859433,
    1257787, 1398269, 2976221, 3021377, 6972593, 13466917, 20996011, 24036583, 25964951, 30402457,
    32582657, 37156667, 42643801, 43112609, 57885161, 74207281, 77232917, 82589933,
};
#define N_MERSENNE ((long)(sizeof mersenne_exponents / sizeof mersenne_exponents[0]))

bool sym_is_mersenne_prime(Sym *n)
{
    fmpz_t m;
    fmpz_init(m);
    fmpz_add_ui(m, integer(n), 1);
    bool pow2 = fmpz_sgn(m) > 0 && fmpz_val2(m) == fmpz_bits(m) - 1;
    long k = (long)fmpz_bits(m) - 1;
    fmpz_clear(m);
    if (!pow2)
        return false;
    if (k > mersenne_exponents[N_MERSENNE - 1])
        sym_raise(SYM_E_LIMIT, "is_mersenne_prime: number too large to test");
    for (long i = 0; i < N_MERSENNE; i++)
        if (mersenne_exponents[i] == k)
            return true;
    return false;
}

Sym *sym_mersenne_prime_exponent(Sym *nth)
{
    long k = bounded(nth, 1000, "mersenne_prime_exponent index");
    if (k < 1)
        sym_raise(SYM_E_VALUE, "nth must be a positive integer; mersenne_prime_exponent(1) == 2");
    if (k > N_MERSENNE)
        sym_raise(SYM_E_VALUE, "There are only %ld perfect numbers; nth must be less than or equal to %ld",
                  N_MERSENNE, N_MERSENNE);
    return sym_int(mersenne_exponents[k - 1]);
}

bool sym_is_amicable(Sym *m, Sym *n)
{
    const fmpz *a = integer(m), *b = integer(n);
    if (fmpz_equal(a, b) || fmpz_sgn(a) <= 0 || fmpz_sgn(b) <= 0)
        return false;
    Sym *sum = sym_add(m, n);
    return sym_eq(sym_divisor_sigma(m, 1), sum) && sym_eq(sym_divisor_sigma(n, 1), sum);
}

/* ---- multiplicity and factorrat ---------------------------------------------------------------- */

static long valuation(const fmpz_t n, const fmpz_t p)
{
    fmpz_t r;
    fmpz_init(r);
    long v = fmpz_is_zero(n) ? 0 : fmpz_remove(r, n, p);
    fmpz_clear(r);
    return v;
}

Sym *sym_multiplicity(Sym *p, Sym *n)
{
    const fmpz *f = integer(p);
    if (fmpz_cmp_ui(f, 1) <= 0)
        sym_raise(SYM_E_VALUE, "factor must be > 1");
    if (sym_is_zero_num(n))
        sym_raise(SYM_E_VALUE, "no such integer exists: multiplicity of 0 is not-defined");
    fmpq_t q;
    fmpq_init(q);
    if (n->kind != SYM_INTEGER && n->kind != SYM_RATIONAL)
        sym_raise(SYM_E_VALUE, "%s is not an integer", sym_str(n));
    sym_get_fmpq(q, n);
    long v = valuation(fmpq_numref(q), f) - valuation(fmpq_denref(q), f);
    fmpq_clear(q);
    return sym_int(v);
}

/* Appends factorint(n)'s pairs, exponents negated when `neg`, the sign marker -1 dropped. */
static void push_factors(SymVec *keys, SymVec *vals, Sym *n, bool neg)
{
    Sym *f = sym_factorint(n);
    for (uint32_t i = 0; i + 1 < f->n; i += 2) {
        if (sym_is_int_value(f->args[i], -1))
            continue;
        sym_vec_push(keys, f->args[i]);
        sym_vec_push(vals, neg ? sym_neg(f->args[i + 1]) : f->args[i + 1]);
    }
}

Sym *sym_factorrat(Sym *r)
{
    if (!sym_is_rational(r))
        sym_raise(SYM_E_VALUE, "%s is not a rational number", sym_str(r));
    fmpq_t q;
    fmpq_init(q);
    sym_get_fmpq(q, r);
    bool negative = fmpq_sgn(q) < 0;
    fmpz_abs(fmpq_numref(q), fmpq_numref(q));
    Sym *num = sym_int_fmpz(fmpq_numref(q)), *den = sym_int_fmpz(fmpq_denref(q));
    fmpq_clear(q);
    SymVec keys = {0}, vals = {0};
    push_factors(&keys, &vals, num, false);
    if (negative) {
        sym_vec_push(&keys, sym_neg_one);
        sym_vec_push(&vals, sym_one);
    }
    push_factors(&keys, &vals, den, true);
    return sym_dict(keys.n, keys.v, vals.v);
}

/* ---- residues -------------------------------------------------------------------------------- */

/* A modulus as a positive ulong for enumeration, refused above MAX_MODULUS. */
static ulong small_modulus(const fmpz *p)
{
    if (fmpz_cmp_ui(p, MAX_MODULUS) > 0)
        sym_raise(SYM_E_LIMIT, "modulus %s too large for a search over its residues", sym_str(sym_int_fmpz(p)));
    return fmpz_get_ui(p);
}

Sym *sym_nthroot_mod(Sym *a, Sym *n, Sym *p, bool all_roots)
{
    const fmpz *za = integer(a), *zn = integer(n), *zp = integer(p);
    if (fmpz_sgn(zn) <= 0)
        sym_raise(SYM_E_VALUE, "n should be positive");
    if (fmpz_is_zero(zp))
        sym_raise(SYM_E_ZERO_DIVISION, "integer modulo by zero");
    if (fmpz_sgn(zp) < 0)
        sym_raise(SYM_E_VALUE, "p should be positive");
    SymVec roots = {0};
    fmpz_t r, t;
    fmpz_init(r);
    fmpz_init(t);
    fmpz_mod(t, za, zp);
    if (fmpz_equal_ui(zn, 2) && fmpz_cmp_ui(zp, MAX_MODULUS) > 0 && fmpz_is_prime(zp) == 1) {
        if (fmpz_sqrtmod(r, t, zp)) {   /* the roots r and p - r */
            fmpz_sub(t, zp, r);
            if (fmpz_cmp(t, r) < 0)
                fmpz_swap(t, r);
            sym_vec_push(&roots, sym_int_fmpz(r));
            if (!fmpz_equal(t, r))
                sym_vec_push(&roots, sym_int_fmpz(t));
        }
    } else {
        ulong m = small_modulus(zp), target = fmpz_get_ui(t);
        ulong e = fmpz_fits_si(zn) ? fmpz_get_ui(zn) : 0;
        for (ulong x = 0; x < m; x++) {
            budget_tick();
            ulong y = e ? n_powmod2(x, e, m) : 0;
            if (!e) {   /* an exponent beyond a word: x**n mod m through FLINT */
                fmpz_set_ui(r, x);
                fmpz_powm(r, r, zn, zp);
                y = fmpz_get_ui(r);
            }
            if (y == target % m) {
                sym_vec_push(&roots, sym_int((long)x));
                if (!all_roots)
                    break;
            }
        }
    }
    fmpz_clear(r);
    fmpz_clear(t);
    if (all_roots)
        return list_of(&roots);
    return roots.n ? roots.v[0] : NULL;
}

Sym *sym_quadratic_residues(Sym *p)
{
    const fmpz *zp = integer(p);
    if (fmpz_is_zero(zp))
        sym_raise(SYM_E_VALUE, "pow() 3rd argument cannot be 0");
    if (fmpz_sgn(zp) < 0)
        sym_raise(SYM_E_VALUE, "p should be positive");
    ulong m = small_modulus(zp);
    unsigned char *seen = gc_alloc_atomic(m);
    for (ulong i = 0; i < m; i++)
        seen[i] = 0;
    for (ulong x = 0; x <= m / 2; x++)
        seen[n_mulmod2(x, x, m)] = 1;
    SymVec v = {0};
    for (ulong i = 0; i < m; i++) {
        budget_tick();
        if (seen[i])
            sym_vec_push(&v, sym_int((long)i));
    }
    return list_of(&v);
}

/* Whether a is a square modulo p**k (p prime): a = p**j u with u a unit needs j even and u a
 * square modulo p (modulo 8, or 4, when p = 2), unless p**k divides a. */
static bool square_mod_prime_power(const fmpz_t a, const fmpz_t p, ulong k)
{
    fmpz_t u, pk;
    fmpz_init(u);
    fmpz_init(pk);
    fmpz_pow_ui(pk, p, k);
    fmpz_mod(u, a, pk);
    bool ok = true;
    if (!fmpz_is_zero(u)) {
        ulong j = (ulong)fmpz_remove(u, u, p);
        if (j % 2) {
            ok = false;
        } else if (fmpz_equal_ui(p, 2)) {
            ulong left = k - j;
            ulong mask = left >= 3 ? 7 : left == 2 ? 3 : 1;
            ok = (fmpz_fdiv_ui(u, mask + 1) & mask) == 1;
        } else {
            ok = fmpz_jacobi(u, p) == 1;
        }
    }
    fmpz_clear(u);
    fmpz_clear(pk);
    return ok;
}

bool sym_is_quad_residue(Sym *a, Sym *p)
{
    const fmpz *za = integer(a), *zp = integer(p);
    if (fmpz_sgn(zp) <= 0)
        sym_raise(SYM_E_VALUE, "p must be > 0");
    Sym *f = sym_factorint(p);
    for (uint32_t i = 0; i + 1 < f->n; i += 2)
        if (!square_mod_prime_power(za, f->args[i]->v.z, fmpz_get_ui(f->args[i + 1]->v.z)))
            return false;
    return true;
}

bool sym_is_primitive_root(Sym *a, Sym *p)
{
    const fmpz *za = integer(a), *zp = integer(p);
    if (fmpz_cmp_ui(zp, 1) <= 0)
        sym_raise(SYM_E_VALUE, "p should be an integer greater than 1");
    fmpz_t g;
    fmpz_init(g);
    fmpz_gcd(g, za, zp);
    bool coprime = fmpz_is_one(g);
    fmpz_clear(g);
    if (!coprime)
        sym_raise(SYM_E_VALUE, "The two numbers should be relatively prime");
    return sym_eq(sym_n_order(a, p), sym_totient(p));
}

bool sym_is_nthpow_residue(Sym *a, Sym *n, Sym *m)
{
    const fmpz *za = integer(a), *zn = integer(n), *zm = integer(m);
    if (fmpz_sgn(zn) < 0)
        sym_raise(SYM_E_VALUE, "n must be >= 0");
    if (fmpz_is_zero(zm))
        sym_raise(SYM_E_ZERO_DIVISION, "integer modulo by zero");
    fmpz_t r, e;
    fmpz_init(r);
    fmpz_init(e);
    fmpz_mod(r, za, zm);
    bool yes;
    if (fmpz_is_zero(zn)) {   /* x**0 = 1, compared as sympy does: a % m == 1 */
        yes = fmpz_is_one(r);
    } else if (fmpz_is_zero(r)) {
        yes = true;
    } else if (fmpz_cmp_ui(zm, MAX_MODULUS) > 0 && fmpz_is_prime(zm) == 1) {   /* a**((m-1)/gcd(n, m-1)) = 1 */
        fmpz_sub_ui(e, zm, 1);
        fmpz_t g;
        fmpz_init(g);
        fmpz_gcd(g, zn, e);
        fmpz_divexact(e, e, g);
        fmpz_clear(g);
        fmpz_powm(r, r, e, zm);
        yes = fmpz_is_one(r);
    } else {
        yes = sym_nthroot_mod(a, n, m, false) != NULL;
    }
    fmpz_clear(r);
    fmpz_clear(e);
    return yes;
}

Sym *sym_quadratic_congruence(Sym *a, Sym *b, Sym *c, Sym *n)
{
    const fmpz *zn = integer(n);
    if (fmpz_cmp_ui(zn, 1) <= 0)
        sym_raise(SYM_E_VALUE, "n should be an integer greater than 1");
    ulong m = small_modulus(zn);
    ulong ca = fmpz_fdiv_ui(integer(a), m), cb = fmpz_fdiv_ui(integer(b), m), cc = fmpz_fdiv_ui(integer(c), m);
    SymVec roots = {0};
    for (ulong x = 0; x < m; x++) {   /* (a x + b) x + c by Horner */
        budget_tick();
        ulong v = n_mulmod2(n_addmod(n_mulmod2(ca, x, m), cb, m), x, m);
        if (n_addmod(v, cc, m) == 0)
            sym_vec_push(&roots, sym_int((long)x));
    }
    return list_of(&roots);
}

/* Korselt's criterion: n composite and square-free with p - 1 | n - 1 for each prime p | n. */
bool sym_is_carmichael(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_cmp_ui(z, 2) <= 0 || fmpz_is_even(z) || fmpz_is_prime(z) == 1)
        return false;
    Sym *f = sym_factorint(n);
    fmpz_t n1, p1;
    fmpz_init(n1);
    fmpz_init(p1);
    fmpz_sub_ui(n1, z, 1);
    bool yes = true;
    for (uint32_t i = 0; i + 1 < f->n && yes; i += 2) {
        fmpz_sub_ui(p1, f->args[i]->v.z, 1);
        yes = sym_is_one(f->args[i + 1]) && fmpz_divisible(n1, p1);
    }
    fmpz_clear(n1);
    fmpz_clear(p1);
    return yes;
}

typedef struct { ulong value, index; } Baby;

static int cmp_baby(const void *x, const void *y)
{
    const Baby *a = x, *b = y;
    if (a->value != b->value)
        return a->value < b->value ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* The least x >= 0 with b**x = a (mod n), or -1: baby steps b**j (j < m) sorted, giant steps
 * a b**(-m i). b must be a unit modulo n. */
static long baby_giant(ulong n, ulong a, ulong b)
{
    ulong m = n_sqrt(n) + 1, ninv = n_preinvert_limb(n);
    Baby *baby = gc_alloc_atomic(m * sizeof(Baby));
    ulong t = 1 % n;
    for (ulong j = 0; j < m; j++) {
        budget_tick();
        baby[j] = (Baby){t, j};
        t = n_mulmod2_preinv(t, b, n, ninv);
    }
    qsort(baby, m, sizeof(Baby), cmp_baby);
    ulong giant = n_invmod(n_powmod2_preinv(b, m, n, ninv), n), cur = a;
    for (ulong i = 0; i <= m; i++) {
        budget_tick();
        size_t lo = 0, hi = m;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (baby[mid].value < cur)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < m && baby[lo].value == cur)
            return (long)(i * m + baby[lo].index);
        cur = n_mulmod2_preinv(cur, giant, n, ninv);
    }
    return -1;
}

Sym *sym_discrete_log(Sym *n, Sym *a, Sym *b)
{
    const fmpz *zn = integer(n);
    integer(a);
    integer(b);
    if (fmpz_sgn(zn) <= 0)
        sym_raise(SYM_E_VALUE, "n should be positive");
    if (fmpz_cmp_si(zn, MAX_LOG_MODULUS) > 0)
        sym_raise(SYM_E_LIMIT, "discrete_log: modulus too large");
    ulong m = fmpz_get_ui(zn), x = fmpz_fdiv_ui(a->v.z, m), g = fmpz_fdiv_ui(b->v.z, m);
    long r = -1;
    if (n_gcd(g, m) == 1) {
        r = baby_giant(m, x, g);
    } else {   /* b not a unit: walk its powers until they repeat */
        if (m > MAX_MODULUS)
            sym_raise(SYM_E_LIMIT, "discrete_log: modulus too large for a non-unit base");
        ulong t = 1 % m;
        for (ulong k = 0; k <= m && r < 0; k++) {
            budget_tick();
            if (t == x)
                r = (long)k;
            t = n_mulmod2(t, g, m);
        }
    }
    if (r < 0)
        sym_raise(SYM_E_VALUE, "Log does not exist");
    return sym_int(r);
}

/* ---- coefficient tables ---------------------------------------------------------------------- */

static Sym *pair(long a, long b)
{
    Sym *t[2] = {sym_int(a), sym_int(b)};
    return sym_tuple(2, t);
}

static Sym *binomial_int(ulong n, ulong k)
{
    fmpz_t r;
    fmpz_init(r);
    fmpz_bin_uiui(r, n, k);
    return sym_int_move(r);
}

Sym *sym_binomial_coefficients(Sym *n)
{
    long m = bounded(n, MAX_COUNT / 100, "binomial_coefficients argument");
    SymVec keys = {0}, vals = {0};
    for (long k = 0; 2 * k <= m; k++) {   /* sympy's order: (k, n-k) then (n-k, k) */
        budget_tick();
        Sym *c = binomial_int((ulong)m, (ulong)k);
        sym_vec_push(&keys, pair(k, m - k));
        sym_vec_push(&vals, c);
        if (2 * k != m) {
            sym_vec_push(&keys, pair(m - k, k));
            sym_vec_push(&vals, c);
        }
    }
    return sym_dict(keys.n, keys.v, vals.v);
}

Sym *sym_binomial_coefficients_list(Sym *n)
{
    long m = bounded(n, MAX_COUNT / 100, "binomial_coefficients_list argument");
    SymVec v = {0};
    for (long k = 0; k <= m; k++) {
        budget_tick();
        sym_vec_push(&v, binomial_int((ulong)m, (ulong)k));
    }
    return list_of(&v);
}

/* The compositions of `left` into the parts e[0..i], the last parts varying slowest (sympy's
 * order); each added with its multinomial coefficient n! / prod e_j!. */
static void compositions(long *e, long i, long left, long m, const fmpz_t nfac, SymVec *keys, SymVec *vals)
{
    budget_tick();
    if (keys->n > MAX_COUNT / 10)
        sym_raise(SYM_E_LIMIT, "multinomial_coefficients: too many terms");
    if (i == 0) {
        e[0] = left;
        Sym **t = gc_alloc((size_t)m * sizeof(Sym *));
        fmpz_t c, f;
        fmpz_init_set(c, nfac);
        fmpz_init(f);
        for (long j = 0; j < m; j++) {
            t[j] = sym_int(e[j]);
            fmpz_fac_ui(f, (ulong)e[j]);
            fmpz_divexact(c, c, f);
        }
        fmpz_clear(f);
        sym_vec_push(keys, sym_tuple((size_t)m, t));
        sym_vec_push(vals, sym_int_move(c));
        return;
    }
    for (long k = 0; k <= left; k++) {
        e[i] = k;
        compositions(e, i - 1, left - k, m, nfac, keys, vals);
    }
}

Sym *sym_multinomial_coefficients(Sym *m, Sym *n)
{
    long parts = bounded(m, 1000, "multinomial_coefficients m"), total = bounded(n, 10000, "multinomial_coefficients n");
    if (parts == 2)
        return sym_binomial_coefficients(n);
    SymVec keys = {0}, vals = {0};
    if (parts <= 0 || total < 0) {
        if (parts == 0 && total == 0) {
            sym_vec_push(&keys, sym_empty_tuple);
            sym_vec_push(&vals, sym_one);
        }
        return sym_dict(keys.n, keys.v, vals.v);
    }
    long *e = gc_alloc_atomic((size_t)parts * sizeof(long));
    fmpz_t f;
    fmpz_init(f);
    fmpz_fac_ui(f, (ulong)total);
    compositions(e, parts - 1, total, parts, f, &keys, &vals);
    fmpz_clear(f);
    return sym_dict(keys.n, keys.v, vals.v);
}

/* ---- continued fractions ------------------------------------------------------------------- */

/* The terms of p/q (q > 0) appended to v. */
static void rational_terms(SymVec *v, fmpz_t p, fmpz_t q)
{
    fmpz_t a;
    fmpz_init(a);
    while (!fmpz_is_zero(q)) {
        budget_tick();
        fmpz_fdiv_qr(a, p, p, q);
        sym_vec_push(v, sym_int_fmpz(a));
        fmpz_swap(p, q);
    }
    fmpz_clear(a);
}

/* The expansion of (p + s sqrt(d))/q for integers (d >= 0, q != 0). */
static Sym *periodic(const fmpz_t p0, const fmpz_t q0, const fmpz_t d0, int s)
{
    if (fmpz_is_zero(q0))
        sym_raise(SYM_E_VALUE, "The denominator cannot be 0.");
    if (fmpz_sgn(d0) < 0)
        sym_raise(SYM_E_VALUE, "expected non-negative for `d` but got %s", sym_str(sym_int_fmpz(d0)));
    if (fmpz_bits(d0) > MAX_DENOM_BITS / 100)
        sym_raise(SYM_E_LIMIT, "continued fraction: radicand too large");
    fmpz_t p, q, d, r, t;
    fmpz_init_set(p, p0);
    fmpz_init_set(q, q0);
    fmpz_init_set(d, d0);
    fmpz_init(r);
    fmpz_init(t);
    SymVec terms = {0};
    Sym *result;
    fmpz_sqrtrem(r, t, d);
    if (fmpz_is_zero(t)) {   /* a rational number */
        if (s < 0)
            fmpz_neg(r, r);
        fmpz_add(p, p, r);
        if (fmpz_sgn(q) < 0) {
            fmpz_neg(p, p);
            fmpz_neg(q, q);
        }
        rational_terms(&terms, p, q);
        result = list_of(&terms);
    } else {
        if (s < 0) {
            fmpz_neg(p, p);
            fmpz_neg(q, q);
        }
        /* make q divide d - p**2: scale p and q by |q|, d by q**2 */
        fmpz_mul(t, p, p);
        fmpz_sub(t, d, t);
        if (!fmpz_divisible(t, q)) {
            fmpz_abs(t, q);
            fmpz_mul(p, p, t);
            fmpz_mul(d, d, t);
            fmpz_mul(d, d, t);
            fmpz_mul(q, q, t);
            fmpz_sqrt(r, d);
        }
        SymMap seen = {0};
        fmpz_t a;
        fmpz_init(a);
        for (;;) {
            budget_tick();
            Sym *st[2] = {sym_int_fmpz(p), sym_int_fmpz(q)};
            bool fresh;
            Sym **slot = sym_map_slot(&seen, sym_tuple(2, st), &fresh);
            if (!fresh) {
                size_t start = (size_t)fmpz_get_si((*slot)->v.z);
                Sym *period = sym_list(terms.n - start, terms.v + start);
                terms.n = start;
                sym_vec_push(&terms, period);
                break;
            }
            *slot = sym_int((long)terms.n);
            if (terms.n > MAX_TERMS)
                sym_raise(SYM_E_LIMIT, "continued fraction: period too long");
            fmpz_add(t, p, r);   /* floor((p + sqrt d)/q), sqrt d irrational */
            if (fmpz_sgn(q) < 0)
                fmpz_add_ui(t, t, 1);
            fmpz_fdiv_q(a, t, q);
            sym_vec_push(&terms, sym_int_fmpz(a));
            fmpz_mul(t, a, q);   /* p <- a q - p, q <- (d - p**2)/q */
            fmpz_sub(p, t, p);
            fmpz_mul(t, p, p);
            fmpz_sub(t, d, t);
            fmpz_divexact(q, t, q);
        }
        fmpz_clear(a);
        result = list_of(&terms);
    }
    fmpz_clear(p);
    fmpz_clear(q);
    fmpz_clear(d);
    fmpz_clear(r);
    fmpz_clear(t);
    return result;
}

Sym *sym_continued_fraction_periodic(Sym *p, Sym *q, Sym *d, Sym *s)
{
    const fmpz *zs = integer(s);
    return periodic(integer(p), integer(q), integer(d), fmpz_sgn(zs) < 0 ? -1 : 1);
}

Sym *sym_continued_fraction(Sym *x)
{
    Sym *c0, *rest, *c, *root;
    sym_as_coeff_add(x, &c0, &rest);
    if (sym_is_zero_num(rest) && sym_is_rational(c0)) {
        fmpq_t v;
        fmpq_init(v);
        sym_get_fmpq(v, c0);
        SymVec terms = {0};
        rational_terms(&terms, fmpq_numref(v), fmpq_denref(v));
        fmpq_clear(v);
        return list_of(&terms);
    }
    sym_as_coeff_mul(rest, true, &c, &root);
    if (!sym_is_rational(c0) || !sym_is_rational(c) || root->kind != SYM_POW ||
        root->args[0]->kind != SYM_INTEGER || fmpz_sgn(root->args[0]->v.z) <= 0 || !sym_eq(root->args[1], sym_half))
        sym_raise(SYM_E_VALUE, "expecting a rational or quadratic irrational, not %s", sym_str(x));
    /* c0 + c sqrt(r) = (P + s sqrt(D))/L with L the common denominator */
    fmpq_t a, b;
    fmpz_t l, p, dd;
    fmpq_init(a);
    fmpq_init(b);
    fmpz_init(l);
    fmpz_init(p);
    fmpz_init(dd);
    sym_get_fmpq(a, c0);
    sym_get_fmpq(b, c);
    fmpz_lcm(l, fmpq_denref(a), fmpq_denref(b));
    fmpz_divexact(p, l, fmpq_denref(a));
    fmpz_mul(p, p, fmpq_numref(a));
    fmpz_divexact(dd, l, fmpq_denref(b));
    fmpz_mul(dd, dd, fmpq_numref(b));
    int s = fmpz_sgn(dd);
    fmpz_mul(dd, dd, dd);
    fmpz_mul(dd, dd, root->args[0]->v.z);
    Sym *r = periodic(p, l, dd, s);
    fmpq_clear(a);
    fmpq_clear(b);
    fmpz_clear(l);
    fmpz_clear(p);
    fmpz_clear(dd);
    return r;
}

static void finite_terms(Sym *terms)
{
    for (uint32_t i = 0; i < terms->n; i++)
        if (terms->args[i]->kind == SYM_LIST || terms->args[i]->kind == SYM_TUPLE)
            sym_raise(SYM_E_NOT_IMPLEMENTED, "periodic continued fractions are not supported here");
}

Sym *sym_continued_fraction_reduce(Sym *terms)
{
    finite_terms(terms);
    if (terms->n == 0)
        return sym_zero;
    Sym *x = terms->args[terms->n - 1];
    for (uint32_t i = terms->n - 1; i-- > 0;) {
        budget_tick();
        x = sym_add(terms->args[i], sym_pow(x, sym_neg_one));
    }
    return x;
}

Sym *sym_continued_fraction_convergents(Sym *terms)
{
    finite_terms(terms);
    /* p_k = a_k p_(k-1) + p_(k-2), q_k likewise, from p = (1, 0), q = (0, 1) */
    Sym *p1 = sym_one, *p2 = sym_zero, *q1 = sym_zero, *q2 = sym_one;
    SymVec v = {0};
    for (uint32_t i = 0; i < terms->n; i++) {
        budget_tick();
        Sym *a = terms->args[i];
        Sym *p = sym_add(sym_mul(a, p1), p2), *q = sym_add(sym_mul(a, q1), q2);
        p2 = p1;
        p1 = p;
        q2 = q1;
        q1 = q;
        sym_vec_push(&v, sym_div(p, q));
    }
    return list_of(&v);
}

Sym *sym_egyptian_fraction(Sym *r)
{
    if (!sym_is_rational(r))
        sym_raise(SYM_E_VALUE, "Value must be a Rational or tuple of ints");
    fmpq_t x, u;
    fmpq_init(x);
    fmpq_init(u);
    sym_get_fmpq(x, r);
    if (fmpq_sgn(x) <= 0)
        sym_raise(SYM_E_VALUE, "Value must be positive");
    SymVec v = {0};
    /* from 1 on, the unit fractions 1, 1/2, 1/3 ... while they fit */
    for (long k = 1;; k++) {
        budget_tick();
        fmpq_set_si(u, 1, (ulong)k);
        if (fmpq_cmp(u, x) > 0)
            break;
        if (v.n > MAX_TERMS)
            sym_raise(SYM_E_LIMIT, "egyptian_fraction: too many terms");
        sym_vec_push(&v, sym_int(k));
        fmpq_sub(x, x, u);
        if (fmpq_is_zero(x))
            break;
    }
    /* then greedily 1/ceil(q/p) */
    fmpz_t d;
    fmpz_init(d);
    while (!fmpq_is_zero(x)) {
        budget_tick();
        if (fmpz_bits(fmpq_denref(x)) > MAX_DENOM_BITS)
            sym_raise(SYM_E_LIMIT, "egyptian_fraction: denominators too large");
        fmpz_cdiv_q(d, fmpq_denref(x), fmpq_numref(x));
        sym_vec_push(&v, sym_int_fmpz(d));
        fmpq_set_si(u, 1, 1);
        fmpq_div_fmpz(u, u, d);
        fmpq_sub(x, x, u);
    }
    fmpz_clear(d);
    fmpq_clear(x);
    fmpq_clear(u);
    return list_of(&v);
}

/* ---- logs, bits and roots ---------------------------------------------------------------------- */

Sym *sym_integer_log(Sym *n, Sym *b)
{
    const fmpz *zn = integer(n), *zb = integer(b);
    if (fmpz_is_zero(zn))
        sym_raise(SYM_E_VALUE, "n cannot be 0");
    fmpz_t an, ab, t;
    fmpz_init(an);
    fmpz_init(ab);
    fmpz_init(t);
    fmpz_abs(an, zn);
    fmpz_abs(ab, zb);
    if (fmpz_cmp_ui(ab, 2) < 0) {
        fmpz_clear(an);
        fmpz_clear(ab);
        fmpz_clear(t);
        sym_raise(SYM_E_VALUE, "base must be 2 or more");
    }
    long e = fmpz_flog(an, ab);
    fmpz_pow_ui(t, zb, (ulong)e);
    bool exact = fmpz_equal(t, zn);
    fmpz_clear(an);
    fmpz_clear(ab);
    fmpz_clear(t);
    Sym *items[2] = {sym_int(e), exact ? sym_true : sym_false};
    return sym_tuple(2, items);
}

Sym *sym_trailing(Sym *n)
{
    const fmpz *z = integer(n);
    return sym_int(fmpz_is_zero(z) ? 0 : (long)fmpz_val2(z));
}

Sym *sym_real_root(Sym *x, Sym *n)
{
    if (!sym_is_num(x) || !sym_is_int(n))
        sym_raise(SYM_E_NOT_IMPLEMENTED, "real_root(%s, %s): only numbers are supported", sym_str(x), sym_str(n));
    Sym *inv = sym_pow(n, sym_neg_one);
    if (sym_num_sign(x) < 0 && fmpz_is_odd(n->v.z))
        return sym_neg(sym_pow(sym_neg(x), inv));
    return sym_pow(x, inv);
}

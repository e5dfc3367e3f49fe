/* solvers/sym_ntheory.c — number theory with FLINT. */
#include "solvers/sym_ntheory.h"

#include <flint/arith.h>
#include <flint/fmpz_factor.h>
#include <flint/ulong_extras.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_print.h"

/* Composite cofactors beyond this are not attempted (FLINT's factoring cannot be interrupted). */
#define MAX_FACTOR_BITS 200
/* primerange, divisors and prime(n) produce at most this many numbers. */
#define MAX_LIST 10000000

static const fmpz *integer(Sym *n)
{
    if (n->kind != SYM_INTEGER)
        sym_raise(SYM_E_VALUE, "%s is not an integer", sym_str(n));
    return n->v.z;
}

static long small(Sym *n, const char *what)
{
    const fmpz *z = integer(n);
    if (!fmpz_fits_si(z))
        sym_raise(SYM_E_LIMIT, "%s too large", what);
    return fmpz_get_si(z);
}

/* n**-1 mod 2**64 for odd n: n*n == 1 mod 8 gives 3 correct bits, each Newton step doubles them. */
static uint64_t inverse_mod_word(uint64_t n)
{
    uint64_t inv = n;
    for (int i = 0; i < 5; i++)
        inv *= 2 - n * inv;
    return inv;
}

/* a*b/2**32 mod n with a, b, n below 2**32 and n odd (Montgomery's product); ninv = n**-1 mod
 * 2**32. The subtraction form keeps every intermediate within 64 bits for any such n. */
static uint32_t mont_mul(uint32_t a, uint32_t b, uint32_t n, uint32_t ninv)
{
    uint64_t t = (uint64_t)a * b;
    uint32_t m = (uint32_t)t * ninv;
    uint32_t hi = (uint32_t)(t >> 32), mn = (uint32_t)(((uint64_t)m * n) >> 32);
    return hi >= mn ? hi - mn : hi - mn + n;
}

/* The end of a strong probable-prime test: x = a**d (Montgomery form), n - 1 = d*2**s. */
static bool strong_tail(uint32_t x, uint32_t one, uint32_t s, uint32_t n, uint32_t ninv)
{
    if (x == one || x == n - one)
        return true;
    for (uint32_t i = 1; i < s; i++) {
        x = mont_mul(x, x, n, ninv);
        if (x == n - one)
            return true;
    }
    return false;
}

/* Primality of odd n > 61 below 2**32 by strong probable-prime tests to the bases 2, 7 and
 * 61, which no composite below 4759123141 passes together. Base 2 goes first (it rejects nearly
 * every composite) with doublings in place of multiplications; 7 and 61 run side by side. */
static bool probable_prime32(uint32_t n)
{
    uint32_t ninv = (uint32_t)inverse_mod_word(n);
    uint32_t d = n - 1, s = 0;
    while (!(d & 1)) {
        d >>= 1;
        s++;
    }
    uint32_t one = (uint32_t)((UINT64_C(1) << 32) % n);
    uint32_t x = one;
    for (int i = 31 - __builtin_clz(d); i >= 0; i--) {
        x = mont_mul(x, x, n, ninv);
        if ((d >> i) & 1)
            x = x >= n - x ? x - (n - x) : x + x;
    }
    if (!strong_tail(x, one, s, n, ninv))
        return false;
    uint32_t b7 = (uint32_t)((UINT64_C(7) << 32) % n), b61 = (uint32_t)((UINT64_C(61) << 32) % n);
    uint32_t x7 = one, x61 = one;
    for (uint32_t e = d; e; e >>= 1) {
        if (e & 1) {
            x7 = mont_mul(x7, b7, n, ninv);
            x61 = mont_mul(x61, b61, n, ninv);
        }
        b7 = mont_mul(b7, b7, n, ninv);
        b61 = mont_mul(b61, b61, n, ninv);
    }
    return strong_tail(x7, one, s, n, ninv) && strong_tail(x61, one, s, n, ninv);
}

/* Primality below 2**32: trial division by the primes to 61, then probable_prime32. About 1.6
 * times as fast as FLINT's n_is_prime on such numbers. */
static inline bool is_small_prime(uint32_t n) { return (UINT64_C(0x28208a20a08a28ac) >> n) & 1; }    /* n < 64 */

static bool is_prime32(uint32_t n)
{
    if (n < 64)
        return is_small_prime(n);
    if (!(n & 1) || n % 3 == 0 || n % 5 == 0 || n % 7 == 0 || n % 11 == 0 || n % 13 == 0 ||
        n % 17 == 0 || n % 19 == 0 || n % 23 == 0 || n % 29 == 0 || n % 31 == 0 || n % 37 == 0 ||
        n % 41 == 0 || n % 43 == 0 || n % 47 == 0 || n % 53 == 0 || n % 59 == 0 || n % 61 == 0)
        return false;
    return n < 67 * 67 || probable_prime32(n);
}

/* Montgomery arithmetic modulo an odd word n: x stands for x*2**64 mod n. */
typedef struct {
    uint64_t n, ninv;         /* ninv = n**-1 mod 2**64 */
    uint64_t one, r2;         /* 2**64 and 2**128 mod n */
} Mont64;

static Mont64 mont64_init(uint64_t n)
{
    uint64_t one = (0 - n) % n;
    return (Mont64){n, inverse_mod_word(n), one, (uint64_t)(((unsigned __int128)one << 64) % n)};
}

/* a*b/2**64 mod n, in the subtraction form of mont_mul. */
static inline uint64_t mont64_mul(const Mont64 *m, uint64_t a, uint64_t b)
{
    unsigned __int128 t = (unsigned __int128)a * b;
    uint64_t q = (uint64_t)t * m->ninv;
    uint64_t hi = (uint64_t)(t >> 64), qn = (uint64_t)(((unsigned __int128)q * m->n) >> 64);
    return hi >= qn ? hi - qn : hi - qn + m->n;
}

/* a*b/2**64 mod n up to a multiple of n, for n below 2**60 and a, b below 4n: the result is
 * below 2n, so Pollard's rho can iterate x**2 + c (c < n) without ever reducing. */
static inline uint64_t mont64_mul_lazy(const Mont64 *m, uint64_t a, uint64_t b)
{
    unsigned __int128 t = (unsigned __int128)a * b;
    uint64_t q = (uint64_t)t * m->ninv;
    return (uint64_t)(t >> 64) - (uint64_t)(((unsigned __int128)q * m->n) >> 64) + m->n;
}

/* Whether odd n > 2**32 is a strong probable prime to each of the nb (at most 12) bases a < n,
 * n - 1 = d*2**s. The exponentiations are independent and run side by side, so that the
 * multiplier overlaps them rather than waiting on one chain of products. */
static bool strong_probable_prime64(const Mont64 *m, const uint64_t *a, int nb, uint64_t d, int s)
{
    uint64_t b[12], x[12], minus_one = m->n - m->one;
    for (int k = 0; k < nb; k++) {
        b[k] = mont64_mul(m, a[k], m->r2);
        x[k] = m->one;
    }
    for (int i = 63 - __builtin_clzll(d); i >= 0; i--)
        for (int k = 0; k < nb; k++) {
            x[k] = mont64_mul(m, x[k], x[k]);
            if ((d >> i) & 1)
                x[k] = mont64_mul(m, x[k], b[k]);
        }
    for (int k = 0; k < nb; k++) {
        int i = 1;
        if (x[k] == m->one || x[k] == minus_one)
            continue;
        for (; i < s; i++) {
            x[k] = mont64_mul(m, x[k], x[k]);
            if (x[k] == minus_one)
                break;
        }
        if (i >= s)
            return false;
    }
    return true;
}

/* Primality of odd n > 2**32 by strong probable-prime tests to the first primes, as many as
 * make the test deterministic below n (the least composites passing the first 5, 6, 7 and 9
 * primes, and 2**64 for 12). Base 2 goes first and alone: it rejects nearly every composite. */
static bool probable_prime64(uint64_t n)
{
    static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    int nb = n < UINT64_C(2152302898747) ? 5 : n < UINT64_C(3474749660383) ? 6 : n < UINT64_C(341550071728321) ? 7
           : n < UINT64_C(3825123056546413051) ? 9 : 12;
    Mont64 m = mont64_init(n);
    int s = __builtin_ctzll(n - 1);
    return strong_probable_prime64(&m, bases, 1, (n - 1) >> s, s) &&
           strong_probable_prime64(&m, bases + 1, nb - 1, (n - 1) >> s, s);
}

/* Primality of odd n > 2**32: trial division to 53, then probable_prime64. */
static __attribute__((noinline)) bool is_prime64(uint64_t n)
{
    if (n % 3 == 0 || n % 5 == 0 || n % 7 == 0 || n % 11 == 0 || n % 13 == 0 || n % 17 == 0 ||
        n % 19 == 0 || n % 23 == 0 || n % 29 == 0 || n % 31 == 0 || n % 37 == 0 || n % 41 == 0 ||
        n % 43 == 0 || n % 47 == 0 || n % 53 == 0)
        return false;
    return probable_prime64(n);
}

/* Sieved windows of the numbers below 2**32. Programs test runs of nearby numbers (a loop over a
 * range): once SIEVE_AFTER queries have fallen in one window of 2**WINDOW_BITS numbers, it is
 * sieved and every later query there is a bit test. Sieving a window near 2**30..2**32 takes
 * about as long as 1100-1500 tests do (60-80 us against 50-60 ns), so a program never pays more
 * than about twice what the tests alone would cost. A few windows are kept, the least recently
 * queried replaced; they live in static storage (16 KB, no pointers) and depend on nothing but
 * the numbers. */
#define WINDOW_BITS 16
#define WINDOW_SLOTS 4
#define SIEVE_AFTER 1024

typedef struct {
    uint32_t id;              /* the window holds the numbers n with n >> WINDOW_BITS == id */
    uint32_t uses;            /* queries in it so far; 0: the slot is empty */
    uint32_t last;            /* when it was last queried (for the replacement) */
    bool sieved;
    uint64_t odd[(1u << WINDOW_BITS) / 128];   /* bit i: whether id*2**WINDOW_BITS + 2i + 1 is prime */
} Window;

static Window windows[WINDOW_SLOTS];
static uint32_t window_clock;

/* Marks the odd primes of w's window: all odd numbers, less the odd multiples of each odd prime
 * p with p*p below the window's end, from max(p*p, the window's first multiple) on. */
static void sieve_window(Window *w)
{
    uint64_t lo = (uint64_t)w->id << WINDOW_BITS, hi = lo + (1u << WINDOW_BITS);
    memset(w->odd, 0xff, sizeof w->odd);
    if (lo == 0)
        w->odd[0] &= ~UINT64_C(1);    /* 1 */
    const ulong *primes = n_primes_arr_readonly(6542);    /* those below 2**16 */
    for (int k = 1; k < 6542; k++) {
        uint64_t p = primes[k], m = p * p;
        if (m >= hi)
            break;
        if (m < lo) {
            m = lo + (p - lo % p) % p;
            if (!(m & 1))
                m += p;
        }
        for (uint64_t i = (m - lo) >> 1; i < (1u << WINDOW_BITS) / 2; i += p)
            w->odd[i >> 6] &= ~(UINT64_C(1) << (i & 63));
    }
    w->sieved = true;
}

static Window *recent = &windows[0];    /* the slot of the last query */

static bool window_bit(const Window *w, uint32_t n)
{
    uint32_t i = (n & ((1u << WINDOW_BITS) - 1)) >> 1;
    return (w->odd[i >> 6] >> (i & 63)) & 1;
}

/* is_prime32 for odd n >= 64 through the windows, when the last query's is not a sieved one
 * holding n: finds n's window among the others or replaces the least recently queried one (a
 * slot's time changes only when queries move to it, which keeps the order of use), counts the
 * query, and sieves the window at the SIEVE_AFTER-th. */
static __attribute__((noinline)) bool is_prime32_windowed(uint32_t n)
{
    uint32_t id = n >> WINDOW_BITS;
    Window *w = recent;
    if (!w->uses || w->id != id) {
        Window *victim = &windows[0];
        w = NULL;
        for (int i = 0; i < WINDOW_SLOTS && !w; i++) {
            if (windows[i].uses && windows[i].id == id)
                w = &windows[i];
            else if (windows[i].last < victim->last)
                victim = &windows[i];
        }
        if (!w) {
            w = victim;
            w->id = id;
            w->uses = 0;
            w->sieved = false;
        }
        w->last = ++window_clock;
        recent = w;
    }
    if (!w->sieved) {
        if (++w->uses < SIEVE_AFTER)
            return is_prime32(n);
        sieve_window(w);
    }
    return window_bit(w, n);
}

bool sym_isprime_si(long n)
{
    if (n < 64)
        return n >= 2 && is_small_prime((uint32_t)n);
    if (!(n & 1))
        return false;
    if (n > UINT32_MAX)
        return is_prime64((uint64_t)n);
    if (recent->sieved && recent->id == (uint32_t)n >> WINDOW_BITS)
        return window_bit(recent, (uint32_t)n);
    return is_prime32_windowed((uint32_t)n);
}

bool sym_isprime(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_fits_si(z))
        return sym_isprime_si(fmpz_get_si(z));
    return fmpz_sgn(z) > 0 && fmpz_is_prime(z) == 1;
}

Sym *sym_nextprime(Sym *n, long ith)
{
    fmpz_t p;
    fmpz_init_set(p, integer(n));
    if (fmpz_cmp_si(p, 2) < 0)
        fmpz_one(p);
    for (long i = 0; i < (ith < 1 ? 1 : ith); i++) {
        budget_tick();
        fmpz_nextprime(p, p, 1);
    }
    return sym_int_move(p);
}

Sym *sym_prevprime(Sym *n)
{
    fmpz_t p;
    fmpz_init_set(p, integer(n));
    if (fmpz_cmp_si(p, 3) < 0) {
        fmpz_clear(p);
        sym_raise(SYM_E_VALUE, "no preceding primes");
    }
    do {
        budget_tick();
        fmpz_sub_ui(p, p, 1);
    } while (fmpz_is_prime(p) != 1);
    return sym_int_move(p);
}

Sym *sym_prime(Sym *nth)
{
    long k = small(nth, "prime index");
    if (k < 1)
        sym_raise(SYM_E_VALUE, "nth must be a positive integer; prime(1) == 2");
    if (k > MAX_LIST)
        sym_raise(SYM_E_LIMIT, "prime index too large");
    return sym_int((long)n_nth_prime((ulong)k));
}

Sym *sym_primepi(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_sgn(z) <= 0)
        return sym_zero;
    if (fmpz_bits(z) > 40)
        sym_raise(SYM_E_LIMIT, "primepi argument too large");
    return sym_int((long)n_prime_pi(fmpz_get_ui(z)));
}

Sym *sym_primerange(Sym *a, Sym *b)
{
    fmpz_t p;
    fmpz_init_set(p, integer(a));
    if (fmpz_cmp_si(p, 2) < 0)
        fmpz_set_si(p, 1);
    else
        fmpz_sub_ui(p, p, 1);
    const fmpz *hi = integer(b);
    SymVec v = {0};
    for (;;) {
        budget_tick();
        fmpz_nextprime(p, p, 1);
        if (fmpz_cmp(p, hi) >= 0)
            break;
        if (v.n >= MAX_LIST) {
            fmpz_clear(p);
            sym_raise(SYM_E_LIMIT, "primerange too long");
        }
        sym_vec_push(&v, sym_int_fmpz(p));
    }
    fmpz_clear(p);
    return sym_list(v.n, v.v);
}

typedef struct { ulong p, inv, lim; } TrialPrime;

/* The odd primes below 1000 with their inverses mod 2**64: q divides n exactly when
 * n*inv <= lim = (2**64 - 1)/q, and n*inv is then n/q (a multiplication, not a division). */
static const TrialPrime *trial_primes(void)
{
    static TrialPrime t[167];
    if (!t[0].p) {
        const ulong *primes = n_primes_arr_readonly(168);
        for (int i = 0; i < 167; i++) {
            ulong q = primes[i + 1];
            t[i] = (TrialPrime){q, inverse_mod_word(q), UINT64_MAX / q};
        }
    }
    return t;
}

/* A proper factor of the odd composite n < 2**60 by Pollard's rho in Brent's form, in lazy
 * Montgomery arithmetic (values below 4n, congruent to the true ones) with one gcd per RHO_BATCH
 * steps, trying the maps x**2 + c for a few c; 0 when none succeeds within RHO_STEPS steps. The
 * cycle lengths start at RHO_FIRST rather than 1: the factors sought exceed 1000, whose cycles
 * are about their square root long, and Brent's search still finds any shorter one. */
#define RHO_BATCH 64
#define RHO_FIRST 16
#define RHO_STEPS (1u << 20)

static uint64_t rho_factor(uint64_t n)
{
    Mont64 m = mont64_init(n);
    for (uint64_t c = 1; c < 16 && c < n; c++) {
        uint64_t y = c, x = y, ys = y, q = m.one, g = 1;
#define RHO_NEXT(v) (v = mont64_mul_lazy(&m, v, v) + c)
        for (uint32_t r = RHO_FIRST; g == 1 && r <= RHO_STEPS; r <<= 1) {
            budget_tick();
            x = y;
            for (uint32_t i = 0; i < r; i++)
                RHO_NEXT(y);
            for (uint32_t k = 0; k < r && g == 1; k += RHO_BATCH) {
                ys = y;
                for (uint32_t i = 0; i < RHO_BATCH && i < r - k; i++) {
                    RHO_NEXT(y);
                    q = mont64_mul_lazy(&m, q, x > y ? x - y : y - x);
                }
                g = n_gcd(q, n);
            }
        }
        if (g == n)    /* the batch overshot: redo it a step at a time */
            do {
                RHO_NEXT(ys);
                g = n_gcd(x > ys ? x - ys : ys - x, n);
            } while (g == 1);
#undef RHO_NEXT
        if (g != 1 && g != n)
            return g;
    }
    return 0;
}

/* Trial division by the primes below 1000 (stopping once p*p passes the cofactor), then
 * cofactors split by Pollard-Brent (from 2**60 by FLINT's n_factor). A cofactor has no factor
 * below 1009, so it is prime when below 1009**2 and is otherwise tested by the probable-prime
 * tests alone. FLINT's n_factor divides by its 3000 trial primes first, which for a typical
 * 40-bit input costs several times the whole of this. */
int sym_factor_word(ulong n, ulong *p, ulong *e)
{
    int np = 0;
    if (n && !(n & 1)) {
        p[np] = 2;
        e[np] = (ulong)__builtin_ctzl(n);
        n >>= e[np++];
    }
    const TrialPrime *t = trial_primes();
    for (int i = 0; i < 167 && n > 1; i++) {
        ulong q = t[i].p;
        if (q * q > n) {    /* n has no factor up to its square root */
            p[np] = n;
            e[np++] = 1;
            n = 1;
            break;
        }
        if (n * t[i].inv > t[i].lim)
            continue;
        p[np] = q;
        e[np] = 0;
        while (n * t[i].inv <= t[i].lim) {
            n *= t[i].inv;
            e[np]++;
        }
        np++;
    }
    ulong stack[FLINT_BITS];
    int ns = 0;
    if (n > 1)
        stack[ns++] = n;
    while (ns) {
        budget_tick();
        ulong c = stack[--ns], d;
        if (c < 1009 * 1009 || (c <= UINT32_MAX ? probable_prime32((uint32_t)c) : probable_prime64(c))) {
            int k = 0;
            while (k < np && p[k] != c)
                k++;
            if (k == np) {
                p[np] = c;
                e[np++] = 0;
            }
            e[k]++;
        } else if (c < (UINT64_C(1) << 60) && (d = rho_factor(c))) {
            stack[ns++] = d;
            stack[ns++] = c / d;
        } else {
            n_factor_t rest;
            n_factor_init(&rest);
            n_factor(&rest, c, 1);
            for (int i = 0; i < rest.num; i++)
                for (int k = 0; k < rest.exp[i]; k++)
                    stack[ns++] = rest.p[i];
        }
    }
    for (int i = 1; i < np; i++)
        for (int j = i; j > 0 && p[j - 1] > p[j]; j--) {
            ulong t = p[j];
            p[j] = p[j - 1];
            p[j - 1] = t;
            t = e[j];
            e[j] = e[j - 1];
            e[j - 1] = t;
        }
    return np;
}

static void factor_word(fmpz_factor_t f, ulong n)
{
    ulong p[FLINT_BITS], e[FLINT_BITS];
    int np = sym_factor_word(n, p, e);
    for (int i = 0; i < np; i++)
        _fmpz_factor_append_ui(f, p[i], e[i]);
}

/* Appends the prime factors of c (more than a word) with multiplicity k to f, splitting
 * composites by Pollard-Brent and then ECM; false when a factor resists (more than
 * MAX_FACTOR_BITS bits, or the tries run out), with f then incomplete. */
static bool split_big(fmpz_factor_t f, const fmpz_t c, ulong k, flint_rand_t state)
{
    budget_tick();
    if (fmpz_abs_fits_ui(c)) {
        fmpz_factor_t w;
        fmpz_factor_init(w);
        factor_word(w, fmpz_get_ui(c));
        for (slong i = 0; i < w->num; i++)
            _fmpz_factor_append(f, w->p + i, w->exp[i] * k);
        fmpz_factor_clear(w);
        return true;
    }
    if (fmpz_is_prime(c) == 1) {
        _fmpz_factor_append(f, c, k);
        return true;
    }
    if (fmpz_bits(c) > MAX_FACTOR_BITS)
        return false;
    fmpz_t d, q;
    fmpz_init(d);
    fmpz_init(q);
    bool ok;
    int power = fmpz_is_perfect_power(d, c);
    if (power > 1) {
        ok = split_big(f, d, k * (ulong)power, state);
    } else if (fmpz_factor_pollard_brent(d, state, (fmpz *)c, 4, 1 << 16)) {
        fmpz_divexact(q, c, d);
        ok = split_big(f, d, k, state) && split_big(f, q, k, state);
    } else {
        /* ECM for factors up to about 52 bits: a few tenths of a second at most */
        fmpz_factor_t e;
        fmpz_factor_init(e);
        fmpz_factor_smooth(e, c, 52, 1);
        ok = e->num > 1 || (e->num == 1 && e->exp[0] > 1);
        for (slong i = 0; i < e->num && ok; i++)
            ok = split_big(f, e->p + i, k * e->exp[i], state);
        fmpz_factor_clear(e);
    }
    fmpz_clear(d);
    fmpz_clear(q);
    return ok;
}

/* The prime factorisation of |n| > 0 in increasing order, refusing hopeless inputs. Beyond a
 * word: trial division and ECM for the factors up to about 40 bits (fmpz_factor_smooth), then
 * Pollard-Brent. Never fmpz_factor: its quadratic sieve keeps its relations in a file in the
 * working directory, which the sandbox forbids. */
static void factor(fmpz_factor_t f, const fmpz_t n)
{
    fmpz_t m;
    fmpz_init(m);
    fmpz_abs(m, n);
    if (fmpz_abs_fits_ui(m)) {
        factor_word(f, fmpz_get_ui(m));
        fmpz_clear(m);
        return;
    }
    fmpz_factor_t s, raw;
    fmpz_factor_init(s);
    fmpz_factor_init(raw);
    fmpz_factor_smooth(s, m, 40, 1);
    flint_rand_t state;
    flint_randinit(state);
    bool ok = true;
    for (slong i = 0; i < s->num && ok; i++)
        ok = split_big(raw, s->p + i, s->exp[i], state);
    flint_randclear(state);
    fmpz_factor_clear(s);
    if (ok) {
        /* sorted, equal primes merged */
        for (slong i = 0; i < raw->num; i++) {
            slong best = i;
            for (slong j = i + 1; j < raw->num; j++)
                if (fmpz_cmp(raw->p + j, raw->p + best) < 0)
                    best = j;
            fmpz_swap(raw->p + i, raw->p + best);
            ulong t = raw->exp[i];
            raw->exp[i] = raw->exp[best];
            raw->exp[best] = t;
            if (f->num && fmpz_equal(f->p + f->num - 1, raw->p + i))
                f->exp[f->num - 1] += raw->exp[i];
            else
                _fmpz_factor_append(f, raw->p + i, raw->exp[i]);
        }
    }
    fmpz_factor_clear(raw);
    fmpz_clear(m);
    if (!ok) {
        fmpz_factor_clear(f);
        fmpz_factor_init(f);
        sym_raise(SYM_E_LIMIT, "factorint: %s has a composite factor too large to split",
                  sym_str(sym_int_fmpz(n)));
    }
}

Sym *sym_factorint(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_is_zero(z))
        return sym_dict(1, (Sym *[]){sym_zero}, (Sym *[]){sym_one});
    fmpz_factor_t f;
    fmpz_factor_init(f);
    factor(f, z);
    SymVec k = {0}, v = {0};
    for (slong i = 0; i < f->num; i++) {
        sym_vec_push(&k, sym_int_fmpz(f->p + i));
        sym_vec_push(&v, sym_int((long)f->exp[i]));
    }
    fmpz_factor_clear(f);
    if (fmpz_sgn(z) < 0) {
        sym_vec_push(&k, sym_neg_one);
        sym_vec_push(&v, sym_one);
    }
    return sym_dict(k.n, k.v, v.v);
}

Sym *sym_primefactors(Sym *n)
{
    Sym *d = sym_factorint(n);
    SymVec v = {0};
    for (uint32_t i = 0; i < d->n; i += 2)
        if (fmpz_cmp_si(d->args[i]->v.z, 1) > 0)
            sym_vec_push(&v, d->args[i]);
    return sym_list(v.n, v.v);
}

static int cmp_fmpz(const void *a, const void *b)
{
    return fmpz_cmp(((Sym *const *)a)[0]->v.z, ((Sym *const *)b)[0]->v.z);
}

Sym *sym_divisors(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_is_zero(z))
        return sym_list(0, NULL);
    fmpz_factor_t f;
    fmpz_factor_init(f);
    factor(f, z);
    double count = 1;
    for (slong i = 0; i < f->num; i++)
        count *= (double)(f->exp[i] + 1);
    if (count > MAX_LIST) {
        fmpz_factor_clear(f);
        sym_raise(SYM_E_LIMIT, "too many divisors");
    }
    SymVec v = {0};
    sym_vec_push(&v, sym_one);
    fmpz_t t;
    fmpz_init(t);
    for (slong i = 0; i < f->num; i++) {
        size_t have = v.n;
        fmpz_one(t);
        for (ulong e = 1; e <= f->exp[i]; e++) {
            fmpz_mul(t, t, f->p + i);
            for (size_t k = 0; k < have; k++) {
                budget_tick();
                fmpz_t d;
                fmpz_init(d);
                fmpz_mul(d, v.v[k]->v.z, t);
                sym_vec_push(&v, sym_int_move(d));
            }
        }
    }
    fmpz_clear(t);
    fmpz_factor_clear(f);
    qsort(v.v, v.n, sizeof(Sym *), cmp_fmpz);
    return sym_list(v.n, v.v);
}

static void need_positive(const fmpz *z)
{
    if (fmpz_sgn(z) <= 0)
        sym_raise(SYM_E_VALUE, "n should be a positive integer");
}

Sym *sym_divisor_count(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_is_zero(z))
        return sym_zero;
    fmpz_factor_t f;
    fmpz_factor_init(f);
    factor(f, z);
    fmpz_t c;
    fmpz_init_set_ui(c, 1);
    for (slong i = 0; i < f->num; i++)
        fmpz_mul_ui(c, c, f->exp[i] + 1);
    fmpz_factor_clear(f);
    return sym_int_move(c);
}

Sym *sym_divisor_sigma(Sym *n, long k)
{
    const fmpz *z = integer(n);
    need_positive(z);
    if (k < 0)
        sym_raise(SYM_E_VALUE, "k should be a nonnegative integer");
    fmpz_factor_t f;
    fmpz_factor_init(f);
    factor(f, z);
    fmpz_t s, term, pk;
    fmpz_init_set_ui(s, 1);
    fmpz_init(term);
    fmpz_init(pk);
    for (slong i = 0; i < f->num; i++) {
        /* 1 + p**k + p**2k + ... + p**(e k) */
        fmpz_pow_ui(pk, f->p + i, (ulong)k);
        fmpz_one(term);
        fmpz_t acc;
        fmpz_init_set_ui(acc, 1);
        for (ulong e = 1; e <= f->exp[i]; e++) {
            fmpz_mul(term, term, pk);
            fmpz_add(acc, acc, term);
        }
        fmpz_mul(s, s, acc);
        fmpz_clear(acc);
    }
    fmpz_clear(term);
    fmpz_clear(pk);
    fmpz_factor_clear(f);
    return sym_int_move(s);
}

Sym *sym_totient(Sym *n)
{
    const fmpz *z = integer(n);
    need_positive(z);
    fmpz_factor_t f;
    fmpz_factor_init(f);
    factor(f, z);
    fmpz_t phi;
    fmpz_init(phi);
    fmpz_factor_euler_phi(phi, f);
    fmpz_factor_clear(f);
    return sym_int_move(phi);
}

Sym *sym_mod_inverse(Sym *a, Sym *m)
{
    const fmpz *x = integer(a), *mod = integer(m);
    fmpz_t r, am;
    fmpz_init(r);
    fmpz_init(am);
    if (fmpz_cmp_si(mod, 1) <= 0 && fmpz_cmp_si(mod, -1) >= 0) {
        fmpz_clear(r);
        fmpz_clear(am);
        sym_raise(SYM_E_VALUE, "m > 1 required");
    }
    fmpz_t absm;
    fmpz_init(absm);
    fmpz_abs(absm, mod);
    fmpz_mod(am, x, absm);
    int ok = fmpz_invmod(r, am, absm);
    fmpz_clear(am);
    fmpz_clear(absm);
    if (!ok) {
        fmpz_clear(r);
        sym_raise(SYM_E_VALUE, "inverse of %s (mod %s) does not exist", sym_str(a), sym_str(m));
    }
    if (fmpz_sgn(mod) < 0 && !fmpz_is_zero(r))
        fmpz_add(r, r, mod);
    return sym_int_move(r);
}

Sym *sym_integer_nthroot(Sym *y, Sym *n)
{
    const fmpz *v = integer(y);
    long k = small(n, "root index");
    if (fmpz_sgn(v) < 0)
        sym_raise(SYM_E_VALUE, "y must be nonnegative");
    if (k < 1)
        sym_raise(SYM_E_VALUE, "n must be positive");
    fmpz_t r;
    fmpz_init(r);
    int exact = fmpz_root(r, v, k);
    return sym_tuple(2, (Sym *[]){sym_int_move(r), exact ? sym_true : sym_false});
}

Sym *sym_perfect_power(Sym *n)
{
    const fmpz *z = integer(n);
    if (fmpz_cmp_si(z, 1) <= 0)
        return sym_false;
    fmpz_t r;
    fmpz_init(r);
    int k = fmpz_is_perfect_power(r, z);
    if (k < 2) {
        fmpz_clear(r);
        return sym_false;
    }
    return sym_tuple(2, (Sym *[]){sym_int_move(r), sym_int(k)});
}

Sym *sym_n_order(Sym *a, Sym *n)
{
    const fmpz *x = integer(a), *m = integer(n);
    fmpz_t g;
    fmpz_init(g);
    fmpz_gcd(g, x, m);
    bool coprime = fmpz_is_one(g);
    fmpz_clear(g);
    if (!coprime)
        sym_raise(SYM_E_VALUE, "The two numbers should be relatively prime");
    if (fmpz_bits(m) > 62)
        sym_raise(SYM_E_LIMIT, "n_order modulus too large");
    ulong mod = fmpz_get_ui(m), base = fmpz_fdiv_ui(x, mod), k = 1, p = base % mod;
    if (mod == 1)
        return sym_one;
    while (p != 1) {
        budget_tick();
        p = n_mulmod2_preinv(p, base, mod, n_preinvert_limb(mod));
        k++;
    }
    return sym_int((long)k);
}

Sym *sym_primitive_root(Sym *p)
{
    const fmpz *z = integer(p);
    if (fmpz_cmp_si(z, 1) <= 0 || fmpz_bits(z) > 62)
        sym_raise(SYM_E_VALUE, "p is required to be greater than 1");
    ulong n = fmpz_get_ui(z);
    if (n_is_prime(n))
        return sym_int((long)n_primitive_root_prime(n));
    /* 4, p**k and 2*p**k have primitive roots: search the units by their order */
    if (n == 4)
        return sym_int(3);
    ulong odd = n % 2 ? n : n / 2;
    n_factor_t fac;
    n_factor_init(&fac);
    n_factor(&fac, odd, 1);
    if (n % 4 == 0 || odd == 1 || fac.num != 1)
        return NULL;
    ulong phi = (ulong)fmpz_get_ui(sym_totient(p)->v.z);
    for (ulong g = 2; g < n; g++) {
        budget_tick();
        if (n_gcd(g, n) != 1)
            continue;
        if (fmpz_get_ui(sym_n_order(sym_int((long)g), p)->v.z) == phi)
            return sym_int((long)g);
    }
    return NULL;
}

Sym *sym_legendre_symbol(Sym *a, Sym *p)
{
    const fmpz *m = integer(p);
    if (fmpz_cmp_si(m, 2) <= 0 || fmpz_is_prime(m) != 1)
        sym_raise(SYM_E_VALUE, "p should be an odd prime");
    return sym_jacobi_symbol(a, p);
}

Sym *sym_jacobi_symbol(Sym *a, Sym *n)
{
    const fmpz *x = integer(a), *m = integer(n);
    if (fmpz_sgn(m) <= 0 || fmpz_is_even(m))
        sym_raise(SYM_E_VALUE, "n should be an odd positive integer");
    fmpz_t r;
    fmpz_init(r);
    fmpz_mod(r, x, m);
    int j = fmpz_jacobi(r, m);
    fmpz_clear(r);
    return sym_int(j);
}

Sym *sym_crt(size_t n, Sym *const *moduli, Sym *const *residues)
{
    fmpz_t x, M, g, t, u;
    fmpz_init(x);
    fmpz_init_set_ui(M, 1);
    fmpz_init(g);
    fmpz_init(t);
    fmpz_init(u);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        const fmpz *m = integer(moduli[i]), *r = integer(residues[i]);
        /* combine x (mod M) with r (mod m), allowing non-coprime moduli */
        fmpz_gcd(g, M, m);
        fmpz_sub(t, r, x);
        if (!fmpz_divisible(t, g)) {
            ok = false;
            break;
        }
        fmpz_t mg, Mg;
        fmpz_init(mg);
        fmpz_init(Mg);
        fmpz_divexact(mg, m, g);
        fmpz_divexact(Mg, M, g);
        fmpz_divexact(t, t, g);
        if (!fmpz_is_one(mg)) {
            fmpz_invmod(u, Mg, mg);
            fmpz_mul(t, t, u);
            fmpz_mod(t, t, mg);
        } else {
            fmpz_zero(t);
        }
        fmpz_mul(t, t, M);
        fmpz_add(x, x, t);
        fmpz_mul(M, M, mg);
        fmpz_mod(x, x, M);
        fmpz_clear(mg);
        fmpz_clear(Mg);
    }
    Sym *res = ok ? sym_tuple(2, (Sym *[]){sym_int_fmpz(x), sym_int_fmpz(M)}) : NULL;
    fmpz_clear(x);
    fmpz_clear(M);
    fmpz_clear(g);
    fmpz_clear(t);
    fmpz_clear(u);
    return res;
}

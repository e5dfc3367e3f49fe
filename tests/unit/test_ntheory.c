/* tests/unit/test_ntheory.c — isprime of machine integers (sym_isprime_si, with its sieved
 * windows, and its own tests of 64-bit words) against FLINT's n_is_prime: every number of several
 * windows, in order and interleaved (so windows are sieved, kept and replaced), strong
 * pseudoprimes to many bases, and random words of every size; and the factorisation of words
 * (sym_factor_word) against FLINT's n_factor. */
#include <flint/ulong_extras.h>

#include "solvers/sym_ntheory.h"
#include "tests/unit/check.h"

/* Whether sym_isprime_si agrees with FLINT on [from, to), stepping by step. */
static bool agrees(uint64_t from, uint64_t to, uint64_t step)
{
    for (uint64_t n = from; n < to; n += step)
        if (sym_isprime_si((long)n) != (n >= 2 && n_is_prime(n))) {
            printf("# disagree at %llu\n", (unsigned long long)n);
            return false;
        }
    return true;
}

static void test_windows_in_order(void)
{
    CHECK(agrees(0, 3 << 16, 1));
    CHECK(agrees(1000000000 - 70000, 1000000000 + 140000, 1));
    CHECK(agrees(2147483648u - 65536, 2147483648u + 65536, 1));
    CHECK(agrees(4294967296u - 140000, 4294967296u + 5000, 1));
    CHECK(!sym_isprime_si(-7) && !sym_isprime_si(0) && !sym_isprime_si(1) && sym_isprime_si(2));
}

/* Composites that pass strong probable-prime tests to many bases (sympy: not prime): 2**32 + 1;
 * the least passing the first 5, 6, 7 and 9 primes; Carmichael numbers (6k+1)(12k+1)(18k+1)
 * passing base 2. And their neighbours. */
static void test_pseudoprimes(void)
{
    static const uint64_t spsp[] = {4294967297u, 2152302898747u, 3474749660383u, 341550071728321u,
                                    3825123056546413051u, 27278026129u, 65700513721u, 168003672409u,
                                    464052305161u, 14882678745409u, 86483161466209u,
                                    9105187847909461129u, 9182420305610034169u};
    for (size_t i = 0; i < sizeof spsp / sizeof spsp[0]; i++) {
        CHECK(!sym_isprime_si((long)spsp[i]));
        CHECK(agrees(spsp[i] - 200, spsp[i] + 200, 1));
    }
}

/* Streams of queries in different windows taken in turn: three (their windows are sieved), then
 * six (more windows than are kept, so sieved ones are replaced), then three again. */
static void test_windows_interleaved(void)
{
    static const uint64_t base[] = {123456789, 3000000019u, 70001, 4294000000u, 999999937, 2500000000u};
    static const int streams[] = {3, 6, 3};
    bool ok = true;
    for (int phase = 0; phase < 3; phase++)
        for (uint64_t k = 0; k < 20000 && ok; k++)
            for (int s = 0; s < streams[phase] && ok; s++) {
                uint64_t n = base[s] + (k + 20000 * (uint64_t)phase) * (uint64_t)(s + 1);
                ok = agrees(n, n + 1, 1);
            }
    CHECK(ok);
}

/* sym_factor_word against FLINT's n_factor on random words of every size, smooth ones (small
 * primes to high powers) and products of two primes of similar size (the rho's hard case). */
static bool factors_agree(uint64_t n)
{
    ulong p[64], e[64];
    int np = sym_factor_word(n, p, e);
    n_factor_t want;
    n_factor_init(&want);
    n_factor(&want, n, 1);
    if (np != want.num) {
        printf("# %llu: %d factors, want %d\n", (unsigned long long)n, np, want.num);
        return false;
    }
    for (int i = 0; i < np; i++) {
        int k = 0;
        while (k < want.num && want.p[k] != p[i])
            k++;
        if (k == want.num || (ulong)want.exp[k] != e[i] || (i && p[i - 1] >= p[i])) {
            printf("# %llu: factor %llu^%llu\n", (unsigned long long)n, (unsigned long long)p[i],
                   (unsigned long long)e[i]);
            return false;
        }
    }
    return true;
}

static void test_factor_words(void)
{
    flint_rand_t state;
    flint_randinit(state);
    bool ok = factors_agree(1) && factors_agree(2) && factors_agree(UINT64_C(1) << 63) &&
              factors_agree(UINT64_MAX) && factors_agree(UINT64_C(4294967291) * 4294967279u) &&
              factors_agree(UINT64_C(999983) * 999983 * 997);
    for (int i = 0; i < 10000 && ok; i++) {
        uint64_t n = n_randbits(state, 2 + (unsigned)(i % 63));
        ok = factors_agree(n ? n : 1);
    }
    for (int i = 0; i < 2000 && ok; i++) {
        unsigned bits = 11 + (unsigned)(i % 21);
        ok = factors_agree(n_randprime(state, bits, 1) * n_randprime(state, bits + (unsigned)(i % 3), 1));
    }
    for (int i = 0; i < 2000 && ok; i++) {
        uint64_t n = 1;
        while (n < (UINT64_C(1) << 40))
            n *= n_nth_prime(1 + n_randint(state, 200));
        ok = factors_agree(n);
    }
    flint_randclear(state);
    CHECK(ok);
}

static void test_random_words(void)
{
    flint_rand_t state;
    flint_randinit(state);
    bool ok = true;
    for (int i = 0; i < 300000 && ok; i++) {
        uint64_t n = n_randbits(state, 2 + (unsigned)(i % 62)) | 1;
        ok = agrees(n, n + 1, 1);
    }
    flint_randclear(state);
    CHECK(ok);
}

int main(void)
{
    RUN(test_windows_in_order);
    RUN(test_windows_interleaved);
    RUN(test_pseudoprimes);
    RUN(test_random_words);
    RUN(test_factor_words);
    return CHECK_EXIT();
}

/* runtime/modules/random.c — the `random` module (see random.h).
 *
 * The generator is MT19937 as Matsumoto and Nishimura published it; seeding turns the seed into
 * 32-bit key words the way CPython does (abs of an int, little-endian; str and bytes extended by
 * their SHA-512). Every derived distribution draws from random() and getrandbits() in the same
 * order and with the same float arithmetic as CPython's random.py, so streams agree. */
#include "runtime/modules/random.h"

#include <math.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/bytes.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/range.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

/* ---- SHA-512 --------------------------------------------------------------------------------- */

static const uint64_t sha_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int b = 0; b < 8; b++)
            w[i] = (w[i] << 8) | p[i * 8 + b];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
        uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha512(const unsigned char *data, size_t n, unsigned char out[64])
{
    uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                     0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    size_t full = n / 128 * 128;
    for (size_t i = 0; i < full; i += 128)
        sha512_block(h, data + i);
    unsigned char tail[256] = {0};
    size_t rest = n - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t len = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)n * 8;
    for (int b = 0; b < 8; b++)
        tail[len - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (size_t i = 0; i < len; i += 128)
        sha512_block(h, tail + i);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++)
            out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* ---- the Mersenne Twister ------------------------------------------------------------------- */

enum { MT_N = 624, MT_M = 397 };

typedef struct RandomObj {
    Obj base;
    uint32_t mt[MT_N];
    int index;
    bool has_gauss;
    double gauss_next;
    Obj *dict;
} RandomObj;

static Type random_type;

static void init_genrand(RandomObj *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t len)
{
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000U;
}

static uint32_t genrand(RandomObj *r)
{
    if (r->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (r->mt[k] & 0x80000000U) | (r->mt[(k + 1) % MT_N] & 0x7fffffffU);
            r->mt[k] = r->mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ (y & 1 ? 0x9908b0dfU : 0);
        }
        r->index = 0;
    }
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static double next_double(RandomObj *r)
{
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* A non-negative int as the key CPython seeds with: its 32-bit words, least significant first. */
static void seed_with_int(RandomObj *r, Obj *n)
{
    mpz_t z;
    mpz_init(z);
    int_get_mpz(n, z);
    mpz_abs(z, z);
    size_t words = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) - 1) / 32 + 1 : 1;
    uint32_t *key = gc_alloc_atomic(words * sizeof *key);
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof *key, 0, 0, z);
    mpz_clear(z);
    init_by_array(r, key, words);
    r->has_gauss = false;
}

static void seed_with_bytes(RandomObj *r, const char *data, size_t n)
{
    unsigned char *buf = gc_alloc_atomic(n + 64);
    memcpy(buf, data, n);
    sha512((const unsigned char *)data, n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n + 64, 1, 1, 0, 0, buf);
    Obj *v = int_from_mpz(z);
    mpz_clear(z);
    seed_with_int(r, v);
}

static void do_seed(RandomObj *r, Obj *a)
{
    if (!a || a == None) {
        seed_with_int(r, small_new(0));
    } else if (str_check(a)) {
        seed_with_bytes(r, str_cstr(a), str_bytes(a));
    } else if (bytes_check(a)) {
        seed_with_bytes(r, bytes_data(a), bytes_len(a));
    } else if (is_small(a) || TYPE(a) == &type_int) {
        seed_with_int(r, a);
    } else if (int_check(a) || float_check(a)) {
        seed_with_int(r, int_from_u64((uint64_t)obj_hash(a)));
    } else {
        exc_raisef(&type_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
}

/* An int of k random bits, as getrandbits(k). */
static Obj *random_bits(RandomObj *r, uint64_t k)
{
    if (k <= 32)
        return small_new(k ? genrand(r) >> (32 - k) : 0);
    int_check_result_size((double)k / 8);
    size_t words = (k - 1) / 32 + 1;
    uint32_t *w = gc_alloc_atomic(words * sizeof *w);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t v = genrand(r);
        if (k < 32)
            v >>= 32 - k;
        w[i] = v;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    Obj *out = int_from_mpz(z);
    mpz_clear(z);
    return out;
}

/* A random int in [0, n) for an int n > 0, by rejection on bit_length(n) bits. */
static Obj *randbelow(RandomObj *r, Obj *n)
{
    uint64_t k = int_bit_length(n);
    if (is_small(n)) {
        intptr_t m = small_value(n);
        for (;;) {
            budget_tick();
            intptr_t v = k <= 32 ? (intptr_t)(k ? genrand(r) >> (32 - k) : 0) : small_value(random_bits(r, k));
            if (v < m)
                return small_new(v);
        }
    }
    for (;;) {
        budget_tick();
        Obj *v = random_bits(r, k);
        if (obj_lt(v, n))
            return v;
    }
}

static RandomObj *rnd(Obj *self) { return (RandomObj *)self; }

/* ---- methods ------------------------------------------------------------------------------------ */

static Obj *r_seed(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"a", "version", NULL};
    Obj *a[2];
    args_parse("seed", args, nargs, kwnames, names, 0, a);
    do_seed(rnd(self), a[0]);
    return None;
}

static Obj *r_random(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("random", kwnames);
    args_count("random", nargs, 0, 0);
    return float_new(next_double(rnd(self)));
}

static Obj *r_getrandbits(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("getrandbits", kwnames);
    args_count("getrandbits", nargs, 1, 1);
    int64_t k = obj_index_i64(args[0]);
    if (k < 0)
        exc_raisef(&type_ValueError, "number of bits must be non-negative");
    return random_bits(rnd(self), (uint64_t)k);
}

/* randrange's argument: an int, or an integral float (deprecated); else CPython's ValueError. */
static Obj *range_arg(Obj *o, const char *what)
{
    if (int_check(o))
        return obj_index(o);
    if (TYPE(o)->convert && !float_check(o)) {
        Obj *i = TYPE(o)->convert(o, CONV_INDEX, NULL);
        if (i)
            return i;
    }
    Obj *i = obj_to_int(o);
    if (!obj_eq(i, o))
        exc_raisef(&type_ValueError, "non-integer %s for randrange()", what);
    return i;
}

static Obj *randrange(RandomObj *r, Obj *start, Obj *stop, Obj *step)
{
    Obj *istart = range_arg(start, "arg 1");
    if (!stop || stop == None) {
        if (step)
            exc_raisef(&type_TypeError, "Missing a non-None stop argument");
        if (int_sign(istart) > 0)
            return randbelow(r, istart);
        exc_raisef(&type_ValueError, "empty range for randrange()");
    }
    Obj *istop = range_arg(stop, "stop");
    Obj *width = obj_binop(istop, istart, OP_SUB);
    Obj *istep = step ? range_arg(step, "step") : small_new(1);
    if (istep == small_new(1)) {
        if (int_sign(width) > 0)
            return obj_binop(istart, randbelow(r, width), OP_ADD);
        exc_raisef(&type_ValueError, "empty range for randrange() (%s, %s, %s)", str_cstr(int_to_str(istart)),
                   str_cstr(int_to_str(istop)), str_cstr(int_to_str(width)));
    }
    Obj *n;
    if (int_sign(istep) > 0)
        n = obj_binop(obj_binop(obj_binop(width, istep, OP_ADD), small_new(1), OP_SUB), istep, OP_FLOORDIV);
    else if (int_sign(istep) < 0)
        n = obj_binop(obj_binop(obj_binop(width, istep, OP_ADD), small_new(1), OP_ADD), istep, OP_FLOORDIV);
    else
        exc_raisef(&type_ValueError, "zero step for randrange()");
    if (int_sign(n) <= 0)
        exc_raisef(&type_ValueError, "empty range for randrange()");
    return obj_binop(istart, obj_binop(istep, randbelow(r, n), OP_MUL), OP_ADD);
}

static Obj *r_randrange(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"start", "stop", "step", NULL};
    Obj *a[3];
    args_parse("randrange", args, nargs, kwnames, names, 1, a);
    return randrange(rnd(self), a[0], a[1], a[2]);
}

static Obj *r_randint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"a", "b", NULL};
    Obj *a[2];
    if (nargs + (kwnames ? (int)tuple_len(kwnames) : 0) < 2)
        exc_raisef(&type_TypeError, "Random.randint() missing %d required positional argument%s: %s",
                   2 - nargs, nargs ? "" : "s", nargs ? "'b'" : "'a' and 'b'");
    args_parse("randint", args, nargs, kwnames, names, 2, a);
    return randrange(rnd(self), a[0], obj_binop(a[1], small_new(1), OP_ADD), NULL);
}

static Obj *r_choice(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("choice", kwnames);
    args_count("choice", nargs, 1, 1);
    int64_t n = obj_len(args[0]);
    if (!n)
        exc_raisef(&type_IndexError, "Cannot choose from an empty sequence");
    return obj_getitem(args[0], randbelow(rnd(self), small_new(n)));
}

static Obj *r_shuffle(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("shuffle", kwnames);
    args_count("shuffle", nargs, 1, 1);
    Obj *x = args[0];
    for (int64_t i = obj_len(x) - 1; i > 0; i--) {
        Obj *j = randbelow(rnd(self), small_new(i + 1));
        Obj *a = obj_getitem(x, small_new(i)), *b = obj_getitem(x, j);
        obj_setitem(x, small_new(i), b);
        obj_setitem(x, j, a);
    }
    return None;
}

/* bisect_right(a, x, 0, hi). */
static int64_t bisect_right(Obj *a, Obj *x, int64_t hi)
{
    int64_t lo = 0;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        if (obj_lt(x, list_get(a, (size_t)mid)))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Obj *accumulate(Obj *iterable)
{
    Obj *out = list_new(0), *it = obj_iter(iterable), *v, *total = NULL;
    while ((v = obj_next(it))) {
        total = total ? obj_binop(total, v, OP_ADD) : v;
        list_append(out, total);
    }
    return out;
}

static Obj *sample(RandomObj *r, Obj *population, Obj *kobj, Obj *counts)
{
    Type *pt = TYPE(population);
    if (!(pt->flags & (TF_LIST | TF_TUPLE | TF_STR)) && pt != &type_range && !(pt->getitem && pt->len && !(pt->flags & TF_DICT)))
        exc_raisef(&type_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (set_check(population))
        exc_raisef(&type_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = obj_len(population);
    if (counts && counts != None) {
        Obj *cum = accumulate(counts);
        if ((int64_t)list_len(cum) != n)
            exc_raisef(&type_ValueError, "The number of counts does not match the population");
        Obj *total = list_get(cum, list_len(cum) - 1);
        ((ListObj *)cum)->n--;
        if (!int_check(total))
            exc_raisef(&type_TypeError, "Counts must be integers");
        if (int_sign(total) <= 0)
            exc_raisef(&type_ValueError, "Total of counts must be greater than zero");
        Obj *sel = sample(r, range_new(0, obj_index_i64(total), 1), kobj, NULL);
        Obj *out = list_new(list_len(sel));
        for (size_t i = 0; i < list_len(sel); i++)
            list_append(out, obj_getitem(population, small_new(bisect_right(cum, list_get(sel, i), (int64_t)list_len(cum)))));
        return out;
    }
    int64_t k = obj_index_i64(kobj);
    if (k < 0 || k > n)
        exc_raisef(&type_ValueError, "Sample larger than population or is negative");
    Obj *result = list_new((size_t)k);
    int64_t setsize = 21;
    if (k > 5)
        setsize += (int64_t)pow(4, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        Obj *pool = list_from_iterable(population);
        for (int64_t i = 0; i < k; i++) {
            int64_t j = small_value(randbelow(r, small_new(n - i)));
            list_append(result, list_get(pool, (size_t)j));
            list_items(pool)[j] = list_get(pool, (size_t)(n - i - 1));
        }
    } else {
        Obj *selected = set_new();
        for (int64_t i = 0; i < k; i++) {
            Obj *j = randbelow(r, small_new(n));
            while (set_contains(selected, j))
                j = randbelow(r, small_new(n));
            set_add(selected, j);
            list_append(result, obj_getitem(population, j));
        }
    }
    return result;
}

static Obj *r_sample(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"population", "k", "counts", NULL};
    Obj *a[3];
    args_parse("sample", args, nargs, kwnames, names, 2, a);
    return sample(rnd(self), a[0], a[1], a[2]);
}

static Obj *r_choices(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"population", "weights", "cum_weights", "k", NULL};
    if (nargs > 2)
        exc_raisef(&type_TypeError, "Random.choices() takes from 2 to 3 positional arguments but %d were given", nargs + 1);
    Obj *a[4];
    args_parse("choices", args, nargs, kwnames, names, 1, a);
    RandomObj *r = rnd(self);
    Obj *pop = a[0], *weights = a[1] == None ? NULL : a[1], *cum = a[2] == None ? NULL : a[2];
    int64_t k = a[3] ? obj_index_i64(a[3]) : 1;
    int64_t n = obj_len(pop);
    Obj *out = list_new(k > 0 ? (size_t)k : 0);
    if (!cum) {
        if (!weights) {
            double nf = (double)n;
            for (int64_t i = 0; i < k; i++)
                list_append(out, obj_getitem(pop, int_from_double(floor(next_double(r) * nf))));
            return out;
        }
        if (int_check(weights) && !TYPE(weights)->iter)
            exc_raisef(&type_TypeError, "The number of choices must be a keyword argument: k=%s",
                       str_cstr(obj_repr(weights)));
        cum = accumulate(weights);
    } else if (weights) {
        exc_raisef(&type_TypeError, "Cannot specify both weights and cumulative weights");
    } else {
        cum = list_from_iterable(cum);
    }
    if ((int64_t)list_len(cum) != n)
        exc_raisef(&type_ValueError, "The number of weights does not match the population");
    double total = float_as_double(obj_binop(list_get(cum, list_len(cum) - 1), float_new(0.0), OP_ADD));
    if (total <= 0.0)
        exc_raisef(&type_ValueError, "Total of weights must be greater than zero");
    if (!isfinite(total))
        exc_raisef(&type_ValueError, "Total of weights must be finite");
    for (int64_t i = 0; i < k; i++)
        list_append(out, obj_getitem(pop, small_new(bisect_right(cum, float_new(next_double(r) * total), n - 1))));
    return out;
}

/* The float arguments of a distribution, with defaults; CPython's missing-argument message. */
static void dist_args(const char *name, Obj **args, int nargs, Obj *kwnames, const char *const *names,
                      const double *defaults, int required, double *out)
{
    int n = 0;
    while (names[n])
        n++;
    Obj *a[4];
    int given = nargs + (kwnames ? (int)tuple_len(kwnames) : 0);
    if (given < required && nargs < required) {
        Buf b;
        buf_init(&b);
        int missing = required - nargs;
        for (int i = nargs; i < required; i++)
            buf_printf(&b, "%s'%s'", i == nargs ? "" : (i == required - 1 ? " and " : ", "), names[i]);
        exc_raisef(&type_TypeError, "Random.%s() missing %d required positional argument%s: %s", name, missing,
                   missing == 1 ? "" : "s", buf_cstr(&b));
    }
    args_parse(name, args, nargs, kwnames, names, required, a);
    for (int i = 0; i < n; i++)
        out[i] = a[i] ? float_as_double(a[i]) : defaults[i];
}

static Obj *r_uniform(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"a", "b", NULL};
    static const double defs[] = {0, 0};
    double v[2];
    dist_args("uniform", args, nargs, kwnames, names, defs, 2, v);
    return float_new(v[0] + (v[1] - v[0]) * next_double(rnd(self)));
}

static Obj *r_triangular(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"low", "high", "mode", NULL};
    Obj *a[3];
    args_parse("triangular", args, nargs, kwnames, names, 0, a);
    double low = a[0] ? float_as_double(a[0]) : 0.0, high = a[1] ? float_as_double(a[1]) : 1.0;
    double u = next_double(rnd(self)), c;
    if (!a[2] || a[2] == None) {
        c = 0.5;
    } else {
        if (high - low == 0)
            return float_new(low);
        c = (float_as_double(a[2]) - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return float_new(low + (high - low) * sqrt(u * c));
}

static double normal(RandomObj *r)
{
    static const double magic = 1.7155277699214135;    /* 4 * exp(-0.5) / sqrt(2.0) */
    for (;;) {
        budget_tick();
        double u1 = next_double(r), u2 = 1.0 - next_double(r);
        double z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2))
            return z;
    }
}

static Obj *r_normalvariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"mu", "sigma", NULL};
    static const double defs[] = {0.0, 1.0};
    double v[2];
    dist_args("normalvariate", args, nargs, kwnames, names, defs, 0, v);
    return float_new(v[0] + normal(rnd(self)) * v[1]);
}

static Obj *r_lognormvariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"mu", "sigma", NULL};
    static const double defs[] = {0.0, 0.0};
    double v[2];
    dist_args("lognormvariate", args, nargs, kwnames, names, defs, 2, v);
    return float_new(exp(v[0] + normal(rnd(self)) * v[1]));
}

static Obj *r_gauss(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"mu", "sigma", NULL};
    static const double defs[] = {0.0, 1.0};
    double v[2];
    dist_args("gauss", args, nargs, kwnames, names, defs, 0, v);
    RandomObj *r = rnd(self);
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = next_double(r) * (2 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - next_double(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return float_new(v[0] + z * v[1]);
}

static Obj *r_expovariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"lambd", NULL};
    static const double defs[] = {1.0};
    double v[1];
    dist_args("expovariate", args, nargs, kwnames, names, defs, 1, v);
    double u = next_double(rnd(self));
    if (v[0] == 0)
        exc_raisef(&type_ZeroDivisionError, "float division by zero");
    return float_new(-log(1.0 - u) / v[0]);
}

static Obj *r_paretovariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"alpha", NULL};
    static const double defs[] = {0};
    double v[1];
    dist_args("paretovariate", args, nargs, kwnames, names, defs, 1, v);
    double u = 1.0 - next_double(rnd(self));
    return obj_binop(float_new(u), float_new(-1.0 / v[0]), OP_POW);
}

static Obj *r_weibullvariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"alpha", "beta", NULL};
    static const double defs[] = {0, 0};
    double v[2];
    dist_args("weibullvariate", args, nargs, kwnames, names, defs, 2, v);
    double u = 1.0 - next_double(rnd(self));
    return float_new(v[0] * pow(-log(u), 1.0 / v[1]));
}

/* Gamma(alpha, beta): Cheng's rejection method for alpha > 1, the exponential for alpha == 1,
 * and algorithm GS (Kennedy and Gentle) below. */
static double gamma_variate(RandomObj *r, double alpha, double beta)
{
    if (alpha <= 0.0 || beta <= 0.0)
        exc_raisef(&type_ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
        for (;;) {
            budget_tick();
            double u1 = next_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - next_double(r);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v), z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + (1.0 + log(4.5)) - 4.5 * z >= 0.0 || rr >= log(z))
                return x * beta;
        }
    }
    if (alpha == 1.0)
        return -log(1.0 - next_double(r)) * beta;
    double x;
    for (;;) {
        budget_tick();
        double u = next_double(r), b = (M_E + alpha) / M_E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = next_double(r);
        if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x))
            break;
    }
    return x * beta;
}

static Obj *r_gammavariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"alpha", "beta", NULL};
    static const double defs[] = {0, 0};
    double v[2];
    dist_args("gammavariate", args, nargs, kwnames, names, defs, 2, v);
    return float_new(gamma_variate(rnd(self), v[0], v[1]));
}

static Obj *r_betavariate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"alpha", "beta", NULL};
    static const double defs[] = {0, 0};
    double v[2];
    dist_args("betavariate", args, nargs, kwnames, names, defs, 2, v);
    double y = gamma_variate(rnd(self), v[0], 1.0);
    if (y == 0)
        return float_new(0.0);
    return float_new(y / (y + gamma_variate(rnd(self), v[1], 1.0)));
}

static Obj *r_randbytes(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("randbytes", kwnames);
    args_count("randbytes", nargs, 1, 1);
    int64_t n = obj_index_i64(args[0]);
    if (n < 0)
        exc_raisef(&type_ValueError, "negative argument not allowed");
    Obj *bits = random_bits(rnd(self), (uint64_t)n * 8);
    return obj_call_method(bits, "to_bytes", (Obj *[]){small_new(n), str_intern_cstr("little")}, 2);
}

static Obj *r_getstate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("getstate", kwnames);
    args_count("getstate", nargs, 0, 0);
    RandomObj *r = rnd(self);
    Obj *t = tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++)
        tuple_items(t)[i] = small_new(r->mt[i]);
    tuple_items(t)[MT_N] = small_new(r->index);
    return tuple_pack(3, small_new(3), t, r->has_gauss ? float_new(r->gauss_next) : None);
}

static Obj *r_setstate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("setstate", kwnames);
    args_count("setstate", nargs, 1, 1);
    Obj *st = args[0];
    if (!tuple_check(st) || tuple_len(st) != 3 || !tuple_check(tuple_get(st, 1)) ||
        tuple_len(tuple_get(st, 1)) != MT_N + 1)
        exc_raisef(&type_ValueError, "state vector is the wrong size");
    RandomObj *r = rnd(self);
    Obj *t = tuple_get(st, 1);
    for (int i = 0; i < MT_N; i++)
        r->mt[i] = (uint32_t)obj_index_i64(tuple_get(t, (size_t)i));
    int64_t idx = obj_index_i64(tuple_get(t, MT_N));
    if (idx < 0 || idx > MT_N)
        exc_raisef(&type_ValueError, "invalid state");
    r->index = (int)idx;
    Obj *g = tuple_get(st, 2);
    r->has_gauss = g != None;
    r->gauss_next = g != None ? float_as_double(g) : 0;
    return None;
}

static Obj *random_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("Random", kwnames);
    args_count("Random", nargs, 0, 1);
    RandomObj *r = gc_alloc(type->basicsize);
    r->base.type = type;
    do_seed(r, nargs ? args[0] : None);
    return (Obj *)r;
}

static Obj *r_init(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("Random", kwnames);
    args_count("Random", nargs, 0, 1);
    do_seed(rnd(self), nargs ? args[0] : None);
    return None;
}

static const MethodDef random_methods[] = {
    {"__init__", r_init, 0}, {"seed", r_seed, 0}, {"random", r_random, 0}, {"getrandbits", r_getrandbits, 0},
    {"randrange", r_randrange, 0}, {"randint", r_randint, 0}, {"choice", r_choice, 0}, {"choices", r_choices, 0},
    {"shuffle", r_shuffle, 0}, {"sample", r_sample, 0}, {"uniform", r_uniform, 0}, {"triangular", r_triangular, 0},
    {"gauss", r_gauss, 0}, {"normalvariate", r_normalvariate, 0}, {"lognormvariate", r_lognormvariate, 0},
    {"expovariate", r_expovariate, 0}, {"paretovariate", r_paretovariate, 0},
    {"weibullvariate", r_weibullvariate, 0}, {"gammavariate", r_gammavariate, 0},
    {"betavariate", r_betavariate, 0}, {"randbytes", r_randbytes, 0}, {"getstate", r_getstate, 0},
    {"setstate", r_setstate, 0}, {NULL, NULL, 0},
};

static Type random_type = {
    .base = {&type_type},
    .name = "Random",
    .module = "random",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(RandomObj),
    .dictoffset = offsetof(RandomObj, dict),
    .new = random_new,
    .methods = random_methods,
};

static void random_init(Obj *m)
{
    type_ready(&random_type);
    module_add(m, "Random", (Obj *)&random_type);
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
}

/* Each request gets its own hidden instance, seeded with 0, and the module-level functions are
 * its bound methods. */
static void random_fresh(Obj *m)
{
    Obj *inst = random_new(&random_type, NULL, 0, NULL);
    for (const MethodDef *d = random_methods + 1; d->name; d++) {
        NativeFuncObj *f = (NativeFuncObj *)native_new(d->name, d->fn, inst);
        f->owner = "Random";
        module_add(m, d->name, (Obj *)f);
    }
}

const ModuleDef random_module = {"random", random_init, random_fresh};

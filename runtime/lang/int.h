/* runtime/lang/int.h — int and bool: unbounded integers, small ones unboxed in the value itself.
 *
 * An IntObj of type int holds only a value outside the small range, so every integer has exactly
 * one representation and small values never allocate; its mpz is a read-only view of limbs stored
 * in the same block (never pass it to GMP as an output). Instances of subclasses of int own an
 * ordinary mpz. bool is a subclass of int whose two instances are True and False. */
#ifndef TIRBOX_INT_H
#define TIRBOX_INT_H

#include <gmp.h>

#include "runtime/lang/obj.h"

typedef struct IntObj {
    Obj base;
    mpz_t z;
} IntObj;

/* The modulus of CPython's numeric hash: hash(x) == hash(y) whenever x == y across int, float,
 * complex and Fraction. */
#define INT_HASH_MODULUS ((((uint64_t)1) << 61) - 1)

/* int, bool or a subclass. */
static inline bool int_check(const Obj *o) { return is_small(o) || (o->type->flags & TF_INT); }

Obj *int_from_i64(int64_t v);
Obj *int_from_u64(uint64_t v);
/* A normalised int from an mpz (copied). */
Obj *int_from_mpz(const mpz_t z);
/* int(d) for a finite double (truncation); ValueError/OverflowError as CPython for nan/inf. */
Obj *int_from_double(double d);
/* int(text, base) with CPython's parsing (underscores, prefixes, whitespace) and its ValueError. */
Obj *int_from_text(const char *s, size_t len, int base);

/* The value of an int/bool in an mpz initialised by the caller. */
void int_get_mpz(const Obj *o, mpz_t out);
/* True and *out set when the int/bool fits in 64 bits. */
bool int_get_i64(const Obj *o, int64_t *out);
/* float(o) with OverflowError "int too large to convert to float". */
double int_to_double(const Obj *o);
int int_sign(const Obj *o);
/* Bits needed for |o|, as int.bit_length(). */
uint64_t int_bit_length(const Obj *o);

/* Arithmetic on int/bool operands (the VM calls these on its slow path). */
Obj *int_binop(Obj *a, Obj *b, int op);
/* pow(a, b, m) for ints. */
Obj *int_pow3(Obj *a, Obj *b, Obj *m);
/* str(o) in base 10, refusing more than 4300 digits with CPython's ValueError. */
Obj *int_to_str(const Obj *o);
/* o in base 2, 8 or 16, with "0b"/"0o"/"0x" after the sign when prefix is set. */
Obj *int_to_base(const Obj *o, int base, bool prefix);
/* hash(o) as CPython computes it. */
int64_t int_hash(const Obj *o);
/* Three-way comparison of two ints: -1, 0 or 1. */
int int_cmp(const Obj *a, const Obj *b);
/* Whether a three-way result c (<0, 0, >0) satisfies the comparison op (CMP_*). */
bool int_cmp_holds(int c, int op);
/* The value of an int, bool or int-subclass instance as an exact int. */
Obj *int_subclass_value(const Obj *o);
#define INT_DEFAULT_MAX_STR_DIGITS 4300

/* The limit on decimal digits in int<->str conversions (sys.set_int_max_str_digits; 0: none). */
void int_set_max_str_digits(int64_t n);
int64_t int_max_str_digits(void);

/* Frees the scratch integer the arithmetic reuses, so that a request leaves no library memory
 * behind (called at the end of each request). */
void int_release_scratch(void);
/* Raises MemoryError at once when a result of this many bytes cannot fit in the request's
 * memory (10**10**10, 'a' * 10**12), instead of starting to build it. */
void int_check_large_result(double bytes);
/* The same, free for the small sizes almost every allocation has. */
static inline void int_check_result_size(double bytes)
{
    if (bytes > (double)(1 << 24))
        int_check_large_result(bytes);
}

#endif

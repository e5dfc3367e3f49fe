/* runtime/modules/fractions.h — the `fractions` module: Fraction, an exact rational number with
 * CPython's construction (ints, floats, strings, Decimals), arithmetic mixed with int, float and
 * complex, comparison, hashing (equal to the hash of an equal int or float), rounding and
 * limit_denominator. */
#ifndef TIRBOX_MOD_FRACTIONS_H
#define TIRBOX_MOD_FRACTIONS_H

#include <gmp.h>

#include "runtime/lang/module.h"

/* A Fraction in lowest terms, the denominator positive; both are int objects. */
typedef struct FractionObj {
    Obj base;
    Obj *num;
    Obj *den;
} FractionObj;

extern Type fractions_type;
extern const ModuleDef fractions_module;

static inline bool fractions_check(const Obj *o) { return !is_small(o) && obj_is(o, &fractions_type); }

/* Fraction(num, den) for ints, reduced; ZeroDivisionError "Fraction(n, 0)" for den 0. */
Obj *fractions_new(Obj *num, Obj *den);
/* The Fraction equal to q (which must be canonical). */
Obj *fractions_from_mpq(const mpq_t q);
/* Sets q to the value of an int or Fraction and returns true; false for anything else. */
bool fractions_get_mpq(Obj *o, mpq_t q);
/* A zero mpq in the collected heap, cleared by the collector: for temporaries that must not leak
 * when an exception passes through the code that holds them. */
mpq_ptr fractions_temp(void);
/* The exact value of a finite double; ValueError/OverflowError for nan and infinities, as
 * float.as_integer_ratio words them. */
void fractions_mpq_from_double(double d, mpq_t q);

#endif

/* runtime/modules/sympy_sieve.h — sympy's Sieve class and its module-level instance `sieve`
 * (primerange, extend, extend_to_no, search, totientrange, mobiusrange, indexing, `in`, and the
 * repr that reports how far the sieve has been extended), and randprime on the request's
 * `random` generator.
 *
 * A Sieve holds only how far its three tables reach; their entries come from FLINT when asked
 * for. Every request gets a fresh `sieve`, as a fresh CPython process would. */
#ifndef TIRBOX_SYMPY_SIEVE_H
#define TIRBOX_SYMPY_SIEVE_H

#include "runtime/lang/obj.h"

/* Adds Sieve and randprime to the module (at start-up). */
void sympy_sieve_init(Obj *module);

/* Adds this request's `sieve` instance (when a request imports sympy). */
void sympy_sieve_fresh(Obj *module);

#endif

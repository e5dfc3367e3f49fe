/* runtime/modules/decimal.h — the `decimal` module's basics: Decimal (exact construction from
 * str, int, float and tuples; the General Decimal Arithmetic rules for + - * / // % ** with the
 * context's precision and rounding; sqrt, exp, ln, log10; quantize and rounding; comparison and
 * hashing exact against int and float; printing and format specs), the context (getcontext,
 * setcontext, localcontext, Context) and the signal exceptions that trap. */
#ifndef TIRBOX_MOD_DECIMAL_H
#define TIRBOX_MOD_DECIMAL_H

#include "runtime/lang/module.h"

extern Type decimal_type;
extern const ModuleDef decimal_module;

#endif

/* runtime/lang/float.h — float (an IEEE double) and complex, printed exactly as CPython does. */
#ifndef TIRBOX_FLOAT_H
#define TIRBOX_FLOAT_H

#include "runtime/lang/obj.h"

typedef struct FloatObj {
    Obj base;
    double v;
} FloatObj;

typedef struct ComplexObj {
    Obj base;
    double re, im;
} ComplexObj;

extern Type type_float, type_complex;

static inline bool float_check(const Obj *o) { return !is_small(o) && obj_is(o, &type_float); }
static inline double float_value(const Obj *o) { return ((const FloatObj *)o)->v; }

Obj *float_new(double v);
Obj *complex_new(double re, double im);

/* repr(v): the shortest string that reads back as v, in CPython's layout ("0.1", "1e+16",
 * "inf", "nan", "-0.0"). Writes at most 32 bytes with the NUL; returns the length. */
int float_repr_buf(double v, char *out);
/* |v| with prec decimals, correctly rounded half to even, when v and prec are in the range of a
 * fast exact computation (most values programs print); returns the length written, or -1 when the
 * caller must ask the C library. */
int float_format_fixed(double v, int prec, char *out);
/* float(text) with CPython's parsing and its ValueError. */
Obj *float_from_text(const char *s, size_t len);
/* A number (int, bool, float or something with __float__) as a double; TypeError otherwise. */
double float_as_double(Obj *o);

#endif

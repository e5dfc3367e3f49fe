/* runtime/lang/bytearray.h — bytearray: a mutable byte string (the sieve idiom
 * `s = bytearray([1]) * n; s[i*i::i] = bytearray(len(s[i*i::i]))`). */
#ifndef TIRBOX_BYTEARRAY_H
#define TIRBOX_BYTEARRAY_H

#include "runtime/lang/obj.h"

typedef struct ByteArrayObj {
    Obj base;
    size_t len, cap;
    unsigned char *data;   /* gc_alloc_atomic block of cap bytes */
} ByteArrayObj;

extern Type type_bytearray;

static inline bool bytearray_check(const Obj *o) { return !is_small(o) && obj_is(o, &type_bytearray); }

/* A bytearray holding a copy of the len bytes at data. */
Obj *bytearray_new(const void *data, size_t len);

#endif

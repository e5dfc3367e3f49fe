/* runtime/lang/bytes.h — bytes: an immutable byte string (what str.encode returns). */
#ifndef TIRBOX_BYTES_H
#define TIRBOX_BYTES_H

#include "runtime/lang/obj.h"

typedef struct BytesObj {
    Obj base;
    int64_t hash;          /* -1 until computed */
    size_t len;
    char data[];
} BytesObj;

extern Type type_bytes;

static inline bool bytes_check(const Obj *o) { return !is_small(o) && obj_is(o, &type_bytes); }
static inline const char *bytes_data(const Obj *b) { return ((const BytesObj *)b)->data; }
static inline size_t bytes_len(const Obj *b) { return ((const BytesObj *)b)->len; }

Obj *bytes_new(const char *data, size_t len);
/* bytes(iterable of ints in range(256)). */
Obj *bytes_from_iterable(Obj *iterable);
/* b.decode(encoding, errors); NULL arguments take the defaults. */
Obj *bytes_decode(Obj *b, Obj *encoding, Obj *errors);

#endif

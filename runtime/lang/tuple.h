/* runtime/lang/tuple.h — tuple: an immutable array of values, hashed as CPython hashes it. */
#ifndef TIRBOX_TUPLE_H
#define TIRBOX_TUPLE_H

#include "runtime/lang/obj.h"

typedef struct TupleObj {
    Obj base;
    size_t n;
    Obj *items[];
} TupleObj;

extern Type type_tuple;

static inline bool tuple_check(const Obj *o) { return !is_small(o) && (o->type->flags & TF_TUPLE); }
static inline size_t tuple_len(const Obj *t) { return ((const TupleObj *)t)->n; }
static inline Obj **tuple_items(Obj *t) { return ((TupleObj *)t)->items; }
static inline Obj *tuple_get(const Obj *t, size_t i) { return ((const TupleObj *)t)->items[i]; }

/* A tuple of n slots for the caller to fill before anyone else sees it. */
Obj *tuple_new(size_t n);
Obj *tuple_from_array(Obj *const *items, size_t n);
Obj *tuple_pack(int n, ...);
Obj *tuple_from_iterable(Obj *iterable);
/* The shared empty tuple. */
Obj *tuple_empty(void);

#endif

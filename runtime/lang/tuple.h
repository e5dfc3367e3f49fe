/* runtime/lang/tuple.h — tuple: an immutable array of values, hashed as CPython hashes it. */
#ifndef TIRBOX_TUPLE_H
#define TIRBOX_TUPLE_H

#include "base/buf.h"
#include "runtime/lang/obj.h"

typedef struct TupleObj {
    Obj base;
    size_t n;
    Obj *items[];
} TupleObj;

extern Type type_tuple, type_tuple_iterator;

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

/* Item-wise comparison of two sequences as tuple and list compare (== first, then op on the first
 * difference, lengths last). */
Obj *tuple_compare_items(Obj **a, size_t na, Obj **b, size_t nb, int op);
/* Appends "repr(a), repr(b), ..." for n items. */
void tuple_repr_items(Buf *b, Obj **items, size_t n);
/* The first index of v in items[start:stop] (start/stop NULL: whole), or -1. */
int64_t tuple_find(Obj **items, size_t n, Obj *v, Obj *start, Obj *stop);

#endif

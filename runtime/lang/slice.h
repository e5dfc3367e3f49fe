/* runtime/lang/slice.h — slice objects and their resolution against a sequence length. */
#ifndef TIRBOX_SLICE_H
#define TIRBOX_SLICE_H

#include "runtime/lang/obj.h"

typedef struct SliceObj {
    Obj base;
    Obj *start, *stop, *step;
} SliceObj;

extern Type type_slice;

static inline bool slice_check(const Obj *o) { return !is_small(o) && o->type == &type_slice; }

Obj *slice_new(Obj *start, Obj *stop, Obj *step);
/* Resolves a slice against a sequence of length len as slice.indices does (ValueError for a zero
 * step); returns the number of items it selects. */
int64_t slice_indices(Obj *slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

#endif

/* runtime/lang/range.h — range: a lazy arithmetic sequence of 64-bit ints, and its iterator. */
#ifndef TIRBOX_RANGE_H
#define TIRBOX_RANGE_H

#include "runtime/lang/obj.h"

typedef struct RangeObj {
    Obj base;
    int64_t start, stop, step, len;
} RangeObj;

extern Type type_range, type_range_iterator;

static inline bool range_check(const Obj *o) { return !is_small(o) && o->type == &type_range; }

Obj *range_new(int64_t start, int64_t stop, int64_t step);
/* reversed(r). */
Obj *range_reversed(Obj *r);

#endif

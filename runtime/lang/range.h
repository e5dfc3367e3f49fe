/* runtime/lang/range.h — range: a lazy arithmetic sequence, and its iterator. Bounds that fit in
 * 64 bits are kept as machine ints; others (range(2, 10**30)) as int objects in `big`. */
#ifndef TIRBOX_RANGE_H
#define TIRBOX_RANGE_H

#include "runtime/lang/obj.h"

typedef struct BigRange {
    Obj *start, *stop, *step, *len;
} BigRange;

typedef struct RangeObj {
    Obj base;
    int64_t start, stop, step, len;
    BigRange *big;           /* NULL when the fields above hold the range */
} RangeObj;

extern Type type_range, type_range_iterator;

static inline bool range_check(const Obj *o) { return !is_small(o) && o->type == &type_range; }

Obj *range_new(int64_t start, int64_t stop, int64_t step);
/* reversed(r). */
Obj *range_reversed(Obj *r);

#endif

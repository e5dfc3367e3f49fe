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

/* The iterator of a range held in machine ints. */
typedef struct RangeIter {
    Obj base;
    int64_t next, step, left;
} RangeIter;

extern Type type_range, type_range_iterator;

/* Advances a range iterator (type_range_iterator): its next value in *v, or false at the end.
 * Inline because the VM steps `for` loops over ranges through it. */
static inline bool rangeiter_step(Obj *self, int64_t *v)
{
    RangeIter *it = (RangeIter *)self;
    if (it->left <= 0)
        return false;
    it->left--;
    *v = it->next;
    if (it->left)
        it->next += it->step;
    return true;
}

static inline bool range_check(const Obj *o) { return !is_small(o) && o->type == &type_range; }

Obj *range_new(int64_t start, int64_t stop, int64_t step);
/* reversed(r). */
Obj *range_reversed(Obj *r);

#endif

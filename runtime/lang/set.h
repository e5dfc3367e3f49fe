/* runtime/lang/set.h — set and frozenset, with CPython's table layout so that iteration order
 * (which programs print) is the same as CPython's for the same insertions. */
#ifndef TIRBOX_SET_H
#define TIRBOX_SET_H

#include "runtime/lang/obj.h"

extern Type type_set, type_frozenset, type_set_iterator;

static inline bool set_check(const Obj *o)
{
    return !is_small(o) && (obj_is(o, &type_set) || obj_is(o, &type_frozenset));
}

Obj *set_new(void);
Obj *frozenset_new(void);
Obj *set_from_iterable(Type *type, Obj *iterable);
void set_add(Obj *s, Obj *key);
bool set_contains(Obj *s, Obj *key);
bool set_discard(Obj *s, Obj *key);
size_t set_len(const Obj *s);
/* s |= other, s &= other ... for any iterable other, as CPython's set methods do them. */
void set_update(Obj *s, Obj *other);
void set_difference_update(Obj *s, Obj *other);
void set_symmetric_difference_update(Obj *s, Obj *other);
/* s & other as a new set (or frozenset when s is one). */
Obj *set_intersection(Obj *s, Obj *other);
/* Iterates in table order: start with *pos = 0; false at the end. */
bool set_next(Obj *s, size_t *pos, Obj **key);

#endif

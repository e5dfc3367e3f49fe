/* runtime/lang/list.h — list: a growable array of values, with a stable sort. */
#ifndef TIRBOX_LIST_H
#define TIRBOX_LIST_H

#include "runtime/lang/obj.h"

typedef struct ListObj {
    Obj base;
    size_t n, cap;
    Obj **items;
} ListObj;

extern Type type_list, type_list_iterator, type_list_reverseiterator;

static inline bool list_check(const Obj *o) { return !is_small(o) && (o->type->flags & TF_LIST); }
static inline size_t list_len(const Obj *l) { return ((const ListObj *)l)->n; }
static inline Obj **list_items(Obj *l) { return ((ListObj *)l)->items; }
static inline Obj *list_get(const Obj *l, size_t i) { return ((const ListObj *)l)->items[i]; }

Obj *list_new(size_t capacity);
Obj *list_from_array(Obj *const *items, size_t n);
Obj *list_from_iterable(Obj *iterable);
void list_append(Obj *l, Obj *v);
void list_extend(Obj *l, Obj *iterable);
/* A hash slot for mutable containers: TypeError "unhashable type: 'list'". */
int64_t list_unhashable(Obj *o);
/* Reverses in place. */
void list_reverse(Obj *l);
/* An iterator over l from the end (reversed(l)). */
Obj *list_reversed(Obj *l);
/* repr of a container through build(o), or `placeholder` ("[...]", "{...}") when o is already
 * being repr'd further out. */
Obj *list_guarded_repr(Obj *o, const char *placeholder, Obj *(*build)(Obj *));
/* Sorts in place, stable, comparing with < only; key and reverse as list.sort. */
void list_sort(Obj *l, Obj *key, bool reverse);

#endif

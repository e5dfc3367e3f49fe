/* runtime/lang/dict.h — dict: a hash table that remembers insertion order.
 *
 * `version` changes whenever a key is added or removed (not when a value is replaced), and no two
 * dicts ever share one, so the VM can cache where a global name lives. */
#ifndef TIRBOX_DICT_H
#define TIRBOX_DICT_H

#include "runtime/lang/obj.h"

typedef struct DictEntry {
    int64_t hash;
    Obj *key;              /* NULL: a deleted entry */
    Obj *value;
} DictEntry;

typedef struct DictObj {
    Obj base;
    size_t used;           /* live entries */
    size_t nentries;       /* entries in use, deleted ones included */
    size_t capacity;       /* of entries */
    size_t mask;           /* index table size - 1 */
    int32_t *index;        /* slot -> entry, -1 empty, -2 deleted */
    DictEntry *entries;
    uint64_t version;
    Obj *default_factory; /* collections.defaultdict; NULL otherwise */
} DictObj;

extern Type type_dict, type_dict_keys, type_dict_values, type_dict_items;
extern Type type_dict_keyiterator, type_dict_valueiterator, type_dict_itemiterator;
extern Type type_dict_reversekeyiterator, type_dict_reversevalueiterator, type_dict_reverseitemiterator;

static inline bool dict_check(const Obj *o) { return !is_small(o) && (o->type->flags & TF_DICT); }
static inline size_t dict_len(const Obj *d) { return ((const DictObj *)d)->used; }

Obj *dict_new(void);
/* The value for key, or NULL when absent (never raises KeyError; may raise for unhashable). */
Obj *dict_get(Obj *d, Obj *key);
Obj *dict_get_cstr(Obj *d, const char *key);
void dict_set(Obj *d, Obj *key, Obj *value);
void dict_set_cstr(Obj *d, const char *key, Obj *value);
/* Removes key; false when it was absent. */
bool dict_del(Obj *d, Obj *key);
/* Iterates entries in order: start with *pos = 0; false at the end. */
bool dict_next(Obj *d, size_t *pos, Obj **key, Obj **value);
Obj *dict_copy(Obj *d);
/* d.update(other) for a mapping or an iterable of pairs. */
void dict_update(Obj *d, Obj *other);
/* reversed(d): the keys from the last inserted. */
Obj *dict_reversed(Obj *d);
/* The index of key's entry (for caches), or -1. */
int64_t dict_find_entry(Obj *d, Obj *key);

#endif

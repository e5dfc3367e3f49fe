/* runtime/modules/collections.h — the `collections` module: Counter, defaultdict and OrderedDict
 * (subclasses of dict), deque (a ring buffer with an optional maximum length) and namedtuple
 * (classes deriving from tuple, with _fields, _asdict, _replace, _make), with CPython 3.11's
 * ordering, printing and error messages. */
#ifndef TIRBOX_MOD_COLLECTIONS_H
#define TIRBOX_MOD_COLLECTIONS_H

#include "runtime/lang/module.h"

extern Type collections_counter_type, collections_defaultdict_type, collections_ordereddict_type;
extern Type collections_deque_type;
extern const ModuleDef collections_module;

/* namedtuple(typename, fields) with fields a space-separated str: a new class, printed under
 * shown_as (like "sys.version_info") when that is not NULL. */
Obj *collections_namedtuple(const char *typename, const char *fields, const char *shown_as);

#endif

/* runtime/lang/set.c — set and frozenset on CPython's open-addressing table: the same probe
 * sequence (runs of linear probes, then perturbation), dummy entries, fill/used accounting and
 * resize policy, and the same algorithms for copies, unions, intersections and differences, so
 * that iteration order — which programs print — matches CPython's for ints, floats and tuples. */
#include "runtime/lang/set.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    Obj *key;             /* NULL: never used; &dummy: deleted */
    int64_t hash;
} SetEntry;

typedef struct SetObj {
    Obj base;
    size_t fill;          /* active + dummy entries */
    size_t used;          /* active entries */
    size_t mask;
    size_t finger;        /* where pop() looks next */
    SetEntry *table;
    int64_t hash;         /* frozenset: -1 until computed */
} SetObj;

static Obj dummy = {&type_object};

#define SET(o) ((SetObj *)(o))

static bool is_frozen(const Obj *o) { return obj_is(o, &type_frozenset); }

static void table_alloc(SetObj *s, size_t size)
{
    s->table = gc_alloc(size * sizeof(SetEntry));
    s->mask = size - 1;
    s->fill = s->used = 0;
}

static Obj *make(Type *type)
{
    SetObj *s = gc_alloc(type->basicsize > sizeof(SetObj) ? type->basicsize : sizeof(SetObj));
    s->base.type = type;
    s->hash = -1;
    table_alloc(s, MINSIZE);
    return (Obj *)s;
}

Obj *set_new(void) { return make(&type_set); }
Obj *frozenset_new(void) { return make(&type_frozenset); }
size_t set_len(const Obj *s) { return SET(s)->used; }

static inline int64_t hash_of(Obj *key)
{
    if (is_small(key)) {
        intptr_t v = small_value(key);
        if (v >= 0 && (uint64_t)v < INT_HASH_MODULUS)
            return v;
    }
    return obj_hash(key);
}

static bool same_key(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    if (is_small(a) && is_small(b))
        return false;
    if (!is_small(a) && !is_small(b) && a->type == &type_str && b->type == &type_str)
        return str_equal(a, b);
    return obj_eq(a, b);
}

/* The entry holding key, or the unused entry where the search ended. */
static SetEntry *lookup(SetObj *s, Obj *key, int64_t hash)
{
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &s->table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            if (!e->key)
                return e;
            if (e->hash == hash && e->key != &dummy && same_key(e->key, key))
                return e;
            if (probes-- == 0)
                break;
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts into a table known to hold no dummies and not this key. */
static void insert_clean(SetEntry *table, size_t mask, Obj *key, int64_t hash)
{
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask)
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void table_resize(SetObj *s, size_t minused)
{
    size_t size = MINSIZE;
    while (size <= minused)
        size <<= 1;
    int_check_result_size((double)size * sizeof(SetEntry));
    SetEntry *old = s->table;
    size_t oldn = s->mask + 1, used = s->used;
    table_alloc(s, size);
    for (size_t i = 0; i < oldn; i++)
        if (old[i].key && old[i].key != &dummy)
            insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    s->fill = s->used = used;
}

static void add_entry(SetObj *s, Obj *key, int64_t hash)
{
    size_t mask, i, perturb;
    SetEntry *freeslot;
restart:
    mask = s->mask;
    i = (size_t)hash & mask;
    perturb = (size_t)hash;
    freeslot = NULL;
    for (;;) {
        SetEntry *e = &s->table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            if (!e->key) {
                if (freeslot) {
                    s->used++;
                    freeslot->key = key;
                    freeslot->hash = hash;
                    return;
                }
                s->fill++;
                s->used++;
                e->key = key;
                e->hash = hash;
                if (s->fill * 5 >= mask * 3)
                    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
                return;
            }
            if (e->key == &dummy) {
                if (!freeslot)
                    freeslot = e;
            } else if (e->hash == hash) {
                SetEntry *table = s->table;
                Obj *start = e->key;
                if (same_key(start, key))
                    return;
                if (table != s->table || e->key != start)
                    goto restart;
            }
            if (probes-- == 0)
                break;
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void set_add(Obj *s, Obj *key) { add_entry(SET(s), key, hash_of(key)); }

bool set_contains(Obj *s, Obj *key)
{
    if (!is_small(key) && obj_is(key, &type_set)) {
        /* A set looked up in a set is compared as a frozenset, as CPython does. */
        Obj *f = set_from_iterable(&type_frozenset, key);
        return lookup(SET(s), f, hash_of(f))->key != NULL;
    }
    return lookup(SET(s), key, hash_of(key))->key != NULL;
}

static bool discard_entry(SetObj *s, Obj *key, int64_t hash)
{
    SetEntry *e = lookup(s, key, hash);
    if (!e->key)
        return false;
    e->key = &dummy;
    e->hash = -1;
    s->used--;
    return true;
}

bool set_discard(Obj *s, Obj *key) { return discard_entry(SET(s), key, hash_of(key)); }

bool set_next(Obj *o, size_t *pos, Obj **key)
{
    SetObj *s = SET(o);
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != &dummy) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

static void clear(SetObj *s)
{
    table_alloc(s, MINSIZE);
    s->finger = 0;
}

/* Adds every key of another set, with one resize up front. */
static void merge(SetObj *s, SetObj *o)
{
    if (s == o || o->used == 0)
        return;
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(SetEntry));
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (e->key && e->key != &dummy)
                insert_clean(s->table, s->mask, e->key, e->hash);
        }
        return;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        SetEntry *e = &o->table[i];
        if (e->key && e->key != &dummy)
            add_entry(s, e->key, e->hash);
    }
}

void set_update(Obj *so, Obj *other)
{
    SetObj *s = SET(so);
    if (set_check(other)) {
        merge(s, SET(other));
        return;
    }
    if (!is_small(other) && other->type == &type_dict) {
        size_t n = dict_len(other);
        if ((s->fill + n) * 5 >= s->mask * 3)
            table_resize(s, (s->used + n) * 2);
        DictObj *d = (DictObj *)other;
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key)
                add_entry(s, d->entries[i].key, d->entries[i].hash);
        return;
    }
    Obj *it = obj_iter(other), *k;
    while ((k = obj_next(it)))
        add_entry(s, k, hash_of(k));
}

Obj *set_from_iterable(Type *type, Obj *iterable)
{
    Obj *s = make(type);
    if (iterable)
        set_update(s, iterable);
    return s;
}

static Obj *copy_as(Obj *s, Type *type) { return set_from_iterable(type, s); }

/* The type results of an operation on s take: set or frozenset (subclasses give their base). */
static Type *base_type_of(const Obj *s) { return is_frozen(s) ? &type_frozenset : &type_set; }

Obj *set_intersection(Obj *so, Obj *other)
{
    if (so == other)
        return copy_as(so, base_type_of(so));
    Obj *r = make(base_type_of(so));
    if (set_check(other)) {
        SetObj *a = SET(so), *b = SET(other);
        if (b->used > a->used) {
            SetObj *t = a;
            a = b;
            b = t;
        }
        for (size_t i = 0; i <= b->mask; i++) {
            SetEntry *e = &b->table[i];
            if (e->key && e->key != &dummy && lookup(a, e->key, e->hash)->key)
                add_entry(SET(r), e->key, e->hash);
        }
        return r;
    }
    Obj *it = obj_iter(other), *k;
    while ((k = obj_next(it))) {
        int64_t h = hash_of(k);
        if (lookup(SET(so), k, h)->key)
            add_entry(SET(r), k, h);
    }
    return r;
}

static void maybe_shrink(SetObj *s)
{
    if (s->fill - s->used > s->mask / 4)
        table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void set_difference_update(Obj *so, Obj *other)
{
    SetObj *s = SET(so);
    if (so == other) {
        clear(s);
        return;
    }
    if (set_check(other)) {
        Obj *o = other;
        if ((set_len(other) >> 3) > s->used)
            o = set_intersection(so, other);
        for (size_t i = 0; i <= SET(o)->mask; i++) {
            SetEntry *e = &SET(o)->table[i];
            if (e->key && e->key != &dummy)
                discard_entry(s, e->key, e->hash);
        }
    } else {
        Obj *it = obj_iter(other), *k;
        while ((k = obj_next(it)))
            discard_entry(s, k, hash_of(k));
    }
    maybe_shrink(s);
}

static Obj *difference(Obj *so, Obj *other)
{
    size_t other_size;
    if (set_check(other))
        other_size = set_len(other);
    else if (!is_small(other) && other->type == &type_dict)
        other_size = dict_len(other);
    else {
        Obj *r = copy_as(so, base_type_of(so));
        set_difference_update(r, other);
        return r;
    }
    if ((set_len(so) >> 2) > other_size) {
        Obj *r = copy_as(so, base_type_of(so));
        set_difference_update(r, other);
        return r;
    }
    Obj *r = make(base_type_of(so));
    SetObj *s = SET(so);
    for (size_t i = 0; i <= s->mask; i++) {
        SetEntry *e = &s->table[i];
        if (!e->key || e->key == &dummy)
            continue;
        bool in = set_check(other) ? lookup(SET(other), e->key, e->hash)->key != NULL
                                   : dict_get(other, e->key) != NULL;
        if (!in)
            add_entry(SET(r), e->key, e->hash);
    }
    return r;
}

void set_symmetric_difference_update(Obj *so, Obj *other)
{
    SetObj *s = SET(so);
    if (so == other) {
        clear(s);
        return;
    }
    if (!is_small(other) && other->type == &type_dict) {
        DictObj *d = (DictObj *)other;
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key && !discard_entry(s, e->key, e->hash))
                add_entry(s, e->key, e->hash);
        }
        return;
    }
    Obj *o = set_check(other) ? other : set_from_iterable(base_type_of(so), other);
    for (size_t i = 0; i <= SET(o)->mask; i++) {
        SetEntry *e = &SET(o)->table[i];
        if (e->key && e->key != &dummy && !discard_entry(s, e->key, e->hash))
            add_entry(s, e->key, e->hash);
    }
}

static Obj *symmetric_difference(Obj *so, Obj *other)
{
    Obj *r = set_from_iterable(base_type_of(so), other);
    set_symmetric_difference_update(r, so);
    return r;
}

static bool is_subset(Obj *a, Obj *b)
{
    if (set_len(a) > set_len(b))
        return false;
    SetObj *s = SET(a);
    for (size_t i = 0; i <= s->mask; i++) {
        SetEntry *e = &s->table[i];
        if (e->key && e->key != &dummy && !lookup(SET(b), e->key, e->hash)->key)
            return false;
    }
    return true;
}

/* ---- slots ---------------------------------------------------------------------------------- */

static Obj *build_repr(Obj *o)
{
    Buf b;
    buf_init(&b);
    bool plain = TYPE(o) == &type_set;
    if (!plain)
        buf_printf(&b, "%s(", obj_type_name(o));
    buf_putc(&b, '{');
    size_t pos = 0;
    Obj *k;
    bool first = true;
    while (set_next(o, &pos, &k)) {
        if (!first)
            buf_puts(&b, ", ");
        first = false;
        Obj *r = obj_repr(k);
        buf_add(&b, str_cstr(r), str_bytes(r));
    }
    buf_putc(&b, '}');
    if (!plain)
        buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Obj *set_repr(Obj *o)
{
    if (set_len(o) == 0)
        return str_printf("%s()", obj_type_name(o));
    return list_guarded_repr(o, str_cstr(str_printf("%s(...)", obj_type_name(o))), build_repr);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int64_t frozenset_hash(Obj *o)
{
    SetObj *s = SET(o);
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0;
    for (size_t i = 0; i <= s->mask; i++)
        h ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        h ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        h ^= shuffle_bits((uint64_t)-1);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1)
        h = 590923713ULL;
    s->hash = (int64_t)h;
    return s->hash;
}

static Obj *set_compare(Obj *a, Obj *b, int op)
{
    if (!set_check(a) || !set_check(b))
        return NotImplemented;
    size_t la = set_len(a), lb = set_len(b);
    switch (op) {
    case CMP_EQ: return bool_from(la == lb && is_subset(a, b));
    case CMP_NE: return bool_from(!(la == lb && is_subset(a, b)));
    case CMP_LT: return bool_from(la < lb && is_subset(a, b));
    case CMP_LE: return bool_from(is_subset(a, b));
    case CMP_GT: return bool_from(la > lb && is_subset(b, a));
    default: return bool_from(is_subset(b, a));
    }
}

static Obj *set_binop(Obj *a, Obj *b, int op)
{
    if (!set_check(a) || !set_check(b))
        return NotImplemented;
    int base = OP_BASE(op);
    bool inplace = (op & OP_INPLACE) && !is_frozen(a);
    switch (base) {
    case OP_OR:
        if (inplace) {
            set_update(a, b);
            return a;
        } else {
            Obj *r = copy_as(a, base_type_of(a));
            if (a != b)
                set_update(r, b);
            return r;
        }
    case OP_AND:
        if (inplace) {
            Type *t = TYPE(a);
            *SET(a) = *SET(set_intersection(a, b));
            a->type = t;
            return a;
        }
        return set_intersection(a, b);
    case OP_SUB:
        if (inplace) {
            set_difference_update(a, b);
            return a;
        }
        return difference(a, b);
    case OP_XOR:
        if (inplace) {
            set_symmetric_difference_update(a, b);
            return a;
        }
        return symmetric_difference(a, b);
    default:
        return NotImplemented;
    }
}

static int64_t set_len_slot(Obj *o) { return (int64_t)set_len(o); }
static bool set_contains_slot(Obj *o, Obj *k) { return set_contains(o, k); }

typedef struct SetIter {
    Obj base;
    Obj *set;
    size_t pos;
    size_t used;
} SetIter;

static Obj *setiter_next(Obj *self)
{
    SetIter *it = (SetIter *)self;
    if (!it->set)
        return NULL;
    if (SET(it->set)->used != it->used) {
        it->used = (size_t)-1;
        exc_raisef(&type_RuntimeError, "Set changed size during iteration");
    }
    Obj *k;
    if (set_next(it->set, &it->pos, &k))
        return k;
    it->set = NULL;
    return NULL;
}

static Obj *iter_self(Obj *self) { return self; }

Type type_set_iterator = {
    .base = {&type_type},
    .name = "set_iterator",
    .base_type = &type_object,
    .basicsize = sizeof(SetIter),
    .iter = iter_self,
    .next = setiter_next,
};

static Obj *set_iter(Obj *o)
{
    SetIter *it = gc_alloc(sizeof *it);
    it->base.type = &type_set_iterator;
    it->set = o;
    it->used = set_len(o);
    return (Obj *)it;
}

/* ---- methods ------------------------------------------------------------------------------- */

static Obj *m_add(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("add", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "set.add() takes exactly one argument (%d given)", nargs);
    set_add(self, args[0]);
    return None;
}

static Obj *m_remove(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("remove", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "set.remove() takes exactly one argument (%d given)", nargs);
    if (!set_discard(self, args[0]))
        exc_raise_arg(&type_KeyError, args[0]);
    return None;
}

static Obj *m_discard(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("discard", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "set.discard() takes exactly one argument (%d given)", nargs);
    set_discard(self, args[0]);
    return None;
}

static Obj *m_pop(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("set.pop", kw);
    args_count("set.pop", nargs, 0, 0);
    SetObj *s = SET(self);
    if (s->used == 0)
        exc_raise_arg(&type_KeyError, str_from_cstr("pop from an empty set"));
    SetEntry *e = s->table + (s->finger & s->mask);
    while (!e->key || e->key == &dummy) {
        e++;
        if (e > s->table + s->mask)
            e = s->table;
    }
    Obj *k = e->key;
    e->key = &dummy;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return k;
}

static Obj *m_clear(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("set.clear", kw);
    args_count("set.clear", nargs, 0, 0);
    clear(SET(self));
    return None;
}

static Obj *m_copy(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("set.copy", kw);
    args_count("set.copy", nargs, 0, 0);
    if (TYPE(self) == &type_frozenset)
        return self;
    return copy_as(self, base_type_of(self));
}

static Obj *m_union(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("union", kw);
    Obj *r = copy_as(self, base_type_of(self));
    for (int i = 0; i < nargs; i++)
        if (args[i] != self)
            set_update(r, args[i]);
    return r;
}

static Obj *m_update(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("update", kw);
    for (int i = 0; i < nargs; i++)
        set_update(self, args[i]);
    return None;
}

static Obj *m_intersection(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("intersection", kw);
    if (nargs == 0)
        return copy_as(self, base_type_of(self));
    Obj *r = self;
    for (int i = 0; i < nargs; i++)
        r = set_intersection(r, args[i]);
    return r;
}

static Obj *m_intersection_update(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("intersection_update", kw);
    Obj *r = self;
    for (int i = 0; i < nargs; i++)
        r = set_intersection(r, args[i]);
    if (r != self) {
        Type *t = TYPE(self);
        *SET(self) = *SET(r);
        self->type = t;
    }
    return None;
}

static Obj *m_difference(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("difference", kw);
    if (nargs == 0)
        return copy_as(self, base_type_of(self));
    Obj *r = difference(self, args[0]);
    for (int i = 1; i < nargs; i++)
        set_difference_update(r, args[i]);
    return r;
}

static Obj *m_difference_update(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("difference_update", kw);
    for (int i = 0; i < nargs; i++)
        set_difference_update(self, args[i]);
    return None;
}

static Obj *m_symmetric_difference(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("set.symmetric_difference", kw);
    args_count("set.symmetric_difference", nargs, 1, 1);
    return symmetric_difference(self, args[0]);
}

static Obj *m_symmetric_difference_update(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("set.symmetric_difference_update", kw);
    args_count("set.symmetric_difference_update", nargs, 1, 1);
    set_symmetric_difference_update(self, args[0]);
    return None;
}

static Obj *as_set(Obj *o) { return set_check(o) ? o : set_from_iterable(&type_set, o); }

static Obj *m_issubset(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("set.issubset", kw);
    args_count("set.issubset", nargs, 1, 1);
    return bool_from(is_subset(self, as_set(args[0])));
}

static Obj *m_issuperset(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("set.issuperset", kw);
    args_count("set.issuperset", nargs, 1, 1);
    return bool_from(is_subset(as_set(args[0]), self));
}

static Obj *m_isdisjoint(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("set.isdisjoint", kw);
    args_count("set.isdisjoint", nargs, 1, 1);
    Obj *it = obj_iter(args[0]), *k;
    while ((k = obj_next(it)))
        if (set_contains(self, k))
            return False;
    return True;
}

static Obj *m_init(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("set", kw);
    args_count("set", nargs, 0, 1);
    clear(SET(self));
    if (nargs)
        set_update(self, args[0]);
    return None;
}

static const MethodDef set_methods[] = {
    {"__init__", m_init, 0},
    {"add", m_add, 0},
    {"remove", m_remove, 0},
    {"discard", m_discard, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"update", m_update, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};

static Obj *set_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    const char *name = type_is_subtype(type, &type_frozenset) ? "frozenset" : "set";
    args_no_kw(name, kwnames);
    args_count(name, nargs, 0, 1);
    if (type == &type_frozenset && nargs && TYPE(args[0]) == &type_frozenset)
        return args[0];
    return set_from_iterable(type, nargs ? args[0] : NULL);
}

Type type_set = {
    .base = {&type_type},
    .name = "set",
    .base_type = &type_object,
    .flags = TF_BASETYPE,
    .basicsize = sizeof(SetObj),
    .new = set_new_slot,
    .repr = set_repr,
    .hash = list_unhashable,
    .compare = set_compare,
    .binop = set_binop,
    .getattr = obj_generic_getattr,
    .iter = set_iter,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .methods = set_methods,
};

Type type_frozenset = {
    .base = {&type_type},
    .name = "frozenset",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .basicsize = sizeof(SetObj),
    .new = set_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .compare = set_compare,
    .binop = set_binop,
    .getattr = obj_generic_getattr,
    .iter = set_iter,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
};

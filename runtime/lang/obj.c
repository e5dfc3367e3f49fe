/* runtime/lang/obj.c — the generic object protocol: dispatch through type slots with CPython's
 * rules and error messages, and the object, None, NotImplemented and Ellipsis types. */
#include "runtime/lang/obj.h"

#include <stdio.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"

/* ---- types -------------------------------------------------------------------------------- */

bool type_is_subtype(const Type *sub, const Type *t)
{
    if (sub == t)
        return true;
    if (sub->mro) {
        size_t n = tuple_len(sub->mro);
        for (size_t i = 0; i < n; i++)
            if ((const Type *)tuple_get(sub->mro, i) == t)
                return true;
        return false;
    }
    for (const Type *b = sub->base_type; b; b = b->base_type)
        if (b == t)
            return true;
    return false;
}

const char *obj_type_name(const Obj *o) { return TYPE(o)->name; }

static uint64_t tag_counter, cache_epoch = 1;

uint64_t type_new_tag(void) { return ++tag_counter; }
void type_invalidate_cache(void) { cache_epoch++; }

/* A direct-mapped cache of (type, interned name) -> what the MRO walk found, NULL included.
 * Tags are never reused, so entries of a type that died cannot match a new one. */
typedef struct LookupEntry {
    uint64_t tag, epoch;
    Obj *name;
    Obj *value;
} LookupEntry;

#define LOOKUP_CACHE 4096
static LookupEntry lookup_cache[LOOKUP_CACHE];

static Obj *mro_lookup(const Type *t, Obj *name)
{
    if (!t->mro)
        return t->dict ? dict_get(t->dict, name) : NULL;
    size_t n = tuple_len(t->mro);
    for (size_t i = 0; i < n; i++) {
        const Type *k = (const Type *)tuple_get(t->mro, i);
        if (k->dict) {
            Obj *v = dict_get(k->dict, name);
            if (v)
                return v;
        }
    }
    return NULL;
}

Obj *type_lookup(const Type *t, Obj *name)
{
    if (!t->tag || !((StrObj *)name)->interned)
        return mro_lookup(t, name);
    LookupEntry *e = &lookup_cache[(((uintptr_t)name >> 4) ^ (t->tag * 0x9E3779B97F4A7C15ull >> 40)) & (LOOKUP_CACHE - 1)];
    if (e->tag == t->tag && e->name == name && e->epoch == cache_epoch)
        return e->value;
    Obj *v = mro_lookup(t, name);
    *e = (LookupEntry){t->tag, cache_epoch, name, v};
    return v;
}

/* ---- text --------------------------------------------------------------------------------- */

static Obj *default_repr(Obj *o)
{
    Type *t = TYPE(o);
    if (t->module && strcmp(t->module, "builtins") != 0)
        return str_printf("<%s.%s object at %p>", t->module, t->name, (void *)o);
    return str_printf("<%s object at %p>", t->name, (void *)o);
}

Obj *obj_repr(Obj *o)
{
    Type *t = TYPE(o);
    if (!t->repr)
        return default_repr(o);
    obj_enter_recursion(" while getting the repr of an object");
    Obj *r = t->repr(o);
    obj_leave_recursion();
    if (!str_check(r))
        exc_raisef(&type_TypeError, "__repr__ returned non-string (type %s)", obj_type_name(r));
    return r;
}

Obj *obj_str(Obj *o)
{
    Type *t = TYPE(o);
    if (t == &type_str)
        return o;
    if (!t->str)
        return obj_repr(o);
    obj_enter_recursion(" while getting the str of an object");
    Obj *r = t->str(o);
    obj_leave_recursion();
    if (!str_check(r))
        exc_raisef(&type_TypeError, "__str__ returned non-string (type %s)", obj_type_name(r));
    return r;
}

Obj *obj_ascii(Obj *o)
{
    Obj *r = obj_repr(o);
    if (((StrObj *)r)->ascii)
        return r;
    Buf b;
    buf_init(&b);
    const char *p = str_cstr(r), *end = p + str_bytes(r);
    while (p < end) {
        uint32_t c = str_utf8_next(&p);
        if (c < 0x80)
            buf_putc(&b, (char)c);
        else if (c < 0x100)
            buf_printf(&b, "\\x%02x", c);
        else if (c < 0x10000)
            buf_printf(&b, "\\u%04x", c);
        else
            buf_printf(&b, "\\U%08x", c);
    }
    return str_from_buf(&b);
}

Obj *obj_format(Obj *o, Obj *spec)
{
    Type *t = TYPE(o);
    if (t->format)
        return t->format(o, spec);
    if (str_bytes(spec) == 0)
        return obj_str(o);
    exc_raisef(&type_TypeError, "unsupported format string passed to %s.__format__", t->name);
}

int64_t obj_hash(Obj *o)
{
    Type *t = TYPE(o);
    if (!t->hash)
        exc_raisef(&type_TypeError, "unhashable type: '%s'", t->name);
    return t->hash(o);
}

bool obj_truth(Obj *o)
{
    if (o == True)
        return true;
    if (o == False || o == None)
        return false;
    if (is_small(o))
        return small_value(o) != 0;
    Type *t = o->type;
    if (t->truth)
        return t->truth(o);
    if (t->len)
        return t->len(o) != 0;
    return true;
}

/* ---- operators ---------------------------------------------------------------------------- */

static const char *const binop_symbol[OP_NBINARY] = {
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "divmod()",
};

static bool is_sequence_type(const Type *t)
{
    return (t->flags & (TF_STR | TF_LIST | TF_TUPLE)) != 0;
}

_Noreturn static void binop_error(Obj *a, Obj *b, int op)
{
    int base = OP_BASE(op);
    Type *ta = TYPE(a), *tb = TYPE(b);
    if (base == OP_ADD && is_sequence_type(ta) && !(op & OP_INPLACE && ta->flags & TF_LIST))
        exc_raisef(&type_TypeError, "can only concatenate %s (not \"%s\") to %s", ta->name, tb->name, ta->name);
    if (base == OP_MUL && (is_sequence_type(ta) || is_sequence_type(tb)))
        exc_raisef(&type_TypeError, "can't multiply sequence by non-int of type '%s'",
                   is_sequence_type(ta) ? tb->name : ta->name);
    if (base == OP_POW)
        exc_raisef(&type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                   op & OP_INPLACE ? "**=" : "** or pow()", ta->name, tb->name);
    if (base == OP_DIVMOD)
        exc_raisef(&type_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta->name, tb->name);
    exc_raisef(&type_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_symbol[base],
               op & OP_INPLACE ? "=" : "", ta->name, tb->name);
}

Obj *obj_binop(Obj *a, Obj *b, int op)
{
    Type *ta = TYPE(a), *tb = TYPE(b);
    int base = OP_BASE(op);
    Obj *r;
    bool right_first = tb != ta && tb->binop && tb->binop != ta->binop && type_is_subtype(tb, ta);
    if (right_first) {
        r = tb->binop(a, b, base | OP_REFLECTED);
        if (r != NotImplemented)
            return r;
    }
    if (ta->binop) {
        r = ta->binop(a, b, op);
        if (r != NotImplemented)
            return r;
    }
    if (!right_first && tb != ta && tb->binop) {
        r = tb->binop(a, b, base | OP_REFLECTED);
        if (r != NotImplemented)
            return r;
    }
    binop_error(a, b, op);
}

Obj *obj_unop(Obj *a, int op)
{
    static const char *const names[] = {"unary -", "unary +", "unary ~", "abs()"};
    Type *t = TYPE(a);
    if (t->unop) {
        Obj *r = t->unop(a, op);
        if (r != NotImplemented)
            return r;
    }
    exc_raisef(&type_TypeError, "bad operand type for %s: '%s'", names[op], t->name);
}

Obj *obj_pow3(Obj *a, Obj *b, Obj *mod)
{
    if (mod == None)
        return obj_binop(a, b, OP_POW);
    if (int_check(a) && int_check(b) && int_check(mod))
        return int_pow3(a, b, mod);
    /* Only the base's type is asked, as python does not try __rpow__ for three arguments. */
    if (TYPE(a)->pow3) {
        Obj *r = TYPE(a)->pow3(a, b, mod);
        if (r != NotImplemented)
            return r;
    }
    if (float_check(a) || float_check(b) || float_check(mod))
        exc_raisef(&type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    exc_raisef(&type_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               obj_type_name(a), obj_type_name(b), obj_type_name(mod));
}

static const int cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

Obj *obj_compare(Obj *a, Obj *b, int op)
{
    Type *ta = TYPE(a), *tb = TYPE(b);
    Obj *r;
    bool right_first = tb != ta && tb->compare && tb->compare != ta->compare && type_is_subtype(tb, ta);
    if (right_first) {
        r = tb->compare(b, a, cmp_swapped[op]);
        if (r != NotImplemented)
            return r;
    }
    if (ta->compare) {
        r = ta->compare(a, b, op);
        if (r != NotImplemented)
            return r;
    }
    if (!right_first && tb->compare) {
        r = tb->compare(b, a, cmp_swapped[op]);
        if (r != NotImplemented)
            return r;
    }
    if (op == CMP_EQ)
        return bool_from(a == b);
    if (op == CMP_NE)
        return bool_from(a != b);
    exc_raisef(&type_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol[op],
               ta->name, tb->name);
}

bool obj_eq(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    if (is_small(a) && is_small(b))
        return false;
    if (str_check(a) && str_check(b) && TYPE(a) == &type_str && TYPE(b) == &type_str)
        return str_equal(a, b);
    obj_enter_recursion(" in comparison");
    bool r = obj_truth(obj_compare(a, b, CMP_EQ));
    obj_leave_recursion();
    return r;
}

bool obj_lt(Obj *a, Obj *b)
{
    if (is_small(a) && is_small(b))
        return small_value(a) < small_value(b);
    obj_enter_recursion(" in comparison");
    bool r = obj_truth(obj_compare(a, b, CMP_LT));
    obj_leave_recursion();
    return r;
}

/* ---- attributes --------------------------------------------------------------------------- */

/* address (as a small int) -> (instance, dict): the tuple keeps the instance alive, so an address
 * in the table is never reused by another object while its entry exists. */
static Obj *side_dicts;

void obj_reset_side_dicts(void) { side_dicts = NULL; }

Obj **obj_dict_slot(Obj *o)
{
    Type *t = TYPE(o);
    if (t->flags & TF_SIDEDICT) {
        if (!side_dicts)
            side_dicts = dict_new();
        Obj *key = small_new((intptr_t)((uintptr_t)o >> 3));
        Obj *entry = dict_get(side_dicts, key);
        if (!entry) {
            entry = tuple_pack(2, o, None);
            tuple_items(entry)[1] = NULL;
            dict_set(side_dicts, key, entry);
        }
        return &tuple_items(entry)[1];
    }
    return t->dictoffset ? (Obj **)((char *)o + t->dictoffset) : NULL;
}

Obj *obj_generic_getattr(Obj *o, Obj *name)
{
    Type *t = TYPE(o);
    Obj *descr = type_lookup(t, name);
    Type *dt = descr ? TYPE(descr) : NULL;
    if (dt && dt->descr_set && dt->descr_get)
        return dt->descr_get(descr, o, t);
    Obj **slot = obj_dict_slot(o);
    if (slot && *slot) {
        Obj *v = dict_get(*slot, name);
        if (v)
            return v;
    }
    if (dt && dt->descr_get)
        return dt->descr_get(descr, o, t);
    return descr;
}

void obj_generic_setattr(Obj *o, Obj *name, Obj *value)
{
    Type *t = TYPE(o);
    Obj *descr = type_lookup(t, name);
    if (descr && TYPE(descr)->descr_set) {
        TYPE(descr)->descr_set(descr, o, value);
        return;
    }
    Obj **slot = obj_dict_slot(o);
    if (slot && (t->flags & TF_SLOTTED) && !class_slot_allowed(t, name))
        slot = NULL;
    if (!slot) {
        if (descr)
            exc_raisef(&type_AttributeError, "'%s' object attribute '%s' is read-only", t->name, str_cstr(name));
        exc_raisef(&type_AttributeError, "'%s' object has no attribute '%s'", t->name, str_cstr(name));
    }
    if (!value) {
        if (!*slot || !dict_del(*slot, name))
            exc_raisef(&type_AttributeError, "'%s' object has no attribute '%s'", t->name, str_cstr(name));
        return;
    }
    if (!*slot)
        *slot = dict_new();
    dict_set(*slot, name, value);
}

Obj *obj_lookup_attr(Obj *o, Obj *name)
{
    Type *t = TYPE(o);
    return t->getattr ? t->getattr(o, name) : obj_generic_getattr(o, name);
}

_Noreturn static void attribute_error(Obj *o, Obj *name)
{
    Type *t = TYPE(o);
    if (t == &type_module)
        exc_raisef(&type_AttributeError, "module '%s' has no attribute '%s'", module_name(o), str_cstr(name));
    if (t->flags & TF_TYPE)
        exc_raisef(&type_AttributeError, "type object '%s' has no attribute '%s'", ((Type *)o)->name,
                   str_cstr(name));
    exc_raisef(&type_AttributeError, "'%s' object has no attribute '%s'", t->name, str_cstr(name));
}

Obj *obj_getattr(Obj *o, Obj *name)
{
    Obj *v = obj_lookup_attr(o, name);
    if (!v)
        attribute_error(o, name);
    return v;
}

Obj *obj_getattr_cstr(Obj *o, const char *name) { return obj_getattr(o, str_intern_cstr(name)); }

void obj_setattr(Obj *o, Obj *name, Obj *value)
{
    Type *t = TYPE(o);
    if (t->setattr)
        t->setattr(o, name, value);
    else
        obj_generic_setattr(o, name, value);
}

void obj_delattr(Obj *o, Obj *name) { obj_setattr(o, name, NULL); }

Obj *obj_getmethod(Obj *o, Obj *name, Obj **self)
{
    Type *t = TYPE(o);
    if (!t->getattr || t->getattr == obj_generic_getattr) {
        Obj *descr = type_lookup(t, name);
        bool plain = descr && (TYPE(descr) == &type_function ||
                               (TYPE(descr) == &type_method_descriptor &&
                                !(((MethodDescrObj *)descr)->def->flags & (METH_CLASS | METH_STATIC))));
        if (plain) {
            Obj **slot = obj_dict_slot(o);
            if (!slot || !*slot || !dict_get(*slot, name)) {
                *self = o;
                return descr;
            }
        }
    }
    *self = NULL;
    return obj_getattr(o, name);
}

/* ---- calls -------------------------------------------------------------------------------- */

Obj *obj_call(Obj *f, Obj **args, int nargs, Obj *kwnames)
{
    Type *t = TYPE(f);
    if (!t->call)
        exc_raisef(&type_TypeError, "'%s' object is not callable", t->name);
    return t->call(f, args, nargs, kwnames);
}

Obj *obj_call0(Obj *f) { return obj_call(f, NULL, 0, NULL); }
Obj *obj_call1(Obj *f, Obj *a) { return obj_call(f, &a, 1, NULL); }

Obj *obj_call2(Obj *f, Obj *a, Obj *b)
{
    Obj *args[2] = {a, b};
    return obj_call(f, args, 2, NULL);
}

Obj *obj_call_method(Obj *o, const char *name, Obj **args, int nargs)
{
    Obj *self;
    Obj *m = obj_getmethod(o, str_intern_cstr(name), &self);
    if (!self)
        return obj_call(m, args, nargs, NULL);
    Obj **all = gc_alloc(sizeof(Obj *) * ((size_t)nargs + 1));
    all[0] = self;
    if (nargs)
        memcpy(all + 1, args, sizeof(Obj *) * (size_t)nargs);
    return obj_call(m, all, nargs + 1, NULL);
}

/* ---- containers --------------------------------------------------------------------------- */

Obj *obj_getitem(Obj *o, Obj *key)
{
    Type *t = TYPE(o);
    if (t->getitem)
        return t->getitem(o, key);
    if (t->flags & TF_TYPE) {
        Obj *cg = type_lookup((Type *)o, str_intern_cstr("__class_getitem__"));
        if (cg)
            return obj_call1(cg, key);
        exc_raisef(&type_TypeError, "type '%s' is not subscriptable", ((Type *)o)->name);
    }
    exc_raisef(&type_TypeError, "'%s' object is not subscriptable", t->name);
}

void obj_setitem(Obj *o, Obj *key, Obj *value)
{
    Type *t = TYPE(o);
    if (!t->setitem)
        exc_raisef(&type_TypeError, "'%s' object does not support item assignment", t->name);
    t->setitem(o, key, value);
}

void obj_delitem(Obj *o, Obj *key)
{
    Type *t = TYPE(o);
    if (!t->setitem)
        exc_raisef(&type_TypeError, "'%s' object doesn't support item deletion", t->name);
    t->setitem(o, key, NULL);
}

int64_t obj_len(Obj *o)
{
    Type *t = TYPE(o);
    if (!t->len)
        exc_raisef(&type_TypeError, "object of type '%s' has no len()", t->name);
    return t->len(o);
}

/* The old sequence protocol: o[0], o[1], ... until IndexError. */
typedef struct SeqIterObj {
    Obj base;
    Obj *seq;
    int64_t i;
} SeqIterObj;

static Obj *seqiter_next(Obj *self)
{
    SeqIterObj *it = (SeqIterObj *)self;
    if (!it->seq)
        return NULL;
    ExcJump j;
    volatile Obj *v = NULL;
    EXC_TRY(j) {
        v = obj_getitem(it->seq, small_new(it->i));
        exc_pop(&j);
    } else {
        if (!exc_matches(j.exc, (Obj *)&type_IndexError) && !exc_matches(j.exc, (Obj *)&type_StopIteration))
            exc_raise(j.exc);
        it->seq = NULL;
        return NULL;
    }
    it->i++;
    return (Obj *)v;
}

static Obj *self_iter(Obj *self) { return self; }

Type type_seqiter = {
    .base = {&type_type},
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .iter = self_iter,
    .next = seqiter_next,
};

Obj *obj_iter(Obj *o)
{
    Type *t = TYPE(o);
    if (t->iter) {
        Obj *it = t->iter(o);
        if (!TYPE(it)->next)
            exc_raisef(&type_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(it));
        return it;
    }
    if (t->getitem && !(t->flags & TF_DICT)) {
        SeqIterObj *it = gc_alloc(sizeof *it);
        it->base.type = &type_seqiter;
        it->seq = o;
        return (Obj *)it;
    }
    exc_raisef(&type_TypeError, "'%s' object is not iterable", t->name);
}

Obj *obj_next(Obj *it)
{
    Type *t = TYPE(it);
    if (!t->next)
        exc_raisef(&type_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(it);
}

bool obj_contains(Obj *container, Obj *item)
{
    Type *t = TYPE(container);
    if (t->contains)
        return t->contains(container, item);
    if (!t->iter && !t->getitem)
        exc_raisef(&type_TypeError, "argument of type '%s' is not iterable", t->name);
    Obj *it = obj_iter(container), *v;
    while ((v = obj_next(it)))
        if (obj_eq(v, item))
            return true;
    return false;
}

/* ---- conversions -------------------------------------------------------------------------- */

Obj *obj_index(Obj *o)
{
    if (is_small(o))
        return o;
    if (o == True || o == False)
        return small_new(o == True);
    if (int_check(o))
        return o;
    Type *t = o->type;
    if (t->convert) {
        Obj *r = t->convert(o, CONV_INDEX, NULL);
        if (r) {
            if (!int_check(r))
                exc_raisef(&type_TypeError, "__index__ returned non-int (type %s)", obj_type_name(r));
            return r;
        }
    }
    exc_raisef(&type_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

int64_t obj_index_i64(Obj *o)
{
    Obj *i = obj_index(o);
    if (is_small(i))
        return small_value(i);
    int64_t v;
    if (!int_get_i64(i, &v))
        exc_raisef(&type_OverflowError, "Python int too large to convert to C ssize_t");
    return v;
}

Obj *obj_to_int(Obj *o)
{
    if (is_small(o))
        return o;
    if (int_check(o))
        return o == True || o == False ? small_new(o == True) : o;
    Type *t = o->type;
    if (float_check(o))
        return int_from_double(float_value(o));
    if (str_check(o))
        return int_from_text(str_cstr(o), str_bytes(o), 10);
    if (t->convert) {
        static const int order[] = {CONV_INT, CONV_INDEX, CONV_TRUNC};
        for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
            Obj *r = t->convert(o, order[i], NULL);
            if (r) {
                if (!int_check(r))
                    exc_raisef(&type_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
                return r;
            }
        }
    }
    exc_raisef(&type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               t->name);
}

double obj_to_double(Obj *o)
{
    if (is_small(o))
        return (double)small_value(o);
    if (float_check(o))
        return float_value(o);
    if (int_check(o))
        return int_to_double(o);
    Type *t = o->type;
    if (t->convert) {
        Obj *r = t->convert(o, CONV_FLOAT, NULL);
        if (r) {
            if (!float_check(r))
                exc_raisef(&type_TypeError, "%s.__float__ returned non-float (type %s)", t->name, obj_type_name(r));
            return float_value(r);
        }
        r = t->convert(o, CONV_INDEX, NULL);
        if (r)
            return int_to_double(r);
    }
    exc_raisef(&type_TypeError, "must be real number, not %s", t->name);
}

void obj_enter_recursion(const char *where)
{
    if (++vm.depth > vm.limit) {
        vm.depth -= 50;    /* room to build and raise the error */
        exc_raisef(&type_RecursionError, "maximum recursion depth exceeded%s", where);
    }
}

void obj_leave_recursion(void) { vm.depth--; }

/* ---- object, None, NotImplemented, Ellipsis ------------------------------------------------ */

static Obj *object_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    if ((nargs || kwnames) && !type_lookup(type, str_intern_cstr("__init__")))
        exc_raisef(&type_TypeError, "%s() takes no arguments", type->name);
    Obj *o = gc_alloc(type->basicsize);
    o->type = type;
    return o;
}

static int64_t identity_hash(Obj *o) { return (int64_t)((uintptr_t)o >> 4); }

static Obj *identity_compare(Obj *a, Obj *b, int op)
{
    if (op == CMP_EQ)
        return a == b ? True : NotImplemented;
    if (op == CMP_NE)
        return a == b ? False : NotImplemented;
    return NotImplemented;
}

static Obj *object_init(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return None;
}

static Obj *object_class(Obj *self) { return (Obj *)TYPE(self); }

static Obj *object_dict(Obj *self)
{
    Obj **slot = obj_dict_slot(self);
    if (!slot)
        exc_raisef(&type_AttributeError, "'%s' object has no attribute '__dict__'", obj_type_name(self));
    if (!*slot)
        *slot = dict_new();
    return *slot;
}

static const MethodDef object_methods[] = {
    {"__init__", object_init, 0},
    {NULL, NULL, 0},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_class, NULL},
    {"__dict__", object_dict, NULL},
    {NULL, NULL, NULL},
};

Type type_object = {
    .base = {&type_type},
    .name = "object",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Obj),
    .new = object_new,
    .hash = identity_hash,
    .compare = identity_compare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
};

static Obj *none_repr(Obj *o) { (void)o; return str_intern_cstr("None"); }
static Obj *notimpl_repr(Obj *o) { (void)o; return str_intern_cstr("NotImplemented"); }
static Obj *ellipsis_repr(Obj *o) { (void)o; return str_intern_cstr("Ellipsis"); }
static bool false_truth(Obj *o) { (void)o; return false; }

static Obj *singleton_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    if (nargs || kwnames)
        exc_raisef(&type_TypeError, "%s takes no arguments", type->name);
    return type == &type_none ? None : type == &type_notimpl ? NotImplemented : &obj_ellipsis;
}

Type type_none = {
    .base = {&type_type}, .name = "NoneType", .basicsize = sizeof(Obj), .new = singleton_new,
    .repr = none_repr, .hash = identity_hash, .compare = identity_compare, .truth = false_truth,
};
Type type_notimpl = {
    .base = {&type_type}, .name = "NotImplementedType", .basicsize = sizeof(Obj), .new = singleton_new,
    .repr = notimpl_repr, .hash = identity_hash, .compare = identity_compare,
};
Type type_ellipsis = {
    .base = {&type_type}, .name = "ellipsis", .basicsize = sizeof(Obj), .new = singleton_new,
    .repr = ellipsis_repr, .hash = identity_hash, .compare = identity_compare,
};

Obj obj_none = {&type_none};
Obj obj_notimpl = {&type_notimpl};
Obj obj_ellipsis = {&type_ellipsis};

/* runtime/lang/class.c — the type `type`, classes from class statements, and super. */
#include "runtime/lang/class.h"

#include <stdio.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"

static Obj *intern(const char *s) { return str_intern_cstr(s); }

const char *class_name(const Type *t)
{
    if (t->flags & TF_HEAP)
        return str_cstr(((const HeapTypeObj *)t)->name);
    return t->name;
}

/* ---- readying built-in types ------------------------------------------------------------- */

/* Copies into t every slot it leaves NULL from its base, as CPython's inherit_slots does. */
static void inherit_slots(Type *t, const Type *b)
{
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(new); INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(compare); INHERIT(binop);
    INHERIT(unop); INHERIT(pow3); INHERIT(convert); INHERIT(format); INHERIT(truth); INHERIT(getattr); INHERIT(setattr);
    INHERIT(call); INHERIT(iter); INHERIT(next); INHERIT(getitem); INHERIT(setitem); INHERIT(len);
    INHERIT(contains); INHERIT(descr_get); INHERIT(descr_set);
#undef INHERIT
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TF_INT | TF_STR | TF_TUPLE | TF_LIST | TF_DICT | TF_EXC | TF_TYPE);
}

void type_ready(Type *t)
{
    if (t->dict)
        return;
    if (!t->base.type)
        t->base.type = &type_type;
    if (!t->base_type && t != &type_object)
        t->base_type = &type_object;
    Type *b = t->base_type;
    if (b) {
        type_ready(b);
        inherit_slots(t, b);
    }
    if (!t->bases)
        t->bases = b ? tuple_pack(1, (Obj *)b) : tuple_empty();
    if (!t->mro) {
        size_t n = 1;
        for (Type *k = b; k; k = k->base_type)
            n++;
        Obj *mro = tuple_new(n);
        size_t i = 0;
        for (Type *k = t; k; k = k->base_type)
            tuple_items(mro)[i++] = (Obj *)k;
        t->mro = mro;
    }
    t->dict = dict_new();
    t->tag = type_new_tag();
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        MethodDescrObj *d = gc_alloc(sizeof *d);
        d->base.type = &type_method_descriptor;
        d->def = m;
        d->owner = t;
        dict_set(t->dict, intern(m->name), (Obj *)d);
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        GetSetDescrObj *d = gc_alloc(sizeof *d);
        d->base.type = &type_getset_descriptor;
        d->def = g;
        d->owner = t;
        dict_set(t->dict, intern(g->name), (Obj *)d);
    }
}

/* ---- calling special methods of classes -------------------------------------------------- */

/* The class-level definition of `name`, if a class statement (not a built-in type) made it. */
static Obj *heap_lookup(const Type *t, Obj *name)
{
    size_t n = tuple_len(t->mro);
    for (size_t i = 0; i < n; i++) {
        const Type *k = (const Type *)tuple_get(t->mro, i);
        if (!(k->flags & TF_HEAP))
            continue;
        Obj *v = dict_get(k->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

/* The first built-in type along the MRO: its slots serve what the class does not define. */
static const Type *builtin_base(const Type *t)
{
    size_t n = tuple_len(t->mro);
    for (size_t i = 0; i < n; i++) {
        const Type *k = (const Type *)tuple_get(t->mro, i);
        if (!(k->flags & TF_HEAP))
            return k;
    }
    return &type_object;
}

static Obj *call_bound(Obj *descr, Obj *self, Obj **args, int nargs)
{
    if (TYPE(descr) == &type_function)
        return func_call_with_self(descr, self, args, nargs, NULL);
    Type *dt = TYPE(descr);
    if (dt->descr_get)
        descr = dt->descr_get(descr, self, TYPE(self));
    return obj_call(descr, args, nargs, NULL);
}

Obj *class_call_special(Obj *o, Obj *name, Obj **args, int nargs)
{
    Obj *m = type_lookup(TYPE(o), name);
    if (!m || m == None)
        return NULL;
    return call_bound(m, o, args, nargs);
}

/* Calls the dunder a class defines, or returns NULL when it defines none. */
static Obj *heap_call_dunder(Obj *o, Obj *name, Obj **args, int nargs)
{
    Obj *m = heap_lookup(TYPE(o), name);
    if (!m)
        return NULL;
    if (m == None)
        exc_raisef(&type_TypeError, "'%s' object is not callable", "NoneType");
    return call_bound(m, o, args, nargs);
}

static Obj *s_repr, *s_str, *s_hash, *s_format, *s_bool, *s_len, *s_getattr, *s_setattr, *s_delattr,
    *s_call, *s_iter, *s_next, *s_getitem, *s_setitem, *s_delitem, *s_contains, *s_get, *s_set,
    *s_delete, *s_init, *s_new, *s_eq, *s_ne, *s_class, *s_module, *s_qualname, *s_name, *s_doc;
static Obj *s_cmp[6], *s_binop[OP_NBINARY], *s_rbinop[OP_NBINARY], *s_ibinop[OP_NBINARY], *s_unop[4], *s_conv[8];

static Obj *heap_repr(Obj *o) { return heap_call_dunder(o, s_repr, NULL, 0); }
static Obj *heap_str(Obj *o) { return heap_call_dunder(o, s_str, NULL, 0); }

static int64_t heap_hash(Obj *o)
{
    Obj *h = heap_call_dunder(o, s_hash, NULL, 0);
    if (!int_check(h))
        exc_raisef(&type_TypeError, "__hash__ method should return an integer");
    if (is_small(h))
        return small_value(h) == -1 ? -2 : small_value(h);
    return obj_hash(h);
}

static Obj *heap_compare(Obj *a, Obj *b, int op)
{
    Obj *r = heap_call_dunder(a, s_cmp[op], &b, 1);
    if (r)
        return r;
    if (op == CMP_NE) {
        r = heap_call_dunder(a, s_eq, &b, 1);
        if (r)
            return r == NotImplemented ? r : bool_from(!obj_truth(r));
    }
    const Type *base = builtin_base(TYPE(a));
    return base->compare ? base->compare(a, b, op) : NotImplemented;
}

static Obj *heap_binop(Obj *a, Obj *b, int op)
{
    int k = OP_BASE(op);
    Obj *r;
    if (op & OP_REFLECTED) {
        if (k == OP_DIVMOD)
            r = heap_call_dunder(b, intern("__rdivmod__"), &a, 1);
        else
            r = heap_call_dunder(b, s_rbinop[k], &a, 1);
        if (r && r != NotImplemented)
            return r;
        const Type *base = builtin_base(TYPE(b));
        return base->binop ? base->binop(a, b, op) : NotImplemented;
    }
    if (op & OP_INPLACE && k != OP_DIVMOD) {
        r = heap_call_dunder(a, s_ibinop[k], &b, 1);
        if (r && r != NotImplemented)
            return r;
    }
    r = heap_call_dunder(a, k == OP_DIVMOD ? intern("__divmod__") : s_binop[k], &b, 1);
    if (r && r != NotImplemented)
        return r;
    const Type *base = builtin_base(TYPE(a));
    return base->binop ? base->binop(a, b, k) : NotImplemented;
}

static Obj *heap_unop(Obj *a, int op)
{
    Obj *r = heap_call_dunder(a, s_unop[op], NULL, 0);
    if (r)
        return r;
    const Type *base = builtin_base(TYPE(a));
    return base->unop ? base->unop(a, op) : NotImplemented;
}

static Obj *heap_convert(Obj *o, int conv, Obj *arg)
{
    Obj *r = heap_call_dunder(o, s_conv[conv], arg ? &arg : NULL, arg ? 1 : 0);
    if (r)
        return r;
    const Type *base = builtin_base(TYPE(o));
    return base->convert ? base->convert(o, conv, arg) : NULL;
}

static Obj *heap_format(Obj *o, Obj *spec)
{
    Obj *r = heap_call_dunder(o, s_format, &spec, 1);
    if (r)
        return r;
    const Type *base = builtin_base(TYPE(o));
    if (base->format)
        return base->format(o, spec);
    if (str_bytes(spec) == 0)
        return obj_str(o);
    exc_raisef(&type_TypeError, "unsupported format string passed to %s.__format__", obj_type_name(o));
}

static int64_t len_result(Obj *r)
{
    if (!int_check(r))
        exc_raisef(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(r));
    int64_t n;
    if (!int_get_i64(r, &n))
        exc_raisef(&type_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0)
        exc_raisef(&type_ValueError, "__len__() should return >= 0");
    return n;
}

static bool heap_truth(Obj *o)
{
    Obj *r = heap_call_dunder(o, s_bool, NULL, 0);
    if (r) {
        if (r != True && r != False)
            exc_raisef(&type_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        return r == True;
    }
    r = heap_call_dunder(o, s_len, NULL, 0);
    if (r)
        return len_result(r) != 0;
    const Type *base = builtin_base(TYPE(o));
    if (base->truth)
        return base->truth(o);
    return base->len ? base->len(o) != 0 : true;
}

static Obj *heap_getattr(Obj *o, Obj *name)
{
    const Type *base = builtin_base(TYPE(o));
    Obj *v = base->getattr ? base->getattr(o, name) : obj_generic_getattr(o, name);
    if (v)
        return v;
    return heap_call_dunder(o, s_getattr, &name, 1);
}

static void heap_setattr(Obj *o, Obj *name, Obj *value)
{
    Obj *args[2] = {name, value};
    if (value ? heap_call_dunder(o, s_setattr, args, 2) : heap_call_dunder(o, s_delattr, args, 1))
        return;
    obj_generic_setattr(o, name, value);
}

static Obj *heap_call(Obj *o, Obj **args, int nargs, Obj *kwnames)
{
    Obj *m = heap_lookup(TYPE(o), s_call);
    if (TYPE(m) == &type_function)
        return func_call_with_self(m, o, args, nargs, kwnames);
    return obj_call(TYPE(m)->descr_get ? TYPE(m)->descr_get(m, o, TYPE(o)) : m, args, nargs, kwnames);
}

static Obj *heap_iter(Obj *o) { return heap_call_dunder(o, s_iter, NULL, 0); }

static Obj *heap_next(Obj *o)
{
    ExcJump j;
    volatile Obj *r = NULL;
    EXC_TRY(j) {
        r = heap_call_dunder(o, s_next, NULL, 0);
        exc_pop(&j);
    } else {
        if (obj_is(j.exc, &type_StopIteration))
            return NULL;
        exc_raise(j.exc);
    }
    return (Obj *)r;
}

static Obj *heap_getitem(Obj *o, Obj *key)
{
    Obj *r = heap_call_dunder(o, s_getitem, &key, 1);
    if (r)
        return r;
    const Type *base = builtin_base(TYPE(o));
    if (!base->getitem)
        exc_raisef(&type_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
    return base->getitem(o, key);
}

static void heap_setitem(Obj *o, Obj *key, Obj *value)
{
    Obj *args[2] = {key, value};
    if (value ? heap_call_dunder(o, s_setitem, args, 2) : heap_call_dunder(o, s_delitem, args, 1))
        return;
    const Type *base = builtin_base(TYPE(o));
    if (!base->setitem)
        exc_raisef(&type_TypeError, value ? "'%s' object does not support item assignment"
                                          : "'%s' object doesn't support item deletion", obj_type_name(o));
    base->setitem(o, key, value);
}

static int64_t heap_len(Obj *o)
{
    Obj *r = heap_call_dunder(o, s_len, NULL, 0);
    if (r)
        return len_result(r);
    const Type *base = builtin_base(TYPE(o));
    if (!base->len)
        exc_raisef(&type_TypeError, "object of type '%s' has no len()", obj_type_name(o));
    return base->len(o);
}

static bool heap_contains(Obj *o, Obj *item)
{
    Obj *r = heap_call_dunder(o, s_contains, &item, 1);
    if (r)
        return obj_truth(r);
    const Type *base = builtin_base(TYPE(o));
    if (base->contains)
        return base->contains(o, item);
    Obj *it = obj_iter(o), *v;
    while ((v = obj_next(it)))
        if (obj_eq(v, item))
            return true;
    return false;
}

static Obj *heap_descr_get(Obj *d, Obj *obj, Type *owner)
{
    Obj *args[2] = {obj ? obj : None, (Obj *)owner};
    return heap_call_dunder(d, s_get, args, 2);
}

static void heap_descr_set(Obj *d, Obj *obj, Obj *value)
{
    Obj *args[2] = {obj, value};
    if (!(value ? heap_call_dunder(d, s_set, args, 2) : heap_call_dunder(d, s_delete, args, 1)))
        exc_raisef(&type_AttributeError, "__set__");
}

/* ---- instances --------------------------------------------------------------------------- */

/* Built-in bases whose instances get their value from the constructor's arguments in __new__
 * (immutable values, exceptions); mutable containers are filled by __init__ instead. */
static bool base_takes_args(const Type *b)
{
    return (b->flags & (TF_INT | TF_STR | TF_TUPLE | TF_EXC)) || b == &type_float || b == &type_complex ||
           b == &type_frozenset;
}

static Obj *heap_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *custom_new = heap_lookup(type, s_new);
    Obj *init = heap_lookup(type, s_init);
    Obj *self;
    if (custom_new) {
        if (TYPE(custom_new) == &type_staticmethod)
            custom_new = ((WrapperObj *)custom_new)->func;
        self = func_call_with_self(custom_new, (Obj *)type, args, nargs, kwnames);
        if (!obj_is(self, type))
            return self;
    } else {
        const Type *base = builtin_base(type);
        if (base == &type_object) {
            if ((nargs || kwnames) && !init)
                exc_raisef(&type_TypeError, "%s() takes no arguments", class_name(type));
            self = gc_alloc(type->basicsize);
            self->type = type;
        } else if (base_takes_args(base)) {
            self = base->new(type, args, nargs, init ? NULL : kwnames);
        } else if (!init) {
            return base->new(type, args, nargs, kwnames);
        } else {
            self = base->new(type, NULL, 0, NULL);
        }
    }
    if (init) {
        Obj *r = TYPE(init) == &type_function ? func_call_with_self(init, self, args, nargs, kwnames)
                                                : obj_call(TYPE(init)->descr_get(init, self, type), args, nargs,
                                                           kwnames);
        if (r != None)
            exc_raisef(&type_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
    }
    return self;
}

/* ---- class creation ---------------------------------------------------------------------- */

/* C3 linearisation of the bases' MROs. */
static Obj *c3_mro(Type *t, Obj *bases)
{
    size_t nb = tuple_len(bases);
    Obj *seqs = list_new(nb + 1);
    for (size_t i = 0; i < nb; i++)
        list_append(seqs, list_from_iterable(((Type *)tuple_get(bases, i))->mro));
    list_append(seqs, list_from_iterable(bases));
    Obj *out = list_new(8);
    list_append(out, (Obj *)t);
    for (;;) {
        Obj *cand = NULL;
        bool any = false;
        for (size_t i = 0; i < list_len(seqs) && !cand; i++) {
            Obj *s = list_get(seqs, i);
            if (!list_len(s))
                continue;
            any = true;
            Obj *head = list_get(s, 0);
            bool in_tail = false;
            for (size_t k = 0; k < list_len(seqs) && !in_tail; k++) {
                Obj *o = list_get(seqs, k);
                for (size_t m = 1; m < list_len(o); m++)
                    if (list_get(o, m) == head)
                        in_tail = true;
            }
            if (!in_tail)
                cand = head;
        }
        if (!any)
            break;
        if (!cand) {
            Buf b;
            buf_init(&b);
            for (size_t i = 0; i < nb; i++)
                buf_printf(&b, "%s%s", i ? ", " : "", class_name((Type *)tuple_get(bases, i)));
            exc_raisef(&type_TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s",
                       buf_cstr(&b));
        }
        list_append(out, cand);
        for (size_t i = 0; i < list_len(seqs); i++) {
            ListObj *s = (ListObj *)list_get(seqs, i);
            if (s->n && s->items[0] == cand) {
                memmove(s->items, s->items + 1, (s->n - 1) * sizeof(Obj *));
                s->n--;
            }
        }
    }
    return tuple_from_array(list_items(out), list_len(out));
}

typedef struct SlotDef {
    const char *name;
    size_t offset;
    void *fn;
} SlotDef;

#define SLOT(n, field, f) {n, offsetof(Type, field), (void *)f}
static const SlotDef slotdefs[] = {
    SLOT("__repr__", repr, heap_repr), SLOT("__str__", str, heap_str), SLOT("__hash__", hash, heap_hash),
    SLOT("__eq__", compare, heap_compare), SLOT("__ne__", compare, heap_compare),
    SLOT("__lt__", compare, heap_compare), SLOT("__le__", compare, heap_compare),
    SLOT("__gt__", compare, heap_compare), SLOT("__ge__", compare, heap_compare),
    SLOT("__neg__", unop, heap_unop), SLOT("__pos__", unop, heap_unop), SLOT("__invert__", unop, heap_unop),
    SLOT("__abs__", unop, heap_unop), SLOT("__int__", convert, heap_convert),
    SLOT("__index__", convert, heap_convert), SLOT("__float__", convert, heap_convert),
    SLOT("__complex__", convert, heap_convert), SLOT("__round__", convert, heap_convert),
    SLOT("__trunc__", convert, heap_convert), SLOT("__floor__", convert, heap_convert),
    SLOT("__ceil__", convert, heap_convert), SLOT("__format__", format, heap_format),
    SLOT("__bool__", truth, heap_truth), SLOT("__len__", truth, heap_truth), SLOT("__len__", len, heap_len),
    SLOT("__getattr__", getattr, heap_getattr), SLOT("__setattr__", setattr, heap_setattr),
    SLOT("__delattr__", setattr, heap_setattr), SLOT("__call__", call, heap_call),
    SLOT("__iter__", iter, heap_iter), SLOT("__next__", next, heap_next),
    SLOT("__getitem__", getitem, heap_getitem), SLOT("__setitem__", setitem, heap_setitem),
    SLOT("__delitem__", setitem, heap_setitem), SLOT("__contains__", contains, heap_contains),
    SLOT("__get__", descr_get, heap_descr_get), SLOT("__set__", descr_set, heap_descr_set),
    SLOT("__delete__", descr_set, heap_descr_set), SLOT("__divmod__", binop, heap_binop),
    SLOT("__rdivmod__", binop, heap_binop),
};
#undef SLOT

static void set_slot(Type *t, size_t offset, void *fn) { memcpy((char *)t + offset, &fn, sizeof fn); }

/* Points each slot whose dunder a class along the MRO defines at the function calling it. */
static void update_slots(Type *t)
{
    for (size_t i = 0; i < sizeof slotdefs / sizeof slotdefs[0]; i++)
        if (heap_lookup(t, intern(slotdefs[i].name)))
            set_slot(t, slotdefs[i].offset, slotdefs[i].fn);
    for (int k = 0; k < OP_NBINARY; k++)
        if (s_binop[k] && (heap_lookup(t, s_binop[k]) || heap_lookup(t, s_rbinop[k]) || heap_lookup(t, s_ibinop[k])))
            t->binop = heap_binop;
    Obj *h = heap_lookup(t, s_hash);
    if (h == None)
        t->hash = NULL;
}

/* Whether instances may take only the attributes the classes' __slots__ name: every class along
 * the MRO declares __slots__ and none of them names __dict__. (Instances still store the slots
 * in a dict here; __slots__ only saves memory in CPython.) */
static bool all_slotted(const Type *t)
{
    size_t n = tuple_len(t->mro);
    for (size_t i = 0; i < n; i++) {
        const Type *k = (const Type *)tuple_get(t->mro, i);
        if (!(k->flags & TF_HEAP))
            continue;
        Obj *slots = dict_get(k->dict, intern("__slots__"));
        if (!slots || (str_check(slots) ? str_equal(slots, intern("__dict__")) : obj_contains(slots, intern("__dict__"))))
            return false;
    }
    return true;
}

/* Whether name is one of the attributes the __slots__ along t's MRO allow. */
bool class_slot_allowed(const Type *t, Obj *name)
{
    size_t n = tuple_len(t->mro);
    for (size_t i = 0; i < n; i++) {
        const Type *k = (const Type *)tuple_get(t->mro, i);
        Obj *slots = k->flags & TF_HEAP ? dict_get(k->dict, intern("__slots__")) : NULL;
        if (slots && (str_check(slots) ? str_equal(slots, name) : obj_contains(slots, name)))
            return true;
    }
    return false;
}

/* The built-in type giving the instances their layout; two different ones conflict. */
static Type *solid_base(Obj *bases)
{
    Type *solid = &type_object;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Type *b = (Type *)tuple_get(bases, i);
        Type *s = (Type *)builtin_base(b);
        if (s == &type_object || s == solid || type_is_subtype(solid, s))
            continue;
        if (solid != &type_object && !type_is_subtype(s, solid))
            exc_raisef(&type_TypeError, "multiple bases have instance lay-out conflict");
        solid = s;
    }
    return solid;
}

Obj *class_new(Obj *name, Obj *bases, Obj *ns)
{
    if (!tuple_len(bases))
        bases = tuple_pack(1, (Obj *)&type_object);
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Obj *b = tuple_get(bases, i);
        if (is_small(b) || !(TYPE(b)->flags & TF_TYPE))
            exc_raisef(&type_TypeError, "bases must be types");
        if (!(((Type *)b)->flags & TF_BASETYPE))
            exc_raisef(&type_TypeError, "type '%s' is not an acceptable base type", class_name((Type *)b));
    }
    HeapTypeObj *h = gc_alloc(sizeof *h);
    Type *t = &h->type;
    Type *first = (Type *)tuple_get(bases, 0);
    Type *solid = solid_base(bases);
    *t = *first;
    t->base.type = &type_type;
    t->base_type = first;
    t->bases = bases;
    t->methods = NULL;
    t->getsets = NULL;
    t->flags = (first->flags | solid->flags | TF_HEAP | TF_BASETYPE) & ~TF_IMMUTABLE;
    t->name = str_cstr(name);
    h->name = name;
    Obj *qual = dict_get(ns, s_qualname);
    h->qualname = qual && str_check(qual) ? qual : name;
    Obj *mod = dict_get(ns, s_module);
    h->module = mod && str_check(mod) ? mod : intern("__main__");
    t->module = str_cstr(h->module);
    dict_del(ns, s_qualname);
    t->dict = dict_copy(ns);
    if (dict_get(t->dict, s_eq) && !dict_get(t->dict, s_hash))
        dict_set(t->dict, s_hash, None);
    t->mro = c3_mro(t, bases);
    if (all_slotted(t))
        t->flags |= TF_SLOTTED;
    else
        t->flags &= ~TF_SLOTTED;
    if (solid->flags & TF_VARSIZE) {
        t->flags |= TF_SIDEDICT;
        t->dictoffset = 0;
        t->basicsize = solid->basicsize;
    } else if (!first->dictoffset && !solid->dictoffset) {
        t->dictoffset = solid->basicsize;
        t->basicsize = solid->basicsize + sizeof(Obj *);
    } else {
        t->dictoffset = first->dictoffset ? first->dictoffset : solid->dictoffset;
        t->basicsize = first->basicsize > solid->basicsize ? first->basicsize : solid->basicsize;
    }
    t->new = heap_new;
    t->getattr = first->getattr ? first->getattr : obj_generic_getattr;
    t->tag = type_new_tag();
    update_slots(t);
    Obj *n = dict_get(t->dict, s_new);
    if (n && TYPE(n) == &type_function) {    /* __new__ is implicitly a static method */
        WrapperObj *w = gc_alloc(sizeof *w);
        w->base.type = &type_staticmethod;
        w->func = n;
        dict_set(t->dict, s_new, (Obj *)w);
    }
    return (Obj *)t;
}

/* ---- the type `type` ----------------------------------------------------------------------- */

static Obj *type_repr(Obj *o)
{
    Type *t = (Type *)o;
    if (t->flags & TF_HEAP) {
        HeapTypeObj *h = (HeapTypeObj *)t;
        return str_printf("<class '%s.%s'>", str_cstr(h->module), str_cstr(h->qualname));
    }
    if (t->module && strcmp(t->module, "builtins") != 0)
        return str_printf("<class '%s.%s'>", t->module, t->name);
    return str_printf("<class '%s'>", t->name);
}

static Obj *type_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    Type *t = (Type *)self;
    if (t == &type_type) {
        if (nargs == 1 && !kwnames)
            return (Obj *)TYPE(args[0]);
        if (nargs != 3)
            exc_raisef(&type_TypeError, "type() takes 1 or 3 arguments");
        if (!str_check(args[0]) || !tuple_check(args[1]) || !dict_check(args[2]))
            exc_raisef(&type_TypeError, "type.__new__() argument 1 must be str, not %s", obj_type_name(args[0]));
        return class_new(args[0], args[1], dict_copy(args[2]));
    }
    if (!t->new)
        exc_raisef(&type_TypeError, "cannot create '%s' instances", class_name(t));
    return t->new(t, args, nargs, kwnames);
}

static Obj *type_getattr(Obj *o, Obj *name)
{
    Type *t = (Type *)o;
    Obj *meta = type_lookup(&type_type, name);
    if (meta && TYPE(meta)->descr_set && TYPE(meta)->descr_get)
        return TYPE(meta)->descr_get(meta, o, &type_type);
    Obj *v = type_lookup(t, name);
    if (v) {
        Type *vt = TYPE(v);
        /* Instance methods of built-in types stay descriptors on the class (str.join); their class
         * and static methods bind to the class the lookup started from. */
        bool plain_method = vt == &type_method_descriptor &&
                            !(((MethodDescrObj *)v)->def->flags & (METH_CLASS | METH_STATIC));
        if (vt->descr_get && !plain_method && vt != &type_getset_descriptor)
            return vt->descr_get(v, NULL, t);
        return v;
    }
    if (meta)
        return TYPE(meta)->descr_get ? TYPE(meta)->descr_get(meta, o, &type_type) : meta;
    return NULL;
}

static void type_setattr(Obj *o, Obj *name, Obj *value)
{
    Type *t = (Type *)o;
    if (!(t->flags & TF_HEAP))
        exc_raisef(&type_TypeError, "cannot set '%s' attribute of immutable type '%s'", str_cstr(name), t->name);
    if (value)
        dict_set(t->dict, name, value);
    else if (!dict_del(t->dict, name))
        exc_raisef(&type_AttributeError, "type object '%s' has no attribute '%s'", class_name(t), str_cstr(name));
    type_invalidate_cache();
    update_slots(t);
}

/* A built-in type named "collections.deque" (its name in messages, as CPython's tp_name) is
 * called deque and lives in module collections. */
static const char *static_short_name(const Type *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static Obj *type_get_name(Obj *o)
{
    Type *t = (Type *)o;
    return str_intern_cstr(t->flags & TF_HEAP ? class_name(t) : static_short_name(t));
}

static Obj *type_get_qualname(Obj *o)
{
    Type *t = (Type *)o;
    return t->flags & TF_HEAP ? ((HeapTypeObj *)t)->qualname : str_intern_cstr(static_short_name(t));
}

static Obj *type_get_module(Obj *o)
{
    Type *t = (Type *)o;
    if (t->flags & TF_HEAP)
        return ((HeapTypeObj *)t)->module;
    if (t->module)
        return str_intern_cstr(t->module);
    const char *dot = strrchr(t->name, '.');
    return dot ? str_new(t->name, (size_t)(dot - t->name)) : str_intern_cstr("builtins");
}

static Obj *type_get_mro(Obj *o) { return ((Type *)o)->mro; }
static Obj *type_get_bases(Obj *o) { return ((Type *)o)->bases; }
static Obj *type_get_base(Obj *o) { Type *b = ((Type *)o)->base_type; return b ? (Obj *)b : None; }
static Obj *type_get_dict(Obj *o) { return dict_copy(((Type *)o)->dict); }

static Obj *type_get_doc(Obj *o)
{
    Obj *d = dict_get(((Type *)o)->dict, s_doc);
    return d ? d : None;
}

static Obj *type_mro_method(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("mro", kwnames);
    args_count("mro", nargs, 0, 0);
    return list_from_iterable(((Type *)self)->mro);
}

static Obj *type_subclasses(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return list_new(0);
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0},
    {"__subclasses__", type_subclasses, 0},
    {NULL, NULL, 0},
};

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, NULL}, {"__qualname__", type_get_qualname, NULL},
    {"__module__", type_get_module, NULL}, {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL}, {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL}, {"__doc__", type_get_doc, NULL},
    {NULL, NULL, NULL},
};

static int64_t type_hash(Obj *o) { return (int64_t)((uintptr_t)o >> 4); }

static Obj *type_binop(Obj *a, Obj *b, int op)
{
    (void)a, (void)b, (void)op;
    return NotImplemented;
}

Type type_type = {
    .base = {&type_type},
    .name = "type",
    .flags = TF_BASETYPE | TF_TYPE,
    .basicsize = sizeof(HeapTypeObj),
    .repr = type_repr,
    .hash = type_hash,
    .binop = type_binop,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- super ---------------------------------------------------------------------------------- */

typedef struct SuperObj {
    Obj base;
    Type *type;          /* look after this class in the MRO */
    Obj *obj;
    Type *obj_type;
} SuperObj;

static Obj *super_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("super", kwnames);
    args_count("super", nargs, 0, 2);
    SuperObj *s = gc_alloc(sizeof *s);
    s->base.type = &type_super;
    Obj *cls, *obj;
    if (nargs == 0) {
        Frame *f = vm.frame;
        if (!f || f->code->argcount == 0)
            exc_raisef(&type_RuntimeError, "super(): no arguments");
        obj = f->fast[0];
        if (obj && TYPE(obj) == &type_cell)
            obj = ((CellObj *)obj)->value;
        cls = NULL;
        CodeObj *c = f->code;
        for (int i = 0; i < c->nfree; i++)
            if (str_equal(tuple_get(c->freevars, (size_t)i), intern("__class__"))) {
                CellObj *cell = (CellObj *)f->fast[c->nlocals + c->ncells + i];
                cls = cell->value;
            }
        if (!cls)
            exc_raisef(&type_RuntimeError, "super(): __class__ cell not found");
        if (!obj)
            exc_raisef(&type_RuntimeError, "super(): arg[0] deleted");
    } else {
        cls = args[0];
        obj = nargs == 2 ? args[1] : NULL;
    }
    if (is_small(cls) || !(TYPE(cls)->flags & TF_TYPE))
        exc_raisef(&type_TypeError, "super() argument 1 must be a type, not %s", obj_type_name(cls));
    s->type = (Type *)cls;
    s->obj = obj;
    if (obj) {
        if (!is_small(obj) && (TYPE(obj)->flags & TF_TYPE) && type_is_subtype((Type *)obj, s->type))
            s->obj_type = (Type *)obj;
        else if (obj_is(obj, s->type))
            s->obj_type = TYPE(obj);
        else
            exc_raisef(&type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    return (Obj *)s;
}

static Obj *super_getattr(Obj *o, Obj *name)
{
    SuperObj *s = (SuperObj *)o;
    if (s->obj_type) {
        Obj *mro = s->obj_type->mro;
        size_t n = tuple_len(mro), i = 0;
        while (i < n && (Type *)tuple_get(mro, i) != s->type)
            i++;
        for (i++; i < n; i++) {
            Type *k = (Type *)tuple_get(mro, i);
            Obj *v = k->dict ? dict_get(k->dict, name) : NULL;
            if (!v)
                continue;
            Type *vt = TYPE(v);
            if (vt->descr_get)
                return vt->descr_get(v, s->obj == (Obj *)s->obj_type ? NULL : s->obj, s->obj_type);
            return v;
        }
    }
    return obj_generic_getattr(o, name);
}

static Obj *super_repr(Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    return str_printf("<super: <class '%s'>, <%s object>>", class_name(s->type),
                      s->obj_type ? class_name(s->obj_type) : "NULL");
}

Type type_super = {
    .base = {&type_type},
    .name = "super",
    .basicsize = sizeof(SuperObj),
    .new = super_new,
    .repr = super_repr,
    .getattr = super_getattr,
};

void class_init(Obj *builtins_dict)
{
    static const char *const binop_names[OP_NBINARY] = {
        "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift", "rshift", "and", "or", "xor", NULL,
    };
    static const char *const cmp_names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static const char *const unop_names[4] = {"__neg__", "__pos__", "__invert__", "__abs__"};
    static const char *const conv_names[8] = {"__int__", "__index__", "__float__", "__complex__",
                                              "__round__", "__trunc__", "__floor__", "__ceil__"};
    for (int k = 0; k < OP_NBINARY; k++) {
        if (!binop_names[k])
            continue;
        s_binop[k] = str_printf("__%s__", binop_names[k]);
        s_rbinop[k] = str_printf("__r%s__", binop_names[k]);
        s_ibinop[k] = str_printf("__i%s__", binop_names[k]);
        s_binop[k] = str_intern(s_binop[k]);
        s_rbinop[k] = str_intern(s_rbinop[k]);
        s_ibinop[k] = str_intern(s_ibinop[k]);
    }
    for (int k = 0; k < 6; k++)
        s_cmp[k] = intern(cmp_names[k]);
    for (int k = 0; k < 4; k++)
        s_unop[k] = intern(unop_names[k]);
    for (int k = 0; k < 8; k++)
        s_conv[k] = intern(conv_names[k]);
    s_repr = intern("__repr__"); s_str = intern("__str__"); s_hash = intern("__hash__");
    s_format = intern("__format__"); s_bool = intern("__bool__"); s_len = intern("__len__");
    s_getattr = intern("__getattr__"); s_setattr = intern("__setattr__"); s_delattr = intern("__delattr__");
    s_call = intern("__call__"); s_iter = intern("__iter__"); s_next = intern("__next__");
    s_getitem = intern("__getitem__"); s_setitem = intern("__setitem__"); s_delitem = intern("__delitem__");
    s_contains = intern("__contains__"); s_get = intern("__get__"); s_set = intern("__set__");
    s_delete = intern("__delete__"); s_init = intern("__init__"); s_new = intern("__new__");
    s_eq = intern("__eq__"); s_ne = intern("__ne__"); s_class = intern("__class__");
    s_module = intern("__module__"); s_qualname = intern("__qualname__"); s_name = intern("__name__");
    s_doc = intern("__doc__");
    type_ready(&type_object);
    type_ready(&type_type);
    type_ready(&type_super);
    dict_set_cstr(builtins_dict, "object", (Obj *)&type_object);
    dict_set_cstr(builtins_dict, "type", (Obj *)&type_type);
    dict_set_cstr(builtins_dict, "super", (Obj *)&type_super);
}

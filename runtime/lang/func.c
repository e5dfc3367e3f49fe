/* runtime/lang/func.c — callables and argument binding. */
#include "runtime/lang/func.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/code.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"

/* ---- argument binding for functions in C ------------------------------------------------- */

static int kwcount(Obj *kwnames) { return kwnames ? (int)tuple_len(kwnames) : 0; }

void args_no_kw(const char *fname, Obj *kwnames)
{
    if (kwcount(kwnames))
        exc_raisef(&type_TypeError, "%s() takes no keyword arguments", fname);
}

void args_count(const char *fname, int nargs, int min, int max)
{
    if (nargs >= min && nargs <= max)
        return;
    if (min == max) {
        if (min == 0)
            exc_raisef(&type_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
        if (min == 1)
            exc_raisef(&type_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
        exc_raisef(&type_TypeError, "%s expected %d arguments, got %d", fname, min, nargs);
    }
    if (nargs < min)
        exc_raisef(&type_TypeError, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s",
                   nargs);
    exc_raisef(&type_TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", nargs);
}

void args_parse(const char *fname, Obj **args, int nargs, Obj *kwnames, const char *const *names, int required,
                Obj **out)
{
    int n = 0;
    while (names[n])
        n++;
    if (nargs > n)
        exc_raisef(&type_TypeError, "%s() takes at most %d argument%s (%d given)", fname, n, n == 1 ? "" : "s",
                   nargs + kwcount(kwnames));
    for (int i = 0; i < n; i++)
        out[i] = i < nargs ? args[i] : NULL;
    int nkw = kwcount(kwnames);
    for (int k = 0; k < nkw; k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        int i = 0;
        while (i < n && strcmp(names[i][0] == '$' ? names[i] + 1 : names[i], kw) != 0)
            i++;
        if (i == n)
            exc_raisef(&type_TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw);
        if (names[i][0] == '$')
            exc_raisef(&type_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                       fname, kw);
        if (out[i])
            exc_raisef(&type_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, kw, i + 1);
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < required; i++)
        if (!out[i])
            exc_raisef(&type_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                       names[i][0] == '$' ? names[i] + 1 : names[i], i + 1);
}

/* ---- functions in C ------------------------------------------------------------------------ */

Obj *native_new(const char *name, NativeFn fn, Obj *self)
{
    NativeFuncObj *f = gc_alloc(sizeof *f);
    f->base.type = &type_builtin_function;
    f->name = name;
    f->fn = fn;
    f->self = self;
    return (Obj *)f;
}

static Obj *native_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NativeFuncObj *f = (NativeFuncObj *)self;
    return f->fn(f->self, args, nargs, kwnames);
}

static Obj *native_repr(Obj *self)
{
    NativeFuncObj *f = (NativeFuncObj *)self;
    if (f->owner && f->self)
        return str_printf("<built-in method %s of %s object at %p>", f->name, f->owner, (void *)f->self);
    return str_printf("<built-in function %s>", f->name);
}

static Obj *native_get_name(Obj *self) { return str_from_cstr(((NativeFuncObj *)self)->name); }
static Obj *native_get_self(Obj *self) { Obj *s = ((NativeFuncObj *)self)->self; return s ? s : None; }

static const GetSetDef native_getsets[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_name, NULL},
    {"__self__", native_get_self, NULL},
    {NULL, NULL, NULL},
};

static int64_t identity_hash(Obj *o) { return (int64_t)((uintptr_t)o >> 4); }

Type type_builtin_function = {
    .base = {&type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(NativeFuncObj),
    .repr = native_repr,
    .hash = identity_hash,
    .call = native_call,
    .getsets = native_getsets,
};

/* A method of a built-in type, as found in its dict. */
static Obj *mdescr_get(Obj *d, Obj *obj, Type *owner)
{
    MethodDescrObj *m = (MethodDescrObj *)d;
    if (m->def->flags & METH_STATIC)
        return native_new(m->def->name, m->def->fn, NULL);
    if (m->def->flags & METH_CLASS) {
        NativeFuncObj *f = (NativeFuncObj *)native_new(m->def->name, m->def->fn, (Obj *)owner);
        return (Obj *)f;
    }
    if (!obj)
        return d;
    NativeFuncObj *f = (NativeFuncObj *)native_new(m->def->name, m->def->fn, obj);
    f->owner = class_name(m->owner);
    return (Obj *)f;
}

static Obj *mdescr_call(Obj *d, Obj **args, int nargs, Obj *kwnames)
{
    MethodDescrObj *m = (MethodDescrObj *)d;
    if (m->def->flags & METH_STATIC)
        return m->def->fn(NULL, args, nargs, kwnames);
    if (m->def->flags & METH_CLASS)
        return m->def->fn((Obj *)m->owner, args, nargs, kwnames);
    if (nargs < 1)
        exc_raisef(&type_TypeError, "unbound method %s.%s() needs an argument", class_name(m->owner), m->def->name);
    if (!obj_is(args[0], m->owner))
        exc_raisef(&type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m->def->name,
                   class_name(m->owner), obj_type_name(args[0]));
    return m->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Obj *mdescr_repr(Obj *d)
{
    MethodDescrObj *m = (MethodDescrObj *)d;
    return str_printf("<method '%s' of '%s' objects>", m->def->name, class_name(m->owner));
}

Type type_method_descriptor = {
    .base = {&type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .repr = mdescr_repr,
    .hash = identity_hash,
    .call = mdescr_call,
    .descr_get = mdescr_get,
};

static Obj *gsdescr_get(Obj *d, Obj *obj, Type *owner)
{
    (void)owner;
    GetSetDescrObj *g = (GetSetDescrObj *)d;
    return obj ? g->def->get(obj) : d;
}

static void gsdescr_set(Obj *d, Obj *obj, Obj *value)
{
    GetSetDescrObj *g = (GetSetDescrObj *)d;
    if (!g->def->set)
        exc_raisef(&type_AttributeError, "attribute '%s' of '%s' objects is not writable", g->def->name,
                   class_name(g->owner));
    g->def->set(obj, value);
}

Type type_getset_descriptor = {
    .base = {&type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj),
    .hash = identity_hash,
    .descr_get = gsdescr_get,
    .descr_set = gsdescr_set,
};

/* ---- functions in Python ----------------------------------------------------------------- */

/* A call from C into Python counts against the recursion limit like CPython's, which is where a
 * recursion through special methods reports "while calling a Python object". */
static Obj *call_from_c(FuncObj *fn, Obj **args, int nargs, Obj *kwnames)
{
    obj_enter_recursion(" while calling a Python object");
    Obj *r = vm_call_function(fn, args, nargs, kwnames);
    obj_leave_recursion();
    return r;
}

static Obj *function_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return call_from_c((FuncObj *)self, args, nargs, kwnames);
}

Obj *func_call_with_self(Obj *func, Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    int total = nargs + kwcount(kwnames);
    Obj *small[8];
    Obj **all = total + 1 <= 8 ? small : gc_alloc(sizeof(Obj *) * ((size_t)total + 1));
    all[0] = self;
    if (total)
        memcpy(all + 1, args, sizeof(Obj *) * (size_t)total);
    if (TYPE(func) == &type_function)
        return call_from_c((FuncObj *)func, all, nargs + 1, kwnames);
    return obj_call(func, all, nargs + 1, kwnames);
}

static Obj *function_get(Obj *f, Obj *obj, Type *owner)
{
    (void)owner;
    return obj ? method_new(f, obj) : f;
}

static Obj *function_repr(Obj *self)
{
    FuncObj *f = (FuncObj *)self;
    return str_printf("<function %s at %p>", str_cstr(f->qualname), (void *)f);
}

static Obj *function_get_name(Obj *self) { return ((FuncObj *)self)->name; }
static void function_set_name(Obj *self, Obj *v) { ((FuncObj *)self)->name = v; }
static Obj *function_get_qualname(Obj *self) { return ((FuncObj *)self)->qualname; }
static void function_set_qualname(Obj *self, Obj *v) { ((FuncObj *)self)->qualname = v; }
static Obj *function_get_doc(Obj *self) { Obj *d = ((FuncObj *)self)->doc; return d ? d : None; }
static void function_set_doc(Obj *self, Obj *v) { ((FuncObj *)self)->doc = v; }

static Obj *function_get_defaults(Obj *self)
{
    Obj *d = ((FuncObj *)self)->defaults;
    return d ? d : None;
}

static Obj *function_get_module(Obj *self)
{
    Obj *m = dict_get_cstr(((FuncObj *)self)->globals, "__name__");
    return m ? m : None;
}

static Obj *function_get_code(Obj *self) { return (Obj *)((FuncObj *)self)->code; }

static const GetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__doc__", function_get_doc, function_set_doc},
    {"__defaults__", function_get_defaults, NULL},
    {"__module__", function_get_module, NULL},
    {"__code__", function_get_code, NULL},
    {NULL, NULL, NULL},
};

Type type_function = {
    .base = {&type_type},
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .dictoffset = offsetof(FuncObj, dict),
    .repr = function_repr,
    .hash = identity_hash,
    .call = function_call,
    .descr_get = function_get,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .getsets = function_getsets,
};

/* ---- bound methods ----------------------------------------------------------------------- */

Obj *method_new(Obj *func, Obj *self)
{
    MethodObj *m = gc_alloc(sizeof *m);
    m->base.type = &type_method;
    m->func = func;
    m->self = self;
    return (Obj *)m;
}

static Obj *method_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    MethodObj *m = (MethodObj *)self;
    return func_call_with_self(m->func, m->self, args, nargs, kwnames);
}

static Obj *method_repr(Obj *self)
{
    MethodObj *m = (MethodObj *)self;
    Obj *name = obj_lookup_attr(m->func, str_intern_cstr("__qualname__"));
    return str_printf("<bound method %s of %s>", name ? str_cstr(obj_str(name)) : "?", str_cstr(obj_repr(m->self)));
}

static Obj *method_compare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &type_method)
        return NotImplemented;
    MethodObj *x = (MethodObj *)a, *y = (MethodObj *)b;
    bool eq = x->func == y->func && x->self == y->self;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Obj *self)
{
    MethodObj *m = (MethodObj *)self;
    return (int64_t)(((uintptr_t)m->func >> 4) ^ ((uintptr_t)m->self >> 4));
}

static Obj *method_getattr(Obj *self, Obj *name)
{
    MethodObj *m = (MethodObj *)self;
    const char *n = str_cstr(name);
    if (strcmp(n, "__self__") == 0)
        return m->self;
    if (strcmp(n, "__func__") == 0)
        return m->func;
    return obj_lookup_attr(m->func, name);
}

Type type_method = {
    .base = {&type_type},
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .repr = method_repr,
    .hash = method_hash,
    .compare = method_compare,
    .call = method_call,
    .getattr = method_getattr,
};

/* ---- staticmethod, classmethod, property ------------------------------------------------- */

static Obj *wrapper_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(type->name, kwnames);
    args_count(type->name, nargs, 1, 1);
    WrapperObj *w = gc_alloc(type->basicsize);
    w->base.type = type;
    w->func = args[0];
    return (Obj *)w;
}

static Obj *staticmethod_get(Obj *d, Obj *obj, Type *owner)
{
    (void)obj, (void)owner;
    return ((WrapperObj *)d)->func;
}

static Obj *staticmethod_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return obj_call(((WrapperObj *)self)->func, args, nargs, kwnames);
}

static Obj *classmethod_get(Obj *d, Obj *obj, Type *owner)
{
    return method_new(((WrapperObj *)d)->func, owner ? (Obj *)owner : (Obj *)TYPE(obj));
}

static Obj *wrapper_get_func(Obj *self) { return ((WrapperObj *)self)->func; }

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

Type type_staticmethod = {
    .base = {&type_type},
    .name = "staticmethod",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(WrapperObj),
    .new = wrapper_new,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .getsets = wrapper_getsets,
};

Type type_classmethod = {
    .base = {&type_type},
    .name = "classmethod",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(WrapperObj),
    .new = wrapper_new,
    .descr_get = classmethod_get,
    .getsets = wrapper_getsets,
};

static Obj *property_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Obj *a[4];
    args_parse("property", args, nargs, kwnames, names, 0, a);
    PropertyObj *p = gc_alloc(type->basicsize);
    p->base.type = type;
    p->fget = a[0] && a[0] != None ? a[0] : NULL;
    p->fset = a[1] && a[1] != None ? a[1] : NULL;
    p->fdel = a[2] && a[2] != None ? a[2] : NULL;
    p->doc = a[3] ? a[3] : NULL;
    return (Obj *)p;
}

static const char *property_name(PropertyObj *p)
{
    Obj *f = p->fget ? p->fget : p->fset;
    Obj *n = f ? obj_lookup_attr(f, str_intern_cstr("__name__")) : NULL;
    return n && str_check(n) ? str_cstr(n) : "?";
}

static Obj *property_get(Obj *d, Obj *obj, Type *owner)
{
    (void)owner;
    PropertyObj *p = (PropertyObj *)d;
    if (!obj)
        return d;
    if (!p->fget)
        exc_raisef(&type_AttributeError, "property '%s' of '%s' object has no getter", property_name(p),
                   obj_type_name(obj));
    return obj_call1(p->fget, obj);
}

static void property_set(Obj *d, Obj *obj, Obj *value)
{
    PropertyObj *p = (PropertyObj *)d;
    Obj *f = value ? p->fset : p->fdel;
    if (!f)
        exc_raisef(&type_AttributeError, "property '%s' of '%s' object has no %s", property_name(p),
                   obj_type_name(obj), value ? "setter" : "deleter");
    if (value)
        obj_call2(f, obj, value);
    else
        obj_call1(f, obj);
}

static Obj *property_copy(Obj *self, int which, Obj *f)
{
    PropertyObj *p = gc_alloc(sizeof *p);
    *p = *(PropertyObj *)self;
    if (which == 0)
        p->fget = f;
    else if (which == 1)
        p->fset = f;
    else
        p->fdel = f;
    return (Obj *)p;
}

static Obj *property_getter(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_count("getter", nargs, 1, 1);
    args_no_kw("getter", kwnames);
    return property_copy(self, 0, args[0]);
}

static Obj *property_setter(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_count("setter", nargs, 1, 1);
    args_no_kw("setter", kwnames);
    return property_copy(self, 1, args[0]);
}

static Obj *property_deleter(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_count("deleter", nargs, 1, 1);
    args_no_kw("deleter", kwnames);
    return property_copy(self, 2, args[0]);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {NULL, NULL, 0},
};

static Obj *property_get_fget(Obj *self) { Obj *f = ((PropertyObj *)self)->fget; return f ? f : None; }

static const GetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {NULL, NULL, NULL},
};

Type type_property = {
    .base = {&type_type},
    .name = "property",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(PropertyObj),
    .new = property_new,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- cells ---------------------------------------------------------------------------------- */

Obj *cell_new(Obj *value)
{
    CellObj *c = gc_alloc(sizeof *c);
    c->base.type = &type_cell;
    c->value = value;
    return (Obj *)c;
}

Type type_cell = {
    .base = {&type_type},
    .name = "cell",
    .basicsize = sizeof(CellObj),
};

void func_init(Obj *builtins_dict)
{
    Type *types[] = {&type_builtin_function, &type_method_descriptor, &type_getset_descriptor, &type_function,
                     &type_method, &type_staticmethod, &type_classmethod, &type_property, &type_cell};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        type_ready(types[i]);
    dict_set_cstr(builtins_dict, "staticmethod", (Obj *)&type_staticmethod);
    dict_set_cstr(builtins_dict, "classmethod", (Obj *)&type_classmethod);
    dict_set_cstr(builtins_dict, "property", (Obj *)&type_property);
}

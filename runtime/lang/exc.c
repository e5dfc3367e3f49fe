/* runtime/lang/exc.c — exceptions: the built-in classes, raising and catching. */
#include "runtime/lang/exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TIRBOX_ASAN
#define TIRBOX_ASAN 0
#endif
#if TIRBOX_ASAN
#include <sanitizer/asan_interface.h>
#endif

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"

ExcJump *exc_handler;

void exc_push(ExcJump *j)
{
    j->prev = exc_handler;
    j->exc = NULL;
    j->frame = vm.frame;
    j->depth = vm.depth;
    j->handled = vm.handled;
    exc_handler = j;
}

void exc_pop(ExcJump *j) { exc_handler = j->prev; }

/* The line of the innermost frame running the request's own code. */
static int current_line(void)
{
    for (Frame *f = vm.frame; f; f = f->back)
        if (!frame_is_prelude(f))
            return frame_line(f);
    return 0;
}

_Noreturn void exc_raise(Obj *e)
{
    if (!is_small(e) && (e->type->flags & TF_TYPE) && (((Type *)e)->flags & TF_EXC))
        e = obj_call0(e);
    if (!obj_is(e, &type_BaseException))
        exc_raisef(&type_TypeError, "exceptions must derive from BaseException");
    ExcObj *x = (ExcObj *)e;
    if (!x->line) {
        x->line = current_line();
        x->frame = vm.frame;
    }
    if (!x->context && vm.handled && vm.handled != e)
        x->context = vm.handled;
    exc_throw(e);
}

_Noreturn void exc_throw(Obj *e)
{
    ExcJump *j = exc_handler;
    if (!j) {
        fprintf(stderr, "tirbox: uncaught %s outside any handler\n", TYPE(e)->name);
        abort();
    }
    exc_handler = j->prev;
#if TIRBOX_ASAN
    /* The sanitizer leaves the stack below a handler poisoned when a jump skips more than 64 MiB
     * of it (out of a deep recursion); clear it here so that later frames start clean. */
    char *here = __builtin_frame_address(0);
    if ((char *)j > here)
        ASAN_UNPOISON_MEMORY_REGION(here, (size_t)((char *)j - here));
#endif
    j->exc = e;
    vm.frame = j->frame;
    vm.depth = j->depth;
    vm.handled = j->handled;
    siglongjmp(j->jb, 1);
}

_Noreturn void exc_raisef(Type *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_vprintf(fmt, ap);
    va_end(ap);
    exc_raise(exc_new(t, tuple_pack(1, msg)));
}

_Noreturn void exc_raise_arg(Type *t, Obj *arg) { exc_raise(exc_new(t, tuple_pack(1, arg))); }

_Noreturn void exc_type_error_arg_count(const char *fname, int want_min, int want_max, int got)
{
    if (want_min == want_max)
        exc_raisef(&type_TypeError, "%s() takes exactly %s (%d given)", fname,
                   want_min == 1 ? "one argument" : want_min == 0 ? "no arguments" : "", got);
    if (got < want_min)
        exc_raisef(&type_TypeError, "%s expected at least %d argument%s, got %d", fname, want_min,
                   want_min == 1 ? "" : "s", got);
    exc_raisef(&type_TypeError, "%s expected at most %d argument%s, got %d", fname, want_max,
               want_max == 1 ? "" : "s", got);
}

Obj *exc_new(Type *t, Obj *args)
{
    ExcObj *x = gc_alloc(t->basicsize);
    x->base.type = t;
    x->args = args ? args : tuple_empty();
    return (Obj *)x;
}

bool exc_matches(Obj *e, Obj *spec)
{
    if (tuple_check(spec)) {
        for (size_t i = 0; i < tuple_len(spec); i++)
            if (exc_matches(e, tuple_get(spec, i)))
                return true;
        return false;
    }
    if (is_small(spec) || !(spec->type->flags & TF_TYPE) || !(((Type *)spec)->flags & TF_EXC))
        exc_raisef(&type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return obj_is(e, (Type *)spec);
}

const char *exc_message(Obj *e) { return str_cstr(obj_str(e)); }

const char *exc_qualname(Obj *e)
{
    Type *t = TYPE(e);
    const char *name = t->flags & TF_HEAP ? str_cstr(((HeapTypeObj *)t)->qualname) : t->name;
    if (!t->module || strcmp(t->module, "builtins") == 0 || strcmp(t->module, "__main__") == 0)
        return name;
    return str_cstr(str_printf("%s.%s", t->module, name));
}

/* ---- the BaseException methods ---------------------------------------------------------- */

static Obj *exc_type_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    if (kwnames && tuple_len(kwnames) && !(type->flags & TF_HEAP))
        exc_raisef(&type_TypeError, "%s() takes no keyword arguments", type->name);
    return exc_new(type, tuple_from_array(args, (size_t)nargs));
}

static Obj *exc_init_method(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    ((ExcObj *)self)->args = tuple_from_array(args, (size_t)nargs);
    return None;
}

static Obj *exc_str(Obj *self)
{
    Obj *args = ((ExcObj *)self)->args;
    size_t n = tuple_len(args);
    if (n == 0)
        return str_empty();
    if (n == 1) {
        if (obj_is(self, &type_KeyError))
            return obj_repr(tuple_get(args, 0));
        return obj_str(tuple_get(args, 0));
    }
    return obj_str(args);
}

static Obj *exc_repr(Obj *self)
{
    Obj *args = ((ExcObj *)self)->args;
    Obj *inner = tuple_len(args) == 1 ? obj_repr(tuple_get(args, 0)) : obj_repr(args);
    if (tuple_len(args) == 1)
        return str_printf("%s(%s)", obj_type_name(self), str_cstr(inner));
    return str_printf("%s%s", obj_type_name(self), str_cstr(inner));
}

static Obj *exc_get_args(Obj *self) { return ((ExcObj *)self)->args; }
static void exc_set_args(Obj *self, Obj *v) { ((ExcObj *)self)->args = tuple_from_iterable(v); }
static Obj *exc_get_cause(Obj *self) { Obj *c = ((ExcObj *)self)->cause; return c ? c : None; }
static void exc_set_cause(Obj *self, Obj *v) { ((ExcObj *)self)->cause = v == None ? NULL : v; }
static Obj *exc_get_context(Obj *self) { Obj *c = ((ExcObj *)self)->context; return c ? c : None; }
static Obj *exc_get_traceback(Obj *self) { (void)self; return None; }

/* The one-argument attribute that some classes expose: StopIteration.value, SystemExit.code. */
static Obj *exc_first_arg(Obj *self)
{
    Obj *args = ((ExcObj *)self)->args;
    if (tuple_len(args) == 0)
        return None;
    return tuple_len(args) == 1 ? tuple_get(args, 0) : args;
}

static Obj *exc_with_traceback(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return self;
}

static const MethodDef exc_methods[] = {
    {"__init__", exc_init_method, 0},
    {"with_traceback", exc_with_traceback, 0},
    {NULL, NULL, 0},
};

static const GetSetDef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, NULL},
    {"__traceback__", exc_get_traceback, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef value_getsets[] = {
    {"value", exc_first_arg, NULL},
    {"code", exc_first_arg, NULL},
    {NULL, NULL, NULL},
};

/* SyntaxError keeps msg and lineno as attributes (set by whoever raises it). */
static Obj *syntax_msg(Obj *self)
{
    Obj *args = ((ExcObj *)self)->args;
    return tuple_len(args) ? tuple_get(args, 0) : None;
}

static Obj *syntax_lineno(Obj *self) { return small_new(((ExcObj *)self)->line); }

static const GetSetDef syntax_getsets[] = {
    {"msg", syntax_msg, NULL},
    {"lineno", syntax_lineno, NULL},
    {NULL, NULL, NULL},
};

static Obj *syntax_str(Obj *self)
{
    Obj *msg = syntax_msg(self);
    return msg == None ? str_empty() : obj_str(msg);
}

#define EXC_DEFINE(nm, parent)                                                   \
    Type type_##nm = {                                                           \
        .base = {&type_type},                                                    \
        .name = #nm,                                                             \
        .base_type = &type_##parent,                                             \
        .flags = TF_BASETYPE | TF_EXC,                                           \
        .basicsize = sizeof(ExcObj),                                             \
        .dictoffset = offsetof(ExcObj, dict),                                    \
        .new = exc_type_new,                                                     \
        .repr = exc_repr,                                                        \
        .str = exc_str,                                                          \
        .hash = NULL,                                                            \
        .getattr = obj_generic_getattr,                                          \
        .setattr = obj_generic_setattr,                                          \
    };
EXC_TYPES(EXC_DEFINE)
#undef EXC_DEFINE

void exc_init(Obj *builtins_dict)
{
    type_BaseException.methods = exc_methods;
    type_BaseException.getsets = exc_getsets;
    type_StopIteration.getsets = value_getsets;
    type_SystemExit.getsets = value_getsets;
    type_SyntaxError.getsets = syntax_getsets;
    type_SyntaxError.str = syntax_str;
    Type *all[] = {
#define EXC_ADDR(nm, parent) &type_##nm,
        EXC_TYPES(EXC_ADDR)
#undef EXC_ADDR
    };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        all[i]->hash = type_object.hash;
        type_ready(all[i]);
        dict_set_cstr(builtins_dict, all[i]->name, (Obj *)all[i]);
    }
    dict_set_cstr(builtins_dict, "IOError", (Obj *)&type_OSError);
    dict_set_cstr(builtins_dict, "EnvironmentError", (Obj *)&type_OSError);
}

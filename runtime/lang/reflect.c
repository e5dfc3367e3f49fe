/* runtime/lang/reflect.c — globals, locals, vars, dir, eval, exec, __import__, exit, quit. */
#include "runtime/lang/reflect.h"

#include <string.h>

#include "runtime/lang/code.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"

static Obj *current_globals(void)
{
    if (!vm.frame)
        exc_raisef(&type_SystemError, "no current frame");
    return vm.frame->globals;
}

/* The local namespace of the current frame: its dict, or a snapshot of its slots. */
static Obj *current_locals(void)
{
    Frame *f = vm.frame;
    if (!f)
        exc_raisef(&type_SystemError, "no current frame");
    if (f->locals)
        return f->locals;
    if (!f->func)
        return f->globals;
    CodeObj *co = f->code;
    Obj *d = dict_new();
    for (int i = 0; i < co->nlocals; i++)
        if (f->fast[i])
            dict_set(d, tuple_get(co->varnames, (size_t)i), f->fast[i]);
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        Obj *v = ((CellObj *)f->fast[co->nlocals + i])->value;
        Obj *name = i < co->ncells ? tuple_get(co->cellvars, (size_t)i)
                                   : tuple_get(co->freevars, (size_t)(i - co->ncells));
        if (v)
            dict_set(d, name, v);
    }
    return d;
}

static Obj *builtin_globals(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("globals", kwnames);
    args_count("globals", nargs, 0, 0);
    return current_globals();
}

static Obj *builtin_locals(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("locals", kwnames);
    args_count("locals", nargs, 0, 0);
    return current_locals();
}

static Obj *builtin_vars(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("vars", kwnames);
    args_count("vars", nargs, 0, 1);
    if (!nargs)
        return current_locals();
    Obj *d = obj_lookup_attr(args[0], str_intern_cstr("__dict__"));
    if (!d)
        exc_raisef(&type_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static void add_keys(Obj *names, Obj *dict)
{
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(dict, &pos, &k, &v))
        if (str_check(k))
            dict_set(names, k, True);
}

static Obj *builtin_dir(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("dir", kwnames);
    args_count("dir", nargs, 0, 1);
    Obj *names = dict_new();
    if (!nargs) {
        add_keys(names, current_locals());
    } else {
        Obj *o = args[0];
        Obj *custom = type_lookup(TYPE(o), str_intern_cstr("__dir__"));
        if (custom && TYPE(custom) == &type_function) {
            Obj *l = list_from_iterable(func_call_with_self(custom, o, NULL, 0, NULL));
            list_sort(l, NULL, false);
            return l;
        }
        if (TYPE(o) == &type_module) {
            add_keys(names, module_dict(o));
        } else {
            Type *t = TYPE(o)->flags & TF_TYPE ? (Type *)o : TYPE(o);
            Obj **slot = obj_dict_slot(o);
            if (slot && *slot)
                add_keys(names, *slot);
            for (size_t i = 0; i < tuple_len(t->mro); i++)
                add_keys(names, ((Type *)tuple_get(t->mro, i))->dict);
        }
    }
    Obj *l = list_new(dict_len(names));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(names, &pos, &k, &v))
        list_append(l, k);
    list_sort(l, NULL, false);
    return l;
}

/* eval and exec: the source (a str or a code object), then the namespaces. */
static Obj *run_source(const char *fname, int mode, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"$source", "globals", "locals", NULL};
    Obj *a[3];
    args_parse(fname, args, nargs, kwnames, names, 1, a);
    Obj *globals = a[1] && a[1] != None ? a[1] : NULL;
    Obj *locals = a[2] && a[2] != None ? a[2] : NULL;
    if (globals && !dict_check(globals))
        exc_raisef(&type_TypeError, "%s() globals must be a dict, not %s", fname, obj_type_name(globals));
    if (!globals) {
        globals = current_globals();
        if (!locals)
            locals = current_locals();
    }
    if (!locals)
        locals = globals;
    if (!dict_get_cstr(globals, "__builtins__"))
        dict_set_cstr(globals, "__builtins__", module_import(str_intern_cstr("builtins")));
    Obj *src = a[0];
    CodeObj *code;
    if (TYPE(src) == &type_code) {
        code = (CodeObj *)src;
    } else {
        if (!str_check(src))
            exc_raisef(&type_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        code = compile_module(str_cstr(src), str_bytes(src), false, mode, NULL);
    }
    Obj *r = vm_run_namespace(code, globals, locals, NULL);
    return mode == COMPILE_EVAL ? r : None;
}

static Obj *builtin_eval(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return run_source("eval", COMPILE_EVAL, args, nargs, kwnames);
}

static Obj *builtin_exec(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return run_source("exec", COMPILE_EXEC, args, nargs, kwnames);
}

static Obj *builtin_import(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Obj *a[5];
    args_parse("__import__", args, nargs, kwnames, names, 1, a);
    if (!str_check(a[0]))
        exc_raisef(&type_TypeError, "__import__() argument 1 must be str, not %s", obj_type_name(a[0]));
    Obj *leaf = module_import(a[0]);
    const char *full = str_cstr(a[0]);
    const char *dot = strchr(full, '.');
    if (dot && (!a[3] || !obj_truth(a[3])))
        return module_import(str_new(full, (size_t)(dot - full)));
    return leaf;
}

static Obj *builtin_exit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("exit", kwnames);
    args_count("exit", nargs, 0, 1);
    exc_raise(exc_new(&type_SystemExit, tuple_from_array(args, (size_t)nargs)));
}

void reflect_init(Obj *builtins_dict)
{
    dict_set_cstr(builtins_dict, "globals", native_new("globals", builtin_globals, NULL));
    dict_set_cstr(builtins_dict, "locals", native_new("locals", builtin_locals, NULL));
    dict_set_cstr(builtins_dict, "vars", native_new("vars", builtin_vars, NULL));
    dict_set_cstr(builtins_dict, "dir", native_new("dir", builtin_dir, NULL));
    dict_set_cstr(builtins_dict, "eval", native_new("eval", builtin_eval, NULL));
    dict_set_cstr(builtins_dict, "exec", native_new("exec", builtin_exec, NULL));
    dict_set_cstr(builtins_dict, "__import__", native_new("__import__", builtin_import, NULL));
    dict_set_cstr(builtins_dict, "exit", native_new("exit", builtin_exit, NULL));
    dict_set_cstr(builtins_dict, "quit", native_new("quit", builtin_exit, NULL));
}

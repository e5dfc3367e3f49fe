/* runtime/lang/module.c — module objects and import. */
#include "runtime/lang/module.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"
#include "runtime/modules/registry.h"

static Obj *templates;       /* permanent: name -> module built at start-up */
static Obj *cache;           /* this request's sys.modules */
static Obj *s_name;

Obj *module_new(const char *name)
{
    ModuleObj *m = gc_alloc(sizeof *m);
    m->base.type = &type_module;
    m->dict = dict_new();
    m->name = str_intern_cstr(name);
    dict_set(m->dict, s_name ? s_name : str_intern_cstr("__name__"), m->name);
    dict_set_cstr(m->dict, "__doc__", None);
    return (Obj *)m;
}

const char *module_name(Obj *m) { return str_cstr(((ModuleObj *)m)->name); }
Obj *module_dict(Obj *m) { return ((ModuleObj *)m)->dict; }

void module_add(Obj *module, const char *name, Obj *value) { dict_set_cstr(module_dict(module), name, value); }

void module_add_function(Obj *module, const char *name, NativeFn fn)
{
    NativeFuncObj *f = (NativeFuncObj *)native_new(name, fn, NULL);
    module_add(module, name, (Obj *)f);
}

/* The reference interpreter's layout: modules compiled into it, extension modules, packages. */
#define PYLIB "/root/.pyenv/versions/3.11.7/lib/python3.11"
static const char *const compiled_in[] = {"builtins", "sys", "itertools", "time", "_io", "marshal", "gc",
                                          "errno", "posix", "_abc", "_operator", NULL};
static const char *const extensions[] = {"math", "cmath", "array", "_json", "_random", "_bisect", "_heapq",
                                         "_datetime", "_decimal", NULL};
static const char *const packages[] = {"collections", "re", "json", "concurrent", "email", "importlib", NULL};
/* sympy's subpackages (its other submodules are single files) */
static const char *const sympy_packages[] = {"sympy.core", "sympy.solvers", "sympy.simplify", "sympy.matrices",
                                             "sympy.ntheory", "sympy.functions", "sympy.polys", "sympy.parsing",
                                             "sympy.geometry", "sympy.sets", "sympy.concrete", "sympy.logic",
                                             "sympy.functions.combinatorial", "sympy.functions.elementary",
                                             "sympy.calculus", "sympy.integrals", "sympy.series",
                                             "sympy.solvers.diophantine", NULL};

static bool listed(const char *const *list, const char *name)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(list[i], name) == 0)
            return true;
    return false;
}

const char *module_file(const char *name)
{
    if (listed(compiled_in, name))
        return NULL;
    if (strcmp(name, "os.path") == 0)
        return PYLIB "/posixpath.py";
    Buf b;
    buf_init(&b);
    if (strcmp(name, "sympy") == 0 || strncmp(name, "sympy.", 6) == 0) {
        buf_puts(&b, PYLIB "/site-packages/");
        for (const char *p = name; *p; p++)
            buf_putc(&b, *p == '.' ? '/' : *p);
        buf_puts(&b, strchr(name, '.') && !listed(sympy_packages, name) ? ".py" : "/__init__.py");
    } else if (listed(extensions, name)) {
        buf_printf(&b, PYLIB "/lib-dynload/%s.cpython-311-x86_64-linux-gnu.so", name);
    } else if (listed(packages, name)) {
        buf_printf(&b, PYLIB "/%s/__init__.py", name);
    } else {
        buf_printf(&b, PYLIB "/%s.py", name);
    }
    return buf_cstr(&b);
}

static const ModuleDef *find_def(const char *name)
{
    for (size_t i = 0; i < registry_count(); i++)
        if (strcmp(registry_get(i)->name, name) == 0)
            return registry_get(i);
    return NULL;
}

void module_init_all(void)
{
    s_name = str_intern_cstr("__name__");
    templates = dict_new();
    for (size_t i = 0; i < registry_count(); i++) {
        const ModuleDef *def = registry_get(i);
        Obj *m = module_new(def->name);
        const char *file = module_file(def->name);
        if (file)
            module_add(m, "__file__", str_from_cstr(file));
        def->init(m);
        dict_set(templates, ((ModuleObj *)m)->name, m);
    }
}

void module_begin_request(void) { cache = dict_new(); }

Obj *module_cache(void)
{
    if (!cache)
        cache = dict_new();
    return cache;
}

Obj *module_import(Obj *name)
{
    Obj *c = module_cache();
    Obj *m = dict_get(c, name);
    if (m)
        return m;
    const char *full = str_cstr(name);
    const char *dot = strrchr(full, '.');
    Obj *parent = NULL;
    if (dot)
        parent = module_import(str_new(full, (size_t)(dot - full)));
    Obj *tmpl = dict_get(templates, name);
    if (!tmpl)
        exc_raise(exc_new(&type_ModuleNotFoundError, tuple_pack(1, str_printf("No module named '%s'", full))));
    ModuleObj *fresh = gc_alloc(sizeof *fresh);
    fresh->base.type = &type_module;
    fresh->name = ((ModuleObj *)tmpl)->name;
    fresh->dict = dict_copy(((ModuleObj *)tmpl)->dict);
    const ModuleDef *def = find_def(full);
    if (def && def->fresh)
        def->fresh((Obj *)fresh);
    dict_set(c, name, (Obj *)fresh);
    if (parent)
        dict_set(module_dict(parent), str_intern_cstr(dot + 1), (Obj *)fresh);
    return (Obj *)fresh;
}

/* ---- the module type ------------------------------------------------------------------------ */

static Obj *module_getattr(Obj *self, Obj *name)
{
    Obj *v = dict_get(module_dict(self), name);
    if (v)
        return v;
    if (strcmp(str_cstr(name), "__dict__") == 0)
        return module_dict(self);
    return obj_generic_getattr(self, name);
}

static void module_setattr(Obj *self, Obj *name, Obj *value)
{
    if (value) {
        dict_set(module_dict(self), name, value);
    } else if (!dict_del(module_dict(self), name)) {
        exc_raisef(&type_AttributeError, "module '%s' has no attribute '%s'", module_name(self), str_cstr(name));
    }
}

static Obj *module_repr(Obj *self) { return str_printf("<module '%s' (built-in)>", module_name(self)); }

static int64_t module_hash(Obj *o) { return (int64_t)((uintptr_t)o >> 4); }

Type type_module = {
    .base = {&type_type},
    .name = "module",
    .basicsize = sizeof(ModuleObj),
    .repr = module_repr,
    .hash = module_hash,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

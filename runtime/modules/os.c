/* runtime/modules/os.c — the `os` and `os.path` modules (see os.h). */
#include "runtime/modules/os.h"

#include <string.h>

#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Obj *path_arg(Obj *o)
{
    if (!str_check(o))
        exc_raisef(&type_TypeError, "expected str, bytes or os.PathLike object, not %s", obj_type_name(o));
    return o;
}

static Obj *p_join(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("join", kwnames);
    if (nargs < 1)
        exc_raisef(&type_TypeError, "join() missing 1 required positional argument: 'a'");
    Buf b;
    buf_init(&b);
    for (int i = 0; i < nargs; i++) {
        const char *s = str_cstr(path_arg(args[i]));
        if (s[0] == '/')
            buf_init(&b);
        else if (i > 0 && buf_cstr(&b)[0] && buf_cstr(&b)[strlen(buf_cstr(&b)) - 1] != '/')
            buf_putc(&b, '/');
        buf_puts(&b, s);
    }
    return str_from_cstr(buf_cstr(&b));
}

/* (head, tail) around the last '/', head without trailing slashes unless it is all slashes. */
static Obj *split_path(Obj *p)
{
    const char *s = str_cstr(path_arg(p));
    const char *slash = strrchr(s, '/');
    size_t cut = slash ? (size_t)(slash - s) + 1 : 0;
    size_t head = cut;
    while (head > 0 && s[head - 1] == '/')
        head--;
    if (head == 0)
        head = cut;
    return tuple_pack(2, str_new(s, head), str_from_cstr(s + cut));
}

static Obj *one_path(const char *name, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return path_arg(args[0]);
}

static Obj *p_split(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return split_path(one_path("split", args, nargs, kwnames));
}

static Obj *p_basename(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return tuple_get(split_path(one_path("basename", args, nargs, kwnames)), 1);
}

static Obj *p_dirname(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return tuple_get(split_path(one_path("dirname", args, nargs, kwnames)), 0);
}

static Obj *p_splitext(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    const char *s = str_cstr(one_path("splitext", args, nargs, kwnames));
    const char *slash = strrchr(s, '/'), *base = slash ? slash + 1 : s, *dot = strrchr(base, '.');
    const char *lead = base;
    while (*lead == '.')
        lead++;
    if (!dot || dot < lead)
        return tuple_pack(2, str_from_cstr(s), str_empty());
    return tuple_pack(2, str_new(s, (size_t)(dot - s)), str_from_cstr(dot));
}

static Obj *p_isabs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return bool_from(str_cstr(one_path("isabs", args, nargs, kwnames))[0] == '/');
}

static Obj *p_abspath(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *p = one_path("abspath", args, nargs, kwnames);
    return str_cstr(p)[0] == '/' ? p : str_printf("/%s", str_cstr(p));
}

static Obj *p_expanduser(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return one_path("expanduser", args, nargs, kwnames);
}

/* The sandbox's file system is empty: nothing exists. */
static Obj *p_nothing(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    one_path("exists", args, nargs, kwnames);
    return False;
}

static void fill_path(Obj *m)
{
    module_add_function(m, "join", p_join);
    module_add_function(m, "split", p_split);
    module_add_function(m, "basename", p_basename);
    module_add_function(m, "dirname", p_dirname);
    module_add_function(m, "splitext", p_splitext);
    module_add_function(m, "isabs", p_isabs);
    module_add_function(m, "abspath", p_abspath);
    module_add_function(m, "expanduser", p_expanduser);
    module_add_function(m, "exists", p_nothing);
    module_add_function(m, "isfile", p_nothing);
    module_add_function(m, "isdir", p_nothing);
    module_add(m, "sep", str_intern_cstr("/"));
}

static Obj *o_getenv(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"key", "default", NULL};
    Obj *a[2];
    args_parse("getenv", args, nargs, kwnames, names, 1, a);
    return a[1] ? a[1] : None;
}

static Obj *o_getcwd(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("getcwd", kwnames);
    args_count("getcwd", nargs, 0, 0);
    return str_intern_cstr("/");
}

static Obj *o_cpu_count(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("cpu_count", kwnames);
    args_count("cpu_count", nargs, 0, 0);
    return small_new(1);
}

static void os_init(Obj *m)
{
    module_add(m, "name", str_intern_cstr("posix"));
    module_add(m, "sep", str_intern_cstr("/"));
    module_add(m, "altsep", None);
    module_add(m, "extsep", str_intern_cstr("."));
    module_add(m, "pathsep", str_intern_cstr(":"));
    module_add(m, "linesep", str_intern_cstr("\n"));
    module_add(m, "curdir", str_intern_cstr("."));
    module_add(m, "pardir", str_intern_cstr(".."));
    module_add(m, "devnull", str_intern_cstr("/dev/null"));
    module_add_function(m, "getenv", o_getenv);
    module_add_function(m, "getcwd", o_getcwd);
    module_add_function(m, "cpu_count", o_cpu_count);
}

/* os.environ is a mutable dict and os.path a module: both are made per request. */
static void os_fresh(Obj *m)
{
    module_add(m, "environ", dict_new());
    Obj *path = module_new("posixpath");
    fill_path(path);
    module_add(m, "path", path);
}

const ModuleDef os_module = {"os", os_init, os_fresh};
const ModuleDef os_path_module = {"os.path", fill_path, NULL};

/* runtime/modules/sys.c — the `sys` module (see sys.h). */
#include "runtime/modules/sys.h"

#include <float.h>
#include <stdint.h>

#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/out.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"
#include "runtime/modules/collections.h"

/* The reference server runs programs 9 frames below its own top, with the limit raised by as
 * much, so that programs recurse exactly as deep as under `python file.py` while reading 1009;
 * the limit here counts the program's frames only, so the two differ by that constant. */
enum { REFERENCE_FRAMES = 9 };

static Obj *s_getrecursionlimit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("getrecursionlimit", kwnames);
    args_count("getrecursionlimit", nargs, 0, 0);
    return small_new(vm.limit + REFERENCE_FRAMES);
}

static Obj *s_setrecursionlimit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("setrecursionlimit", kwnames);
    args_count("setrecursionlimit", nargs, 1, 1);
    if (!int_check(args[0]))
        exc_raisef(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(args[0]));
    int64_t n;
    if (!int_get_i64(args[0], &n) || n > INT32_MAX)
        exc_raisef(&type_OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        exc_raisef(&type_ValueError, "recursion limit must be greater or equal than 1");
    int64_t mine = n - REFERENCE_FRAMES;
    if (mine <= vm.depth)
        exc_raisef(&type_RecursionError,
                   "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                   (long long)n, vm.depth + REFERENCE_FRAMES);
    vm.limit = (int)mine;
    return None;
}

static Obj *s_get_int_max_str_digits(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("get_int_max_str_digits", kwnames);
    args_count("get_int_max_str_digits", nargs, 0, 0);
    return int_from_i64(int_max_str_digits());
}

static Obj *s_set_int_max_str_digits(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"maxdigits", NULL};
    Obj *a[1];
    args_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, a);
    int64_t n = obj_index_i64(a[0]);
    if (n != 0 && n < 640)
        exc_raisef(&type_ValueError, "maxdigits must be 0 or larger than 640");
    int_set_max_str_digits(n);
    return None;
}

static Obj *s_exit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("exit", kwnames);
    args_count("exit", nargs, 0, 1);
    exc_raise(exc_new(&type_SystemExit, tuple_from_array(args, (size_t)nargs)));
}

static Obj *s_intern(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("intern", kwnames);
    args_count("intern", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "intern() argument must be str, not %s", obj_type_name(args[0]));
    return str_intern(args[0]);
}

static Obj *s_getdefaultencoding(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("getdefaultencoding", kwnames);
    args_count("getdefaultencoding", nargs, 0, 0);
    return str_intern_cstr("utf-8");
}

/* A structseq like sys.version_info: a namedtuple class shown as "sys.<name>". */
static Obj *structseq(const char *name, const char *fields, Obj **values, int n)
{
    Obj *cls = collections_namedtuple(name, fields, str_cstr(str_printf("sys.%s", name)));
    return obj_call(cls, values, n, NULL);
}

static void sys_init(Obj *m)
{
    module_add_function(m, "getrecursionlimit", s_getrecursionlimit);
    module_add_function(m, "setrecursionlimit", s_setrecursionlimit);
    module_add_function(m, "get_int_max_str_digits", s_get_int_max_str_digits);
    module_add_function(m, "set_int_max_str_digits", s_set_int_max_str_digits);
    module_add_function(m, "exit", s_exit);
    module_add_function(m, "intern", s_intern);
    module_add_function(m, "getdefaultencoding", s_getdefaultencoding);
    module_add(m, "maxunicode", small_new(0x10ffff));
    module_add(m, "version", str_from_cstr("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"));
    module_add(m, "hexversion", small_new(0x030b07f0));
    module_add(m, "api_version", small_new(1013));
    module_add(m, "byteorder", str_intern_cstr("little"));
    module_add(m, "platform", str_intern_cstr("linux"));
    module_add(m, "executable", str_from_cstr("/usr/bin/python3"));
    module_add(m, "float_repr_style", str_intern_cstr("short"));
    module_add(m, "stdout", out_stdout());
    module_add(m, "stderr", out_stderr());
    module_add(m, "__stdout__", out_stdout());
    module_add(m, "__stderr__", out_stderr());
}

/* The mutable parts, new for each request: argv, path, modules, the structseqs (classes a
 * program could change), and the int limit back at its default. */
static void sys_fresh(Obj *m)
{
    Obj *argv = list_new(1);
    list_append(argv, str_empty());
    module_add(m, "argv", argv);
    Obj *path = list_new(1);
    list_append(path, str_empty());
    module_add(m, "path", path);
    module_add(m, "modules", module_cache());
    module_add(m, "maxsize", int_from_i64(INT64_MAX));    /* a GMP int: young, so its memory is freed */
    Obj *vi[] = {small_new(3), small_new(11), small_new(7), str_intern_cstr("final"), small_new(0)};
    module_add(m, "version_info", structseq("version_info", "major minor micro releaselevel serial", vi, 5));
    Obj *fi[] = {float_new(DBL_MAX), small_new(DBL_MAX_EXP), small_new(DBL_MAX_10_EXP), float_new(DBL_MIN),
                 small_new(DBL_MIN_EXP), small_new(DBL_MIN_10_EXP), small_new(DBL_DIG), small_new(DBL_MANT_DIG),
                 float_new(DBL_EPSILON), small_new(FLT_RADIX), small_new(FLT_ROUNDS)};
    module_add(m, "float_info", structseq("float_info",
                                          "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds",
                                          fi, 11));
    Obj *ii[] = {small_new(30), small_new(4), small_new(4300), small_new(640)};
    module_add(m, "int_info", structseq("int_info",
                                        "bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold",
                                        ii, 4));
}

const ModuleDef sys_module = {"sys", sys_init, sys_fresh};

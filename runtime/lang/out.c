/* runtime/lang/out.c — stdout capture, stderr, stdin, print and input. */
#include "runtime/lang/out.h"

#include <string.h>

#include "base/buf.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Buf captured;
static size_t cap_bytes;
static bool truncated;

void out_begin(size_t cap)
{
    buf_init(&captured);
    cap_bytes = cap;
    truncated = false;
}

void out_write(const char *s, size_t n)
{
    if (truncated)
        return;
    if (captured.len + n <= cap_bytes) {
        buf_add(&captured, s, n);
        return;
    }
    size_t room = cap_bytes - captured.len;
    while (room > 0 && ((unsigned char)s[room] & 0xC0) == 0x80)
        room--;
    buf_add(&captured, s, room);
    truncated = true;
}

const char *out_text(size_t *len)
{
    *len = captured.len;
    return buf_cstr(&captured);
}

bool out_truncated(void) { return truncated; }

/* ---- the stream objects ----------------------------------------------------------------- */

typedef struct StreamObj {
    Obj base;
    bool discard;
    const char *name;
} StreamObj;

static Obj *stream_write(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("write", kwnames);
    args_count("write", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "write() argument must be str, not %s", obj_type_name(args[0]));
    if (!((StreamObj *)self)->discard)
        out_write(str_cstr(args[0]), str_bytes(args[0]));
    return small_new((intptr_t)str_nchars(args[0]));
}

static Obj *stream_flush(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return None;
}

static Obj *stream_repr(Obj *self)
{
    return str_printf("<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>", ((StreamObj *)self)->name);
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, 0},
    {"flush", stream_flush, 0},
    {NULL, NULL, 0},
};

static Type type_stream = {
    .base = {&type_type},
    .name = "TextIOWrapper",
    .module = "_io",
    .basicsize = sizeof(StreamObj),
    .repr = stream_repr,
    .methods = stream_methods,
};

static StreamObj stdout_obj = {{&type_stream}, false, "stdout"};
static StreamObj stderr_obj = {{&type_stream}, true, "stderr"};

Obj *out_stdout(void) { return (Obj *)&stdout_obj; }
Obj *out_stderr(void) { return (Obj *)&stderr_obj; }

/* ---- print and input ---------------------------------------------------------------------- */

static void write_to(Obj *file, Obj *s)
{
    if (file == (Obj *)&stdout_obj)
        out_write(str_cstr(s), str_bytes(s));
    else if (file != (Obj *)&stderr_obj)
        obj_call_method(file, "write", &s, 1);
}

static Obj *builtin_print(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *sep = NULL, *end = NULL, *file = NULL;
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    for (int k = 0; k < nkw; k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        Obj *v = args[nargs + k];
        if (strcmp(kw, "sep") == 0)
            sep = v;
        else if (strcmp(kw, "end") == 0)
            end = v;
        else if (strcmp(kw, "file") == 0)
            file = v;
        else if (strcmp(kw, "flush") != 0)
            exc_raisef(&type_TypeError, "'%s' is an invalid keyword argument for print()", kw);
    }
    if (sep && sep != None && !str_check(sep))
        exc_raisef(&type_TypeError, "sep must be None or a string, not %s", obj_type_name(sep));
    if (end && end != None && !str_check(end))
        exc_raisef(&type_TypeError, "end must be None or a string, not %s", obj_type_name(end));
    if (!file || file == None)
        file = (Obj *)&stdout_obj;
    for (int i = 0; i < nargs; i++) {
        if (i)
            write_to(file, sep && sep != None ? sep : str_intern_cstr(" "));
        write_to(file, obj_str(args[i]));
    }
    write_to(file, end && end != None ? end : str_intern_cstr("\n"));
    return None;
}

static Obj *builtin_input(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("input", kwnames);
    args_count("input", nargs, 0, 1);
    if (nargs)
        write_to((Obj *)&stdout_obj, obj_str(args[0]));
    exc_raisef(&type_EOFError, "EOF when reading a line");
}

void out_init(Obj *builtins_dict)
{
    type_ready(&type_stream);
    dict_set_cstr(builtins_dict, "print", native_new("print", builtin_print, NULL));
    dict_set_cstr(builtins_dict, "input", native_new("input", builtin_input, NULL));
}

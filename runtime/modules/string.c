/* runtime/modules/string.c — the `string` module (see string.h). */
#include "runtime/modules/string.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Obj *m_capwords(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"s", "sep", NULL};
    Obj *a[2];
    args_parse("capwords", args, nargs, kwnames, names, 1, a);
    Obj *sep = a[1] && a[1] != None ? a[1] : NULL;
    Obj *parts = obj_call_method(a[0], "split", &sep, sep ? 1 : 0);
    Obj *out = list_new(0), *it = obj_iter(parts), *w;
    while ((w = obj_next(it)))
        list_append(out, obj_call_method(w, "capitalize", (Obj *[1]){NULL}, 0));
    return str_join(sep && str_bytes(sep) ? sep : str_from_cstr(" "), out);
}

/* ---- Template ---------------------------------------------------------------------------------- */

typedef struct TemplateObj {
    Obj base;
    Obj *dict;
} TemplateObj;

static Obj *template_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"template", NULL};
    Obj *a[1];
    args_parse("Template", args, nargs, kwnames, names, 1, a);
    TemplateObj *t = gc_alloc(type->basicsize);
    t->base.type = type;
    t->dict = dict_new();
    dict_set_cstr(t->dict, "template", a[0]);
    return (Obj *)t;
}

static bool id_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool id_char(char c) { return id_start(c) || (c >= '0' && c <= '9'); }

/* mapping[key], or NULL when it raises KeyError. */
static Obj *lookup_or_null(Obj *mapping, Obj *key)
{
    Obj *volatile v = NULL;
    ExcJump j;
    EXC_TRY(j) {
        v = obj_getitem(mapping, key);
        exc_pop(&j);
    } else {
        if (!obj_is(j.exc, &type_KeyError))
            exc_raise(j.exc);
    }
    return v;
}

/* substitute (safe false) and safe_substitute: mapping then keywords, keywords winning. */
static Obj *substitute(Obj *self, Obj **args, int nargs, Obj *kwnames, bool safe)
{
    const char *name = safe ? "safe_substitute" : "substitute";
    if (nargs > 1)
        exc_raisef(&type_TypeError, "Template.%s() takes from 1 to 2 positional arguments but %d were given", name,
                   nargs + 1);
    Obj *kw = dict_new();
    for (int k = 0; kwnames && k < (int)tuple_len(kwnames); k++)
        dict_set(kw, tuple_get(kwnames, (size_t)k), args[nargs + k]);
    Obj *mapping = nargs ? args[0] : NULL;
    Obj *tmpl = obj_getattr(self, str_intern_cstr("template"));
    if (!str_check(tmpl))
        exc_raisef(&type_TypeError, "expected string or bytes-like object");
    const char *s = str_cstr(tmpl), *p = s;
    Buf b;
    buf_init(&b);
    while (*p) {
        if (*p != '$') {
            buf_putc(&b, *p++);
            continue;
        }
        const char *start = p++;
        if (*p == '$') {
            buf_putc(&b, '$');
            p++;
            continue;
        }
        const char *id = NULL, *end = NULL;
        if (*p == '{' && id_start(p[1])) {
            const char *q = p + 1;
            while (id_char(*q))
                q++;
            if (*q == '}') {
                id = p + 1;
                end = q;
                p = q + 1;
            }
        } else if (id_start(*p)) {
            id = p;
            while (id_char(*p))
                p++;
            end = p;
        }
        if (!id) {
            if (safe) {
                buf_putc(&b, '$');
                continue;
            }
            int line = 1, col = 1;
            for (const char *q = s; q < start; q++) {
                if (*q == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            exc_raisef(&type_ValueError, "Invalid placeholder in string: line %d, col %d", line, col);
        }
        Obj *key = str_new(id, (size_t)(end - id));
        Obj *v = dict_get(kw, key);
        if (!v && mapping)
            v = safe ? lookup_or_null(mapping, key) : obj_getitem(mapping, key);
        if (!v) {
            if (!safe)
                exc_raise_arg(&type_KeyError, key);
            buf_add(&b, start, (size_t)(p - start));
            continue;
        }
        Obj *txt = obj_str(v);
        buf_add(&b, str_cstr(txt), str_bytes(txt));
    }
    return str_from_buf(&b);
}

static Obj *t_substitute(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return substitute(self, args, nargs, kwnames, false);
}

static Obj *t_safe_substitute(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return substitute(self, args, nargs, kwnames, true);
}

static const MethodDef template_methods[] = {
    {"substitute", t_substitute, 0},
    {"safe_substitute", t_safe_substitute, 0},
    {NULL, NULL, 0},
};

static Type template_type = {
    .base = {&type_type},
    .name = "Template",
    .module = "string",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(TemplateObj),
    .dictoffset = offsetof(TemplateObj, dict),
    .new = template_new,
    .methods = template_methods,
};

static void string_init(Obj *m)
{
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz", upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static const char digits[] = "0123456789", punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static const char space[] = " \t\n\r\x0b\x0c";
    module_add(m, "ascii_lowercase", str_from_cstr(lower));
    module_add(m, "ascii_uppercase", str_from_cstr(upper));
    module_add(m, "ascii_letters", str_printf("%s%s", lower, upper));
    module_add(m, "digits", str_from_cstr(digits));
    module_add(m, "hexdigits", str_from_cstr("0123456789abcdefABCDEF"));
    module_add(m, "octdigits", str_from_cstr("01234567"));
    module_add(m, "punctuation", str_from_cstr(punct));
    module_add(m, "whitespace", str_from_cstr(space));
    module_add(m, "printable", str_printf("%s%s%s%s%s", digits, lower, upper, punct, space));
    module_add_function(m, "capwords", m_capwords);
    type_ready(&template_type);
    module_add(m, "Template", (Obj *)&template_type);
}

const ModuleDef string_module = {"string", string_init, NULL};

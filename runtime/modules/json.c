/* runtime/modules/json.c — the `json` module (see json.h). */
#include "runtime/modules/json.h"

#include <math.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Type decode_error_type;

/* ---- encoding ------------------------------------------------------------------------------ */

typedef struct Enc {
    Buf out;
    Obj *indent;           /* str, or NULL for one line */
    const char *item_sep, *key_sep;
    bool sort_keys, ensure_ascii, allow_nan, skipkeys;
    Obj *dflt;
    Obj *active;           /* ids of the containers being written, for cycles */
} Enc;

static void put_string(Enc *e, Obj *s)
{
    buf_putc(&e->out, '"');
    const char *p = str_cstr(s), *end = p + str_bytes(s);
    while (p < end) {
        const char *start = p;
        uint32_t c = str_utf8_next(&p);
        switch (c) {
        case '"': buf_puts(&e->out, "\\\""); continue;
        case '\\': buf_puts(&e->out, "\\\\"); continue;
        case '\n': buf_puts(&e->out, "\\n"); continue;
        case '\r': buf_puts(&e->out, "\\r"); continue;
        case '\t': buf_puts(&e->out, "\\t"); continue;
        case '\b': buf_puts(&e->out, "\\b"); continue;
        case '\f': buf_puts(&e->out, "\\f"); continue;
        default: break;
        }
        if (c < 0x20 || (e->ensure_ascii && c >= 0x7f)) {
            if (c >= 0x10000) {
                uint32_t v = c - 0x10000;
                buf_printf(&e->out, "\\u%04x\\u%04x", 0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
            } else {
                buf_printf(&e->out, "\\u%04x", c);
            }
        } else {
            buf_add(&e->out, start, (size_t)(p - start));
        }
    }
    buf_putc(&e->out, '"');
}

static void put_float(Enc *e, double d)
{
    if (!isfinite(d)) {
        if (!e->allow_nan)
            exc_raisef(&type_ValueError, "Out of range float values are not JSON compliant");
        buf_puts(&e->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return;
    }
    char tmp[32];
    float_repr_buf(d, tmp);
    buf_puts(&e->out, tmp);
}

static void newline(Enc *e, int level)
{
    buf_putc(&e->out, '\n');
    for (int i = 0; i < level; i++)
        buf_add(&e->out, str_cstr(e->indent), str_bytes(e->indent));
}

static void encode(Enc *e, Obj *o, int level);

static void enter(Enc *e, Obj *o)
{
    Obj *id = int_from_i64((int64_t)(intptr_t)o);
    if (dict_get(e->active, id))
        exc_raisef(&type_ValueError, "Circular reference detected");
    dict_set(e->active, id, o);
    obj_enter_recursion(" while encoding a JSON object");
}

static void leave(Enc *e, Obj *o)
{
    dict_del(e->active, int_from_i64((int64_t)(intptr_t)o));
    obj_leave_recursion();
}

/* A dict key as JSON text, or NULL to skip it. */
static Obj *key_text(Enc *e, Obj *k)
{
    if (str_check(k))
        return k;
    if (k == True || k == False)
        return str_intern_cstr(k == True ? "true" : "false");
    if (k == None)
        return str_intern_cstr("null");
    if (int_check(k))
        return int_to_str(k);
    if (float_check(k)) {
        Enc tmp = *e;
        buf_init(&tmp.out);
        put_float(&tmp, float_value(k));
        return str_from_buf(&tmp.out);
    }
    if (e->skipkeys)
        return NULL;
    exc_raisef(&type_TypeError, "keys must be str, int, float, bool or None, not %s", obj_type_name(k));
}

static void encode_dict(Enc *e, Obj *d, int level)
{
    if (!dict_len(d)) {
        buf_puts(&e->out, "{}");
        return;
    }
    enter(e, d);
    Obj *items = list_new(dict_len(d));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(d, &pos, &k, &v))
        list_append(items, tuple_pack(2, k, v));
    if (e->sort_keys)
        list_sort(items, NULL, false);
    buf_putc(&e->out, '{');
    bool first = true;
    for (size_t i = 0; i < list_len(items); i++) {
        Obj *key = key_text(e, tuple_get(list_get(items, i), 0));
        if (!key)
            continue;
        if (!first)
            buf_puts(&e->out, e->item_sep);
        first = false;
        if (e->indent)
            newline(e, level + 1);
        put_string(e, key);
        buf_puts(&e->out, e->key_sep);
        encode(e, tuple_get(list_get(items, i), 1), level + 1);
    }
    if (e->indent)
        newline(e, level);
    buf_putc(&e->out, '}');
    leave(e, d);
}

static void encode_seq(Enc *e, Obj *o, int level)
{
    Obj *items = tuple_check(o) ? o : NULL;
    size_t n = items ? tuple_len(o) : list_len(o);
    if (!n) {
        buf_puts(&e->out, "[]");
        return;
    }
    enter(e, o);
    buf_putc(&e->out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_puts(&e->out, e->item_sep);
        if (e->indent)
            newline(e, level + 1);
        encode(e, items ? tuple_get(o, i) : list_get(o, i), level + 1);
    }
    if (e->indent)
        newline(e, level);
    buf_putc(&e->out, ']');
    leave(e, o);
}

static void encode(Enc *e, Obj *o, int level)
{
    budget_tick();
    if (o == None)
        buf_puts(&e->out, "null");
    else if (o == True || o == False)
        buf_puts(&e->out, o == True ? "true" : "false");
    else if (str_check(o))
        put_string(e, o);
    else if (int_check(o)) {
        Obj *s = int_to_str(int_subclass_value(o));
        buf_add(&e->out, str_cstr(s), str_bytes(s));
    } else if (float_check(o))
        put_float(e, float_value(o));
    else if (list_check(o) || tuple_check(o))
        encode_seq(e, o, level);
    else if (dict_check(o))
        encode_dict(e, o, level);
    else if (e->dflt) {
        enter(e, o);
        encode(e, obj_call1(e->dflt, o), level);
        leave(e, o);
    } else
        exc_raisef(&type_TypeError, "Object of type %s is not JSON serializable", obj_type_name(o));
}

static Obj *m_dumps(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                        "indent", "separators", "default", "sort_keys", NULL};
    if (nargs > 1)
        exc_raisef(&type_TypeError, "dumps() takes 1 positional argument but %d were given", nargs);
    Obj *a[10];
    args_parse("dumps", args, nargs, kwnames, names, 1, a);
    Enc e = {.skipkeys = a[1] && obj_truth(a[1]), .ensure_ascii = !a[2] || obj_truth(a[2]),
             .allow_nan = !a[4] || obj_truth(a[4]), .sort_keys = a[9] && obj_truth(a[9]),
             .dflt = a[8] && a[8] != None ? a[8] : NULL, .active = dict_new()};
    buf_init(&e.out);
    if (a[6] && a[6] != None) {
        if (str_check(a[6]))
            e.indent = a[6];
        else
            e.indent = str_repeat(str_from_cstr(" "), obj_index_i64(a[6]) < 0 ? 0 : obj_index_i64(a[6]));
    }
    e.item_sep = e.indent ? "," : ", ";
    e.key_sep = ": ";
    if (a[7] && a[7] != None) {
        Obj *sep = tuple_from_iterable(a[7]);
        if (tuple_len(sep) != 2)
            exc_raisef(&type_ValueError, "too many values to unpack (expected 2)");
        e.item_sep = str_cstr(obj_str(tuple_get(sep, 0)));
        e.key_sep = str_cstr(obj_str(tuple_get(sep, 1)));
    }
    encode(&e, a[0], 0);
    return str_from_buf(&e.out);
}

/* ---- decoding --------------------------------------------------------------------------------- */

typedef struct Dec {
    Obj *text;
    const uint32_t *s;
    size_t n, i;
} Dec;

_Noreturn static void dec_error(Dec *d, const char *msg, size_t pos)
{
    size_t line = 1, col = 1;
    for (size_t k = 0; k < pos && k < d->n; k++) {
        if (d->s[k] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    Obj *text = str_printf("%s: line %zu column %zu (char %zu)", msg, line, col, pos);
    Obj *e = exc_new(&decode_error_type, tuple_pack(1, text));
    obj_setattr(e, str_intern_cstr("msg"), str_from_cstr(msg));
    obj_setattr(e, str_intern_cstr("doc"), d->text);
    obj_setattr(e, str_intern_cstr("pos"), small_new((intptr_t)pos));
    obj_setattr(e, str_intern_cstr("lineno"), small_new((intptr_t)line));
    obj_setattr(e, str_intern_cstr("colno"), small_new((intptr_t)col));
    exc_raise(e);
}

static void skip_ws(Dec *d)
{
    while (d->i < d->n && (d->s[d->i] == ' ' || d->s[d->i] == '\t' || d->s[d->i] == '\n' || d->s[d->i] == '\r'))
        d->i++;
}

static bool starts(Dec *d, const char *word)
{
    size_t k = 0;
    for (; word[k]; k++)
        if (d->i + k >= d->n || d->s[d->i + k] != (uint32_t)word[k])
            return false;
    return true;
}

static int hex4(Dec *d, size_t at)
{
    int v = 0;
    for (size_t k = 0; k < 4; k++) {
        uint32_t c = at + k < d->n ? d->s[at + k] : 0;
        int h = c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
                : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
        if (h < 0)
            dec_error(d, "Invalid \\uXXXX escape", at - 1);
        v = v * 16 + h;
    }
    return v;
}

static Obj *parse_string(Dec *d)
{
    size_t start = d->i++;
    Buf b;
    buf_init(&b);
    char tmp[4];
    for (;;) {
        if (d->i >= d->n)
            dec_error(d, "Unterminated string starting at", start);
        uint32_t c = d->s[d->i];
        if (c == '"') {
            d->i++;
            return str_from_buf(&b);
        }
        if (c < 0x20)
            dec_error(d, "Invalid control character at", d->i);
        if (c != '\\') {
            buf_add(&b, tmp, (size_t)str_utf8_put(tmp, c));
            d->i++;
            continue;
        }
        if (d->i + 1 >= d->n)
            dec_error(d, "Unterminated string starting at", start);
        uint32_t e = d->s[d->i + 1];
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *f = e < 0x80 && e ? strchr(from, (int)e) : NULL;
        if (f) {
            buf_putc(&b, to[f - from]);
            d->i += 2;
            continue;
        }
        if (e != 'u')
            dec_error(d, "Invalid \\escape", d->i);
        uint32_t v = (uint32_t)hex4(d, d->i + 2);
        d->i += 6;
        if (v >= 0xd800 && v < 0xdc00 && d->i + 1 < d->n && d->s[d->i] == '\\' && d->s[d->i + 1] == 'u') {
            uint32_t lo = (uint32_t)hex4(d, d->i + 2);
            if (lo >= 0xdc00 && lo < 0xe000) {
                v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                d->i += 6;
            }
        }
        buf_add(&b, tmp, (size_t)str_utf8_put(tmp, v));
    }
}

static Obj *parse_number(Dec *d)
{
    size_t start = d->i;
    bool is_float = false;
    if (d->s[d->i] == '-')
        d->i++;
    if (d->i >= d->n || d->s[d->i] < '0' || d->s[d->i] > '9')
        dec_error(d, "Expecting value", start);
    if (d->s[d->i] == '0')
        d->i++;
    else
        while (d->i < d->n && d->s[d->i] >= '0' && d->s[d->i] <= '9')
            d->i++;
    if (d->i + 1 < d->n && d->s[d->i] == '.' && d->s[d->i + 1] >= '0' && d->s[d->i + 1] <= '9') {
        is_float = true;
        d->i++;
        while (d->i < d->n && d->s[d->i] >= '0' && d->s[d->i] <= '9')
            d->i++;
    }
    if (d->i < d->n && (d->s[d->i] == 'e' || d->s[d->i] == 'E')) {
        size_t k = d->i + 1;
        if (k < d->n && (d->s[k] == '+' || d->s[k] == '-'))
            k++;
        if (k < d->n && d->s[k] >= '0' && d->s[k] <= '9') {
            is_float = true;
            while (k < d->n && d->s[k] >= '0' && d->s[k] <= '9')
                k++;
            d->i = k;
        }
    }
    char *txt = gc_alloc_atomic(d->i - start + 1);
    for (size_t k = start; k < d->i; k++)
        txt[k - start] = (char)d->s[k];
    return is_float ? float_from_text(txt, d->i - start) : int_from_text(txt, d->i - start, 10);
}

static Obj *parse_value(Dec *d);

static Obj *parse_object(Dec *d)
{
    Obj *obj = dict_new();
    d->i++;
    skip_ws(d);
    if (d->i < d->n && d->s[d->i] == '}') {
        d->i++;
        return obj;
    }
    for (;;) {
        if (d->i >= d->n || d->s[d->i] != '"')
            dec_error(d, "Expecting property name enclosed in double quotes", d->i);
        Obj *key = parse_string(d);
        skip_ws(d);
        if (d->i >= d->n || d->s[d->i] != ':')
            dec_error(d, "Expecting ':' delimiter", d->i);
        d->i++;
        skip_ws(d);
        dict_set(obj, key, parse_value(d));
        skip_ws(d);
        if (d->i < d->n && d->s[d->i] == '}') {
            d->i++;
            return obj;
        }
        if (d->i >= d->n || d->s[d->i] != ',')
            dec_error(d, "Expecting ',' delimiter", d->i);
        d->i++;
        skip_ws(d);
    }
}

static Obj *parse_array(Dec *d)
{
    Obj *arr = list_new(0);
    d->i++;
    skip_ws(d);
    if (d->i < d->n && d->s[d->i] == ']') {
        d->i++;
        return arr;
    }
    for (;;) {
        list_append(arr, parse_value(d));
        skip_ws(d);
        if (d->i < d->n && d->s[d->i] == ']') {
            d->i++;
            return arr;
        }
        if (d->i >= d->n || d->s[d->i] != ',')
            dec_error(d, "Expecting ',' delimiter", d->i);
        d->i++;
        skip_ws(d);
    }
}

static Obj *parse_value(Dec *d)
{
    budget_tick();
    skip_ws(d);
    if (d->i >= d->n)
        dec_error(d, "Expecting value", d->i);
    uint32_t c = d->s[d->i];
    static const struct {
        const char *word;
        int kind;
    } words[] = {{"null", 0}, {"true", 1}, {"false", 2}, {"NaN", 3}, {"Infinity", 4}, {"-Infinity", 5}};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        if (!starts(d, words[k].word))
            continue;
        d->i += strlen(words[k].word);
        switch (words[k].kind) {
        case 0: return None;
        case 1: return True;
        case 2: return False;
        case 3: return float_new(NAN);
        case 4: return float_new(INFINITY);
        default: return float_new(-INFINITY);
        }
    }
    if (c == '{' || c == '[') {
        obj_enter_recursion(" while decoding a JSON document");
        Obj *v = c == '{' ? parse_object(d) : parse_array(d);
        obj_leave_recursion();
        return v;
    }
    if (c == '"')
        return parse_string(d);
    if (c == '-' || (c >= '0' && c <= '9'))
        return parse_number(d);
    dec_error(d, "Expecting value", d->i);
}

static Obj *m_loads(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant",
                                        "object_pairs_hook", NULL};
    Obj *a[7];
    args_parse("loads", args, nargs, kwnames, names, 1, a);
    Obj *s = a[0];
    if (!str_check(s))
        exc_raisef(&type_TypeError, "the JSON object must be str, bytes or bytearray, not %s", obj_type_name(s));
    Dec d = {s, gc_alloc_atomic((str_nchars(s) + 1) * sizeof(uint32_t)), str_nchars(s), 0};
    const char *p = str_cstr(s);
    for (size_t i = 0; i < d.n; i++)
        ((uint32_t *)d.s)[i] = str_utf8_next(&p);
    if (d.n && d.s[0] == 0xfeff)
        dec_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    Obj *v = parse_value(&d);
    skip_ws(&d);
    if (d.i != d.n)
        dec_error(&d, "Extra data", d.i);
    return v;
}

static Type decode_error_type = {
    .base = {&type_type},
    .name = "JSONDecodeError",
    .module = "json.decoder",
    .base_type = &type_ValueError,
    .flags = TF_BASETYPE | TF_EXC,
    .basicsize = sizeof(ExcObj),
    .dictoffset = offsetof(ExcObj, dict),
};

static void json_init(Obj *m)
{
    type_ready(&decode_error_type);
    module_add_function(m, "dumps", m_dumps);
    module_add_function(m, "loads", m_loads);
    module_add(m, "JSONDecodeError", (Obj *)&decode_error_type);
}

const ModuleDef json_module = {"json", json_init, NULL};

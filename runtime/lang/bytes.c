/* runtime/lang/bytes.c — bytes: the immutable byte strings that str.encode and int.to_bytes
 * return, with repr, comparison, hashing, indexing, slicing and decode. */
#include "runtime/lang/bytes.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/seq.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"

Obj *bytes_new(const char *data, size_t len)
{
    BytesObj *b = gc_alloc_atomic(sizeof(BytesObj) + len + 1);
    b->base.type = &type_bytes;
    b->hash = -1;
    b->len = len;
    memcpy(b->data, data, len);
    return (Obj *)b;
}

Obj *bytes_from_iterable(Obj *iterable)
{
    Obj *it = obj_iter(iterable), *v;
    Buf b;
    buf_init(&b);
    while ((v = obj_next(it))) {
        int64_t x = obj_index_i64(v);
        if (x < 0 || x > 255)
            exc_raisef(&type_ValueError, "bytes must be in range(0, 256)");
        buf_putc(&b, (char)x);
    }
    return bytes_new(b.data ? b.data : "", b.len);
}

static bool valid_utf8(const unsigned char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!k || i + k > n)
            break;
        size_t j = 1;
        while (j < k && (s[i + j] & 0xc0) == 0x80)
            j++;
        if (j < k || (k == 2 && c < 0xc2))
            break;
        i += k;
    }
    *bad = i;
    return i == n;
}

Obj *bytes_decode(Obj *b, Obj *encoding, Obj *errors)
{
    const char *enc = encoding ? str_cstr(encoding) : "utf-8";
    (void)errors;
    const unsigned char *s = (const unsigned char *)bytes_data(b);
    size_t n = bytes_len(b);
    if (!strcasecmp(enc, "utf-8") || !strcasecmp(enc, "utf8")) {
        size_t bad;
        if (!valid_utf8(s, n, &bad))
            exc_raisef(&type_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: "
                       "invalid start byte", s[bad], bad);
        return str_new((const char *)s, n);
    }
    if (!strcasecmp(enc, "ascii") || !strcasecmp(enc, "latin-1") || !strcasecmp(enc, "latin1")) {
        bool ascii = !strcasecmp(enc, "ascii");
        Buf out;
        buf_init(&out);
        for (size_t i = 0; i < n; i++) {
            if (ascii && s[i] >= 0x80)
                exc_raisef(&type_UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %zu: "
                           "ordinal not in range(128)", s[i], i);
            char tmp[4];
            buf_add(&out, tmp, (size_t)str_utf8_put(tmp, s[i]));
        }
        return str_from_buf(&out);
    }
    exc_raisef(&type_LookupError, "unknown encoding: %s", enc);
}

static Obj *bytes_repr(Obj *o)
{
    const unsigned char *s = (const unsigned char *)bytes_data(o);
    size_t n = bytes_len(o);
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    Buf b;
    buf_init(&b);
    buf_putc(&b, 'b');
    buf_putc(&b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == q || c == '\\') {
            buf_putc(&b, '\\');
            buf_putc(&b, (char)c);
        } else if (c == '\n') {
            buf_puts(&b, "\\n");
        } else if (c == '\r') {
            buf_puts(&b, "\\r");
        } else if (c == '\t') {
            buf_puts(&b, "\\t");
        } else if (c < 0x20 || c >= 0x7f) {
            buf_printf(&b, "\\x%02x", c);
        } else {
            buf_putc(&b, (char)c);
        }
    }
    buf_putc(&b, q);
    return str_from_buf(&b);
}

static int64_t bytes_hash(Obj *o)
{
    BytesObj *b = (BytesObj *)o;
    if (b->hash != -1)
        return b->hash;
    /* Equal to the hash of the str with the same ASCII content, as in CPython. */
    Obj *s = str_new(b->data, b->len);
    b->hash = str_hash(s);
    return b->hash;
}

static Obj *bytes_compare(Obj *a, Obj *b, int op)
{
    if (!bytes_check(a) || !bytes_check(b))
        return NotImplemented;
    size_t la = bytes_len(a), lb = bytes_len(b);
    int c = memcmp(bytes_data(a), bytes_data(b), la < lb ? la : lb);
    c = c ? (c < 0 ? -1 : 1) : (la > lb) - (la < lb);
    return bool_from(int_cmp_holds(c, op));
}

static Obj *bytes_binop(Obj *a, Obj *b, int op)
{
    if (OP_BASE(op) == OP_ADD && bytes_check(a) && bytes_check(b)) {
        size_t la = bytes_len(a), lb = bytes_len(b);
        BytesObj *r = gc_alloc_atomic(sizeof(BytesObj) + la + lb + 1);
        r->base.type = &type_bytes;
        r->hash = -1;
        r->len = la + lb;
        memcpy(r->data, bytes_data(a), la);
        memcpy(r->data + la, bytes_data(b), lb);
        return (Obj *)r;
    }
    if (OP_BASE(op) == OP_MUL && (bytes_check(a) ? int_check(b) : int_check(a) && bytes_check(b))) {
        Obj *s = bytes_check(a) ? a : b;
        int64_t n = obj_index_i64(bytes_check(a) ? b : a);
        if (n <= 0)
            return bytes_new("", 0);
        int_check_result_size((double)n * (double)bytes_len(s));
        size_t total = bytes_len(s) * (size_t)n;
        char *out = gc_alloc_atomic(total + 1);
        seq_repeat(out, bytes_data(s), bytes_len(s), (size_t)n);
        return bytes_new(out, total);
    }
    return NotImplemented;
}

static Obj *bytes_getitem(Obj *o, Obj *key)
{
    int64_t n = (int64_t)bytes_len(o);
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t k = slice_indices(key, n, &start, &stop, &step);
        Buf b;
        buf_init(&b);
        for (int64_t i = 0, j = start; i < k; i++, j += step)
            buf_putc(&b, bytes_data(o)[j]);
        return bytes_new(b.data ? b.data : "", b.len);
    }
    if (!int_check(key))
        exc_raisef(&type_TypeError, "byte indices must be integers or slices, not %s", obj_type_name(key));
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "index out of range");
    return small_new((unsigned char)bytes_data(o)[i]);
}

static int64_t bytes_len_slot(Obj *o) { return (int64_t)bytes_len(o); }

static bool bytes_contains(Obj *o, Obj *item)
{
    if (bytes_check(item))
        return bytes_len(item) == 0 || memmem(bytes_data(o), bytes_len(o), bytes_data(item), bytes_len(item));
    int64_t c = obj_index_i64(item);
    if (c < 0 || c > 255)
        exc_raisef(&type_ValueError, "byte must be in range(0, 256)");
    return memchr(bytes_data(o), (int)c, bytes_len(o)) != NULL;
}

static Obj *bytes_iter(Obj *o)
{
    Obj *l = list_new(bytes_len(o));
    for (size_t i = 0; i < bytes_len(o); i++)
        list_append(l, small_new((unsigned char)bytes_data(o)[i]));
    return obj_iter(l);
}

static Obj *bytes_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Obj *a[3];
    (void)type;
    args_parse("bytes", args, nargs, kwnames, names, 0, a);
    if (!a[0])
        return bytes_new("", 0);
    if (str_check(a[0])) {
        if (!a[1])
            exc_raisef(&type_TypeError, "string argument without an encoding");
        Obj *enc_args[2] = {a[1], a[2] ? a[2] : str_intern_cstr("strict")};
        return obj_call_method(a[0], "encode", enc_args, 2);
    }
    if (a[1])
        exc_raisef(&type_TypeError, "encoding without a string argument");
    if (bytes_check(a[0]))
        return a[0];
    if (int_check(a[0])) {
        int64_t n = obj_index_i64(a[0]);
        if (n < 0)
            exc_raisef(&type_ValueError, "negative count");
        int_check_result_size((double)n);
        char *z = gc_alloc_atomic((size_t)n + 1);
        return bytes_new(z, (size_t)n);
    }
    return bytes_from_iterable(a[0]);
}

static Obj *m_decode(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Obj *a[2];
    args_parse("decode", args, nargs, kwnames, names, 0, a);
    return bytes_decode(self, a[0], a[1]);
}

static Obj *m_hex(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("bytes.hex", kwnames);
    args_count("bytes.hex", nargs, 0, 0);
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < bytes_len(self); i++)
        buf_printf(&b, "%02x", (unsigned char)bytes_data(self)[i]);
    return str_from_buf(&b);
}

static const MethodDef bytes_methods[] = {
    {"decode", m_decode, 0},
    {"hex", m_hex, 0},
    {NULL, NULL, 0},
};

static bool bytes_truth(Obj *o) { return bytes_len(o) != 0; }

Type type_bytes = {
    .base = {&type_type},
    .name = "bytes",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_IMMUTABLE | TF_VARSIZE,
    .basicsize = sizeof(BytesObj),
    .new = bytes_new_slot,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .compare = bytes_compare,
    .binop = bytes_binop,
    .truth = bytes_truth,
    .getattr = obj_generic_getattr,
    .iter = bytes_iter,
    .getitem = bytes_getitem,
    .len = bytes_len_slot,
    .contains = bytes_contains,
    .methods = bytes_methods,
};

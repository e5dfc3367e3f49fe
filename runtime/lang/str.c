/* runtime/lang/str.c — str: UTF-8 text with CPython's methods, repr, hashing and interning.
 *
 * Positions in the API are code points; an all-ASCII str is indexed directly, any other is
 * walked. Formatting (str.format, %, the format-spec mini-language) lives in strfmt. */
#include "runtime/lang/str.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/bytes.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/seq.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/strfmt.h"
#include "runtime/lang/tuple.h"

/* ---- UTF-8 ---------------------------------------------------------------------------------- */

uint32_t str_utf8_next(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    int n = 1;
    if (c >= 0xf0) {
        c = ((c & 0x07) << 18) | ((s[1] & 0x3fu) << 12) | ((s[2] & 0x3fu) << 6) | (s[3] & 0x3fu);
        n = 4;
    } else if (c >= 0xe0) {
        c = ((c & 0x0f) << 12) | ((s[1] & 0x3fu) << 6) | (s[2] & 0x3fu);
        n = 3;
    } else if (c >= 0xc0) {
        c = ((c & 0x1f) << 6) | (s[1] & 0x3fu);
        n = 2;
    }
    *p += n;
    return c;
}

int str_utf8_put(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static size_t count_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

/* The byte offset of code point i (0 <= i <= nchars). */
static size_t byte_of(const Obj *s, size_t i)
{
    const StrObj *o = (const StrObj *)s;
    if (o->ascii)
        return i;
    const char *p = o->data;
    while (i--)
        str_utf8_next(&p);
    return (size_t)(p - o->data);
}

/* The code point index of byte offset b. */
static size_t char_of(const Obj *s, size_t b)
{
    const StrObj *o = (const StrObj *)s;
    return o->ascii ? b : count_chars(o->data, b);
}

/* ---- construction ---------------------------------------------------------------------------- */

typedef union SharedStr {
    StrObj s;
    char raw[sizeof(StrObj) + 2];
} SharedStr;

static SharedStr shared[129];      /* 0..127: one ASCII character; 128: the empty str */
static bool shared_ready;

static void shared_init(void)
{
    for (int i = 0; i <= 128; i++) {
        StrObj *s = &shared[i].s;
        s->base.type = &type_str;
        s->hash = -1;
        s->len = i < 128;
        s->nchars = i < 128;
        s->ascii = true;
        s->data = s->inline_data;
        s->data[0] = (char)(i < 128 ? i : 0);
        s->data[1] = 0;
    }
    shared_ready = true;
}

static StrObj *str_alloc(size_t len)
{
    StrObj *s = gc_alloc_atomic(sizeof(StrObj) + len + 1);
    s->base.type = &type_str;
    s->hash = -1;
    s->len = len;
    s->data = s->inline_data;
    return s;
}

const char *str_terminate(const Obj *o)
{
    StrObj *s = (StrObj *)o;
    char *d = gc_alloc_atomic(s->len + 1);
    memcpy(d, s->data, s->len);
    /* A permanent str must not point at a block of the request: it keeps its bytes, the caller
     * gets a copy. */
    if (!gc_is_permanent(s)) {
        s->data = d;
        s->built = false;
    }
    return d;
}

/* Finishes a str whose bytes were written into a fresh str_alloc. */
static Obj *str_finish(StrObj *s)
{
    s->nchars = count_chars(s->data, s->len);
    s->ascii = s->nchars == s->len;
    return (Obj *)s;
}

Obj *str_new(const char *p, size_t len)
{
    if (len <= 1) {
        if (!shared_ready)
            shared_init();
        if (len == 0)
            return (Obj *)&shared[128].s;
        if ((unsigned char)p[0] < 128)
            return (Obj *)&shared[(unsigned char)p[0]].s;
    }
    StrObj *s = str_alloc(len);
    memcpy(s->data, p, len);
    return str_finish(s);
}

Obj *str_empty(void) { return str_new("", 0); }
Obj *str_from_cstr(const char *s) { return str_new(s, strlen(s)); }
Obj *str_from_buf(Buf *b) { return str_new(buf_cstr(b), b->len); }

Obj *str_vprintf(const char *fmt, va_list ap)
{
    Buf b;
    buf_init(&b);
    buf_vprintf(&b, fmt, ap);
    return str_from_buf(&b);
}

Obj *str_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

Obj *str_from_codepoint(uint32_t cp)
{
    char tmp[4];
    return str_new(tmp, (size_t)str_utf8_put(tmp, cp));
}

/* A str of n code points starting at byte offset b (the caller knows the bytes). */
static Obj *sub_bytes(const Obj *s, size_t b, size_t e) { return str_new(str_cstr(s) + b, e - b); }

/* ---- hashing and interning -------------------------------------------------------------------- */

int64_t str_hash(Obj *o)
{
    StrObj *s = (StrObj *)o;
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < s->len; i++)
        h = (h ^ (unsigned char)s->data[i]) * 0x100000001b3ULL;
    h ^= h >> 29;
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    s->hash = r;
    return r;
}

bool str_equal(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    StrObj *x = (StrObj *)a, *y = (StrObj *)b;
    if (x->len != y->len || (x->interned && y->interned))
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

/* Open-addressing sets of interned strs: one made before the seal (permanent), one per request. */
typedef struct InternTable {
    size_t used, mask;
    Obj **slots;
} InternTable;

static InternTable *perm_interns, *young_interns;

static Obj *intern_find(InternTable *t, Obj *s)
{
    if (!t)
        return NULL;
    size_t i = (size_t)str_hash(s) & t->mask;
    for (;;) {
        Obj *k = t->slots[i];
        if (!k)
            return NULL;
        if (str_bytes(k) == str_bytes(s) && memcmp(str_cstr(k), str_cstr(s), str_bytes(s)) == 0)
            return k;
        i = (i + 1) & t->mask;
    }
}

static void intern_put(InternTable *t, Obj *s)
{
    if ((t->used + 1) * 2 > t->mask) {
        size_t n = (t->mask + 1) * 2;
        Obj **old = t->slots;
        size_t oldn = t->mask + 1;
        t->slots = gc_alloc(n * sizeof(Obj *));
        t->mask = n - 1;
        for (size_t i = 0; i < oldn; i++)
            if (old[i]) {
                size_t j = (size_t)str_hash(old[i]) & t->mask;
                while (t->slots[j])
                    j = (j + 1) & t->mask;
                t->slots[j] = old[i];
            }
    }
    size_t j = (size_t)str_hash(s) & t->mask;
    while (t->slots[j])
        j = (j + 1) & t->mask;
    t->slots[j] = s;
    t->used++;
}

static InternTable *intern_table_new(void)
{
    InternTable *t = gc_alloc(sizeof *t);
    t->mask = 255;
    t->slots = gc_alloc(256 * sizeof(Obj *));
    return t;
}

Obj *str_intern(Obj *s)
{
    if (((StrObj *)s)->interned)
        return s;
    Obj *k = intern_find(perm_interns, s);
    if (!k)
        k = intern_find(young_interns, s);
    if (k)
        return k;
    bool sealed = perm_interns && gc_is_permanent(perm_interns);
    /* After the seal a permanent str is not marked: the mark would outlive this request's table,
     * and the next request's canonical copy would then compare unequal to it. */
    if (TYPE(s) != &type_str || (sealed && gc_is_permanent(s)))
        s = str_new(str_data(s), str_bytes(s));
    ((StrObj *)s)->interned = true;
    str_hash(s);
    if (sealed) {
        if (!young_interns)
            young_interns = intern_table_new();
        intern_put(young_interns, s);
    } else {
        if (!perm_interns)
            perm_interns = intern_table_new();
        intern_put(perm_interns, s);
    }
    return s;
}

Obj *str_intern_cstr(const char *s)
{
    size_t n = strlen(s);
    if (n < 64) {
        union {
            StrObj s;
            char raw[sizeof(StrObj) + 64];
        } probe;
        probe.s = (StrObj){.base = {&type_str}, .hash = -1, .len = n};
        probe.s.data = probe.s.inline_data;
        memcpy(probe.s.data, s, n + 1);
        Obj *k = intern_find(perm_interns, (Obj *)&probe.s);
        if (!k)
            k = intern_find(young_interns, (Obj *)&probe.s);
        if (k)
            return k;
    }
    return str_intern(str_new(s, n));
}

void str_reset_young_interns(void) { young_interns = NULL; }

/* ---- comparison, concatenation, repr -------------------------------------------------------- */

int str_compare(Obj *a, Obj *b)
{
    size_t la = str_bytes(a), lb = str_bytes(b);
    int c = memcmp(str_cstr(a), str_cstr(b), la < lb ? la : lb);
    if (c)
        return c < 0 ? -1 : 1;
    return (la > lb) - (la < lb);
}

/* A builder buffer: the bytes of built strs, which are prefixes of it. */
typedef struct StrBuf {
    size_t used, cap;
    char bytes[];
} StrBuf;

#define BUILD_MIN 64

static StrBuf *buf_of(const StrObj *s) { return (StrBuf *)(s->data - offsetof(StrBuf, bytes)); }

Obj *str_concat(Obj *a, Obj *b)
{
    StrObj *x = (StrObj *)a, *y = (StrObj *)b;
    size_t la = x->len, lb = y->len, n = la + lb;
    if (la == 0 && TYPE(b) == &type_str)
        return b;
    if (lb == 0 && TYPE(a) == &type_str)
        return a;
    if (n < BUILD_MIN) {
        StrObj *s = str_alloc(n);
        memcpy(s->data, x->data, la);
        memcpy(s->data + la, y->data, lb);
        s->nchars = x->nchars + y->nchars;
        s->ascii = x->ascii && y->ascii;
        return (Obj *)s;
    }
    StrBuf *sb = x->built ? buf_of(x) : NULL;
    /* Bytes appended to a permanent buffer would outlive the request: start a new one. */
    if (!sb || sb->used != la || sb->cap - sb->used <= lb || gc_is_permanent(sb)) {
        int_check_result_size((double)n);
        size_t cap = 2 * n + 1;
        StrBuf *nb = gc_alloc_atomic(sizeof(StrBuf) + cap);
        nb->cap = cap;
        memcpy(nb->bytes, x->data, la);
        nb->used = la;
        sb = nb;
    }
    memmove(sb->bytes + la, y->data, lb);
    sb->used = n;
    sb->bytes[n] = 0;
    StrObj *s = gc_alloc(sizeof(StrObj));
    s->base.type = &type_str;
    s->hash = -1;
    s->len = n;
    s->nchars = x->nchars + y->nchars;
    s->ascii = x->ascii && y->ascii;
    s->built = true;
    s->data = sb->bytes;
    return (Obj *)s;
}

/* Whether CPython's repr shows a non-ASCII code point as itself. */
static bool printable_cp(uint32_t c)
{
    if (c < 0x20 || c == 0x7f)
        return false;
    if (c < 0x7f)
        return true;
    if (c <= 0xa0 || c == 0xad)
        return false;
    if (c == 0x2028 || c == 0x2029 || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2060 && c <= 0x2064) || c == 0xfeff || (c >= 0xe000 && c <= 0xf8ff) ||
        (c >= 0xfff0 && c <= 0xfff8) || c >= 0xf0000 || (c >= 0xd800 && c <= 0xdfff))
        return false;
    return true;
}

/* Appends the repr of UTF-8 text, quotes chosen and escapes written as CPython does. */
static void str_repr_into(Buf *b, const char *p, size_t len)
{
    const char *end = p + len;
    bool sq = memchr(p, '\'', len) != NULL, dq = memchr(p, '"', len) != NULL;
    char q = sq && !dq ? '"' : '\'';
    buf_putc(b, q);
    while (p < end) {
        const char *start = p;
        uint32_t c = str_utf8_next(&p);
        if (c == (uint32_t)q || c == '\\') {
            buf_putc(b, '\\');
            buf_putc(b, (char)c);
        } else if (c == '\n') {
            buf_puts(b, "\\n");
        } else if (c == '\r') {
            buf_puts(b, "\\r");
        } else if (c == '\t') {
            buf_puts(b, "\\t");
        } else if (printable_cp(c)) {
            buf_add(b, start, (size_t)(p - start));
        } else if (c < 0x100) {
            buf_printf(b, "\\x%02x", c);
        } else if (c < 0x10000) {
            buf_printf(b, "\\u%04x", c);
        } else {
            buf_printf(b, "\\U%08x", c);
        }
    }
    buf_putc(b, q);
}

Obj *str_repr(Obj *s)
{
    Buf b;
    buf_init(&b);
    str_repr_into(&b, str_cstr(s), str_bytes(s));
    return str_from_buf(&b);
}

/* ---- character classes --------------------------------------------------------------------- */

static bool cp_space(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
           c == 0x205f || c == 0x3000;
}

static bool cp_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7) ||
           (c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f);
}

static bool cp_lower(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xdf && c <= 0xff && c != 0xf7) || c == 0xb5 || c == 0xaa ||
           c == 0xba || (c >= 0x3b1 && c <= 0x3c9) || (c >= 0x430 && c <= 0x44f);
}

static bool cp_digit(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) ||
           (c >= 0x966 && c <= 0x96f) || (c >= 0xff10 && c <= 0xff19);
}

static bool cp_digitlike(uint32_t c) { return cp_digit(c) || c == 0xb2 || c == 0xb3 || c == 0xb9; }

static bool cp_numeric(uint32_t c)
{
    return cp_digitlike(c) || (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x2189) ||
           (c >= 0x4e00 && (c == 0x4e00 || c == 0x4e8c || c == 0x4e09 || c == 0x56db || c == 0x4e94 ||
                            c == 0x516d || c == 0x4e03 || c == 0x516b || c == 0x4e5d || c == 0x5341));
}

static bool cp_alpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return cp_upper(c) || cp_lower(c) || (c >= 0x100 && !cp_space(c) && !cp_numeric(c) && printable_cp(c) &&
                                          !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) &&
                                          !(c >= 0xff00 && c <= 0xff20));
}

static uint32_t cp_to_upper(uint32_t c)
{
    if (c >= 'a' && c <= 'z')
        return c - 32;
    if ((c >= 0xe0 && c <= 0xfe && c != 0xf7) || (c >= 0x3b1 && c <= 0x3c9 && c != 0x3c2) ||
        (c >= 0x430 && c <= 0x44f))
        return c - 32;
    if (c == 0xff)
        return 0x178;
    if (c == 0x3c2)
        return 0x3a3;
    return c;
}

static uint32_t cp_to_lower(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if ((c >= 0xc0 && c <= 0xde && c != 0xd7) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f))
        return c + 32;
    return c;
}

/* ---- argument helpers ------------------------------------------------------------------------ */

static Obj *arg_str(const char *fname, Obj *o, int pos)
{
    if (!str_check(o))
        exc_raisef(&type_TypeError, "%s() argument %d must be str, not %s", fname, pos, obj_type_name(o));
    return o;
}

/* The argument count check of the methods CPython parses with PyArg_ParseTuple (find, count,
 * startswith ...), in their wording: "find() takes at least 1 argument (0 given)". */
static void tuple_arg_count(const char *fname, int nargs, int min, int max)
{
    if (nargs < min)
        exc_raisef(&type_TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, min == 1 ? "" : "s",
                   nargs);
    if (nargs > max)
        exc_raisef(&type_TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, max == 1 ? "" : "s",
                   nargs);
}

/* CPython's start/end arguments of find, count, startswith ...: None or ints, clipped like a
 * slice; positions in code points. */
static void span_args(Obj *self, Obj *start, Obj *end, int64_t *s, int64_t *e)
{
    int64_t n = (int64_t)str_nchars(self);
    *s = 0;
    *e = n;
    if (start && start != None) {
        *s = obj_index_i64(start);
        if (*s < 0)
            *s = *s + n < 0 ? 0 : *s + n;
    }
    if (end && end != None) {
        *e = obj_index_i64(end);
        if (*e < 0)
            *e = *e + n < 0 ? 0 : *e + n;
        else if (*e > n)
            *e = n;
    }
}

static const char *find_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0)
        return h;
    if (nn == 1)
        return memchr(h, n[0], hn);
    return memmem(h, hn, n, nn);
}

static const char *rfind_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (memcmp(h + i, n, nn) == 0)
            return h + i;
    return NULL;
}

/* find/rfind on code point span [s, e): the code point index or -1. */
static int64_t find_in(Obj *self, Obj *sub, int64_t s, int64_t e, bool reverse)
{
    if (s > e || s > (int64_t)str_nchars(self))
        return -1;
    size_t bs = byte_of(self, (size_t)s), be = byte_of(self, (size_t)e);
    const char *base = str_cstr(self);
    const char *hit = reverse ? rfind_bytes(base + bs, be - bs, str_cstr(sub), str_bytes(sub))
                              : find_bytes(base + bs, be - bs, str_cstr(sub), str_bytes(sub));
    if (!hit)
        return -1;
    return (int64_t)char_of(self, (size_t)(hit - base));
}

static int64_t find_common(const char *fname, Obj *self, Obj **args, int nargs, Obj *kwnames, bool reverse)
{
    args_no_kw(fname, kwnames);
    tuple_arg_count(fname, nargs, 1, 3);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "must be str, not %s", obj_type_name(args[0]));
    int64_t s, e;
    span_args(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &s, &e);
    return find_in(self, args[0], s, e, reverse);
}

static Obj *m_find(Obj *self, Obj **args, int nargs, Obj *kw)
{
    return small_new(find_common("find", self, args, nargs, kw, false));
}

static Obj *m_rfind(Obj *self, Obj **args, int nargs, Obj *kw)
{
    return small_new(find_common("rfind", self, args, nargs, kw, true));
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kw)
{
    int64_t i = find_common("index", self, args, nargs, kw, false);
    if (i < 0)
        exc_raisef(&type_ValueError, "substring not found");
    return small_new(i);
}

static Obj *m_rindex(Obj *self, Obj **args, int nargs, Obj *kw)
{
    int64_t i = find_common("rindex", self, args, nargs, kw, true);
    if (i < 0)
        exc_raisef(&type_ValueError, "substring not found");
    return small_new(i);
}

static Obj *m_count(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("count", kw);
    tuple_arg_count("count", nargs, 1, 3);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "must be str, not %s", obj_type_name(args[0]));
    int64_t s, e;
    span_args(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &s, &e);
    if (s > e || s > (int64_t)str_nchars(self))
        return small_new(0);
    if (str_bytes(args[0]) == 0)
        return small_new(e - s + 1);
    size_t bs = byte_of(self, (size_t)s), be = byte_of(self, (size_t)e);
    const char *p = str_cstr(self) + bs, *end = str_cstr(self) + be;
    size_t nn = str_bytes(args[0]);
    int64_t count = 0;
    const char *hit;
    while ((hit = find_bytes(p, (size_t)(end - p), str_cstr(args[0]), nn))) {
        count++;
        p = hit + nn;
    }
    return small_new(count);
}

static bool affix_match(Obj *self, Obj *affix, int64_t s, int64_t e, bool end)
{
    int64_t n = (int64_t)str_nchars(affix);
    if (s > (int64_t)str_nchars(self) || e - s < n)
        return false;
    size_t bs = byte_of(self, (size_t)s), be = byte_of(self, (size_t)e);
    size_t an = str_bytes(affix);
    if (be - bs < an)
        return false;
    const char *at = end ? str_cstr(self) + be - an : str_cstr(self) + bs;
    return memcmp(at, str_cstr(affix), an) == 0;
}

static Obj *affix_common(const char *fname, Obj *self, Obj **args, int nargs, Obj *kw, bool end)
{
    args_no_kw(fname, kw);
    tuple_arg_count(fname, nargs, 1, 3);
    int64_t s, e;
    span_args(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &s, &e);
    Obj *a = args[0];
    if (tuple_check(a)) {
        for (size_t i = 0; i < tuple_len(a); i++) {
            Obj *x = tuple_get(a, i);
            if (!str_check(x))
                exc_raisef(&type_TypeError, "tuple for %s must only contain str, not %s", fname, obj_type_name(x));
            if (affix_match(self, x, s, e, end))
                return True;
        }
        return False;
    }
    if (!str_check(a))
        exc_raisef(&type_TypeError, "%s first arg must be str or a tuple of str, not %s", fname, obj_type_name(a));
    return bool_from(affix_match(self, a, s, e, end));
}

static Obj *m_startswith(Obj *self, Obj **args, int nargs, Obj *kw)
{
    return affix_common("startswith", self, args, nargs, kw, false);
}

static Obj *m_endswith(Obj *self, Obj **args, int nargs, Obj *kw)
{
    return affix_common("endswith", self, args, nargs, kw, true);
}

/* ---- case and classes ---------------------------------------------------------------------- */

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseMode;

static void put_cp(Buf *b, uint32_t c)
{
    char tmp[4];
    buf_add(b, tmp, (size_t)str_utf8_put(tmp, c));
}

static Obj *change_case(Obj *self, CaseMode mode)
{
    Buf b;
    buf_init(&b);
    buf_reserve(&b, str_bytes(self));
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    bool prev_cased = false, first = true;
    while (p < end) {
        uint32_t c = str_utf8_next(&p);
        bool up = cp_upper(c), low = cp_lower(c);
        uint32_t r = c;
        switch (mode) {
        case CASE_UPPER: r = cp_to_upper(c); break;
        case CASE_LOWER: r = cp_to_lower(c); break;
        case CASE_SWAP: r = up ? cp_to_lower(c) : low ? cp_to_upper(c) : c; break;
        case CASE_TITLE: r = prev_cased ? cp_to_lower(c) : cp_to_upper(c); break;
        case CASE_CAPITALIZE: r = first ? cp_to_upper(c) : cp_to_lower(c); break;
        }
        if (c == 0xdf && (mode == CASE_UPPER || mode == CASE_SWAP || (mode == CASE_TITLE && !prev_cased) ||
                          (mode == CASE_CAPITALIZE && first))) {
            buf_puts(&b, mode == CASE_UPPER || mode == CASE_SWAP ? "SS" : "Ss");
        } else {
            put_cp(&b, r);
        }
        prev_cased = up || low;
        first = false;
    }
    return str_from_buf(&b);
}

#define CASE_METHOD(fname, mode)                                               \
    static Obj *m_##fname(Obj *self, Obj **args, int nargs, Obj *kw)             \
    {                                                                          \
        (void)args;                                                            \
        args_no_kw("str." #fname, kw);                                         \
        args_count("str." #fname, nargs, 0, 0);                                 \
        return change_case(self, mode);                                        \
    }
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(casefold, CASE_LOWER)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(title, CASE_TITLE)
CASE_METHOD(capitalize, CASE_CAPITALIZE)
#undef CASE_METHOD

/* A predicate true for a non-empty str whose every code point satisfies it. */
static Obj *all_chars(Obj *self, bool (*pred)(uint32_t))
{
    if (str_bytes(self) == 0)
        return False;
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    while (p < end)
        if (!pred(str_utf8_next(&p)))
            return False;
    return True;
}

static bool cp_alnum(uint32_t c) { return cp_alpha(c) || cp_numeric(c); }
static bool cp_ascii(uint32_t c) { return c < 0x80; }
static bool cp_printable(uint32_t c) { return c == ' ' || (printable_cp(c) && !cp_space(c)); }

#define PRED_METHOD(fname, pred)                                                \
    static Obj *m_##fname(Obj *self, Obj **args, int nargs, Obj *kw)              \
    {                                                                           \
        (void)args;                                                             \
        args_no_kw("str." #fname, kw);                                          \
        args_count("str." #fname, nargs, 0, 0);                                  \
        return all_chars(self, pred);                                           \
    }
PRED_METHOD(isdigit, cp_digitlike)
PRED_METHOD(isdecimal, cp_digit)
PRED_METHOD(isnumeric, cp_numeric)
PRED_METHOD(isalpha, cp_alpha)
PRED_METHOD(isalnum, cp_alnum)
PRED_METHOD(isspace, cp_space)
#undef PRED_METHOD

static Obj *m_isascii(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("str.isascii", kw);
    args_count("str.isascii", nargs, 0, 0);
    return str_bytes(self) == 0 ? True : all_chars(self, cp_ascii);
}

static Obj *m_isprintable(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("str.isprintable", kw);
    args_count("str.isprintable", nargs, 0, 0);
    return str_bytes(self) == 0 ? True : all_chars(self, cp_printable);
}

/* isupper/islower: at least one cased character, and none of the other case. */
static Obj *case_pred(Obj *self, bool upper)
{
    bool cased = false;
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    while (p < end) {
        uint32_t c = str_utf8_next(&p);
        if (upper ? cp_lower(c) : cp_upper(c))
            return False;
        cased |= upper ? cp_upper(c) : cp_lower(c);
    }
    return bool_from(cased);
}

static Obj *m_isupper(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("str.isupper", kw);
    args_count("str.isupper", nargs, 0, 0);
    return case_pred(self, true);
}

static Obj *m_islower(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("str.islower", kw);
    args_count("str.islower", nargs, 0, 0);
    return case_pred(self, false);
}

static Obj *m_istitle(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("str.istitle", kw);
    args_count("str.istitle", nargs, 0, 0);
    bool cased = false, prev = false;
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    while (p < end) {
        uint32_t c = str_utf8_next(&p);
        if (cp_upper(c)) {
            if (prev)
                return False;
            prev = cased = true;
        } else if (cp_lower(c)) {
            if (!prev)
                return False;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return bool_from(cased);
}

static Obj *m_isidentifier(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("str.isidentifier", kw);
    args_count("str.isidentifier", nargs, 0, 0);
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    if (p == end)
        return False;
    bool first = true;
    while (p < end) {
        uint32_t c = str_utf8_next(&p);
        bool ok = c == '_' || cp_alpha(c) || (!first && cp_digit(c));
        if (!ok)
            return False;
        first = false;
    }
    return True;
}

/* ---- strip, split, join, replace ---------------------------------------------------------- */

static bool in_chars(uint32_t c, Obj *chars)
{
    if (!chars)
        return cp_space(c);
    const char *p = str_cstr(chars), *end = p + str_bytes(chars);
    while (p < end)
        if (str_utf8_next(&p) == c)
            return true;
    return false;
}

/* The previous code point before byte offset e, and where it starts. */
static uint32_t prev_cp(const char *base, size_t e, size_t *start)
{
    size_t i = e - 1;
    while (i > 0 && ((unsigned char)base[i] & 0xc0) == 0x80)
        i--;
    const char *p = base + i;
    *start = i;
    return str_utf8_next(&p);
}

static Obj *strip_common(const char *fname, Obj *self, Obj **args, int nargs, Obj *kw, bool left, bool right)
{
    args_no_kw(fname, kw);
    args_count(fname, nargs, 0, 1);
    Obj *chars = nargs && args[0] != None ? args[0] : NULL;
    if (chars && !str_check(chars))
        exc_raisef(&type_TypeError, "%s arg must be None or str", fname);
    const char *base = str_cstr(self);
    size_t b = 0, e = str_bytes(self);
    if (left)
        while (b < e) {
            const char *p = base + b;
            uint32_t c = str_utf8_next(&p);
            if (!in_chars(c, chars))
                break;
            b = (size_t)(p - base);
        }
    if (right)
        while (e > b) {
            size_t s;
            if (!in_chars(prev_cp(base, e, &s), chars))
                break;
            e = s;
        }
    if (b == 0 && e == str_bytes(self) && TYPE(self) == &type_str)
        return self;
    return sub_bytes(self, b, e);
}

static Obj *m_strip(Obj *self, Obj **a, int n, Obj *kw) { return strip_common("strip", self, a, n, kw, true, true); }
static Obj *m_lstrip(Obj *self, Obj **a, int n, Obj *kw) { return strip_common("lstrip", self, a, n, kw, true, false); }
static Obj *m_rstrip(Obj *self, Obj **a, int n, Obj *kw) { return strip_common("rstrip", self, a, n, kw, false, true); }

static Obj *split_common(const char *fname, Obj *self, Obj **args, int nargs, Obj *kwnames, bool reverse)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Obj *a[2];
    args_parse(fname, args, nargs, kwnames, names, 0, a);
    Obj *sep = a[0] && a[0] != None ? a[0] : NULL;
    int64_t max = a[1] ? obj_index_i64(a[1]) : -1;
    if (sep && !str_check(sep))
        exc_raisef(&type_TypeError, "must be str or None, not %s", obj_type_name(sep));
    if (sep && str_bytes(sep) == 0)
        exc_raisef(&type_ValueError, "empty separator");
    if (max < 0)
        max = INT64_MAX;
    Obj *out = list_new(0);
    const char *base = str_cstr(self);
    size_t len = str_bytes(self);
    if (!sep) {
        if (!reverse) {
            size_t i = 0;
            while (i < len) {
                const char *p = base + i;
                while (i < len) {
                    p = base + i;
                    uint32_t c = str_utf8_next(&p);
                    if (!cp_space(c))
                        break;
                    i = (size_t)(p - base);
                }
                if (i >= len)
                    break;
                if (max-- == 0) {
                    list_append(out, sub_bytes(self, i, len));
                    break;
                }
                size_t j = i;
                while (j < len) {
                    p = base + j;
                    uint32_t c = str_utf8_next(&p);
                    if (cp_space(c))
                        break;
                    j = (size_t)(p - base);
                }
                list_append(out, sub_bytes(self, i, j));
                i = j;
            }
        } else {
            size_t e = len;
            while (e > 0) {
                size_t s;
                while (e > 0 && cp_space(prev_cp(base, e, &s)))
                    e = s;
                if (e == 0)
                    break;
                if (max-- == 0) {
                    list_append(out, sub_bytes(self, 0, e));
                    break;
                }
                size_t j = e;
                while (j > 0 && !cp_space(prev_cp(base, j, &s)))
                    j = s;
                list_append(out, sub_bytes(self, j, e));
                e = j;
            }
            list_reverse(out);
        }
        return out;
    }
    const char *sp = str_cstr(sep);
    size_t sn = str_bytes(sep);
    if (!reverse) {
        size_t i = 0;
        const char *hit;
        while (max-- > 0 && (hit = find_bytes(base + i, len - i, sp, sn))) {
            size_t h = (size_t)(hit - base);
            list_append(out, sub_bytes(self, i, h));
            i = h + sn;
        }
        list_append(out, sub_bytes(self, i, len));
    } else {
        size_t e = len;
        const char *hit;
        while (max-- > 0 && (hit = rfind_bytes(base, e, sp, sn))) {
            size_t h = (size_t)(hit - base);
            list_append(out, sub_bytes(self, h + sn, e));
            e = h;
        }
        list_append(out, sub_bytes(self, 0, e));
        list_reverse(out);
    }
    return out;
}

static Obj *m_split(Obj *self, Obj **a, int n, Obj *kw) { return split_common("split", self, a, n, kw, false); }
static Obj *m_rsplit(Obj *self, Obj **a, int n, Obj *kw) { return split_common("rsplit", self, a, n, kw, true); }

static Obj *m_splitlines(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    Obj *a[1];
    args_parse("splitlines", args, nargs, kwnames, names, 0, a);
    bool keep = a[0] && obj_truth(a[0]);
    Obj *out = list_new(0);
    const char *base = str_cstr(self);
    size_t len = str_bytes(self), i = 0;
    while (i < len) {
        size_t j = i, eol = 0;
        while (j < len) {
            const char *p = base + j;
            uint32_t c = str_utf8_next(&p);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
                c == 0x2028 || c == 0x2029) {
                eol = (size_t)(p - base) - j;
                if (c == '\r' && j + 1 < len && base[j + 1] == '\n')
                    eol = 2;
                break;
            }
            j = (size_t)(p - base);
        }
        list_append(out, sub_bytes(self, i, keep ? j + eol : j));
        i = j + eol;
    }
    return out;
}

Obj *str_join(Obj *sep, Obj *iterable)
{
    Obj *items = list_check(iterable) || tuple_check(iterable) ? iterable : list_from_iterable(iterable);
    size_t n = list_check(items) ? list_len(items) : tuple_len(items);
    Obj **v = list_check(items) ? list_items(items) : tuple_items(items);
    if (n == 1 && TYPE(v[0]) == &type_str)
        return v[0];
    size_t total = 0;
    bool ascii = ((StrObj *)sep)->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(v[i]))
            exc_raisef(&type_TypeError, "sequence item %zu: expected str instance, %s found", i,
                       obj_type_name(v[i]));
        total += str_bytes(v[i]);
        ascii &= ((StrObj *)v[i])->ascii;
    }
    if (n)
        total += str_bytes(sep) * (n - 1);
    StrObj *s = str_alloc(total);
    char *o = s->data;
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(o, str_cstr(sep), str_bytes(sep));
            o += str_bytes(sep);
            nc += str_nchars(sep);
        }
        memcpy(o, str_cstr(v[i]), str_bytes(v[i]));
        o += str_bytes(v[i]);
        nc += str_nchars(v[i]);
    }
    s->nchars = nc;
    s->ascii = ascii;
    return total <= 1 ? str_new(s->data, total) : (Obj *)s;
}

static Obj *m_join(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("str.join", kw);
    args_count("str.join", nargs, 1, 1);
    if (!TYPE(args[0])->iter && !TYPE(args[0])->getitem)
        exc_raisef(&type_TypeError, "can only join an iterable");
    return str_join(self, args[0]);
}

Obj *str_replace(Obj *self, Obj *old, Obj *new, int64_t count)
{
    if (count < 0)
        count = INT64_MAX;
    const char *base = str_cstr(self);
    size_t len = str_bytes(self), on = str_bytes(old);
    Buf b;
    buf_init(&b);
    if (on == 0) {
        const char *p = base, *end = base + len;
        while (count > 0) {
            buf_add(&b, str_cstr(new), str_bytes(new));
            count--;
            if (p >= end)
                break;
            const char *q = p;
            str_utf8_next(&q);
            buf_add(&b, p, (size_t)(q - p));
            p = q;
        }
        buf_add(&b, p, (size_t)(end - p));
        return str_from_buf(&b);
    }
    size_t i = 0;
    const char *hit;
    bool any = false;
    while (count > 0 && (hit = find_bytes(base + i, len - i, str_cstr(old), on))) {
        size_t h = (size_t)(hit - base);
        buf_add(&b, base + i, h - i);
        buf_add(&b, str_cstr(new), str_bytes(new));
        i = h + on;
        count--;
        any = true;
    }
    if (!any && TYPE(self) == &type_str)
        return self;
    buf_add(&b, base + i, len - i);
    return str_from_buf(&b);
}

static Obj *m_replace(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("replace", kw);
    args_count("replace", nargs, 2, 3);
    arg_str("replace", args[0], 1);
    arg_str("replace", args[1], 2);
    return str_replace(self, args[0], args[1], nargs > 2 ? obj_index_i64(args[2]) : -1);
}

static Obj *partition_common(const char *fname, Obj *self, Obj **args, int nargs, Obj *kw, bool reverse)
{
    args_no_kw(fname, kw);
    args_count(fname, nargs, 1, 1);
    Obj *sep = args[0];
    if (!str_check(sep))
        exc_raisef(&type_TypeError, "must be str, not %s", obj_type_name(sep));
    if (str_bytes(sep) == 0)
        exc_raisef(&type_ValueError, "empty separator");
    const char *base = str_cstr(self);
    size_t len = str_bytes(self);
    const char *hit = reverse ? rfind_bytes(base, len, str_cstr(sep), str_bytes(sep))
                              : find_bytes(base, len, str_cstr(sep), str_bytes(sep));
    if (!hit)
        return reverse ? tuple_pack(3, str_empty(), str_empty(), self) : tuple_pack(3, self, str_empty(), str_empty());
    size_t h = (size_t)(hit - base);
    return tuple_pack(3, sub_bytes(self, 0, h), sep, sub_bytes(self, h + str_bytes(sep), len));
}

static Obj *m_partition(Obj *self, Obj **a, int n, Obj *kw) { return partition_common("partition", self, a, n, kw, false); }
static Obj *m_rpartition(Obj *self, Obj **a, int n, Obj *kw) { return partition_common("rpartition", self, a, n, kw, true); }

static Obj *affix_remove(const char *fname, Obj *self, Obj **args, int nargs, Obj *kw, bool suffix)
{
    args_no_kw(fname, kw);
    args_count(fname, nargs, 1, 1);
    Obj *a = arg_str(fname, args[0], 1);
    size_t n = str_bytes(a), len = str_bytes(self);
    if (n && n <= len && memcmp(str_cstr(self) + (suffix ? len - n : 0), str_cstr(a), n) == 0)
        return suffix ? sub_bytes(self, 0, len - n) : sub_bytes(self, n, len);
    return sub_bytes(self, 0, len);
}

static Obj *m_removeprefix(Obj *self, Obj **a, int n, Obj *kw) { return affix_remove("removeprefix", self, a, n, kw, false); }
static Obj *m_removesuffix(Obj *self, Obj **a, int n, Obj *kw) { return affix_remove("removesuffix", self, a, n, kw, true); }

/* ---- padding ------------------------------------------------------------------------------- */

static uint32_t fill_arg(Obj **args, int nargs)
{
    if (nargs < 2)
        return ' ';
    Obj *f = args[1];
    if (!str_check(f))
        exc_raisef(&type_TypeError, "The fill character must be a unicode character, not %s", obj_type_name(f));
    if (str_nchars(f) != 1)
        exc_raisef(&type_TypeError, "The fill character must be exactly one character long");
    const char *p = str_cstr(f);
    return str_utf8_next(&p);
}

/* s with `left` and `right` copies of the code point fill around it. */
static Obj *str_pad(Obj *self, int64_t left, int64_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0 && TYPE(self) == &type_str)
        return self;
    Buf b;
    buf_init(&b);
    char tmp[4];
    int fl = str_utf8_put(tmp, fill);
    for (int64_t i = 0; i < left; i++)
        buf_add(&b, tmp, (size_t)fl);
    buf_add(&b, str_cstr(self), str_bytes(self));
    for (int64_t i = 0; i < right; i++)
        buf_add(&b, tmp, (size_t)fl);
    return str_from_buf(&b);
}

static Obj *pad_common(const char *fname, Obj *self, Obj **args, int nargs, Obj *kw, int where)
{
    args_no_kw(fname, kw);
    args_count(fname, nargs, 1, 2);
    int64_t width = obj_index_i64(args[0]);
    uint32_t fill = fill_arg(args, nargs);
    int64_t marg = width - (int64_t)str_nchars(self);
    if (marg <= 0)
        return sub_bytes(self, 0, str_bytes(self));
    int_check_result_size((double)width);
    if (where < 0)
        return str_pad(self, 0, marg, fill);
    if (where > 0)
        return str_pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return str_pad(self, left, marg - left, fill);
}

static Obj *m_ljust(Obj *self, Obj **a, int n, Obj *kw) { return pad_common("ljust", self, a, n, kw, -1); }
static Obj *m_rjust(Obj *self, Obj **a, int n, Obj *kw) { return pad_common("rjust", self, a, n, kw, 1); }
static Obj *m_center(Obj *self, Obj **a, int n, Obj *kw) { return pad_common("center", self, a, n, kw, 0); }

static Obj *m_zfill(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("str.zfill", kw);
    args_count("str.zfill", nargs, 1, 1);
    int64_t width = obj_index_i64(args[0]);
    int64_t fill = width - (int64_t)str_nchars(self);
    if (fill <= 0)
        return sub_bytes(self, 0, str_bytes(self));
    int_check_result_size((double)width);
    Buf b;
    buf_init(&b);
    const char *p = str_cstr(self);
    size_t len = str_bytes(self);
    if (len && (p[0] == '+' || p[0] == '-')) {
        buf_putc(&b, p[0]);
        p++, len--;
    }
    for (int64_t i = 0; i < fill; i++)
        buf_putc(&b, '0');
    buf_add(&b, p, len);
    return str_from_buf(&b);
}

static Obj *m_expandtabs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    Obj *a[1];
    args_parse("expandtabs", args, nargs, kwnames, names, 0, a);
    int64_t ts = a[0] ? obj_index_i64(a[0]) : 8;
    Buf b;
    buf_init(&b);
    int64_t col = 0;
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    while (p < end) {
        const char *s = p;
        uint32_t c = str_utf8_next(&p);
        if (c == '\t') {
            if (ts > 0) {
                int64_t n = ts - col % ts;
                for (int64_t i = 0; i < n; i++)
                    buf_putc(&b, ' ');
                col += n;
            }
        } else {
            buf_add(&b, s, (size_t)(p - s));
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return str_from_buf(&b);
}

/* ---- translate, encode, format ------------------------------------------------------------- */

static Obj *m_translate(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("str.translate", kw);
    args_count("str.translate", nargs, 1, 1);
    Obj *table = args[0];
    Buf b;
    buf_init(&b);
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    while (p < end) {
        const char *s = p;
        uint32_t c = str_utf8_next(&p);
        Obj *v = NULL;
        if (dict_check(table)) {
            v = dict_get(table, small_new(c));
        } else {
            ExcJump j;
            Obj *volatile got = NULL;
            EXC_TRY(j) {
                got = obj_getitem(table, small_new(c));
                exc_pop(&j);
            } else {
                if (!exc_matches(j.exc, (Obj *)&type_LookupError))
                    exc_raise(j.exc);
            }
            v = (Obj *)got;
        }
        if (!v) {
            buf_add(&b, s, (size_t)(p - s));
        } else if (v == None) {
            continue;
        } else if (str_check(v)) {
            buf_add(&b, str_cstr(v), str_bytes(v));
        } else if (int_check(v)) {
            int64_t cp = obj_index_i64(v);
            if (cp < 0 || cp > 0x10ffff)
                exc_raisef(&type_ValueError, "character mapping must be in range(0x110000)");
            put_cp(&b, (uint32_t)cp);
        } else {
            exc_raisef(&type_TypeError, "character mapping must return integer, None or str");
        }
    }
    return str_from_buf(&b);
}

static uint32_t single_cp(Obj *s)
{
    const char *p = str_cstr(s);
    return str_utf8_next(&p);
}

static Obj *m_maketrans(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)self;
    args_no_kw("maketrans", kw);
    args_count("maketrans", nargs, 1, 3);
    Obj *d = dict_new();
    if (nargs == 1) {
        if (!dict_check(args[0]))
            exc_raisef(&type_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(args[0], &pos, &k, &v)) {
            if (str_check(k)) {
                if (str_nchars(k) != 1)
                    exc_raisef(&type_ValueError, "string keys in translate table must be of length 1");
                dict_set(d, small_new(single_cp(k)), v);
            } else if (int_check(k)) {
                dict_set(d, k, v);
            } else {
                exc_raisef(&type_TypeError, "keys in translate table must be strings or integers");
            }
        }
        return d;
    }
    arg_str("maketrans", args[0], 1);
    arg_str("maketrans", args[1], 2);
    if (str_nchars(args[0]) != str_nchars(args[1]))
        exc_raisef(&type_ValueError, "the first two maketrans arguments must have equal length");
    const char *p = str_cstr(args[0]), *q = str_cstr(args[1]), *end = p + str_bytes(args[0]);
    while (p < end) {
        uint32_t a = str_utf8_next(&p), c = str_utf8_next(&q);
        dict_set(d, small_new(a), small_new(c));
    }
    if (nargs == 3) {
        arg_str("maketrans", args[2], 3);
        const char *r = str_cstr(args[2]), *rend = r + str_bytes(args[2]);
        while (r < rend)
            dict_set(d, small_new(str_utf8_next(&r)), None);
    }
    return d;
}

static Obj *m_encode(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Obj *a[2];
    args_parse("encode", args, nargs, kwnames, names, 0, a);
    const char *enc = a[0] ? str_cstr(arg_str("encode", a[0], 1)) : "utf-8";
    bool strict = !a[1] || strcmp(str_cstr(a[1]), "strict") == 0;
    char norm[16];
    size_t k = 0;
    for (const char *e = enc; *e && k < sizeof norm - 1; e++)
        if (*e != '-' && *e != '_')
            norm[k++] = (char)(*e | 0x20);
    norm[k] = 0;
    if (!strcmp(norm, "utf8"))
        return bytes_new(str_cstr(self), str_bytes(self));
    uint32_t lim = !strcmp(norm, "ascii") ? 0x80 : !strcmp(norm, "latin1") || !strcmp(norm, "iso88591") ? 0x100 : 0;
    if (!lim)
        exc_raisef(&type_LookupError, "unknown encoding: %s", enc);
    Buf b;
    buf_init(&b);
    const char *p = str_cstr(self), *end = p + str_bytes(self);
    size_t pos = 0;
    while (p < end) {
        uint32_t c = str_utf8_next(&p);
        if (c >= lim) {
            if (strict) {
                Obj *r = str_repr(str_from_codepoint(c));
                exc_raisef(&type_UnicodeEncodeError, "'%s' codec can't encode character %s in position %zu: "
                           "ordinal not in range(%u)", lim == 0x80 ? "ascii" : "latin-1", str_cstr(r), pos, lim);
            }
            if (!strcmp(str_cstr(a[1]), "replace"))
                buf_putc(&b, '?');
        } else {
            buf_putc(&b, (char)c);
        }
        pos++;
    }
    return bytes_new(b.data ? b.data : "", b.len);
}

static Obj *m_format(Obj *self, Obj **args, int nargs, Obj *kw) { return strfmt_format(self, args, nargs, kw, NULL); }

static Obj *m_format_map(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("str.format_map", kw);
    args_count("str.format_map", nargs, 1, 1);
    return strfmt_format(self, NULL, 0, NULL, args[0]);
}

static Obj *m_dunder_format(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("str.__format__", kw);
    args_count("str.__format__", nargs, 1, 1);
    return strfmt_str(self, arg_str("__format__", args[0], 1));
}

static const MethodDef str_methods[] = {
    {"find", m_find, 0},
    {"rfind", m_rfind, 0},
    {"index", m_index, 0},
    {"rindex", m_rindex, 0},
    {"count", m_count, 0},
    {"startswith", m_startswith, 0},
    {"endswith", m_endswith, 0},
    {"upper", m_upper, 0},
    {"lower", m_lower, 0},
    {"casefold", m_casefold, 0},
    {"swapcase", m_swapcase, 0},
    {"title", m_title, 0},
    {"capitalize", m_capitalize, 0},
    {"isdigit", m_isdigit, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isalpha", m_isalpha, 0},
    {"isalnum", m_isalnum, 0},
    {"isspace", m_isspace, 0},
    {"isascii", m_isascii, 0},
    {"isprintable", m_isprintable, 0},
    {"isupper", m_isupper, 0},
    {"islower", m_islower, 0},
    {"istitle", m_istitle, 0},
    {"isidentifier", m_isidentifier, 0},
    {"strip", m_strip, 0},
    {"lstrip", m_lstrip, 0},
    {"rstrip", m_rstrip, 0},
    {"split", m_split, 0},
    {"rsplit", m_rsplit, 0},
    {"splitlines", m_splitlines, 0},
    {"join", m_join, 0},
    {"replace", m_replace, 0},
    {"partition", m_partition, 0},
    {"rpartition", m_rpartition, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"ljust", m_ljust, 0},
    {"rjust", m_rjust, 0},
    {"center", m_center, 0},
    {"zfill", m_zfill, 0},
    {"expandtabs", m_expandtabs, 0},
    {"translate", m_translate, 0},
    {"maketrans", m_maketrans, METH_STATIC},
    {"encode", m_encode, 0},
    {"format", m_format, 0},
    {"format_map", m_format_map, 0},
    {"__format__", m_dunder_format, 0},
    {NULL, NULL, 0},
};

/* ---- slots --------------------------------------------------------------------------------- */

static Obj *str_repr_slot(Obj *o) { return str_repr(o); }

static Obj *str_str_slot(Obj *o) { return TYPE(o) == &type_str ? o : str_new(str_cstr(o), str_bytes(o)); }

static Obj *str_compare_slot(Obj *a, Obj *b, int op)
{
    if (!str_check(a) || !str_check(b))
        return NotImplemented;
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = str_equal(a, b);
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    return bool_from(int_cmp_holds(str_compare(a, b), op));
}

Obj *str_repeat(Obj *s, int64_t n)
{
    if (n <= 0 || str_bytes(s) == 0)
        return str_empty();
    if (n == 1 && TYPE(s) == &type_str)
        return s;
    size_t len = str_bytes(s);
    int_check_result_size((double)len * (double)n);
    StrObj *r = str_alloc(len * (size_t)n);
    seq_repeat(r->data, str_data(s), len, (size_t)n);
    r->nchars = str_nchars(s) * (size_t)n;
    r->ascii = ((StrObj *)s)->ascii;
    return (Obj *)r;
}

static Obj *str_binop(Obj *a, Obj *b, int op)
{
    switch (OP_BASE(op)) {
    case OP_ADD:
        if (str_check(a) && str_check(b))
            return str_concat(a, b);
        return NotImplemented;
    case OP_MUL:
        if (str_check(a) && int_check(b))
            return str_repeat(a, obj_index_i64(b));
        if (str_check(b) && int_check(a))
            return str_repeat(b, obj_index_i64(a));
        if (str_check(a) && !is_small(b) && TYPE(b)->convert) {
            Obj *i = TYPE(b)->convert(b, CONV_INDEX, NULL);
            if (i)
                return str_repeat(a, obj_index_i64(i));
        }
        return NotImplemented;
    case OP_MOD:
        if (str_check(a) && !(op & OP_REFLECTED))
            return str_mod(a, b);
        return NotImplemented;
    default:
        return NotImplemented;
    }
}

Obj *str_mod(Obj *fmt, Obj *args) { return strfmt_percent(fmt, args); }

/* s[i] with negative indices counted from the end; IndexError outside. */
static Obj *str_char_at(Obj *s, int64_t i)
{
    int64_t n = (int64_t)str_nchars(s);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "string index out of range");
    size_t b = byte_of(s, (size_t)i);
    if (((StrObj *)s)->ascii)
        return str_new(str_cstr(s) + b, 1);
    const char *p = str_cstr(s) + b;
    const char *q = p;
    str_utf8_next(&q);
    return str_new(p, (size_t)(q - p));
}

static Obj *str_getitem(Obj *s, Obj *key)
{
    if (is_small(key))
        return str_char_at(s, small_value(key));
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, (int64_t)str_nchars(s), &start, &stop, &step);
        if (n <= 0)
            return str_empty();
        if (step == 1) {
            size_t b = byte_of(s, (size_t)start);
            const char *q = str_cstr(s) + b;
            for (int64_t i = 0; i < n && !((StrObj *)s)->ascii; i++)
                str_utf8_next(&q);
            size_t e = ((StrObj *)s)->ascii ? (size_t)stop : (size_t)(q - str_cstr(s));
            if (b == 0 && e == str_bytes(s) && TYPE(s) == &type_str)
                return s;
            return sub_bytes(s, b, e);
        }
        Buf b;
        buf_init(&b);
        if (((StrObj *)s)->ascii) {
            for (int64_t i = 0, k = start; i < n; i++, k += step)
                buf_putc(&b, str_cstr(s)[k]);
        } else {
            /* Offsets of every code point, then pick. */
            size_t nc = str_nchars(s);
            size_t *off = gc_alloc_atomic((nc + 1) * sizeof(size_t));
            const char *p = str_cstr(s);
            for (size_t i = 0; i <= nc; i++) {
                off[i] = (size_t)(p - str_cstr(s));
                if (i < nc)
                    str_utf8_next(&p);
            }
            for (int64_t i = 0, k = start; i < n; i++, k += step)
                buf_add(&b, str_cstr(s) + off[k], off[k + 1] - off[k]);
        }
        return str_from_buf(&b);
    }
    if (int_check(key) || (TYPE(key)->convert && TYPE(key)->convert(key, CONV_INDEX, NULL)))
        return str_char_at(s, obj_index_i64(key));
    exc_raisef(&type_TypeError, "string indices must be integers, not '%s'", obj_type_name(key));
}

static int64_t str_len_slot(Obj *s) { return (int64_t)str_nchars(s); }

static bool str_contains_slot(Obj *s, Obj *item)
{
    if (!str_check(item))
        exc_raisef(&type_TypeError, "'in <string>' requires string as left operand, not %s", obj_type_name(item));
    return find_bytes(str_cstr(s), str_bytes(s), str_cstr(item), str_bytes(item)) != NULL;
}

static bool str_truth(Obj *s) { return str_bytes(s) != 0; }

static int64_t str_hash_slot(Obj *s) { return str_hash(s); }

static Obj *str_format_slot(Obj *s, Obj *spec) { return strfmt_str(s, spec); }

typedef struct StrIterObj {
    Obj base;
    Obj *s;
    size_t pos;
} StrIterObj;

static Obj *striter_next(Obj *self)
{
    StrIterObj *it = (StrIterObj *)self;
    if (it->pos >= str_bytes(it->s))
        return NULL;
    const char *p = str_cstr(it->s) + it->pos, *q = p;
    str_utf8_next(&q);
    it->pos += (size_t)(q - p);
    return str_new(p, (size_t)(q - p));
}

static Obj *iter_self(Obj *self) { return self; }

Type type_str_iterator = {
    .base = {&type_type},
    .name = "str_ascii_iterator",
    .base_type = &type_object,
    .basicsize = sizeof(StrIterObj),
    .iter = iter_self,
    .next = striter_next,
};

static Obj *str_iter_slot(Obj *s)
{
    StrIterObj *it = gc_alloc(sizeof *it);
    it->base.type = &type_str_iterator;
    it->s = s;
    return (Obj *)it;
}

static Obj *str_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Obj *a[3];
    args_parse("str", args, nargs, kwnames, names, 0, a);
    Obj *r;
    if (!a[0])
        r = str_empty();
    else if (a[1] || a[2]) {
        if (!bytes_check(a[0]))
            exc_raisef(&type_TypeError, "decoding to str: need a bytes-like object, %s found", obj_type_name(a[0]));
        r = bytes_decode(a[0], a[1], a[2]);
    } else
        r = obj_str(a[0]);
    if (type == &type_str)
        return r;
    /* A subclass instance keeps its bytes apart: its own fields follow the header. */
    StrObj *s = gc_alloc(type->basicsize);
    s->base.type = type;
    s->hash = -1;
    s->len = str_bytes(r);
    s->data = gc_alloc_atomic(s->len + 1);
    memcpy(s->data, str_data(r), s->len);
    return str_finish(s);
}

Type type_str = {
    .base = {&type_type},
    .name = "str",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_STR | TF_IMMUTABLE | TF_VARSIZE,
    .basicsize = sizeof(StrObj),
    .new = str_new_slot,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .compare = str_compare_slot,
    .binop = str_binop,
    .format = str_format_slot,
    .truth = str_truth,
    .getattr = obj_generic_getattr,
    .iter = str_iter_slot,
    .getitem = str_getitem,
    .len = str_len_slot,
    .contains = str_contains_slot,
    .methods = str_methods,
};

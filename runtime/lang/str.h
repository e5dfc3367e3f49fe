/* runtime/lang/str.h — str: immutable Unicode text stored as UTF-8, with its methods, interning,
 * repr and the %-operator.
 *
 * A str keeps its byte length and its length in code points; indexing an all-ASCII str is direct,
 * other strs are walked. Interned strs (identifiers, attribute and method names) are unique per
 * content, so dictionaries of names compare them by identity first. */
#ifndef TIRBOX_STR_H
#define TIRBOX_STR_H

#include "base/buf.h"
#include "runtime/lang/obj.h"

typedef struct StrObj {
    Obj base;
    int64_t hash;          /* -1 until computed */
    size_t len;            /* bytes, without the terminating NUL */
    size_t nchars;         /* code points */
    bool ascii;
    bool interned;
    bool built;            /* data is the start of a builder buffer (see str_concat) */
    char *data;            /* UTF-8; NUL-terminated unless a longer str has since grown its buffer */
    char inline_data[];    /* where data points for all strs but built ones */
} StrObj;

extern Type type_str, type_str_iterator;

static inline bool str_check(const Obj *o) { return !is_small(o) && (o->type->flags & TF_STR); }
/* Gives s NUL-terminated bytes of its own (a built str whose buffer has grown past it). */
const char *str_terminate(const Obj *s);
/* The bytes as a C string. */
static inline const char *str_cstr(const Obj *s)
{
    const StrObj *o = (const StrObj *)s;
    return o->data[o->len] == 0 ? o->data : str_terminate(s);
}
static inline size_t str_bytes(const Obj *s) { return ((const StrObj *)s)->len; }
static inline size_t str_nchars(const Obj *s) { return ((const StrObj *)s)->nchars; }

/* The bytes without the guarantee of a terminating NUL (cheaper than str_cstr). */
static inline const char *str_data(const Obj *s) { return ((const StrObj *)s)->data; }

/* A new str from valid UTF-8 bytes (copied). */
Obj *str_new(const char *s, size_t len);
Obj *str_from_cstr(const char *s);
Obj *str_from_buf(Buf *b);
Obj *str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
Obj *str_vprintf(const char *fmt, va_list ap);
/* The empty str and the one-character strs of ASCII are shared. */
Obj *str_empty(void);

/* The canonical instance for this content; start-up interns are permanent, later ones last until
 * the end of the request (str_reset_young_interns). */
Obj *str_intern(Obj *s);
Obj *str_intern_cstr(const char *s);
void str_reset_young_interns(void);

bool str_equal(Obj *a, Obj *b);
int64_t str_hash(Obj *s);
int str_compare(Obj *a, Obj *b);        /* by code point, like CPython: <0, 0, >0 */
/* a + b. Long results live in a builder buffer with room to spare, and a + b appends in place
 * when a ends where its buffer's bytes end, so `s += t` in a loop costs O(len(t)), not O(len(s)). */
Obj *str_concat(Obj *a, Obj *b);
/* repr(s) with CPython's choice of quotes and escapes. */
Obj *str_repr(Obj *s);
/* s % args (printf-style formatting). */
Obj *str_mod(Obj *fmt, Obj *args);
/* sep.join(iterable). */
Obj *str_join(Obj *sep, Obj *iterable);

/* A str of one code point. */
Obj *str_from_codepoint(uint32_t cp);
/* s * n. */
Obj *str_repeat(Obj *s, int64_t n);
/* s.replace(old, new, count); count < 0: all. */
Obj *str_replace(Obj *s, Obj *old, Obj *new_, int64_t count);

/* Decodes one code point at *p (advancing it). */
uint32_t str_utf8_next(const char **p);
/* Encodes a code point; returns the byte count (1-4). */
int str_utf8_put(char *out, uint32_t cp);

#endif

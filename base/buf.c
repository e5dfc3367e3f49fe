/* base/buf.c — a growable byte buffer in the collected heap. */
#include "base/buf.h"

#include <stdio.h>
#include <string.h>

#include "base/gc.h"

void buf_init(Buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

char *buf_reserve(Buf *b, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = gc_alloc_atomic(cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    return b->data + b->len;
}

void buf_commit(Buf *b, size_t n)
{
    b->len += n;
    b->data[b->len] = 0;
}

void buf_add(Buf *b, const char *s, size_t n)
{
    memcpy(buf_reserve(b, n), s, n);
    buf_commit(b, n);
}

void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_putc(Buf *b, char c)
{
    *buf_reserve(b, 1) = c;
    buf_commit(b, 1);
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small) {
        buf_add(b, small, (size_t)n);
    } else {
        char *d = buf_reserve(b, (size_t)n);
        vsnprintf(d, (size_t)n + 1, fmt, again);
        buf_commit(b, (size_t)n);
    }
    va_end(again);
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *buf_cstr(Buf *b)
{
    if (!b->data)
        buf_reserve(b, 0);
    return b->data;
}

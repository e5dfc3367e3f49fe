/* base/buf.h — a growable byte buffer in the collected heap, for building text.
 *
 * A Buf lives on the stack or inside a block; its bytes are an atomic heap block, so abandoning
 * one (an exception, an early return) costs nothing. The bytes are kept NUL-terminated. */
#ifndef TIRBOX_BUF_H
#define TIRBOX_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

/* An empty buffer (all-zero is also a valid empty buffer). */
void buf_init(Buf *b);

/* Makes room for n more bytes; returns where they go (buf_commit them after writing). */
char *buf_reserve(Buf *b, size_t n);
void buf_commit(Buf *b, size_t n);

void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, char c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);

/* The text so far (never NULL, NUL-terminated). */
const char *buf_cstr(Buf *b);

#endif

/* runtime/lang/seq.h — helpers shared by the built-in sequences (str, bytes, tuple, list). */
#ifndef TIRBOX_SEQ_H
#define TIRBOX_SEQ_H

#include <stddef.h>

/* Writes count copies of the unit_bytes bytes at unit to dst (s * n, [x] * n), doubling the
 * copied prefix so that a one-item unit costs log(count) memcpy calls, not count. */
void seq_repeat(void *dst, const void *unit, size_t unit_bytes, size_t count);

#endif

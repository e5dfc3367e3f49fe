/* runtime/lang/seq.c — helpers shared by the built-in sequences. */
#include "runtime/lang/seq.h"

#include <string.h>

void seq_repeat(void *dst, const void *unit, size_t unit_bytes, size_t count)
{
    size_t total = unit_bytes * count, done = unit_bytes;
    if (!total)
        return;
    memcpy(dst, unit, unit_bytes);
    while (done < total) {
        size_t n = done < total - done ? done : total - done;
        memcpy((char *)dst + done, dst, n);
        done += n;
    }
}

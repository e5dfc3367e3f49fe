/* runtime/lang/out.h — the program's standard streams: stdout captured into a capped buffer,
 * stderr discarded, stdin at end of file; and the print and input builtins. */
#ifndef TIRBOX_OUT_H
#define TIRBOX_OUT_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime/lang/obj.h"

/* Starts capturing a request's stdout, keeping at most cap bytes. */
void out_begin(size_t cap);
/* Appends to stdout, cutting on a UTF-8 boundary at the cap. */
void out_write(const char *s, size_t n);
/* What was captured so far, and whether some was cut. */
const char *out_text(size_t *len);
bool out_truncated(void);

/* The objects sys.stdout and sys.stderr (write and flush methods). */
Obj *out_stdout(void);
Obj *out_stderr(void);

/* Registers print and input. */
void out_init(Obj *builtins_dict);

#endif

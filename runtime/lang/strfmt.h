/* runtime/lang/strfmt.h — text formatting as CPython does it: the format-spec mini-language of
 * format() and f-strings for int, float, complex and str; str.format's replacement fields; and
 * printf-style `%` formatting. */
#ifndef TIRBOX_STRFMT_H
#define TIRBOX_STRFMT_H

#include "runtime/lang/obj.h"

/* format(i, spec) for an int or bool. */
Obj *strfmt_int(Obj *v, Obj *spec);
/* format(x, spec) for a float value. */
Obj *strfmt_float(double v, Obj *spec);
/* format(z, spec) for a complex value. */
Obj *strfmt_complex(double re, double im, Obj *spec);
/* format(s, spec) for a str. */
Obj *strfmt_str(Obj *s, Obj *spec);
/* fmt.format(*args, **kwargs), or fmt.format_map(mapping) when mapping is not NULL. */
Obj *strfmt_format(Obj *fmt, Obj **args, int nargs, Obj *kwnames, Obj *mapping);
/* fmt % args. */
Obj *strfmt_percent(Obj *fmt, Obj *args);

#endif

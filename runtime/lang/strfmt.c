/* runtime/lang/strfmt.c — the format-spec mini-language, str.format and `%` formatting, with
 * CPython's output and error messages. Digits of floats come from the C library's correctly
 * rounded printf; the layout around them (signs, grouping, padding) is done here. */
#include "runtime/lang/strfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/int.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

/* ---- the spec ------------------------------------------------------------------------------ */

typedef struct Spec {
    uint32_t fill;
    char align;        /* 0 when not given */
    char sign;         /* 0, '+', '-', ' ' */
    bool z, alt;
    int64_t width;     /* -1 when not given */
    char group;        /* 0, ',', '_' */
    int64_t prec;      /* -1 when not given */
    char type;         /* 0 when not given */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int64_t parse_count(const char **p, const char *end)
{
    int64_t v = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (v > (INT64_MAX - 9) / 10)
            exc_raisef(&type_ValueError, "Too many decimal digits in format string");
        v = v * 10 + (*(*p)++ - '0');
    }
    return v;
}

/* Parses a spec for an object of type tname whose presentation type defaults to default_type
 * and alignment to default_align, checking what CPython checks while parsing. */
static void parse_spec(Obj *spec, Spec *sp, char default_type, char default_align, const char *tname)
{
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = sp->prec = -1;
    const char *p = str_cstr(spec), *end = p + str_bytes(spec);
    bool fill_given = false;
    if (p < end) {
        const char *q = p;
        uint32_t c0 = str_utf8_next(&q);
        if (q < end && is_align((unsigned char)*q)) {
            sp->fill = c0;
            sp->align = *q;
            fill_given = true;
            p = q + 1;
        } else if (is_align(c0)) {
            sp->align = (char)c0;
            p = q;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        sp->sign = *p++;
    if (p < end && *p == 'z')
        sp->z = true, p++;
    if (p < end && *p == '#')
        sp->alt = true, p++;
    if (p < end && *p == '0') {
        /* Zero padding: '=' alignment only where numbers are aligned right by default. */
        if (!fill_given)
            sp->fill = '0';
        if (!sp->align && default_align == '>')
            sp->align = '=';
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9')
        sp->width = parse_count(&p, end);
    if (p < end && (*p == ',' || *p == '_')) {
        sp->group = *p++;
        if (p < end && (*p == ',' || *p == '_'))
            exc_raisef(&type_ValueError, "Cannot specify both ',' and '_'.");
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || !(*p >= '0' && *p <= '9'))
            exc_raisef(&type_ValueError, "Format specifier missing precision");
        sp->prec = parse_count(&p, end);
    }
    if (end - p > 1)
        exc_raisef(&type_ValueError, "Invalid format specifier '%s' for object of type '%s'", str_cstr(spec), tname);
    sp->type = p < end ? *p : default_type;
    if (sp->group && sp->type && !strchr("defgEG%F", sp->type) && !(sp->group == '_' && strchr("boxX", sp->type)))
        exc_raisef(&type_ValueError, "Cannot specify '%c' with '%c'.", sp->group, sp->type);
}

_Noreturn static void unknown_code(char type, const char *tname)
{
    if ((unsigned char)type >= 0x20 && (unsigned char)type < 0x7f)
        exc_raisef(&type_ValueError, "Unknown format code '%c' for object of type '%s'", type, tname);
    exc_raisef(&type_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned char)type, tname);
}

static void put_fill(Buf *b, uint32_t fill, int64_t n)
{
    char tmp[4];
    int k = str_utf8_put(tmp, fill);
    for (int64_t i = 0; i < n; i++)
        buf_add(b, tmp, (size_t)k);
}

/* Pads text (of nchars code points) to the spec's width; `split` bytes of it (sign and prefix) go
 * before the padding when aligning with '='. */
static Obj *pad(const Spec *sp, const char *text, size_t len, size_t nchars, size_t split, char default_align)
{
    int64_t padn = sp->width > (int64_t)nchars ? sp->width - (int64_t)nchars : 0;
    if (padn == 0)
        return str_new(text, len);
    int_check_result_size((double)sp->width);
    char align = sp->align ? sp->align : default_align;
    Buf b;
    buf_init(&b);
    switch (align) {
    case '<':
        buf_add(&b, text, len);
        put_fill(&b, sp->fill, padn);
        break;
    case '^':
        put_fill(&b, sp->fill, padn / 2);
        buf_add(&b, text, len);
        put_fill(&b, sp->fill, padn - padn / 2);
        break;
    case '=':
        buf_add(&b, text, split);
        put_fill(&b, sp->fill, padn);
        buf_add(&b, text + split, len - split);
        break;
    default:
        put_fill(&b, sp->fill, padn);
        buf_add(&b, text, len);
        break;
    }
    return str_from_buf(&b);
}

/* Writes digits with a separator every `every` digits from the right; with min_width > 0 pads
 * with grouped zeros to at least that many characters (never starting with a separator). */
static void group_digits(Buf *out, const char *digits, size_t nd, char sep, int every, int64_t min_width)
{
    size_t total = nd + (nd - 1) / (size_t)every;
    size_t zeros = 0;
    while ((int64_t)(total) < min_width) {
        zeros++;
        total = (nd + zeros) + (nd + zeros - 1) / (size_t)every;
    }
    size_t n = nd + zeros;
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % (size_t)every == 0)
            buf_putc(out, sep);
        buf_putc(out, i < zeros ? '0' : digits[i - zeros]);
    }
}

/* sign + prefix + integer digits (grouped) + rest, padded. */
static Obj *finish_number(const Spec *sp, bool neg, const char *prefix, const char *digits, size_t nd,
                          const char *rest, int every)
{
    Buf b;
    buf_init(&b);
    if (neg)
        buf_putc(&b, '-');
    else if (sp->sign == '+' || sp->sign == ' ')
        buf_putc(&b, sp->sign);
    buf_puts(&b, prefix);
    size_t split = b.len;
    size_t restlen = strlen(rest);
    if (sp->group && nd) {
        int64_t min = 0;
        if (sp->align == '=' && sp->fill == '0' && sp->width > 0)
            min = sp->width - (int64_t)split - (int64_t)restlen;
        group_digits(&b, digits, nd, sp->group, every, min);
    } else {
        buf_add(&b, digits, nd);
    }
    buf_add(&b, rest, restlen);
    return pad(sp, buf_cstr(&b), b.len, b.len, split, '>');
}

/* ---- int ---------------------------------------------------------------------------------- */

static Obj *format_float_spec(double v, const Spec *sp);

static Obj *format_int_spec(Obj *v, const Spec *sp)
{
    char type = sp->type;
    if (!strchr("dnboxXc", type))
        unknown_code(type, obj_type_name(v));
    if (sp->prec >= 0)
        exc_raisef(&type_ValueError, "Precision not allowed in integer format specifier");
    if (sp->z)
        exc_raisef(&type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (sp->sign)
            exc_raisef(&type_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            exc_raisef(&type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t c;
        if (!int_get_i64(v, &c))
            exc_raisef(&type_OverflowError, "Python int too large to convert to C long");
        if (c < 0 || c > 0x10ffff)
            exc_raisef(&type_OverflowError, "%%c arg not in range(0x110000)");
        Obj *s = str_from_codepoint((uint32_t)c);
        return pad(sp, str_cstr(s), str_bytes(s), 1, 0, '<');
    }
    bool neg = int_sign(v) < 0;
    Obj *absv = neg ? obj_unop(v, UNARY_NEG) : v;
    Obj *digits;
    const char *prefix = "";
    int every = 3;
    switch (type) {
    case 'b': digits = int_to_base(absv, 2, false); prefix = "0b"; every = 4; break;
    case 'o': digits = int_to_base(absv, 8, false); prefix = "0o"; every = 4; break;
    case 'x': case 'X': digits = int_to_base(absv, 16, false); prefix = type == 'x' ? "0x" : "0X"; every = 4; break;
    default: digits = int_to_str(absv); break;
    }
    if (type == 'X') {
        char *up = gc_alloc_atomic(str_bytes(digits) + 1);
        for (size_t i = 0; i < str_bytes(digits); i++) {
            char c = str_cstr(digits)[i];
            up[i] = c >= 'a' && c <= 'f' ? (char)(c - 32) : c;
        }
        digits = str_new(up, str_bytes(digits));
    }
    return finish_number(sp, neg, sp->alt ? prefix : "", str_cstr(digits), str_bytes(digits), "", every);
}

Obj *strfmt_int(Obj *v, Obj *spec)
{
    if (str_bytes(spec) == 0)
        return obj_str(v);
    Spec sp;
    parse_spec(spec, &sp, 'd', '>', obj_type_name(v));
    if (strchr("eEfFgG%", sp.type))
        return format_float_spec(int_to_double(v), &sp);
    return format_int_spec(v, &sp);
}

/* ---- float -------------------------------------------------------------------------------- */

/* |v| in fixed notation with prec decimals ('#': a point even without decimals). */
static void float_body_fixed(Buf *b, double v, int prec, bool alt)
{
    char tmp[48];
    int n = alt ? -1 : float_format_fixed(v, prec, tmp);
    if (n >= 0)
        buf_add(b, tmp, (size_t)n);
    else
        buf_printf(b, alt ? "%#.*f" : "%.*f", prec, fabs(v));
}

/* The presentation without a type but with a precision: like 'g', except that exponent notation
 * starts one digit earlier (at 10**prec) and an integral value keeps ".0" (format(12.0, '.3') is
 * '12.0', format(100.0, '.3') is '1e+02'), as CPython's repr-style 'g'. */
static void float_body_general(Buf *b, double v, int prec, bool alt)
{
    int p = prec < 1 ? 1 : prec;
    Buf t;
    buf_init(&t);
    buf_printf(&t, "%.*e", p - 1, v);
    const char *s = buf_cstr(&t);
    char *digits = gc_alloc_atomic((size_t)p + 1);
    int n = 0;
    for (; *s != 'e'; s++)
        if (*s != '.')
            digits[n++] = *s;
    int decpt = atoi(s + 1) + 1;
    if (!alt)
        while (n > 1 && digits[n - 1] == '0')
            n--;
    if (decpt <= -4 || decpt >= p) {
        buf_putc(b, digits[0]);
        if (n > 1 || alt)
            buf_putc(b, '.');
        buf_add(b, digits + 1, (size_t)n - 1);
        buf_printf(b, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        buf_puts(b, "0.");
        for (int i = 0; i < -decpt; i++)
            buf_putc(b, '0');
        buf_add(b, digits, (size_t)n);
    } else {
        for (int i = 0; i < decpt; i++)
            buf_putc(b, i < n ? digits[i] : '0');
        buf_putc(b, '.');
        if (n > decpt)
            buf_add(b, digits + decpt, (size_t)(n - decpt));
        else
            buf_putc(b, '0');
    }
}

/* The text of |v| (no sign) for a float type; adds "%" for '%'. */
static void float_body(Buf *b, double v, const Spec *sp, char type)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (!isfinite(v)) {
        buf_puts(b, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%')
            buf_putc(b, '%');
        return;
    }
    int64_t prec = sp->prec;
    if (prec > 1000000)
        exc_raisef(&type_ValueError, "precision too big");
    const char *alt = sp->alt ? "#" : "";
    char fmt[16];
    switch (type) {
    case 0:
        if (prec >= 0) {
            float_body_general(b, v, (int)prec, sp->alt);
            return;
        }
        char tmp[40];
        float_repr_buf(v, tmp);
        char *e = strchr(tmp, 'e');
        if (sp->alt && e && !strchr(tmp, '.')) {
            /* '#' keeps a point in the mantissa: 1.e+16. */
            buf_add(b, tmp, (size_t)(e - tmp));
            buf_putc(b, '.');
            buf_puts(b, e);
        } else {
            buf_puts(b, tmp);
        }
        return;
    case 'n':
    case 'g':
    case 'G':
        snprintf(fmt, sizeof fmt, "%%%s.*%c", alt, type == 'G' ? 'G' : 'g');
        buf_printf(b, fmt, (int)(prec < 0 ? 6 : prec ? prec : 1), v);
        return;
    case '%':
        float_body_fixed(b, v * 100, (int)(prec < 0 ? 6 : prec), sp->alt);
        buf_putc(b, '%');
        return;
    case 'f':
    case 'F':
        float_body_fixed(b, v, (int)(prec < 0 ? 6 : prec), sp->alt);
        return;
    default:
        snprintf(fmt, sizeof fmt, "%%%s.*%c", alt, type);
        buf_printf(b, fmt, (int)(prec < 0 ? 6 : prec), v);
        return;
    }
}

/* Splits a float body into the integer digits and the rest. */
static size_t int_part(const char *body)
{
    size_t n = 0;
    while (body[n] >= '0' && body[n] <= '9')
        n++;
    return n;
}

/* Whether a finite body shows a zero (for 'z', which drops the sign of a rounded -0). */
static bool all_zero(const char *body)
{
    if (!(*body >= '0' && *body <= '9'))
        return false;
    for (const char *p = body; *p && *p != 'e' && *p != 'E' && *p != '%'; p++)
        if (*p >= '1' && *p <= '9')
            return false;
    return true;
}

static Obj *format_float_spec(double v, const Spec *sp)
{
    char type = sp->type;
    if (type && !strchr("eEfFgGn%", type))
        unknown_code(type, "float");
    bool neg = signbit(v) && !isnan(v);
    Buf body;
    buf_init(&body);
    float_body(&body, fabs(v), sp, type);
    const char *text = buf_cstr(&body);
    if (neg && sp->z && all_zero(text))
        neg = false;
    size_t nd = int_part(text);
    return finish_number(sp, neg, "", text, nd, text + nd, 3);
}

Obj *strfmt_float(double v, Obj *spec)
{
    if (str_bytes(spec) == 0) {
        char tmp[40];
        int n = float_repr_buf(v, tmp);
        return str_new(tmp, (size_t)n);
    }
    Spec sp;
    parse_spec(spec, &sp, 0, '>', "float");
    return format_float_spec(v, &sp);
}

Obj *strfmt_complex(double re, double im, Obj *spec)
{
    Obj *r = obj_repr(complex_new(re, im));
    if (str_bytes(spec) == 0)
        return r;
    Spec sp;
    parse_spec(spec, &sp, 0, '>', "complex");
    if (sp.type && !strchr("eEfFgGn", sp.type))
        unknown_code(sp.type, "complex");
    if (sp.fill == '0')
        exc_raisef(&type_ValueError, "Zero padding is not allowed in complex format specifier");
    if (sp.align == '=')
        exc_raisef(&type_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    if (!sp.type && sp.prec < 0)
        return pad(&sp, str_cstr(r), str_bytes(r), str_nchars(r), 0, '>');
    Spec part = sp;
    part.width = -1;
    part.align = 0;
    part.fill = ' ';
    if (!part.type)
        part.type = 'g';
    Buf b;
    buf_init(&b);
    bool parens = !sp.type;
    if (parens)
        buf_putc(&b, '(');
    bool skip_re = !sp.type && re == 0 && !signbit(re);
    if (!skip_re) {
        Obj *rs = format_float_spec(re, &part);
        buf_add(&b, str_cstr(rs), str_bytes(rs));
    }
    Spec ip = part;
    if (!skip_re)
        ip.sign = '+';
    Obj *is = format_float_spec(im, &ip);
    buf_add(&b, str_cstr(is), str_bytes(is));
    buf_putc(&b, 'j');
    if (parens)
        buf_putc(&b, ')');
    return pad(&sp, buf_cstr(&b), b.len, b.len, 0, '>');
}

/* ---- str ---------------------------------------------------------------------------------- */

Obj *strfmt_str(Obj *s, Obj *spec)
{
    if (str_bytes(spec) == 0)
        return obj_str(s);
    Spec sp;
    parse_spec(spec, &sp, 's', '<', obj_type_name(s));
    if (sp.type != 's')
        unknown_code(sp.type, obj_type_name(s));
    if (sp.sign)
        exc_raisef(&type_ValueError, sp.sign == ' ' ? "Space not allowed in string format specifier"
                                                    : "Sign not allowed in string format specifier");
    if (sp.z)
        exc_raisef(&type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alt)
        exc_raisef(&type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
        exc_raisef(&type_ValueError, "'=' alignment not allowed in string format specifier");
    const char *p = str_cstr(s);
    size_t len = str_bytes(s), nchars = str_nchars(s);
    if (sp.prec >= 0 && (size_t)sp.prec < nchars) {
        const char *q = p;
        for (int64_t i = 0; i < sp.prec; i++)
            str_utf8_next(&q);
        len = (size_t)(q - p);
        nchars = (size_t)sp.prec;
    }
    return pad(&sp, p, len, nchars, 0, '<');
}

/* ---- str.format ------------------------------------------------------------------------- */

typedef struct FormatArgs {
    Obj **args;
    int nargs;
    Obj *kwnames;
    Obj *mapping;
    int auto_index;     /* -1: manual numbering in use */
    bool manual;
} FormatArgs;

static Obj *lookup_keyword(FormatArgs *fa, Obj *name)
{
    if (fa->mapping)
        return obj_getitem(fa->mapping, name);
    if (fa->kwnames)
        for (size_t i = 0; i < tuple_len(fa->kwnames); i++)
            if (str_equal(tuple_get(fa->kwnames, i), name))
                return fa->args[fa->nargs + (int)i];
    exc_raise_arg(&type_KeyError, name);
}

static Obj *positional(FormatArgs *fa, int64_t i)
{
    if (i >= fa->nargs)
        exc_raisef(&type_IndexError, "Replacement index %lld out of range for positional args tuple", (long long)i);
    return fa->args[i];
}

static bool all_digits(const char *p, const char *end)
{
    if (p == end)
        return false;
    for (; p < end; p++)
        if (*p < '0' || *p > '9')
            return false;
    return true;
}

static int64_t digits_value(const char *p, const char *end)
{
    int64_t v = 0;
    for (; p < end; p++)
        v = v * 10 + (*p - '0');
    return v;
}

/* The object a field name designates: arg_name then .attr / [key] parts. */
static Obj *resolve_field(FormatArgs *fa, const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q != '.' && *q != '[')
        q++;
    Obj *v;
    if (q == p) {
        if (fa->manual)
            exc_raisef(&type_ValueError, "cannot switch from manual field specification to automatic field numbering");
        v = positional(fa, fa->auto_index++);
    } else if (all_digits(p, q)) {
        if (fa->auto_index > 0)
            exc_raisef(&type_ValueError, "cannot switch from automatic field numbering to manual field specification");
        fa->manual = true;
        v = positional(fa, digits_value(p, q));
    } else {
        v = lookup_keyword(fa, str_new(p, (size_t)(q - p)));
    }
    while (q < end) {
        if (*q == '.') {
            const char *s = ++q;
            while (q < end && *q != '.' && *q != '[')
                q++;
            if (q == s)
                exc_raisef(&type_ValueError, "Empty attribute in format string");
            v = obj_getattr(v, str_intern(str_new(s, (size_t)(q - s))));
        } else if (*q == '[') {
            const char *s = ++q;
            while (q < end && *q != ']')
                q++;
            if (q >= end)
                exc_raisef(&type_ValueError, "Missing ']' in format string");
            if (q == s)
                exc_raisef(&type_ValueError, "Empty attribute in format string");
            Obj *key = all_digits(s, q) ? int_from_i64(digits_value(s, q)) : str_new(s, (size_t)(q - s));
            v = obj_getitem(v, key);
            q++;
            if (q < end && *q != '.' && *q != '[')
                exc_raisef(&type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            exc_raisef(&type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

static void format_into(Buf *out, FormatArgs *fa, const char *p, const char *end, int depth);

/* One replacement field, between the braces. */
static void format_field(Buf *out, FormatArgs *fa, const char *p, const char *end, int depth)
{
    /* The field name ends at '!' or ':' outside brackets. */
    const char *q = p;
    while (q < end && *q != '!' && *q != ':') {
        if (*q == '[')
            while (q < end && *q != ']')
                q++;
        if (q < end)
            q++;
    }
    Obj *v = resolve_field(fa, p, q);
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end)
            exc_raisef(&type_ValueError, "end of string while looking for conversion specifier");
        conv = q[1];
        q += 2;
        if (q < end && *q != ':')
            exc_raisef(&type_ValueError, "expected ':' after conversion specifier");
    }
    Obj *spec = str_empty();
    if (q < end && *q == ':') {
        Buf sb;
        buf_init(&sb);
        format_into(&sb, fa, q + 1, end, depth + 1);
        spec = str_from_buf(&sb);
    }
    switch (conv) {
    case 0: break;
    case 'r': v = obj_repr(v); break;
    case 's': v = obj_str(v); break;
    case 'a': v = obj_ascii(v); break;
    default: exc_raisef(&type_ValueError, "Unknown conversion specifier %c", conv);
    }
    Obj *r = obj_format(v, spec);
    buf_add(out, str_cstr(r), str_bytes(r));
}

static void format_into(Buf *out, FormatArgs *fa, const char *p, const char *end, int depth)
{
    if (depth > 2)
        exc_raisef(&type_ValueError, "Max string recursion exceeded");
    while (p < end) {
        char c = *p;
        if (c == '{') {
            if (p + 1 < end && p[1] == '{') {
                buf_putc(out, '{');
                p += 2;
                continue;
            }
            /* Find the matching brace, allowing nested fields in the spec. */
            const char *q = p + 1;
            int level = 1;
            bool in_bracket = false;
            while (q < end) {
                if (*q == '[' && !in_bracket)
                    in_bracket = true;
                else if (*q == ']')
                    in_bracket = false;
                else if (*q == '{' && !in_bracket)
                    level++;
                else if (*q == '}' && !in_bracket && --level == 0)
                    break;
                q++;
            }
            if (q >= end) {
                if (depth > 1 || level > 1 || memchr(p + 1, ':', (size_t)(end - p - 1)) ||
                    memchr(p + 1, '!', (size_t)(end - p - 1)) || p + 1 < end)
                    exc_raisef(&type_ValueError, "expected '}' before end of string");
                exc_raisef(&type_ValueError, "Single '{' encountered in format string");
            }
            format_field(out, fa, p + 1, q, depth);
            p = q + 1;
        } else if (c == '}') {
            if (p + 1 < end && p[1] == '}') {
                buf_putc(out, '}');
                p += 2;
                continue;
            }
            exc_raisef(&type_ValueError, "Single '}' encountered in format string");
        } else {
            const char *q = p;
            while (q < end && *q != '{' && *q != '}')
                q++;
            buf_add(out, p, (size_t)(q - p));
            p = q;
        }
    }
}

Obj *strfmt_format(Obj *fmt, Obj **args, int nargs, Obj *kwnames, Obj *mapping)
{
    FormatArgs fa = {args, nargs, kwnames, mapping, 0, false};
    Buf b;
    buf_init(&b);
    format_into(&b, &fa, str_cstr(fmt), str_cstr(fmt) + str_bytes(fmt), 1);
    return str_from_buf(&b);
}

/* ---- % ------------------------------------------------------------------------------------- */

typedef struct PctArgs {
    Obj *args;
    Obj *dict;
    int64_t n;          /* -1: a single non-tuple argument */
    int64_t i;
} PctArgs;

static Obj *next_arg(PctArgs *pa)
{
    if (pa->n < 0) {
        if (pa->i++ == 0)
            return pa->args;
    } else if (pa->i < pa->n) {
        return tuple_get(pa->args, (size_t)pa->i++);
    }
    exc_raisef(&type_TypeError, "not enough arguments for format string");
}

/* The flags of one % conversion. */
typedef struct PctSpec {
    bool left, plus, space, alt, zero;
    int64_t width, prec;
    char type;
} PctSpec;

static Obj *pct_pad(const PctSpec *ps, Obj *s, bool numeric)
{
    Spec sp;
    memset(&sp, 0, sizeof sp);
    sp.fill = ' ';
    sp.width = ps->width;
    sp.align = ps->left ? '<' : '>';
    size_t split = 0;
    if (numeric && ps->zero && !ps->left) {
        sp.fill = '0';
        sp.align = '=';
        const char *t = str_cstr(s);
        if (*t == '-' || *t == '+' || *t == ' ')
            split++;
        if ((t[split] == '0') && (t[split + 1] == 'x' || t[split + 1] == 'X' || t[split + 1] == 'o'))
            split += 2;
    }
    return pad(&sp, str_cstr(s), str_bytes(s), str_nchars(s), split, '>');
}

static Obj *pct_int(const PctSpec *ps, Obj *v)
{
    bool neg = int_sign(v) < 0;
    Obj *absv = neg ? obj_unop(v, UNARY_NEG) : v;
    Obj *digits;
    const char *prefix = "";
    switch (ps->type) {
    case 'x': digits = int_to_base(absv, 16, false); prefix = "0x"; break;
    case 'X': digits = int_to_base(absv, 16, false); prefix = "0X"; break;
    case 'o': digits = int_to_base(absv, 8, false); prefix = "0o"; break;
    default: digits = int_to_str(absv); break;
    }
    Buf b;
    buf_init(&b);
    buf_puts(&b, neg ? "-" : ps->plus ? "+" : ps->space ? " " : "");
    if (ps->alt)
        buf_puts(&b, prefix);
    for (int64_t i = (int64_t)str_bytes(digits); i < ps->prec; i++)
        buf_putc(&b, '0');
    for (size_t i = 0; i < str_bytes(digits); i++) {
        char c = str_cstr(digits)[i];
        buf_putc(&b, ps->type == 'X' && c >= 'a' ? (char)(c - 32) : c);
    }
    return pct_pad(ps, str_from_buf(&b), true);
}

static Obj *pct_float(const PctSpec *ps, double v)
{
    char tmp[48];
    bool fixed = (ps->type == 'f' || ps->type == 'F') && !ps->alt;
    int n = fixed ? float_format_fixed(v, (int)(ps->prec < 0 ? 6 : ps->prec), tmp) : -1;
    if (n >= 0) {
        Buf fb;
        buf_init(&fb);
        buf_puts(&fb, signbit(v) ? "-" : ps->plus ? "+" : ps->space ? " " : "");
        buf_add(&fb, tmp, (size_t)n);
        return pct_pad(ps, str_from_buf(&fb), true);
    }
    char fmt[16];
    char *f = fmt;
    *f++ = '%';
    if (ps->plus)
        *f++ = '+';
    if (ps->space)
        *f++ = ' ';
    if (ps->alt)
        *f++ = '#';
    *f++ = '.';
    *f++ = '*';
    *f++ = ps->type;
    *f = 0;
    Buf b;
    buf_init(&b);
    buf_printf(&b, fmt, (int)(ps->prec < 0 ? 6 : ps->prec), v);
    return pct_pad(ps, str_from_buf(&b), true);
}

static Obj *pct_convert(const PctSpec *ps, Obj *v)
{
    switch (ps->type) {
    case 's':
    case 'r':
    case 'a': {
        Obj *s = ps->type == 's' ? obj_str(v) : ps->type == 'r' ? obj_repr(v) : obj_ascii(v);
        if (ps->prec >= 0 && (size_t)ps->prec < str_nchars(s))
            s = strfmt_str(s, str_printf(".%lld", (long long)ps->prec));
        return pct_pad(ps, s, false);
    }
    case 'd': case 'i': case 'u':
        if (float_check(v))
            return pct_int(ps, int_from_double(float_value(v)));
        if (!int_check(v)) {
            if (!is_small(v) && TYPE(v)->convert && TYPE(v)->convert(v, CONV_INT, NULL))
                return pct_int(ps, obj_to_int(v));
            exc_raisef(&type_TypeError, "%%%c format: a real number is required, not %s", ps->type, obj_type_name(v));
        }
        return pct_int(ps, v);
    case 'x': case 'X': case 'o':
        if (!int_check(v)) {
            if (!is_small(v) && TYPE(v)->convert && !float_check(v) && TYPE(v)->convert(v, CONV_INDEX, NULL))
                return pct_int(ps, obj_index(v));
            exc_raisef(&type_TypeError, "%%%c format: an integer is required, not %s", ps->type, obj_type_name(v));
        }
        return pct_int(ps, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return pct_float(ps, obj_to_double(v));
    case 'c': {
        if (str_check(v)) {
            if (str_nchars(v) != 1)
                exc_raisef(&type_TypeError, "%%c requires int or char");
            return pct_pad(ps, v, false);
        }
        if (!int_check(v))
            exc_raisef(&type_TypeError, "%%c requires int or char");
        int64_t c;
        if (!int_get_i64(v, &c) || c < 0 || c > 0x10ffff)
            exc_raisef(&type_OverflowError, "%%c arg not in range(0x110000)");
        return pct_pad(ps, str_from_codepoint((uint32_t)c), false);
    }
    default:
        return NULL;
    }
}

static int64_t star_arg(PctArgs *pa)
{
    Obj *v = next_arg(pa);
    if (!int_check(v))
        exc_raisef(&type_TypeError, "* wants int");
    return obj_index_i64(v);
}

Obj *strfmt_percent(Obj *fmt, Obj *args)
{
    PctArgs pa = {args, NULL, -1, 0};
    if (tuple_check(args))
        pa.n = (int64_t)tuple_len(args);
    if (!is_small(args) && TYPE(args)->getitem && !tuple_check(args) && !str_check(args))
        pa.dict = args;
    const char *s = str_cstr(fmt), *p = s, *end = s + str_bytes(fmt);
    Buf b;
    buf_init(&b);
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            buf_add(&b, p, (size_t)(end - p));
            break;
        }
        buf_add(&b, p, (size_t)(q - p));
        p = q + 1;
        if (p >= end)
            exc_raisef(&type_ValueError, "incomplete format");
        if (*p == '%') {
            buf_putc(&b, '%');
            p++;
            continue;
        }
        Obj *value = NULL;
        if (*p == '(') {
            if (!pa.dict)
                exc_raisef(&type_TypeError, "format requires a mapping");
            int level = 1;
            const char *k = ++p;
            while (p < end && level) {
                if (*p == '(')
                    level++;
                else if (*p == ')')
                    level--;
                p++;
            }
            if (level)
                exc_raisef(&type_ValueError, "incomplete format key");
            value = obj_getitem(pa.dict, str_new(k, (size_t)(p - 1 - k)));
            pa.n = -2;
        }
        PctSpec ps = {.width = -1, .prec = -1};
        for (; p < end; p++) {
            if (*p == '-') ps.left = true;
            else if (*p == '+') ps.plus = true;
            else if (*p == ' ') ps.space = true;
            else if (*p == '#') ps.alt = true;
            else if (*p == '0') ps.zero = true;
            else break;
        }
        if (p < end && *p == '*') {
            ps.width = star_arg(&pa);
            if (ps.width < 0) {
                ps.left = true;
                ps.width = -ps.width;
            }
            p++;
        } else if (p < end && *p >= '0' && *p <= '9') {
            ps.width = parse_count(&p, end);
        }
        if (p < end && *p == '.') {
            p++;
            if (p < end && *p == '*') {
                ps.prec = star_arg(&pa);
                p++;
            } else {
                ps.prec = parse_count(&p, end);
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
            p++;
        if (p >= end)
            exc_raisef(&type_ValueError, "incomplete format");
        ps.type = *p;
        if (!value && ps.type != '%')
            value = next_arg(&pa);
        Obj *r = pct_convert(&ps, value);
        if (!r) {
            const char *t = p;
            uint32_t c = str_utf8_next(&t);
            exc_raisef(&type_ValueError, "unsupported format character '%.*s' (0x%x) at index %zu", (int)(t - p), p,
                       c, str_nchars(str_new(s, (size_t)(p - s))));
        }
        buf_add(&b, str_cstr(r), str_bytes(r));
        p++;
    }
    if (pa.n >= 0 ? pa.i < pa.n : (pa.n == -1 && pa.i == 0)) {
        if (!pa.dict)
            exc_raisef(&type_TypeError, "not all arguments converted during string formatting");
    }
    return str_from_buf(&b);
}

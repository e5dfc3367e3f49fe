/* runtime/modules/re.c — the `re` module (see re.h). Subjects are decoded to code points once
 * per call; match positions are code-point indices as in Python. */
#include "runtime/modules/re.h"

#include <stdlib.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/regex.h"

extern Type re_error_type;

/* ---- text -------------------------------------------------------------------------------------- */

typedef struct Text {
    Obj *str;
    uint32_t *cp;
    size_t n;
} Text;

static Text decode(Obj *s)
{
    Text t = {s, gc_alloc_atomic((str_nchars(s) + 1) * sizeof(uint32_t)), str_nchars(s)};
    const char *p = str_cstr(s);
    if (((StrObj *)s)->ascii) {
        for (size_t i = 0; i < t.n; i++)
            t.cp[i] = (unsigned char)p[i];
    } else {
        for (size_t i = 0; i < t.n; i++)
            t.cp[i] = str_utf8_next(&p);
    }
    return t;
}

/* t[a:b] as a str. */
static Obj *slice(const Text *t, size_t a, size_t b)
{
    if (((StrObj *)t->str)->ascii)
        return str_new(str_cstr(t->str) + a, b - a);
    Buf buf;
    buf_init(&buf);
    char tmp[4];
    for (size_t i = a; i < b; i++)
        buf_add(&buf, tmp, (size_t)str_utf8_put(tmp, t->cp[i]));
    return str_from_buf(&buf);
}

static Obj *subject(Obj *s)
{
    if (!str_check(s))
        exc_raisef(&type_TypeError, "expected string or bytes-like object, got '%s'", obj_type_name(s));
    return s;
}

/* ---- Pattern ----------------------------------------------------------------------------------- */

typedef struct PatternObj {
    Obj base;
    Regex *re;
    Obj *pattern;
    int flags;
    Obj *groupindex;       /* dict name -> number */
} PatternObj;

static Type pattern_type, match_type;

_Noreturn static void raise_error(Obj *pattern, const char *msg, ssize_t pos)
{
    Obj *text;
    if (pos < 0) {
        text = str_from_cstr(msg);
    } else {
        Text t = decode(pattern);
        size_t line = 1, col = 1;
        bool multiline = false;
        for (size_t i = 0; i < t.n; i++)
            multiline |= t.cp[i] == '\n';
        for (size_t i = 0; i < (size_t)pos && i < t.n; i++) {
            if (t.cp[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        text = multiline ? str_printf("%s at position %zd (line %zu, column %zu)", msg, pos, line, col)
                         : str_printf("%s at position %zd", msg, pos);
    }
    Obj *e = exc_new(&re_error_type, tuple_pack(1, text));
    obj_setattr(e, str_intern_cstr("msg"), str_from_cstr(msg));
    obj_setattr(e, str_intern_cstr("pattern"), pattern);
    obj_setattr(e, str_intern_cstr("pos"), pos < 0 ? None : small_new(pos));
    exc_raise(e);
}

static Obj *compile(Obj *pattern, Obj *flags_obj)
{
    int flags = flags_obj ? (int)obj_index_i64(flags_obj) : 0;
    if (!is_small(pattern) && TYPE(pattern) == &pattern_type) {
        if (flags)
            exc_raisef(&type_ValueError, "cannot process flags argument with a compiled pattern");
        return pattern;
    }
    if (!str_check(pattern))
        exc_raisef(&type_TypeError, "first argument must be string or compiled pattern");
    if ((flags & REGEX_ASCII) && (flags & REGEX_UNICODE))
        exc_raisef(&type_ValueError, "ASCII and UNICODE flags are incompatible");
    Text t = decode(pattern);
    const char *err;
    ssize_t errpos;
    Regex *re = regex_compile(t.cp, t.n, flags, &err, &errpos);
    if (!re)
        raise_error(pattern, err, errpos);
    PatternObj *p = gc_alloc(sizeof *p);
    p->base.type = &pattern_type;
    p->re = re;
    p->pattern = pattern;
    p->flags = regex_flags(re) | (regex_flags(re) & REGEX_ASCII ? 0 : REGEX_UNICODE);
    p->groupindex = dict_new();
    for (int g = 1; g <= regex_groups(re); g++)
        if (regex_group_name(re, g))
            dict_set(p->groupindex, str_from_cstr(regex_group_name(re, g)), small_new(g));
    return (Obj *)p;
}

static PatternObj *as_pattern(Obj *o) { return (PatternObj *)o; }

/* "re.IGNORECASE|re.MULTILINE" for a flags value, in the order of the bits. */
static void flags_text(Buf *b, int flags)
{
    static const struct {
        int bit;
        const char *name;
    } names[] = {
        {REGEX_IGNORECASE, "IGNORECASE"}, {REGEX_LOCALE, "LOCALE"}, {REGEX_MULTILINE, "MULTILINE"},
        {REGEX_DOTALL, "DOTALL"}, {REGEX_UNICODE, "UNICODE"}, {REGEX_VERBOSE, "VERBOSE"}, {REGEX_ASCII, "ASCII"},
    };
    bool first = true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(flags & names[i].bit))
            continue;
        buf_printf(b, "%sre.%s", first ? "" : "|", names[i].name);
        first = false;
    }
}

static Obj *pattern_repr(Obj *self)
{
    PatternObj *p = as_pattern(self);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "re.compile(%s", str_cstr(obj_repr(p->pattern)));
    int shown = p->flags & ~REGEX_UNICODE;
    if (shown) {
        buf_puts(&b, ", ");
        flags_text(&b, shown);
    }
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Obj *pattern_compare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || is_small(b) || TYPE(b) != &pattern_type)
        return NotImplemented;
    bool eq = as_pattern(a)->flags == as_pattern(b)->flags && str_equal(as_pattern(a)->pattern, as_pattern(b)->pattern);
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t pattern_hash(Obj *self) { return str_hash(as_pattern(self)->pattern) ^ as_pattern(self)->flags; }

/* ---- Match ------------------------------------------------------------------------------------- */

typedef struct MatchObj {
    Obj base;
    PatternObj *pat;
    Text text;
    ssize_t *caps;
    size_t pos, endpos;
} MatchObj;

static MatchObj *as_match(Obj *o) { return (MatchObj *)o; }

static Obj *new_match(PatternObj *p, const Text *t, const ssize_t *caps, size_t pos, size_t endpos)
{
    MatchObj *m = gc_alloc(sizeof *m);
    m->base.type = &match_type;
    m->pat = p;
    m->text = *t;
    size_t n = 2 * ((size_t)regex_groups(p->re) + 1);
    m->caps = gc_alloc_atomic(n * sizeof *m->caps);
    memcpy(m->caps, caps, n * sizeof *m->caps);
    m->pos = pos;
    m->endpos = endpos;
    return (Obj *)m;
}

/* A group number from an int or a name; IndexError "no such group" otherwise. */
static int group_index(MatchObj *m, Obj *g)
{
    if (int_check(g)) {
        int64_t i;
        if (int_get_i64(g, &i) && i >= 0 && i <= regex_groups(m->pat->re))
            return (int)i;
    } else if (str_check(g)) {
        Obj *i = dict_get(m->pat->groupindex, g);
        if (i)
            return (int)small_value(i);
    }
    exc_raisef(&type_IndexError, "no such group");
}

static Obj *group_value(MatchObj *m, int g, Obj *dflt)
{
    ssize_t a = m->caps[2 * g], b = m->caps[2 * g + 1];
    if (a < 0 || b < 0)
        return dflt;
    return slice(&m->text, (size_t)a, (size_t)b);
}

static Obj *mt_group(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("group", kwnames);
    MatchObj *m = as_match(self);
    if (nargs == 0)
        return group_value(m, 0, None);
    if (nargs == 1)
        return group_value(m, group_index(m, args[0]), None);
    Obj *t = tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++)
        tuple_items(t)[i] = group_value(m, group_index(m, args[i]), None);
    return t;
}

static Obj *match_getitem(Obj *self, Obj *key) { return group_value(as_match(self), group_index(as_match(self), key), None); }

static Obj *mt_groups(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"default", NULL};
    Obj *a[1];
    args_parse("groups", args, nargs, kwnames, names, 0, a);
    MatchObj *m = as_match(self);
    int n = regex_groups(m->pat->re);
    Obj *t = tuple_new((size_t)n);
    for (int g = 1; g <= n; g++)
        tuple_items(t)[g - 1] = group_value(m, g, a[0] ? a[0] : None);
    return t;
}

static Obj *mt_groupdict(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"default", NULL};
    Obj *a[1];
    args_parse("groupdict", args, nargs, kwnames, names, 0, a);
    MatchObj *m = as_match(self);
    Obj *d = dict_new();
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(m->pat->groupindex, &pos, &k, &v))
        dict_set(d, k, group_value(m, (int)small_value(v), a[0] ? a[0] : None));
    return d;
}

static int optional_group(MatchObj *m, const char *name, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 0, 1);
    return nargs ? group_index(m, args[0]) : 0;
}

static Obj *mt_start(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    MatchObj *m = as_match(self);
    return small_new(m->caps[2 * optional_group(m, "start", args, nargs, kwnames)]);
}

static Obj *mt_end(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    MatchObj *m = as_match(self);
    return small_new(m->caps[2 * optional_group(m, "end", args, nargs, kwnames) + 1]);
}

static Obj *mt_span(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    MatchObj *m = as_match(self);
    int g = optional_group(m, "span", args, nargs, kwnames);
    return tuple_pack(2, small_new(m->caps[2 * g]), small_new(m->caps[2 * g + 1]));
}

static Obj *expand(PatternObj *p, Obj *templ, MatchObj *m);

static Obj *mt_expand(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("expand", kwnames);
    args_count("expand", nargs, 1, 1);
    return expand(as_match(self)->pat, args[0], as_match(self));
}

static Obj *match_repr(Obj *self)
{
    MatchObj *m = as_match(self);
    return str_printf("<re.Match object; span=(%zd, %zd), match=%s>", m->caps[0], m->caps[1],
                      str_cstr(obj_repr(group_value(m, 0, None))));
}

static Obj *mget_string(Obj *self) { return as_match(self)->text.str; }
static Obj *mget_re(Obj *self) { return (Obj *)as_match(self)->pat; }
static Obj *mget_pos(Obj *self) { return small_new((intptr_t)as_match(self)->pos); }
static Obj *mget_endpos(Obj *self) { return small_new((intptr_t)as_match(self)->endpos); }

/* The group that closed last: the one whose match ends last, the outermost on ties. */
static int last_index(MatchObj *m)
{
    int best = 0;
    ssize_t best_end = -1;
    for (int g = 1; g <= regex_groups(m->pat->re); g++)
        if (m->caps[2 * g + 1] >= 0 && m->caps[2 * g + 1] > best_end) {
            best = g;
            best_end = m->caps[2 * g + 1];
        }
    return best;
}

static Obj *mget_lastindex(Obj *self)
{
    int g = last_index(as_match(self));
    return g ? small_new(g) : None;
}

static Obj *mget_lastgroup(Obj *self)
{
    MatchObj *m = as_match(self);
    int g = last_index(m);
    const char *name = g ? regex_group_name(m->pat->re, g) : NULL;
    return name ? str_from_cstr(name) : None;
}

static Obj *mget_regs(Obj *self)
{
    MatchObj *m = as_match(self);
    int n = regex_groups(m->pat->re);
    Obj *t = tuple_new((size_t)n + 1);
    for (int g = 0; g <= n; g++)
        tuple_items(t)[g] = tuple_pack(2, small_new(m->caps[2 * g]), small_new(m->caps[2 * g + 1]));
    return t;
}

static const MethodDef match_methods[] = {
    {"group", mt_group, 0}, {"groups", mt_groups, 0}, {"groupdict", mt_groupdict, 0}, {"start", mt_start, 0},
    {"end", mt_end, 0}, {"span", mt_span, 0}, {"expand", mt_expand, 0}, {NULL, NULL, 0},
};

static const GetSetDef match_getsets[] = {
    {"string", mget_string, NULL}, {"re", mget_re, NULL}, {"pos", mget_pos, NULL}, {"endpos", mget_endpos, NULL},
    {"lastindex", mget_lastindex, NULL}, {"lastgroup", mget_lastgroup, NULL}, {"regs", mget_regs, NULL},
    {NULL, NULL, NULL},
};

static Type match_type = {
    .base = {&type_type},
    .name = "re.Match",
    .basicsize = sizeof(MatchObj),
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
};

/* ---- searching ----------------------------------------------------------------------------------- */

/* pos and endpos clamped to the subject, as the Pattern methods take them. */
static void bounds(const Text *t, Obj *pos_obj, Obj *end_obj, size_t *pos, size_t *endpos)
{
    int64_t p = pos_obj ? obj_index_i64(pos_obj) : 0, e = end_obj ? obj_index_i64(end_obj) : (int64_t)t->n;
    if (p < 0)
        p = 0;
    if (e > (int64_t)t->n)
        e = (int64_t)t->n;
    if (e < 0)
        e = 0;
    *pos = (size_t)p;
    *endpos = (size_t)e;
}

static bool exec(PatternObj *p, const Text *t, size_t pos, size_t endpos, int mode, bool must_advance, ssize_t *caps)
{
    if (pos > endpos)
        return false;
    bool overflow;
    bool found = regex_exec(p->re, t->cp, pos, endpos, mode, must_advance, caps, &overflow);
    if (overflow)
        exc_raisef(&type_RecursionError, "maximum recursion depth exceeded");
    return found;
}

static ssize_t *caps_for(PatternObj *p) { return gc_alloc_atomic(2 * ((size_t)regex_groups(p->re) + 1) * sizeof(ssize_t)); }

static Obj *match_mode(PatternObj *p, Obj *string, Obj *pos_obj, Obj *end_obj, int mode)
{
    Text t = decode(subject(string));
    size_t pos, endpos;
    bounds(&t, pos_obj, end_obj, &pos, &endpos);
    ssize_t *caps = caps_for(p);
    if (!exec(p, &t, pos, endpos, mode, false, caps))
        return None;
    return new_match(p, &t, caps, pos, endpos);
}

/* Every match from pos, the 3.7 way: after an empty match the next may not be empty at the same
 * place. Calls each(ctx, caps) until it returns false or max matches are found (0: no limit). */
static void each_match(PatternObj *p, const Text *t, size_t pos, size_t endpos, int64_t max,
                       bool (*each)(void *ctx, const ssize_t *caps), void *ctx)
{
    ssize_t *caps = caps_for(p);
    bool must_advance = false;
    int64_t count = 0;
    while (pos <= endpos) {
        budget_tick();
        if (!exec(p, t, pos, endpos, REGEX_SEARCH, must_advance, caps))
            return;
        if (!each(ctx, caps))
            return;
        if (max && ++count >= max)
            return;
        must_advance = caps[1] == caps[0];
        pos = (size_t)caps[1];
    }
}

typedef struct Collect {
    PatternObj *p;
    const Text *t;
    Obj *out;
    size_t pos, endpos;
} Collect;

static bool collect_findall(void *ctx, const ssize_t *caps)
{
    Collect *c = ctx;
    int n = regex_groups(c->p->re);
    Obj *item;
    if (n == 0) {
        item = slice(c->t, (size_t)caps[0], (size_t)caps[1]);
    } else {
        Obj *tup = tuple_new((size_t)n);
        for (int g = 1; g <= n; g++)
            tuple_items(tup)[g - 1] = caps[2 * g] >= 0 ? slice(c->t, (size_t)caps[2 * g], (size_t)caps[2 * g + 1])
                                                       : str_empty();
        item = n == 1 ? tuple_get(tup, 0) : tup;
    }
    list_append(c->out, item);
    return true;
}

static bool collect_matches(void *ctx, const ssize_t *caps)
{
    Collect *c = ctx;
    list_append(c->out, new_match(c->p, c->t, caps, c->pos, c->endpos));
    return true;
}

static Obj *findall(PatternObj *p, Obj *string, Obj *pos_obj, Obj *end_obj, bool matches)
{
    Text t = decode(subject(string));
    Collect c = {p, &t, list_new(0), 0, 0};
    bounds(&t, pos_obj, end_obj, &c.pos, &c.endpos);
    each_match(p, &t, c.pos, c.endpos, 0, matches ? collect_matches : collect_findall, &c);
    return matches ? obj_iter(c.out) : c.out;
}

/* ---- replacement templates ------------------------------------------------------------------- */

/* A parsed template: literal text pieces and group references, alternating. */
typedef struct Piece {
    Obj *text;             /* or NULL for a group */
    int group;
} Piece;

typedef struct Template {
    Piece *items;
    size_t n;
} Template;

static void add_piece(Template *t, size_t *cap, Obj *text, int group)
{
    if (t->n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        Piece *np = gc_alloc(*cap * sizeof *np);
        if (t->n)
            memcpy(np, t->items, t->n * sizeof *np);
        t->items = np;
    }
    t->items[t->n].text = text;
    t->items[t->n++].group = group;
}

static Template parse_template(PatternObj *p, Obj *templ)
{
    Text t = decode(templ);
    Template out = {NULL, 0};
    size_t cap = 0;
    Buf lit;
    buf_init(&lit);
    char tmp[4];
    int ngroups = regex_groups(p->re);
#define FLUSH()                                                            \
    do {                                                                   \
        if (buf_cstr(&lit)[0]) {                                           \
            add_piece(&out, &cap, str_from_cstr(buf_cstr(&lit)), 0);       \
            buf_init(&lit);                                                \
        }                                                                  \
    } while (0)
    for (size_t i = 0; i < t.n; i++) {
        uint32_t c = t.cp[i];
        if (c != '\\') {
            buf_add(&lit, tmp, (size_t)str_utf8_put(tmp, c));
            continue;
        }
        size_t start = i++;
        if (i >= t.n)
            raise_error(templ, "bad escape (end of pattern)", (ssize_t)start);
        c = t.cp[i];
        if (c == 'g') {
            if (i + 1 >= t.n || t.cp[i + 1] != '<')
                raise_error(templ, "missing <", (ssize_t)i + 1);
            size_t ns = i + 2, ne = ns;
            while (ne < t.n && t.cp[ne] != '>')
                ne++;
            if (ne >= t.n)
                raise_error(templ, "missing >, unterminated name", (ssize_t)ns);
            Obj *name = slice(&t, ns, ne);
            if (ne == ns)
                raise_error(templ, "missing group name", (ssize_t)ns);
            const char *s = str_cstr(name);
            int g = -1;
            bool digits = true;
            for (const char *q = s; *q; q++)
                digits &= *q >= '0' && *q <= '9';
            if (digits) {
                g = atoi(s);
                if (g > ngroups)
                    raise_error(templ, str_cstr(str_printf("invalid group reference %d", g)), (ssize_t)ns);
            } else {
                Obj *gi = dict_get(p->groupindex, name);
                if (!gi)
                    exc_raisef(&type_IndexError, "unknown group name '%s'", s);
                g = (int)small_value(gi);
            }
            FLUSH();
            add_piece(&out, &cap, NULL, g);
            i = ne;
            continue;
        }
        if (c >= '0' && c <= '9') {
            bool octal = c == '0' || (i + 2 < t.n && c <= '7' && t.cp[i + 1] >= '0' && t.cp[i + 1] <= '7' &&
                                      t.cp[i + 2] >= '0' && t.cp[i + 2] <= '7');
            if (octal) {
                uint32_t v = c - '0';
                size_t k = i + 1;
                for (int d = 0; d < 2 && k < t.n && t.cp[k] >= '0' && t.cp[k] <= '7'; d++, k++)
                    v = v * 8 + (t.cp[k] - '0');
                if (v > 0377)
                    raise_error(templ, str_cstr(str_printf("octal escape value %s outside of range 0-0o377",
                                                           str_cstr(slice(&t, start, k)))), (ssize_t)start);
                buf_add(&lit, tmp, (size_t)str_utf8_put(tmp, v));
                i = k - 1;
                continue;
            }
            int g = (int)(c - '0');
            if (i + 1 < t.n && t.cp[i + 1] >= '0' && t.cp[i + 1] <= '9') {
                g = g * 10 + (int)(t.cp[i + 1] - '0');
                i++;
            }
            if (g > ngroups)
                raise_error(templ, str_cstr(str_printf("invalid group reference %d", g)), (ssize_t)start + 1);
            FLUSH();
            add_piece(&out, &cap, NULL, g);
            continue;
        }
        static const char esc_from[] = "abfnrtv\\", esc_to[] = "\a\b\f\n\r\t\v\\";
        const char *e = c < 0x80 ? strchr(esc_from, (int)c) : NULL;
        if (e && c) {
            buf_putc(&lit, esc_to[e - esc_from]);
        } else if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            raise_error(templ, str_cstr(str_printf("bad escape \\%c", (char)c)), (ssize_t)start);
        } else {
            buf_putc(&lit, '\\');
            buf_add(&lit, tmp, (size_t)str_utf8_put(tmp, c));
        }
    }
    FLUSH();
#undef FLUSH
    return out;
}

static void apply_template(Buf *b, const Template *t, const Text *text, const ssize_t *caps)
{
    for (size_t i = 0; i < t->n; i++) {
        Obj *s = t->items[i].text;
        if (!s) {
            int g = t->items[i].group;
            if (caps[2 * g] < 0)
                continue;
            s = slice(text, (size_t)caps[2 * g], (size_t)caps[2 * g + 1]);
        }
        buf_add(b, str_cstr(s), str_bytes(s));
    }
}

static Obj *expand(PatternObj *p, Obj *templ, MatchObj *m)
{
    Template t = parse_template(p, subject(templ));
    Buf b;
    buf_init(&b);
    apply_template(&b, &t, &m->text, m->caps);
    return str_from_buf(&b);
}

typedef struct Sub {
    PatternObj *p;
    const Text *t;
    Obj *repl;             /* callable, or NULL with tmpl */
    Template tmpl;
    Buf out;
    size_t last;
    int64_t count;
    int64_t pieces;        /* items CPython's joined list would hold so far, for its message */
} Sub;

static bool sub_each(void *ctx, const ssize_t *caps)
{
    Sub *s = ctx;
    Obj *prefix = slice(s->t, s->last, (size_t)caps[0]);
    buf_add(&s->out, str_cstr(prefix), str_bytes(prefix));
    s->pieces += str_bytes(prefix) != 0;
    if (s->repl) {
        Obj *r = obj_call1(s->repl, new_match(s->p, s->t, caps, 0, s->t->n));
        if (!str_check(r))
            exc_raisef(&type_TypeError, "sequence item %lld: expected str instance, %s found", (long long)s->pieces,
                       obj_type_name(r));
        buf_add(&s->out, str_cstr(r), str_bytes(r));
    } else {
        apply_template(&s->out, &s->tmpl, s->t, caps);
    }
    s->last = (size_t)caps[1];
    s->count++;
    s->pieces++;
    return true;
}

static Obj *sub(PatternObj *p, Obj *repl, Obj *string, Obj *count_obj, bool with_count)
{
    Text t = decode(subject(string));
    Sub s = {.p = p, .t = &t};
    if (str_check(repl))
        s.tmpl = parse_template(p, repl);
    else if (TYPE(repl)->call)
        s.repl = repl;
    else
        exc_raisef(&type_TypeError, "expected str instance, %s found", obj_type_name(repl));
    buf_init(&s.out);
    int64_t count = count_obj ? obj_index_i64(count_obj) : 0;
    if (count >= 0)
        each_match(p, &t, 0, t.n, count, sub_each, &s);
    Obj *rest = slice(&t, s.last, t.n);
    buf_add(&s.out, str_cstr(rest), str_bytes(rest));
    Obj *r = s.count || !str_check(string) ? str_from_buf(&s.out) : string;
    return with_count ? tuple_pack(2, r, int_from_i64(s.count)) : r;
}

typedef struct Split {
    PatternObj *p;
    const Text *t;
    Obj *out;
    size_t last;
} Split;

static bool split_each(void *ctx, const ssize_t *caps)
{
    Split *s = ctx;
    list_append(s->out, slice(s->t, s->last, (size_t)caps[0]));
    for (int g = 1; g <= regex_groups(s->p->re); g++)
        list_append(s->out, caps[2 * g] >= 0 ? slice(s->t, (size_t)caps[2 * g], (size_t)caps[2 * g + 1]) : None);
    s->last = (size_t)caps[1];
    return true;
}

static Obj *split(PatternObj *p, Obj *string, Obj *maxsplit)
{
    Text t = decode(subject(string));
    Split s = {p, &t, list_new(0), 0};
    int64_t max = maxsplit ? obj_index_i64(maxsplit) : 0;
    if (max >= 0)
        each_match(p, &t, 0, t.n, max, split_each, &s);
    list_append(s.out, slice(&t, s.last, t.n));
    return s.out;
}

/* ---- Pattern methods -------------------------------------------------------------------------- */

static Obj *pm_search_like(Obj *self, const char *name, Obj **args, int nargs, Obj *kwnames, int mode)
{
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    Obj *a[3];
    args_parse(name, args, nargs, kwnames, names, 1, a);
    return match_mode(as_pattern(self), a[0], a[1], a[2], mode);
}

static Obj *pm_match(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_search_like(self, "match", args, nargs, kwnames, REGEX_MATCH);
}

static Obj *pm_fullmatch(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_search_like(self, "fullmatch", args, nargs, kwnames, REGEX_FULLMATCH);
}

static Obj *pm_search(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_search_like(self, "search", args, nargs, kwnames, REGEX_SEARCH);
}

static Obj *pm_findall_like(Obj *self, const char *name, Obj **args, int nargs, Obj *kwnames, bool matches)
{
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    Obj *a[3];
    args_parse(name, args, nargs, kwnames, names, 1, a);
    return findall(as_pattern(self), a[0], a[1], a[2], matches);
}

static Obj *pm_findall(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_findall_like(self, "findall", args, nargs, kwnames, false);
}

static Obj *pm_finditer(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_findall_like(self, "finditer", args, nargs, kwnames, true);
}

static Obj *pm_sub_like(Obj *self, const char *name, Obj **args, int nargs, Obj *kwnames, bool with_count)
{
    static const char *const names[] = {"repl", "string", "count", NULL};
    Obj *a[3];
    args_parse(name, args, nargs, kwnames, names, 2, a);
    return sub(as_pattern(self), a[0], a[1], a[2], with_count);
}

static Obj *pm_sub(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_sub_like(self, "sub", args, nargs, kwnames, false);
}

static Obj *pm_subn(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return pm_sub_like(self, "subn", args, nargs, kwnames, true);
}

static Obj *pm_split(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"string", "maxsplit", NULL};
    Obj *a[2];
    args_parse("split", args, nargs, kwnames, names, 1, a);
    return split(as_pattern(self), a[0], a[1]);
}

static Obj *pget_pattern(Obj *self) { return as_pattern(self)->pattern; }
static Obj *pget_flags(Obj *self) { return small_new(as_pattern(self)->flags); }
static Obj *pget_groups(Obj *self) { return small_new(regex_groups(as_pattern(self)->re)); }
static Obj *pget_groupindex(Obj *self) { return dict_copy(as_pattern(self)->groupindex); }

static const MethodDef pattern_methods[] = {
    {"match", pm_match, 0}, {"fullmatch", pm_fullmatch, 0}, {"search", pm_search, 0}, {"findall", pm_findall, 0},
    {"finditer", pm_finditer, 0}, {"sub", pm_sub, 0}, {"subn", pm_subn, 0}, {"split", pm_split, 0},
    {NULL, NULL, 0},
};

static const GetSetDef pattern_getsets[] = {
    {"pattern", pget_pattern, NULL}, {"flags", pget_flags, NULL}, {"groups", pget_groups, NULL},
    {"groupindex", pget_groupindex, NULL}, {NULL, NULL, NULL},
};

static Type pattern_type = {
    .base = {&type_type},
    .name = "re.Pattern",
    .basicsize = sizeof(PatternObj),
    .repr = pattern_repr,
    .hash = pattern_hash,
    .compare = pattern_compare,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};

/* ---- module functions ------------------------------------------------------------------------- */

static Obj *m_compile(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"pattern", "flags", NULL};
    Obj *a[2];
    args_parse("compile", args, nargs, kwnames, names, 1, a);
    return compile(a[0], a[1]);
}

/* fn(pattern, string, flags=0) for match, fullmatch, search, findall, finditer. */
static Obj *pattern_string_flags(const char *name, Obj **args, int nargs, Obj *kwnames, Obj **string)
{
    static const char *const names[] = {"pattern", "string", "flags", NULL};
    Obj *a[3];
    args_parse(name, args, nargs, kwnames, names, 2, a);
    *string = a[1];
    return compile(a[0], a[2]);
}

#define RE_SEARCH_FN(fn, mode)                                                            \
    static Obj *m_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)                   \
    {                                                                                     \
        (void)self;                                                                       \
        Obj *s;                                                                           \
        Obj *p = pattern_string_flags(#fn, args, nargs, kwnames, &s);                     \
        return match_mode(as_pattern(p), s, NULL, NULL, mode);                            \
    }
RE_SEARCH_FN(match, REGEX_MATCH)
RE_SEARCH_FN(fullmatch, REGEX_FULLMATCH)
RE_SEARCH_FN(search, REGEX_SEARCH)
#undef RE_SEARCH_FN

static Obj *m_findall(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *s;
    Obj *p = pattern_string_flags("findall", args, nargs, kwnames, &s);
    return findall(as_pattern(p), s, NULL, NULL, false);
}

static Obj *m_finditer(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *s;
    Obj *p = pattern_string_flags("finditer", args, nargs, kwnames, &s);
    return findall(as_pattern(p), s, NULL, NULL, true);
}

static Obj *sub_fn(const char *name, Obj **args, int nargs, Obj *kwnames, bool with_count)
{
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags", NULL};
    Obj *a[5];
    args_parse(name, args, nargs, kwnames, names, 3, a);
    return sub(as_pattern(compile(a[0], a[4])), a[1], a[2], a[3], with_count);
}

static Obj *m_sub(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return sub_fn("sub", args, nargs, kwnames, false);
}

static Obj *m_subn(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return sub_fn("subn", args, nargs, kwnames, true);
}

static Obj *m_split(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags", NULL};
    Obj *a[4];
    args_parse("split", args, nargs, kwnames, names, 2, a);
    return split(as_pattern(compile(a[0], a[3])), a[1], a[2]);
}

static Obj *m_escape(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"pattern", NULL};
    Obj *a[1];
    args_parse("escape", args, nargs, kwnames, names, 1, a);
    Obj *s = subject(a[0]);
    Buf b;
    buf_init(&b);
    for (const char *p = str_cstr(s); *p; p++) {
        if (strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", *p))
            buf_putc(&b, '\\');
        buf_putc(&b, *p);
    }
    return str_from_buf(&b);
}

static Obj *m_purge(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("purge", kwnames);
    args_count("purge", nargs, 0, 0);
    return None;
}

Type re_error_type = {
    .base = {&type_type},
    .name = "error",
    .module = "re",
    .base_type = &type_Exception,
    .flags = TF_BASETYPE | TF_EXC,
    .basicsize = sizeof(ExcObj),
    .dictoffset = offsetof(ExcObj, dict),
};

static void re_init(Obj *m)
{
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"compile", m_compile}, {"match", m_match}, {"fullmatch", m_fullmatch}, {"search", m_search},
        {"findall", m_findall}, {"finditer", m_finditer}, {"sub", m_sub}, {"subn", m_subn}, {"split", m_split},
        {"escape", m_escape}, {"purge", m_purge},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add_function(m, fns[i].name, fns[i].fn);
    static const struct {
        const char *name;
        int value;
    } flags[] = {
        {"I", REGEX_IGNORECASE}, {"IGNORECASE", REGEX_IGNORECASE}, {"L", REGEX_LOCALE}, {"LOCALE", REGEX_LOCALE},
        {"M", REGEX_MULTILINE}, {"MULTILINE", REGEX_MULTILINE}, {"S", REGEX_DOTALL}, {"DOTALL", REGEX_DOTALL},
        {"U", REGEX_UNICODE}, {"UNICODE", REGEX_UNICODE}, {"X", REGEX_VERBOSE}, {"VERBOSE", REGEX_VERBOSE},
        {"A", REGEX_ASCII}, {"ASCII", REGEX_ASCII}, {"NOFLAG", 0},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        module_add(m, flags[i].name, small_new(flags[i].value));
    type_ready(&pattern_type);
    type_ready(&match_type);
    type_ready(&re_error_type);
    module_add(m, "Pattern", (Obj *)&pattern_type);
    module_add(m, "Match", (Obj *)&match_type);
    module_add(m, "error", (Obj *)&re_error_type);
}

const ModuleDef re_module = {"re", re_init, NULL};

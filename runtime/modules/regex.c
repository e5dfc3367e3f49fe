/* runtime/modules/regex.c — the regular-expression engine (see regex.h).
 *
 * A pattern parses into alternatives of sequences of nodes. Matching is backtracking in
 * continuation-passing style: matching a node is given "what comes after" as a chain of
 * continuation frames living on the C stack, so alternation, repetition, groups and
 * look-arounds backtrack by plain returns. Repetitions of a single-character node are counted
 * in a loop, which is what most patterns (\d+, .*, [a-z]*) need. */
#include "runtime/modules/regex.h"

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "base/budget.h"
#include "base/buf.h"
#include "base/gc.h"

/* ---- character classes ------------------------------------------------------------------- */

enum { CAT_DIGIT = 1, CAT_NDIGIT = 2, CAT_WORD = 4, CAT_NWORD = 8, CAT_SPACE = 16, CAT_NSPACE = 32 };

static bool is_digit(uint32_t c, bool ascii)
{
    return (c >= '0' && c <= '9') || (!ascii && c >= 0x660 && c <= 0x669);
}

static bool is_space(uint32_t c, bool ascii)
{
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f))
        return true;
    if (ascii || c < 0x85)
        return false;
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Letters outside ASCII, by script blocks: enough for the text programs handle. */
static bool is_letter_above_ascii(uint32_t c)
{
    return c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) ||
           (c >= 0x370 && c <= 0x3ff && c != 0x37e && c != 0x387) || (c >= 0x400 && c <= 0x52f) ||
           (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x620 && c <= 0x64a) || (c >= 0x3040 && c <= 0x30ff) ||
           (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

static bool is_word(uint32_t c, bool ascii)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
        return true;
    return !ascii && c >= 0x80 && (is_letter_above_ascii(c) || is_digit(c, false));
}

/* Simple case folding, as IGNORECASE compares. */
static uint32_t regex_fold(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c < 0xc0)
        return c;
    if (c <= 0xde && c != 0xd7)
        return c + 32;
    if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42f)
        return c + 32;
    if (c >= 0x400 && c <= 0x40f)
        return c + 80;
    return c;
}

typedef struct Set {
    size_t nr;
    uint32_t *ranges;      /* pairs lo, hi */
    unsigned cats;
    bool negate, icase, ascii;
} Set;

static bool set_has(const Set *s, uint32_t c)
{
    bool in = false;
    for (size_t i = 0; i < s->nr && !in; i++) {
        uint32_t lo = s->ranges[2 * i], hi = s->ranges[2 * i + 1];
        if (c >= lo && c <= hi)
            in = true;
        else if (s->icase) {
            uint32_t f = regex_fold(c);
            for (uint32_t k = lo; k <= hi && k - lo < 512 && !in; k++)
                in = regex_fold(k) == f;
        }
    }
    if (!in && s->cats) {
        in = ((s->cats & CAT_DIGIT) && is_digit(c, s->ascii)) || ((s->cats & CAT_NDIGIT) && !is_digit(c, s->ascii)) ||
             ((s->cats & CAT_WORD) && is_word(c, s->ascii)) || ((s->cats & CAT_NWORD) && !is_word(c, s->ascii)) ||
             ((s->cats & CAT_SPACE) && is_space(c, s->ascii)) || ((s->cats & CAT_NSPACE) && !is_space(c, s->ascii));
    }
    return in != s->negate;
}

/* ---- the pattern tree ------------------------------------------------------------------------ */

enum {
    N_LIT, N_ANY, N_SET,                        /* one character */
    N_BOL, N_EOL, N_BOS, N_EOS, N_WORDB, N_NWORDB,  /* assertions */
    N_GROUP, N_ATOMIC, N_REPEAT, N_BACKREF, N_LOOK,
};

enum { Q_GREEDY, Q_LAZY, Q_POSSESSIVE };

typedef struct Alt Alt;

typedef struct Node {
    int op;
    uint32_t c;
    bool icase;
    bool flag;             /* ANY: dot matches newline; BOL/EOL: multiline; word boundaries: ASCII */
    Set *set;
    int group;             /* GROUP: capture number, 0 for none; BACKREF: the group */
    Alt *alt;
    struct Node *body;
    int min, max;          /* REPEAT; max -1: unbounded */
    int kind;              /* REPEAT: Q_*; LOOK: 1 for behind */
    bool neg;
    int width;             /* LOOK behind: the fixed width */
} Node;

typedef struct Seq {
    int n;
    Node **items;
} Seq;

struct Alt {
    int n;
    Seq **seqs;
};

struct Regex {
    Alt *alt;
    int groups;
    int flags;
    char **names;          /* [1..groups] */
};

int regex_groups(const Regex *re) { return re->groups; }
int regex_flags(const Regex *re) { return re->flags; }
const char *regex_group_name(const Regex *re, int i) { return i >= 1 && i <= re->groups ? re->names[i] : NULL; }

/* ---- parsing ------------------------------------------------------------------------------ */

typedef struct Parser {
    const uint32_t *p;
    size_t n, i;
    int flags;
    int groups;
    char **names;
    size_t names_cap;
    int open[128];         /* groups still open, which a backreference may not name */
    int nopen;
    jmp_buf fail;
    const char *err;
    ssize_t errpos;
} Parser;

_Noreturn static void fail_at(Parser *ps, ssize_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void fail_at(Parser *ps, ssize_t pos, const char *fmt, ...)
{
    Buf b;
    buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    ps->err = buf_cstr(&b);
    ps->errpos = pos;
    longjmp(ps->fail, 1);
}

static void *alloc(size_t n) { return gc_alloc(n); }

static Node *node(int op)
{
    Node *n = alloc(sizeof *n);
    n->op = op;
    return n;
}

static bool at_end(Parser *ps) { return ps->i >= ps->n; }
static uint32_t peek(Parser *ps) { return ps->i < ps->n ? ps->p[ps->i] : 0; }

/* A code point as text, for messages. */
static const char *cp_text(uint32_t c)
{
    char *s = gc_alloc_atomic(8);
    if (c < 0x80) {
        s[0] = (char)c;
    } else if (c < 0x800) {
        s[0] = (char)(0xc0 | (c >> 6));
        s[1] = (char)(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        s[0] = (char)(0xe0 | (c >> 12));
        s[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[2] = (char)(0x80 | (c & 0x3f));
    } else {
        s[0] = (char)(0xf0 | (c >> 18));
        s[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        s[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[3] = (char)(0x80 | (c & 0x3f));
    }
    return s;
}

/* pattern text p[from..to) for messages. */
static const char *span_text(Parser *ps, size_t from, size_t to)
{
    Buf b;
    buf_init(&b);
    for (size_t k = from; k < to && k < ps->n; k++)
        buf_puts(&b, cp_text(ps->p[k]));
    return buf_cstr(&b);
}

static void skip_verbose(Parser *ps)
{
    if (!(ps->flags & REGEX_VERBOSE))
        return;
    for (;;) {
        uint32_t c = peek(ps);
        if (!at_end(ps) && (c == ' ' || (c >= '\t' && c <= '\r'))) {
            ps->i++;
        } else if (!at_end(ps) && c == '#') {
            while (!at_end(ps) && peek(ps) != '\n')
                ps->i++;
        } else {
            return;
        }
    }
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

/* \x, \u and \U: exactly `digits` hex digits after the letter at start + 1. */
static uint32_t hex_escape(Parser *ps, size_t start, int digits)
{
    uint32_t v = 0;
    for (int k = 0; k < digits; k++) {
        int h = ps->i < ps->n ? hexval(ps->p[ps->i]) : -1;
        if (h < 0)
            fail_at(ps, (ssize_t)start, "incomplete escape %s", span_text(ps, start, ps->i));
        v = v * 16 + (uint32_t)h;
        ps->i++;
    }
    if (v > 0x10ffff)
        fail_at(ps, (ssize_t)start, "bad escape %s", span_text(ps, start, ps->i));
    return v;
}

static Set *new_set(Parser *ps)
{
    Set *s = alloc(sizeof *s);
    s->icase = ps->flags & REGEX_IGNORECASE;
    s->ascii = ps->flags & REGEX_ASCII;
    return s;
}

static void set_add_range(Set *s, uint32_t lo, uint32_t hi)
{
    uint32_t *r = gc_alloc_atomic((s->nr + 1) * 2 * sizeof *r);
    if (s->nr)
        memcpy(r, s->ranges, s->nr * 2 * sizeof *r);
    r[2 * s->nr] = lo;
    r[2 * s->nr + 1] = hi;
    s->ranges = r;
    s->nr++;
}

static unsigned category(uint32_t c)
{
    switch (c) {
    case 'd': return CAT_DIGIT;
    case 'D': return CAT_NDIGIT;
    case 'w': return CAT_WORD;
    case 'W': return CAT_NWORD;
    case 's': return CAT_SPACE;
    case 'S': return CAT_NSPACE;
    default: return 0;
    }
}

/* An escape that stands for one character (inside or outside a class); the backslash is at
 * start and ps->i is past the letter. */
static uint32_t char_escape(Parser *ps, size_t start, uint32_t c, bool in_class)
{
    switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case 'x': return hex_escape(ps, start, 2);
    case 'u': return hex_escape(ps, start, 4);
    case 'U': return hex_escape(ps, start, 8);
    case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && peek(ps) >= '0' && peek(ps) <= '7' && !at_end(ps); k++)
            v = v * 8 + (peek(ps) - '0'), ps->i++;
        return v;
    }
    default: break;
    }
    if (c >= '1' && c <= '7' && in_class) {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && !at_end(ps) && peek(ps) >= '0' && peek(ps) <= '7'; k++)
            v = v * 8 + (peek(ps) - '0'), ps->i++;
        if (v > 0377)
            fail_at(ps, (ssize_t)start, "octal escape value %s outside of range 0-0o377", span_text(ps, start, ps->i));
        return v;
    }
    if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
        fail_at(ps, (ssize_t)start, "bad escape \\%c", (char)c);
    return c;
}

/* One member of a class at ps->i: a character (returned) or a category like \d (*cat set). */
static uint32_t class_item(Parser *ps, unsigned *cat)
{
    size_t at = ps->i;
    uint32_t c = ps->p[ps->i++];
    *cat = 0;
    if (c != '\\')
        return c;
    if (at_end(ps))
        fail_at(ps, (ssize_t)at, "bad escape (end of pattern)");
    uint32_t e = ps->p[ps->i++];
    *cat = category(e);
    return *cat ? 0 : char_escape(ps, at, e, true);
}

static Node *parse_class(Parser *ps)
{
    size_t start = ps->i++;
    Set *s = new_set(ps);
    if (peek(ps) == '^' && !at_end(ps)) {
        s->negate = true;
        ps->i++;
    }
    bool first = true;
    for (;;) {
        if (at_end(ps))
            fail_at(ps, (ssize_t)start, "unterminated character set");
        size_t item = ps->i;
        if (ps->p[ps->i] == ']' && !first) {
            ps->i++;
            break;
        }
        first = false;
        unsigned cat;
        uint32_t lo = class_item(ps, &cat);
        if (peek(ps) == '-' && ps->i + 1 < ps->n && ps->p[ps->i + 1] != ']') {
            ps->i++;
            unsigned hcat;
            uint32_t hi = class_item(ps, &hcat);
            if (cat || hcat || hi < lo)
                fail_at(ps, (ssize_t)item, "bad character range %s", span_text(ps, item, ps->i));
            set_add_range(s, lo, hi);
        } else if (cat) {
            s->cats |= cat;
        } else {
            set_add_range(s, lo, lo);
        }
    }
    Node *n = node(N_SET);
    n->set = s;
    return n;
}

static Alt *parse_alt(Parser *ps);

static int parse_flag_letters(Parser *ps, bool *ok)
{
    int f = 0;
    *ok = true;
    for (;;) {
        switch (peek(ps)) {
        case 'a': f |= REGEX_ASCII; break;
        case 'i': f |= REGEX_IGNORECASE; break;
        case 'L': f |= REGEX_LOCALE; break;
        case 'm': f |= REGEX_MULTILINE; break;
        case 's': f |= REGEX_DOTALL; break;
        case 'u': f |= REGEX_UNICODE; break;
        case 'x': f |= REGEX_VERBOSE; break;
        default: return f;
        }
        ps->i++;
    }
}

static bool name_char(uint32_t c, bool first)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9') || c >= 0x80;
}

/* A group name up to `end`; ps->i is at its first character. */
static char *parse_name(Parser *ps, uint32_t end)
{
    size_t start = ps->i;
    while (!at_end(ps) && peek(ps) != end)
        ps->i++;
    if (at_end(ps))
        fail_at(ps, (ssize_t)start, "missing %c, unterminated name", (char)end);
    if (ps->i == start)
        fail_at(ps, (ssize_t)start, "missing group name");
    for (size_t k = start; k < ps->i; k++)
        if (!name_char(ps->p[k], k == start))
            fail_at(ps, (ssize_t)start, "bad character in group name '%s'", span_text(ps, start, ps->i));
    const char *t = span_text(ps, start, ps->i);
    char *name = gc_alloc_atomic(strlen(t) + 1);
    strcpy(name, t);
    ps->i++;
    return name;
}

static int group_by_name(Parser *ps, const char *name)
{
    for (int g = 1; g <= ps->groups; g++)
        if (ps->names[g] && strcmp(ps->names[g], name) == 0)
            return g;
    return 0;
}

static int new_group(Parser *ps, char *name, size_t name_pos)
{
    if (name) {
        int old = group_by_name(ps, name);
        if (old)
            fail_at(ps, (ssize_t)name_pos, "redefinition of group name '%s' as group %d; was group %d", name,
                    ps->groups + 1, old);
    }
    int g = ++ps->groups;
    if ((size_t)g >= ps->names_cap) {
        size_t cap = ps->names_cap ? ps->names_cap * 2 : 16;
        char **nn = alloc(cap * sizeof *nn);
        if (ps->names_cap)
            memcpy(nn, ps->names, ps->names_cap * sizeof *nn);
        ps->names = nn;
        ps->names_cap = cap;
    }
    ps->names[g] = name;
    return g;
}

static bool group_open(Parser *ps, int g)
{
    for (int k = 0; k < ps->nopen; k++)
        if (ps->open[k] == g)
            return true;
    return false;
}

static Node *backref(Parser *ps, int g, size_t pos, bool by_name, const char *name)
{
    if (g < 1 || g > ps->groups || group_open(ps, g)) {
        if (by_name)
            fail_at(ps, (ssize_t)pos, "cannot refer to an open group");
        fail_at(ps, (ssize_t)pos, "invalid group reference %d", g);
    }
    (void)name;
    Node *n = node(N_BACKREF);
    n->group = g;
    n->icase = ps->flags & REGEX_IGNORECASE;
    return n;
}

/* The body of a group after its opening, up to and including ')'. */
static Alt *group_body(Parser *ps, size_t open_pos, const char *what)
{
    Alt *a = parse_alt(ps);
    if (at_end(ps) || peek(ps) != ')')
        fail_at(ps, (ssize_t)open_pos, "missing ), unterminated %s", what);
    ps->i++;
    return a;
}

static Node *parse_group(Parser *ps)
{
    size_t open_pos = ps->i++;
    if (peek(ps) != '?' || at_end(ps)) {
        int g = new_group(ps, NULL, 0);
        ps->open[ps->nopen++ & 127] = g;
        Node *n = node(N_GROUP);
        n->group = g;
        n->alt = group_body(ps, open_pos, "subpattern");
        ps->nopen--;
        return n;
    }
    ps->i++;
    uint32_t c = peek(ps);
    if (at_end(ps))
        fail_at(ps, (ssize_t)ps->i, "unexpected end of pattern");
    if (c == ':' || c == '>') {
        ps->i++;
        Node *n = node(c == ':' ? N_GROUP : N_ATOMIC);
        n->alt = group_body(ps, open_pos, "subpattern");
        return n;
    }
    if (c == '#') {
        while (!at_end(ps) && peek(ps) != ')')
            ps->i++;
        if (at_end(ps))
            fail_at(ps, (ssize_t)open_pos, "missing ), unterminated comment");
        ps->i++;
        return NULL;
    }
    if (c == 'P') {
        ps->i++;
        if (peek(ps) == '<') {
            ps->i++;
            size_t name_pos = ps->i;
            char *name = parse_name(ps, '>');
            int g = new_group(ps, name, name_pos);
            ps->open[ps->nopen++ & 127] = g;
            Node *n = node(N_GROUP);
            n->group = g;
            n->alt = group_body(ps, open_pos, "subpattern");
            ps->nopen--;
            return n;
        }
        if (peek(ps) == '=') {
            ps->i++;
            size_t name_pos = ps->i;
            char *name = parse_name(ps, ')');
            int g = group_by_name(ps, name);
            if (!g)
                fail_at(ps, (ssize_t)name_pos, "unknown group name '%s'", name);
            return backref(ps, g, name_pos, true, name);
        }
        fail_at(ps, (ssize_t)ps->i - 1, "unknown extension ?P%s", at_end(ps) ? "" : cp_text(peek(ps)));
    }
    if (c == '=' || c == '!' || c == '<') {
        bool behind = c == '<';
        ps->i++;
        if (behind) {
            uint32_t d = peek(ps);
            if (at_end(ps) || (d != '=' && d != '!'))
                fail_at(ps, (ssize_t)open_pos + 1, "unknown extension ?<%s", at_end(ps) ? "" : cp_text(d));
            c = d;
            ps->i++;
        }
        Node *n = node(N_LOOK);
        n->kind = behind;
        n->neg = c == '!';
        n->alt = group_body(ps, open_pos, "subpattern");
        return n;
    }
    bool ok;
    size_t flags_pos = ps->i;
    int on = parse_flag_letters(ps, &ok), off = 0;
    if (peek(ps) == '-') {
        ps->i++;
        off = parse_flag_letters(ps, &ok);
        if (!off)
            fail_at(ps, (ssize_t)ps->i, "missing flag");
    }
    if (flags_pos == ps->i)
        fail_at(ps, (ssize_t)open_pos + 1, "unknown extension ?%s", cp_text(c));
    if (peek(ps) == ')' && !off && !at_end(ps)) {
        if (open_pos != 0)
            fail_at(ps, (ssize_t)open_pos, "global flags not at the start of the expression");
        ps->i++;
        ps->flags |= on;
        return NULL;
    }
    if (peek(ps) != ':' || at_end(ps))
        fail_at(ps, (ssize_t)ps->i, at_end(ps) ? "missing -, : or )" : "missing -, : or )");
    ps->i++;
    int saved = ps->flags;
    ps->flags = (ps->flags | on) & ~off;
    Node *n = node(N_GROUP);
    n->alt = group_body(ps, open_pos, "subpattern");
    ps->flags = saved;
    return n;
}

/* {m}, {m,}, {,n}, {m,n} at ps->i; false (nothing consumed) when it is not a repeat and reads
 * as literal text. */
static bool parse_braces(Parser *ps, int *min, int *max)
{
    size_t k = ps->i + 1;
    long lo = -1, hi = -1;
    size_t d = k;
    while (k < ps->n && ps->p[k] >= '0' && ps->p[k] <= '9')
        k++;
    if (k > d)
        lo = 0;
    for (size_t j = d; j < k; j++)
        lo = lo * 10 + (long)(ps->p[j] - '0'), lo = lo > 100000000 ? 100000000 : lo;
    bool comma = k < ps->n && ps->p[k] == ',';
    if (comma) {
        k++;
        size_t e = k;
        while (k < ps->n && ps->p[k] >= '0' && ps->p[k] <= '9')
            k++;
        if (k > e)
            hi = 0;
        for (size_t j = e; j < k; j++)
            hi = hi * 10 + (long)(ps->p[j] - '0'), hi = hi > 100000000 ? 100000000 : hi;
    } else {
        hi = lo;
    }
    if (k >= ps->n || ps->p[k] != '}' || (lo < 0 && !comma))
        return false;
    *min = lo < 0 ? 0 : (int)lo;
    *max = comma && hi < 0 ? -1 : (int)hi;
    if (*max >= 0 && *max < *min)
        fail_at(ps, (ssize_t)ps->i + 1, "min repeat greater than max repeat");
    ps->i = k + 1;
    return true;
}

static bool is_assertion(const Node *n) { return n->op >= N_BOL && n->op <= N_NWORDB; }

static Node *parse_escape(Parser *ps)
{
    size_t start = ps->i++;
    if (at_end(ps))
        fail_at(ps, (ssize_t)start, "bad escape (end of pattern)");
    uint32_t c = ps->p[ps->i++];
    unsigned cat = category(c);
    if (cat) {
        Node *n = node(N_SET);
        n->set = new_set(ps);
        n->set->cats = cat;
        return n;
    }
    Node *n;
    switch (c) {
    case 'b': n = node(N_WORDB); n->flag = ps->flags & REGEX_ASCII; return n;
    case 'B': n = node(N_NWORDB); n->flag = ps->flags & REGEX_ASCII; return n;
    case 'A': return node(N_BOS);
    case 'Z': return node(N_EOS);
    default: break;
    }
    if (c >= '1' && c <= '9') {
        size_t d = ps->i;
        int g = (int)(c - '0');
        bool octal3 = d + 1 < ps->n && c <= '7' && ps->p[d] >= '0' && ps->p[d] <= '7' && ps->p[d + 1] >= '0' &&
                      ps->p[d + 1] <= '7';
        if (octal3) {
            uint32_t v = (c - '0') * 64 + (ps->p[d] - '0') * 8 + (ps->p[d + 1] - '0');
            ps->i += 2;
            if (v > 0377)
                fail_at(ps, (ssize_t)start, "octal escape value %s outside of range 0-0o377", span_text(ps, start, ps->i));
            n = node(N_LIT);
            n->c = v;
            n->icase = ps->flags & REGEX_IGNORECASE;
            return n;
        }
        if (d < ps->n && ps->p[d] >= '0' && ps->p[d] <= '9') {
            g = g * 10 + (int)(ps->p[d] - '0');
            ps->i++;
        }
        return backref(ps, g, start + 1, false, NULL);
    }
    n = node(N_LIT);
    n->c = char_escape(ps, start, c, false);
    n->icase = ps->flags & REGEX_IGNORECASE;
    return n;
}

static Seq *parse_seq(Parser *ps)
{
    Seq *s = alloc(sizeof *s);
    size_t cap = 8;
    s->items = alloc(cap * sizeof(Node *));
    for (;;) {
        skip_verbose(ps);
        if (at_end(ps) || peek(ps) == '|' || peek(ps) == ')')
            return s;
        size_t atom_pos = ps->i;
        uint32_t c = ps->p[ps->i];
        Node *n = NULL;
        int qmin, qmax;
        switch (c) {
        case '(':
            n = parse_group(ps);
            break;
        case '[':
            n = parse_class(ps);
            break;
        case '.':
            ps->i++;
            n = node(N_ANY);
            n->flag = ps->flags & REGEX_DOTALL;
            break;
        case '^':
            ps->i++;
            n = node(N_BOL);
            n->flag = ps->flags & REGEX_MULTILINE;
            break;
        case '$':
            ps->i++;
            n = node(N_EOL);
            n->flag = ps->flags & REGEX_MULTILINE;
            break;
        case '\\':
            n = parse_escape(ps);
            break;
        case '*':
        case '+':
        case '?':
            fail_at(ps, (ssize_t)atom_pos, "nothing to repeat");
        case '{':
            if (parse_braces(ps, &qmin, &qmax))
                fail_at(ps, (ssize_t)atom_pos, "nothing to repeat");
            ps->i++;
            n = node(N_LIT);
            n->c = c;
            break;
        default:
            ps->i++;
            n = node(N_LIT);
            n->c = c;
            n->icase = ps->flags & REGEX_IGNORECASE;
            break;
        }
        if (!n)
            continue;
        skip_verbose(ps);
        bool repeated = false;
        for (;;) {
            size_t qpos = ps->i;
            uint32_t q = peek(ps);
            if (at_end(ps))
                break;
            int min, max;
            if (q == '*' || q == '+' || q == '?') {
                ps->i++;
                min = q == '+';
                max = q == '?' ? 1 : -1;
            } else if (q == '{' && parse_braces(ps, &min, &max)) {
                (void)0;
            } else {
                break;
            }
            if (repeated)
                fail_at(ps, (ssize_t)qpos, "multiple repeat");
            if (is_assertion(n))
                fail_at(ps, (ssize_t)qpos, "nothing to repeat");
            Node *r = node(N_REPEAT);
            r->body = n;
            r->min = min;
            r->max = max;
            if (peek(ps) == '?' && !at_end(ps)) {
                r->kind = Q_LAZY;
                ps->i++;
            } else if (peek(ps) == '+' && !at_end(ps)) {
                r->kind = Q_POSSESSIVE;
                ps->i++;
            }
            n = r;
            repeated = true;
            skip_verbose(ps);
        }
        if ((size_t)s->n == cap) {
            Node **ni = alloc(cap * 2 * sizeof(Node *));
            memcpy(ni, s->items, cap * sizeof(Node *));
            s->items = ni;
            cap *= 2;
        }
        s->items[s->n++] = n;
    }
}

static Alt *parse_alt(Parser *ps)
{
    Alt *a = alloc(sizeof *a);
    size_t cap = 4;
    a->seqs = alloc(cap * sizeof(Seq *));
    for (;;) {
        if ((size_t)a->n == cap) {
            Seq **ns = alloc(cap * 2 * sizeof(Seq *));
            memcpy(ns, a->seqs, cap * sizeof(Seq *));
            a->seqs = ns;
            cap *= 2;
        }
        a->seqs[a->n++] = parse_seq(ps);
        if (at_end(ps) || peek(ps) != '|')
            return a;
        ps->i++;
    }
}

/* The fixed width of what an alternative matches, or -1. */
static int alt_width(const Alt *a);

static int node_width(const Node *n)
{
    switch (n->op) {
    case N_LIT:
    case N_ANY:
    case N_SET: return 1;
    case N_GROUP:
    case N_ATOMIC: return alt_width(n->alt);
    case N_REPEAT: {
        int w = node_width(n->body);
        return w >= 0 && n->min == n->max ? w * n->min : -1;
    }
    case N_BACKREF: return -1;
    default: return 0;
    }
}

static int alt_width(const Alt *a)
{
    int width = -2;
    for (int i = 0; i < a->n; i++) {
        int w = 0;
        for (int k = 0; k < a->seqs[i]->n && w >= 0; k++) {
            int nw = node_width(a->seqs[i]->items[k]);
            w = nw < 0 ? -1 : w + nw;
        }
        if (w < 0 || (width != -2 && w != width))
            return -1;
        width = w;
    }
    return width < 0 ? 0 : width;
}

/* Fills in look-behind widths, refusing variable ones as sre does. */
static void check_lookbehind(Parser *ps, Alt *a)
{
    for (int i = 0; i < a->n; i++)
        for (int k = 0; k < a->seqs[i]->n; k++) {
            Node *n = a->seqs[i]->items[k];
            while (n->op == N_REPEAT)
                n = n->body;
            if (n->alt)
                check_lookbehind(ps, n->alt);
            if (n->op == N_LOOK && n->kind) {
                n->width = alt_width(n->alt);
                if (n->width < 0)
                    fail_at(ps, -1, "look-behind requires fixed-width pattern");
            }
        }
}

Regex *regex_compile(const uint32_t *pat, size_t n, int flags, const char **err, ssize_t *errpos)
{
    Parser *ps = alloc(sizeof *ps);
    ps->p = pat;
    ps->n = n;
    ps->flags = flags;
    if (setjmp(ps->fail)) {
        *err = ps->err;
        *errpos = ps->errpos;
        return NULL;
    }
    Alt *a = parse_alt(ps);
    if (!at_end(ps))
        fail_at(ps, (ssize_t)ps->i, "unbalanced parenthesis");
    check_lookbehind(ps, a);
    Regex *re = alloc(sizeof *re);
    re->alt = a;
    re->groups = ps->groups;
    re->flags = ps->flags;
    re->names = ps->names;
    return re;
}

/* ---- matching ---------------------------------------------------------------------------------- */

typedef struct Matcher {
    const Regex *re;
    const uint32_t *s;
    size_t end;            /* endpos */
    size_t start;          /* where this attempt began */
    ssize_t *caps;
    bool full, must_advance;
    size_t match_end;
    const char *stack_base;
    bool overflow;
} Matcher;

enum { K_SEQ, K_GROUP, K_REPEAT, K_STOP };

typedef struct Cont {
    int kind;
    const Seq *seq;        /* K_SEQ */
    int idx;
    int group;             /* K_GROUP */
    size_t from;           /* K_GROUP: where the group began; K_REPEAT: where the iteration began */
    const Node *rep;       /* K_REPEAT */
    int count;
    size_t *stop_at;       /* K_STOP: receives the end */
    size_t need_end;       /* K_STOP: when not (size_t)-1, the end must be this */
    struct Cont *next;
} Cont;

/* Deep enough nesting to threaten the C stack stops the match. */
enum { STACK_LIMIT = 3 << 20 };

static bool run(Matcher *m, Cont *k, size_t pos);
static bool match_seq(Matcher *m, const Seq *s, int idx, size_t pos, Cont *k);

static bool too_deep(Matcher *m)
{
    char here;
    if (m->stack_base - &here > STACK_LIMIT) {
        m->overflow = true;
        return true;
    }
    return false;
}

static bool char_match(const Node *n, uint32_t c)
{
    switch (n->op) {
    case N_LIT: return c == n->c || (n->icase && regex_fold(c) == regex_fold(n->c));
    case N_ANY: return n->flag || c != '\n';
    default: return set_has(n->set, c);
    }
}

static bool single_char(const Node *n) { return n->op <= N_SET; }

static bool word_at(Matcher *m, size_t i, bool ascii) { return i < m->end && is_word(m->s[i], ascii); }

static bool assertion(Matcher *m, const Node *n, size_t pos)
{
    switch (n->op) {
    case N_BOL: return pos == 0 || (n->flag && m->s[pos - 1] == '\n');
    case N_EOL: return pos == m->end || (pos + 1 == m->end && m->s[pos] == '\n') || (n->flag && m->s[pos] == '\n');
    case N_BOS: return pos == 0;
    case N_EOS: return pos == m->end;
    default: {
        bool before = pos > 0 && word_at(m, pos - 1, n->flag), after = word_at(m, pos, n->flag);
        return (before != after) == (n->op == N_WORDB);
    }
    }
}

static bool alt_match(Matcher *m, const Alt *a, size_t pos, Cont *k)
{
    for (int i = 0; i < a->n; i++)
        if (match_seq(m, a->seqs[i], 0, pos, k))
            return true;
    return false;
}

/* Runs an alternative to completion without the rest of the pattern: the end it reached, or -1. */
static ssize_t sub_match(Matcher *m, const Alt *a, size_t pos, size_t need_end)
{
    size_t end = 0;
    Cont stop = {.kind = K_STOP, .stop_at = &end, .need_end = need_end};
    return alt_match(m, a, pos, &stop) ? (ssize_t)end : -1;
}

static bool repeat_try(Matcher *m, const Node *r, int count, size_t pos, Cont *k);

static bool run(Matcher *m, Cont *k, size_t pos)
{
    if (!k) {
        if (m->full && pos != m->end)
            return false;
        if (m->must_advance && pos == m->start)
            return false;
        m->match_end = pos;
        return true;
    }
    switch (k->kind) {
    case K_SEQ:
        return match_seq(m, k->seq, k->idx, pos, k->next);
    case K_GROUP: {
        ssize_t *c = m->caps + 2 * k->group;
        ssize_t old0 = c[0], old1 = c[1];
        c[0] = (ssize_t)k->from;
        c[1] = (ssize_t)pos;
        if (run(m, k->next, pos))
            return true;
        c[0] = old0;
        c[1] = old1;
        return false;
    }
    case K_REPEAT:
        if (pos == k->from)    /* an empty iteration ends the loop */
            return run(m, k->next, pos);
        return repeat_try(m, k->rep, k->count, pos, k->next);
    default:
        if (k->need_end != (size_t)-1 && pos != k->need_end)
            return false;
        *k->stop_at = pos;
        return true;
    }
}

/* Tries iteration count + 1 of r's body, then (or first, when lazy) what follows. */
static bool repeat_try(Matcher *m, const Node *r, int count, size_t pos, Cont *k)
{
    budget_tick();
    if (too_deep(m))
        return false;
    bool more = r->max < 0 || count < r->max;
    Cont again = {.kind = K_REPEAT, .rep = r, .count = count + 1, .from = pos, .next = k};
    Seq one = {1, (Node **)&r->body};
    if (r->kind == Q_LAZY) {
        if (count >= r->min && run(m, k, pos))
            return true;
        return more && match_seq(m, &one, 0, pos, &again);
    }
    if (more && match_seq(m, &one, 0, pos, &again))
        return true;
    return count >= r->min && run(m, k, pos);
}

static bool repeat_node(Matcher *m, const Node *r, size_t pos, Cont *k)
{
    const Node *b = r->body;
    if (single_char(b)) {
        size_t limit = r->max < 0 ? m->end - pos : (size_t)r->max;
        if (limit > m->end - pos)
            limit = m->end - pos;
        if (r->kind == Q_LAZY) {
            size_t n = 0;
            for (;;) {
                budget_tick();
                if (n >= (size_t)r->min && run(m, k, pos + n))
                    return true;
                if (n >= limit || !char_match(b, m->s[pos + n]))
                    return false;
                n++;
            }
        }
        size_t n = 0;
        while (n < limit && char_match(b, m->s[pos + n]))
            n++;
        if (r->kind == Q_POSSESSIVE)
            return n >= (size_t)r->min && run(m, k, pos + n);
        for (;;) {
            budget_tick();
            if (n < (size_t)r->min)
                return false;
            if (run(m, k, pos + n))
                return true;
            if (n == 0)
                return false;
            n--;
        }
    }
    if (r->kind == Q_POSSESSIVE) {
        /* Greedy to the end, then never back into it. */
        size_t at = pos;
        int count = 0;
        while (r->max < 0 || count < r->max) {
            Alt one = {1, &(Seq *){&(Seq){1, (Node **)&r->body}}};
            ssize_t e = sub_match(m, &one, at, (size_t)-1);
            if (e < 0 || (size_t)e == at)
                break;
            at = (size_t)e;
            count++;
        }
        return count >= r->min && run(m, k, at);
    }
    return repeat_try(m, r, 0, pos, k);
}

static bool backref_match(Matcher *m, const Node *n, size_t pos, size_t *end)
{
    ssize_t a = m->caps[2 * n->group], b = m->caps[2 * n->group + 1];
    if (a < 0 || b < 0)
        return false;
    size_t len = (size_t)(b - a);
    if (pos + len > m->end)
        return false;
    for (size_t i = 0; i < len; i++) {
        uint32_t x = m->s[(size_t)a + i], y = m->s[pos + i];
        if (x != y && !(n->icase && regex_fold(x) == regex_fold(y)))
            return false;
    }
    *end = pos + len;
    return true;
}

static bool look(Matcher *m, const Node *n, size_t pos)
{
    size_t ncaps = 2 * ((size_t)m->re->groups + 1);
    ssize_t *saved = gc_alloc_atomic(ncaps * sizeof *saved);
    memcpy(saved, m->caps, ncaps * sizeof *saved);
    bool found;
    bool full = m->full, adv = m->must_advance;
    m->full = m->must_advance = false;
    if (n->kind)
        found = pos >= (size_t)n->width && sub_match(m, n->alt, pos - (size_t)n->width, pos) >= 0;
    else
        found = sub_match(m, n->alt, pos, (size_t)-1) >= 0;
    m->full = full;
    m->must_advance = adv;
    if (n->neg || !found)
        memcpy(m->caps, saved, ncaps * sizeof *saved);
    return found != n->neg;
}

static bool match_seq(Matcher *m, const Seq *s, int idx, size_t pos, Cont *k)
{
    if (too_deep(m))
        return false;
    for (; idx < s->n; idx++) {
        const Node *n = s->items[idx];
        if (single_char(n)) {
            if (pos >= m->end || !char_match(n, m->s[pos]))
                return false;
            pos++;
            continue;
        }
        if (is_assertion(n)) {
            if (!assertion(m, n, pos))
                return false;
            continue;
        }
        Cont rest = {.kind = K_SEQ, .seq = s, .idx = idx + 1, .next = k};
        switch (n->op) {
        case N_GROUP: {
            if (!n->group)
                return alt_match(m, n->alt, pos, &rest);
            Cont g = {.kind = K_GROUP, .group = n->group, .from = pos, .next = &rest};
            return alt_match(m, n->alt, pos, &g);
        }
        case N_ATOMIC: {
            ssize_t e = sub_match(m, n->alt, pos, (size_t)-1);
            return e >= 0 && run(m, &rest, (size_t)e);
        }
        case N_REPEAT:
            return repeat_node(m, n, pos, &rest);
        case N_BACKREF: {
            size_t e;
            if (!backref_match(m, n, pos, &e))
                return false;
            pos = e;
            continue;
        }
        default:
            if (!look(m, n, pos))
                return false;
            continue;
        }
    }
    return run(m, k, pos);
}

bool regex_exec(const Regex *re, const uint32_t *s, size_t pos, size_t endpos, int mode, bool must_advance,
                ssize_t *caps, bool *overflow)
{
    char base;
    Matcher m = {.re = re, .s = s, .end = endpos, .caps = caps, .full = mode == REGEX_FULLMATCH,
                 .stack_base = &base};
    size_t ncaps = 2 * ((size_t)re->groups + 1);
    *overflow = false;
    for (size_t at = pos; at <= endpos; at++) {
        budget_tick();
        for (size_t i = 0; i < ncaps; i++)
            caps[i] = -1;
        m.start = at;
        m.must_advance = must_advance && at == pos;
        if (alt_match(&m, re->alt, at, NULL)) {
            caps[0] = (ssize_t)at;
            caps[1] = (ssize_t)m.match_end;
            return true;
        }
        if (m.overflow) {
            *overflow = true;
            return false;
        }
        if (mode != REGEX_SEARCH)
            break;
    }
    return false;
}

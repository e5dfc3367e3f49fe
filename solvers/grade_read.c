/* solvers/grade_read.c — the answer reader (LaTeX and plain text into GradeNode trees).
 *
 * A hand-written lexer (commands canonicalised through one table, numbers with their thousands
 * separators, letter runs split into symbols unless they are words the reader knows) feeds a
 * recursive-descent parser: lists, relations, ratios, set operations, sums, products with implicit
 * multiplication, unary signs, powers, postfix operators and primaries (brackets, fractions, roots,
 * functions, absolute values, floors, environments, big operators).
 */
#include "solvers/grade_read.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/budget.h"
#include "base/gc.h"

#define MAX_DEPTH 200
#define MAX_TREE_DEPTH 400

/* ---- nodes and strings ------------------------------------------------------------------ */

GradeNode *grade_node(GradeKind kind, int n)
{
    GradeNode *g = gc_alloc(sizeof *g);
    g->kind = kind;
    g->n = n;
    if (n > 0)
        g->kid = gc_alloc((size_t)n * sizeof *g->kid);
    return g;
}

char *grade_strndup(const char *s, size_t n)
{
    char *d = gc_alloc_atomic(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

GradeNode *grade_node1(GradeKind kind, GradeNode *a)
{
    GradeNode *g = grade_node(kind, 1);
    g->kid[0] = a;
    return g;
}

GradeNode *grade_node2(GradeKind kind, GradeNode *a, GradeNode *b)
{
    GradeNode *g = grade_node(kind, 2);
    g->kid[0] = a;
    g->kid[1] = b;
    return g;
}

GradeNode *grade_named(GradeKind kind, const char *name)
{
    GradeNode *g = grade_node(kind, 0);
    g->name = name;
    return g;
}

static GradeNode *int_node(const char *digits)
{
    return grade_named(GN_NUM, digits);
}

static GradeNode *func(const char *name, int n)
{
    GradeNode *g = grade_node(GN_FUNC, n);
    g->name = name;
    return g;
}

/* Appends b to an n-ary node of kind k built from a (flattening). */
/* a (op) b as one flat node of kind k. A node of kind k in `a` is the one being built (the parser
 * never shares one): its children grow in place, doubling, so that a sum of n terms is read in
 * time and memory linear in n. */
static GradeNode *nary(GradeKind k, GradeNode *a, GradeNode *b)
{
    if (a->kind != k)
        a = grade_node1(k, a);
    int nb = b->kind == k ? b->n : 1;
    size_t need = (size_t)(a->n + nb) * sizeof *a->kid;
    if (gc_size(a->kid) < need) {
        GradeNode **kid = gc_alloc(2 * need);
        if (a->n)
            memcpy(kid, a->kid, (size_t)a->n * sizeof *a->kid);
        a->kid = kid;
    }
    for (int i = 0; i < nb; i++)
        a->kid[a->n++] = b->kind == k ? b->kid[i] : b;
    return a;
}

/* ---- the lexer -------------------------------------------------------------------------- */

typedef enum { TK_END, TK_NUM, TK_SYM, TK_CHAR, TK_CMD, TK_TEXT, TK_SEP } TokKind;

typedef enum {
    C_NONE, C_FRAC, C_SQRT, C_BINOM, C_CHOOSE, C_FUNC, C_PI, C_INF, C_EMPTY, C_DEG, C_PERCENT,
    C_ELLIPSIS, C_PM, C_MP, C_LE, C_GE, C_NE, C_APPROX, C_IN, C_TO, C_CUP, C_CAP, C_SETMINUS,
    C_SETOPEN, C_SETCLOSE, C_FLOOR_O, C_FLOOR_C, C_CEIL_O, C_CEIL_C, C_TEXT, C_MATHFONT,
    C_OPNAME, C_BOX, C_BEGIN, C_END, C_INT, C_SUM, C_PROD, C_LIM, C_ACCENT, C_E, C_I, C_ROWSEP,
    C_SKIP, C_CHARCMD, C_MOD,
} Cmd;

typedef struct {
    TokKind kind;
    size_t start, end;
    char ch;                   /* TK_CHAR, and C_CHARCMD's character */
    Cmd cmd;
    const char *str;           /* TK_NUM digits, TK_SYM name, TK_TEXT content, C_FUNC/C_ACCENT name */
    long exp10;
    bool decimal;
    int side;                  /* TK_CHAR after \left (1) or \right (-1): which end of a pair of bars */
} Tok;

typedef struct {
    const char *name;
    Cmd cmd;
    const char *arg;           /* function or symbol name, or the character of C_CHARCMD */
} CmdEntry;

static const CmdEntry commands[] = {
    {"frac", C_FRAC, 0}, {"dfrac", C_FRAC, 0}, {"tfrac", C_FRAC, 0}, {"cfrac", C_FRAC, 0},
    {"sqrt", C_SQRT, 0}, {"binom", C_BINOM, 0}, {"dbinom", C_BINOM, 0}, {"tbinom", C_BINOM, 0},
    {"choose", C_CHOOSE, 0}, {"pi", C_PI, 0}, {"infty", C_INF, 0}, {"infin", C_INF, 0},
    {"emptyset", C_EMPTY, 0}, {"varnothing", C_EMPTY, 0}, {"circ", C_DEG, 0}, {"degree", C_DEG, 0},
    {"%", C_PERCENT, 0}, {"ldots", C_ELLIPSIS, 0}, {"cdots", C_ELLIPSIS, 0}, {"dots", C_ELLIPSIS, 0},
    {"dotsc", C_ELLIPSIS, 0}, {"pm", C_PM, 0}, {"mp", C_MP, 0}, {"le", C_LE, 0}, {"leq", C_LE, 0},
    {"leqslant", C_LE, 0}, {"leqq", C_LE, 0}, {"ge", C_GE, 0}, {"geq", C_GE, 0},
    {"geqslant", C_GE, 0}, {"geqq", C_GE, 0}, {"ne", C_NE, 0}, {"neq", C_NE, 0},
    {"approx", C_APPROX, 0}, {"simeq", C_APPROX, 0}, {"in", C_IN, 0}, {"to", C_TO, 0},
    {"rightarrow", C_TO, 0}, {"longrightarrow", C_TO, 0}, {"Rightarrow", C_TO, 0},
    {"Longrightarrow", C_TO, 0}, {"bmod", C_MOD, 0}, {"mod", C_MOD, 0}, {"cup", C_CUP, 0}, {"cap", C_CAP, 0},
    {"setminus", C_SETMINUS, 0}, {"backslash", C_SETMINUS, 0}, {"{", C_SETOPEN, 0},
    {"}", C_SETCLOSE, 0}, {"lbrace", C_SETOPEN, 0}, {"rbrace", C_SETCLOSE, 0},
    {"lfloor", C_FLOOR_O, 0}, {"rfloor", C_FLOOR_C, 0}, {"llcorner", C_FLOOR_O, 0},
    {"lrcorner", C_FLOOR_C, 0}, {"lceil", C_CEIL_O, 0}, {"rceil", C_CEIL_C, 0},
    {"ulcorner", C_CEIL_O, 0}, {"urcorner", C_CEIL_C, 0}, {"text", C_TEXT, 0},
    {"textbf", C_TEXT, 0}, {"textit", C_TEXT, 0}, {"textrm", C_TEXT, 0}, {"textsf", C_TEXT, 0},
    {"texttt", C_TEXT, 0}, {"textnormal", C_TEXT, 0}, {"mbox", C_TEXT, 0}, {"hbox", C_TEXT, 0}, {"mathrm", C_MATHFONT, 0},
    {"mathbf", C_MATHFONT, 0}, {"mathit", C_MATHFONT, 0}, {"mathsf", C_MATHFONT, 0},
    {"mathtt", C_MATHFONT, 0}, {"mathcal", C_MATHFONT, 0}, {"boldsymbol", C_MATHFONT, 0},
    {"bm", C_MATHFONT, 0}, {"mathbb", C_MATHFONT, 0}, {"operatorname", C_OPNAME, 0},
    {"boxed", C_BOX, 0}, {"fbox", C_BOX, 0}, {"begin", C_BEGIN, 0}, {"end", C_END, 0},
    {"int", C_INT, 0}, {"sum", C_SUM, 0}, {"prod", C_PROD, 0}, {"lim", C_LIM, 0},
    {"bar", C_ACCENT, "bar"}, {"overline", C_ACCENT, "bar"}, {"hat", C_ACCENT, "hat"},
    {"widehat", C_ACCENT, "hat"}, {"vec", C_ACCENT, "vec"}, {"overrightarrow", C_ACCENT, "vec"},
    {"tilde", C_ACCENT, "tilde"}, {"widetilde", C_ACCENT, "tilde"}, {"dot", C_ACCENT, "dot"},
    {"exponentialE", C_E, 0}, {"imaginaryI", C_I, 0}, {"\\", C_ROWSEP, 0},
    {"cdot", C_CHARCMD, "*"}, {"times", C_CHARCMD, "*"}, {"ast", C_CHARCMD, "*"},
    {"div", C_CHARCMD, "/"}, {"lbrack", C_CHARCMD, "["}, {"rbrack", C_CHARCMD, "]"},
    {"lgroup", C_CHARCMD, "("}, {"rgroup", C_CHARCMD, ")"}, {"langle", C_CHARCMD, "("},
    {"rangle", C_CHARCMD, ")"}, {"vert", C_CHARCMD, "|"}, {"lvert", C_CHARCMD, "|"},
    {"rvert", C_CHARCMD, "|"}, {"|", C_CHARCMD, "|"}, {"Vert", C_CHARCMD, "|"},
    {"lVert", C_CHARCMD, "|"}, {"rVert", C_CHARCMD, "|"}, {"lt", C_CHARCMD, "<"},
    {"gt", C_CHARCMD, ">"}, {"colon", C_CHARCMD, ":"}, {"prime", C_CHARCMD, "'"},
    {"left", C_SKIP, "l"}, {"right", C_SKIP, "r"}, {"mleft", C_SKIP, "l"}, {"mright", C_SKIP, "r"},
    {"bigl", C_SKIP, "l"}, {"bigr", C_SKIP, "r"}, {"Bigl", C_SKIP, "l"}, {"Bigr", C_SKIP, "r"},
    {"big", C_SKIP, 0}, {"Big", C_SKIP, 0}, {"bigg", C_SKIP, 0}, {"Bigg", C_SKIP, 0},
    {"biggl", C_SKIP, "l"}, {"biggr", C_SKIP, "r"}, {"displaystyle", C_SKIP, 0},
    {"textstyle", C_SKIP, 0}, {"limits", C_SKIP, 0}, {"nolimits", C_SKIP, 0}, {"quad", C_SKIP, 0},
    {"qquad", C_SKIP, 0}, {",", C_SKIP, 0}, {"!", C_SKIP, 0}, {";", C_SKIP, 0}, {":", C_SKIP, 0},
    {" ", C_SKIP, 0}, {"$", C_SKIP, 0}, {"enspace", C_SKIP, 0}, {"thinspace", C_SKIP, 0},
    {"sin", C_FUNC, "sin"}, {"cos", C_FUNC, "cos"}, {"tan", C_FUNC, "tan"}, {"cot", C_FUNC, "cot"},
    {"sec", C_FUNC, "sec"}, {"csc", C_FUNC, "csc"}, {"arcsin", C_FUNC, "asin"},
    {"arccos", C_FUNC, "acos"}, {"arctan", C_FUNC, "atan"}, {"arccot", C_FUNC, "acot"},
    {"arcsec", C_FUNC, "asec"}, {"arccsc", C_FUNC, "acsc"}, {"asin", C_FUNC, "asin"},
    {"acos", C_FUNC, "acos"}, {"atan", C_FUNC, "atan"}, {"sinh", C_FUNC, "sinh"},
    {"cosh", C_FUNC, "cosh"}, {"tanh", C_FUNC, "tanh"}, {"coth", C_FUNC, "coth"},
    {"sech", C_FUNC, "sech"}, {"csch", C_FUNC, "csch"}, {"arsinh", C_FUNC, "asinh"},
    {"arcsinh", C_FUNC, "asinh"}, {"asinh", C_FUNC, "asinh"}, {"arcosh", C_FUNC, "acosh"},
    {"arccosh", C_FUNC, "acosh"}, {"acosh", C_FUNC, "acosh"}, {"artanh", C_FUNC, "atanh"},
    {"arctanh", C_FUNC, "atanh"}, {"atanh", C_FUNC, "atanh"}, {"log", C_FUNC, "log"},
    {"ln", C_FUNC, "log"}, {"exp", C_FUNC, "exp"}, {"gcd", C_FUNC, "gcd"}, {"lcm", C_FUNC, "lcm"},
    {"min", C_FUNC, "min"}, {"max", C_FUNC, "max"}, {"floor", C_FUNC, "floor"},
    {"ceil", C_FUNC, "ceil"}, {"abs", C_FUNC, "abs"}, {"det", C_FUNC, "det"},
};

/* Names a letter run may spell that are functions or constants without a backslash. */
static const CmdEntry words[] = {
    {"sqrt", C_SQRT, 0}, {"pi", C_PI, 0}, {"infty", C_INF, 0}, {"infinity", C_INF, 0},
    {"inf", C_INF, 0}, {"oo", C_INF, 0}, {"percent", C_PERCENT, 0}, {"percentage", C_PERCENT, 0},
    {"pct", C_PERCENT, 0}, {"degrees", C_DEG, 0}, {"degree", C_DEG, 0}, {"sin", C_FUNC, "sin"},
    {"cos", C_FUNC, "cos"}, {"tan", C_FUNC, "tan"}, {"log", C_FUNC, "log"}, {"ln", C_FUNC, "log"},
    {"exp", C_FUNC, "exp"}, {"abs", C_FUNC, "abs"},
};

/* Words written after a number that only name its unit. */
static const char *const units[] = {
    "units", "unit", "square", "sq", "cubic", "cm", "mm", "km", "m", "meters", "meter", "metres",
    "inches", "inch", "feet", "foot", "ft", "miles", "mile", "yards", "yd", "dollars", "dollar",
    "cents", "cent", "hours", "hour", "hrs", "minutes", "minute", "mins", "seconds", "second",
    "days", "day", "weeks", "week", "years", "year", "months", "kg", "grams", "gram", "pounds",
    "lbs", "lb", "ounces", "oz", "liters", "litres", "ml", "mph", "ways", "people", "students",
    "apples", "times", "points", "pages", "books", "marbles", "cookies", "boxes", "tickets",
    "cups", "gallons", "inches^2", "sides", "edges", "vertices", "numbers", "integers", "digits",
};

static const char *const greek[] = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta",
    "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon",
    "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi",
    "Sigma", "Phi", "Psi", "Omega", "ell",
};

typedef struct {
    const char *s;
    size_t len, pos;
    bool comma_decimal;
    int depth;                 /* recursion depth */
    int bars;                  /* absolute values open */
    int brackets;              /* brackets open: a plain comma separates there, never groups digits */
    size_t last_bar_close;     /* end of the last closing bar, or SIZE_MAX */
} P;

/* True when the n bytes at s spell the whole of word (compared from the front: most words of a
 * table differ at their first letter, and tokens are looked up in long tables). */
static bool spells(const char *word, const char *s, size_t n) { return strncmp(word, s, n) == 0 && word[n] == 0; }

static const CmdEntry *find_entry(const CmdEntry *tab, size_t n, const char *name, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (spells(tab[i].name, name, len))
            return &tab[i];
    return NULL;
}

static bool in_list(const char *const *list, size_t n, const char *w, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strncasecmp(list[i], w, len) == 0 && list[i][len] == 0)
            return true;
    return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Unicode symbols the reader knows, as the command or character they stand for. */
static const struct { const char *utf8; const char *latex; } unicode[] = {
    {"\xe2\x88\xaa", "\\cup"}, {"\xe2\x88\xa9", "\\cap"}, {"\xe2\x88\x96", "\\setminus"},
    {"\xc2\xb0", "\\circ"}, {"\xcf\x80", "\\pi"}, {"\xe2\x88\x9a", "\\sqrt"}, {"\xe2\x89\xa4", "\\le"},
    {"\xe2\x89\xa5", "\\ge"}, {"\xe2\x89\xa0", "\\ne"}, {"\xe2\x88\x9e", "\\infty"},
    {"\xc3\x97", "\\cdot"}, {"\xc2\xb7", "\\cdot"}, {"\xc3\xb7", "\\div"}, {"\xe2\x88\x92", "-"},
    {"\xc2\xb1", "\\pm"}, {"\xe2\x88\x85", "\\emptyset"}, {"\xe2\x82\xac", ""}, {"\xc2\xa3", ""},
    {"\xe2\x88\x88", "\\in"}, {"\xe2\x89\x88", "\\approx"},
};

static void skip_space(P *p)
{
    while (p->pos < p->len && (isspace((unsigned char)p->s[p->pos]) || p->s[p->pos] == '~' ||
                               p->s[p->pos] == '$'))
        p->pos++;
}

static bool is_digit_at(const P *p, size_t i) { return i < p->len && isdigit((unsigned char)p->s[i]); }

/* Length of a thousands separator at i followed by exactly three digits, or 0. */
static size_t thousands_sep(const P *p, size_t i)
{
    static const char *const seps[] = {"{,}", ",\\!", "\\,", "\\ ", ",", " "};
    for (size_t k = 0; k < COUNT(seps); k++) {
        size_t n = strlen(seps[k]);
        if (i + n > p->len || memcmp(p->s + i, seps[k], n) != 0)
            continue;
        if ((p->comma_decimal || p->brackets) && !strcmp(seps[k], ","))
            continue;
        size_t j = i + n;
        if (k == 1)
            while (j < p->len && p->s[j] == ' ')
                j++;
        if (is_digit_at(p, j) && is_digit_at(p, j + 1) && is_digit_at(p, j + 2) && !is_digit_at(p, j + 3) &&
            !(j + 3 < p->len && p->s[j + 3] == '.' && k == 5))
            return j - i;
    }
    return 0;
}

/* The digits of a number token, in a buffer that doubles (a text of many numbers is read in
 * linear time); always NUL-terminated. */
typedef struct {
    char *s;
    size_t n, cap;
} Digits;

static void add_digit(Digits *d, char c)
{
    if (d->n + 2 > d->cap) {
        d->cap = 2 * d->cap + 16;
        char *s = gc_alloc_atomic(d->cap);
        if (d->n)
            memcpy(s, d->s, d->n);
        d->s = s;
    }
    d->s[d->n++] = c;
}

static void lex_number(P *p, Tok *t)
{
    Digits buf = {0};
    size_t i = p->pos, lead = 0;
    long frac = 0;
    while (is_digit_at(p, i)) {
        add_digit(&buf, p->s[i++]);
        lead++;
    }
    if (lead >= 1 && lead <= 3 && buf.s[0] != '0') {
        size_t k;
        while ((k = thousands_sep(p, i)) != 0) {
            i += k;
            for (int d = 0; d < 3; d++)
                add_digit(&buf, p->s[i++]);
        }
    }
    bool decimal = false;
    char point = p->comma_decimal ? ',' : '.';
    if (i < p->len && (p->s[i] == point || p->s[i] == '.') && is_digit_at(p, i + 1)) {
        decimal = true;
        i++;
        while (is_digit_at(p, i)) {
            add_digit(&buf, p->s[i++]);
            frac++;
        }
    }
    long e = 0;
    if (buf.n > 0 && i + 1 < p->len && (p->s[i] == 'e' || p->s[i] == 'E')) {
        size_t j = i + 1;
        bool neg = false;
        if (p->s[j] == '+' || p->s[j] == '-')
            neg = p->s[j++] == '-';
        if (is_digit_at(p, j) && !isalpha((unsigned char)(j + 1 < p->len ? p->s[j + 1] : ' '))) {
            while (is_digit_at(p, j) && e < 100000)
                e = e * 10 + (p->s[j++] - '0');
            e = neg ? -e : e;
            i = j;
            decimal = true;
        }
    }
    if (buf.n == 0)
        add_digit(&buf, '0');
    t->kind = TK_NUM;
    t->str = buf.s;
    t->exp10 = e - frac;
    t->decimal = decimal;
    p->pos = i;
}

/* Reads `{...}` (brace-matched) at the cursor and returns its content; NULL when absent. */
static char *brace_arg(P *p)
{
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != '{')
        return NULL;
    int depth = 0;
    size_t start = p->pos + 1;
    for (size_t i = p->pos; i < p->len; i++) {
        if (p->s[i] == '\\' && i + 1 < p->len) {
            i++;
            continue;
        }
        if (p->s[i] == '{')
            depth++;
        else if (p->s[i] == '}' && --depth == 0) {
            p->pos = i + 1;
            return grade_strndup(p->s + start, i - start);
        }
    }
    return NULL;
}

static void lex(P *p, Tok *t);

static void lex_command(P *p, Tok *t)
{
    size_t i = p->pos + 1, start = i;
    if (i >= p->len) {
        t->kind = TK_END;
        p->pos = i;
        return;
    }
    if (isalpha((unsigned char)p->s[i]))
        while (i < p->len && isalpha((unsigned char)p->s[i]))
            i++;
    else
        i++;
    size_t len = i - start;
    const CmdEntry *e = find_entry(commands, COUNT(commands), p->s + start, len);
    /* `\lgroupx`, `\vertx`: a known command glued to the letters after it. */
    while (!e && len > 1 && isalpha((unsigned char)p->s[start])) {
        len--;
        e = find_entry(commands, COUNT(commands), p->s + start, len);
    }
    if (!e) {
        len = i - start;
        for (size_t k = 0; k < COUNT(greek); k++)
            if (spells(greek[k], p->s + start, len)) {
                t->kind = TK_SYM;
                t->str = strncmp(greek[k], "var", 3) == 0 ? greek[k] + 3 : greek[k];
                p->pos = i;
                return;
            }
        /* an unknown command: a symbol of that name */
        t->kind = TK_SYM;
        t->str = grade_strndup(p->s + start, len);
        p->pos = i;
        return;
    }
    p->pos = start + len;
    switch (e->cmd) {
    case C_SKIP:
        if ((len == 4 || len == 5) && (p->s[start] == 'l' || p->s[start] == 'r' || p->s[start] == 'm')) {
            /* \left{ means \{, \left. means nothing */
            if (p->pos < p->len && p->s[p->pos] == '.') {
                p->pos++;
            } else if (p->pos < p->len && (p->s[p->pos] == '{' || p->s[p->pos] == '}')) {
                t->kind = TK_CMD;
                t->cmd = p->s[p->pos] == '{' ? C_SETOPEN : C_SETCLOSE;
                t->end = ++p->pos;
                return;
            }
        }
        lex(p, t);
        if (e->arg && t->kind == TK_CHAR)
            t->side = e->arg[0] == 'l' ? 1 : -1;
        return;
    case C_CHARCMD:
        t->kind = TK_CHAR;
        t->ch = e->arg[0];
        break;
    case C_TEXT: {
        char *arg = brace_arg(p);
        t->kind = TK_TEXT;
        t->str = arg ? arg : "";
        break;
    }
    default:
        t->kind = TK_CMD;
        t->cmd = e->cmd;
        t->str = e->arg;
        break;
    }
    t->end = p->pos;
}

static void lex(P *p, Tok *t)
{
    memset(t, 0, sizeof *t);
again:
    skip_space(p);
    t->start = p->pos;
    if (p->pos >= p->len) {
        t->kind = TK_END;
        t->end = p->pos;
        return;
    }
    unsigned char c = (unsigned char)p->s[p->pos];
    if (c >= 0x80) {
        for (size_t k = 0; k < COUNT(unicode); k++) {
            size_t n = strlen(unicode[k].utf8);
            if (p->pos + n <= p->len && memcmp(p->s + p->pos, unicode[k].utf8, n) == 0) {
                if (!unicode[k].latex[0]) {
                    p->pos += n;
                    goto again;
                }
                /* re-lex the replacement text in place of the character */
                P q = *p;
                q.s = unicode[k].latex;
                q.len = strlen(q.s);
                q.pos = 0;
                lex(&q, t);
                p->pos += n;
                t->start = p->pos - n;
                t->end = p->pos;
                return;
            }
        }
        t->kind = TK_CHAR;
        t->ch = '?';
        p->pos++;
        while (p->pos < p->len && ((unsigned char)p->s[p->pos] & 0xC0) == 0x80)
            p->pos++;
        t->end = p->pos;
        return;
    }
    if (isdigit(c) || (c == '.' && is_digit_at(p, p->pos + 1))) {
        lex_number(p, t);
    } else if (c == '\\') {
        lex_command(p, t);
        return;
    } else if (isalpha(c)) {
        size_t i = p->pos;
        while (i < p->len && isalpha((unsigned char)p->s[i]))
            i++;
        size_t len = i - p->pos;
        const char *w = p->s + p->pos;
        const CmdEntry *e = find_entry(words, COUNT(words), w, len);
        bool sep_or = len >= 2 && strncmp(w, "or", 2) == 0 && (len == 2 || isupper((unsigned char)w[2]));
        bool sep_and = len >= 3 && strncmp(w, "and", 3) == 0 && (len == 3 || isupper((unsigned char)w[3]));
        const CmdEntry *accent = i < p->len && p->s[i] == '{' ? find_entry(commands, COUNT(commands), w, len) : NULL;
        if (sep_or || sep_and) {
            t->kind = TK_SEP;
            p->pos += sep_or ? 2 : 3;
        } else if (accent && accent->cmd == C_ACCENT) {
            /* `bar{x}`: an accent without its backslash, as sympy prints Symbol('bar{x}') */
            t->kind = TK_CMD;
            t->cmd = C_ACCENT;
            t->str = accent->arg;
            p->pos = i;
        } else if (e) {
            t->kind = TK_CMD;
            t->cmd = e->cmd;
            t->str = e->arg;
            p->pos = i;
        } else if (len >= 2 && (p->pos == 0 || !isalpha((unsigned char)p->s[p->pos - 1])) &&
                   in_list(units, COUNT(units), w, len)) {
            p->pos = i;
            goto again;
        } else {
            t->kind = TK_SYM;
            t->str = grade_strndup(w, 1);
            p->pos++;
        }
    } else {
        t->kind = TK_CHAR;
        t->ch = (char)c;
        p->pos++;
        if ((c == '<' || c == '>' || c == '!' || c == '=') && p->pos < p->len && p->s[p->pos] == '=') {
            p->pos++;
            t->ch = c == '<' ? 'l' : c == '>' ? 'g' : c == '!' ? 'n' : '=';
        }
    }
    t->end = p->pos;
}

static void peek(P *p, Tok *t)
{
    size_t save = p->pos;
    lex(p, t);
    p->pos = save;
}

static bool peek_char(P *p, char ch)
{
    Tok t;
    peek(p, &t);
    return t.kind == TK_CHAR && t.ch == ch;
}

static bool peek_cmd(P *p, Cmd c)
{
    Tok t;
    peek(p, &t);
    return t.kind == TK_CMD && t.cmd == c;
}

static bool accept_char(P *p, char ch)
{
    Tok t;
    size_t save = p->pos;
    lex(p, &t);
    if (t.kind == TK_CHAR && t.ch == ch)
        return true;
    p->pos = save;
    return false;
}

static bool accept_cmd(P *p, Cmd c)
{
    Tok t;
    size_t save = p->pos;
    lex(p, &t);
    if (t.kind == TK_CMD && t.cmd == c)
        return true;
    p->pos = save;
    return false;
}

/* ---- the parser ------------------------------------------------------------------------- */

static GradeNode *parse_list(P *p, bool in_brackets);
static GradeNode *parse_relation(P *p);
static GradeNode *parse_setexpr(P *p);
static GradeNode *parse_additive(P *p);
static GradeNode *parse_term(P *p, bool func_arg);
static GradeNode *parse_unary(P *p);
static GradeNode *parse_power(P *p);
static GradeNode *parse_primary(P *p);

/* Parses a string on its own (a brace argument, a matrix cell). */
static GradeNode *parse_sub(const P *outer, const char *text)
{
    P q = {.s = text, .len = strlen(text), .comma_decimal = outer->comma_decimal,
           .depth = outer->depth + 1, .last_bar_close = (size_t)-1};
    if (q.depth > MAX_DEPTH)
        return NULL;
    GradeNode *g = parse_list(&q, false);
    Tok t;
    lex(&q, &t);
    return t.kind == TK_END ? g : NULL;
}

/* A command's argument: a brace group, or one token (`\frac12`, `\sqrt2`, `\frac\pi2`). */
static GradeNode *parse_arg(P *p)
{
    size_t save = p->pos;
    char *brace = brace_arg(p);
    if (brace)
        return parse_sub(p, brace);
    p->pos = save;
    skip_space(p);
    if (is_digit_at(p, p->pos)) {
        p->pos++;
        return int_node(grade_strndup(p->s + p->pos - 1, 1));
    }
    return parse_primary(p);
}

static bool is_int_literal(const GradeNode *g) { return g && g->kind == GN_NUM && !(g->flags & GF_DECIMAL) && g->exp10 == 0; }

static GradeNode *num_from_tok(const Tok *t)
{
    GradeNode *g = int_node(t->str);
    g->exp10 = t->exp10;
    g->flags = t->decimal ? GF_DECIMAL : 0;
    return g;
}

/* `_3`, `_{10}`, `_\theta`: the subscript's text with spaces and braces removed. */
static char *subscript(P *p)
{
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != '_')
        return NULL;
    p->pos++;
    char *arg = brace_arg(p);
    if (!arg) {
        skip_space(p);
        if (p->pos >= p->len)
            return NULL;
        size_t st = p->pos;
        if (p->s[p->pos] == '\\') {
            p->pos++;
            while (p->pos < p->len && isalpha((unsigned char)p->s[p->pos]))
                p->pos++;
        } else if (is_digit_at(p, p->pos)) {
            while (is_digit_at(p, p->pos))
                p->pos++;
        } else {
            p->pos++;
        }
        arg = grade_strndup(p->s + st, p->pos - st);
    }
    char *out = gc_alloc_atomic(strlen(arg) + 1);
    size_t n = 0;
    for (const char *c = arg; *c; c++)
        if (!isspace((unsigned char)*c) && *c != '{' && *c != '}' && *c != '\\')
            out[n++] = *c;
    out[n] = 0;
    return out;
}

static GradeNode *function(P *p, const char *name);

static GradeNode *symbol(P *p, const char *name)
{
    char *sub = subscript(p);
    if (sub) {
        size_t n = strlen(name);
        char *full = gc_alloc_atomic(n + strlen(sub) + 2);
        memcpy(full, name, n);
        full[n] = '_';
        strcpy(full + n + 1, sub);
        name = full;
    }
    while (p->pos < p->len && p->s[p->pos] == '\'') {
        size_t n = strlen(name);
        char *full = gc_alloc_atomic(n + 2);
        memcpy(full, name, n);
        full[n] = '\'';
        full[n + 1] = 0;
        name = full;
        p->pos++;
    }
    /* f(2), g'(x), h_1(t), and f{\left(x \right)} as sympy prints it: the letters that name
     * functions apply to a bracket (a(b + c) multiplies) */
    const char *next = p->s + p->pos, *end = p->s + p->len;
    bool call = next < end && (*next == '(' || (*next == '{' && (next[1] == '(' || !strncmp(next + 1, "\\left(", 6))));
    if (call && strchr("fgh", name[0]) && (!name[1] || strchr("'_", name[1])))
        return function(p, name);
    return grade_named(GN_SYM, name);
}

/* A number written in another base, `1201_3` or `42_{7}`: its value, or NULL. */
static GradeNode *based_number(const GradeNode *num, const char *base)
{
    char *end;
    long b = strtol(base, &end, 10);
    if (*end || b < 2 || b > 36 || num->exp10 > 0 || num->exp10 < -64)
        return NULL;
    /* converted by the evaluator from this form: digits, base */
    GradeNode *g = func("base", 2);
    g->kid[0] = grade_named(GN_TEXT, num->name);
    g->kid[1] = int_node(base);
    for (const char *c = num->name; *c; c++)
        if (*c - '0' >= b)
            return NULL;
    if (num->exp10 == 0)
        return g;
    /* 0.0011_2: the digits after the point count b^-1, b^-2 ... */
    char *places = gc_alloc_atomic(4);
    int k = (int)-num->exp10;
    places[0] = (char)(k >= 10 ? '0' + k / 10 : '0' + k);
    places[1] = (char)(k >= 10 ? '0' + k % 10 : 0);
    return grade_node2(GN_DIV, g, grade_node2(GN_POW, int_node(base), int_node(places)));
}

/* Removes the differential `d x` (a factor d followed by a symbol) from an integrand. */
static GradeNode *take_differential(GradeNode *g, const char **var)
{
    if (!g)
        return g;
    if (g->kind == GN_MUL) {
        for (int i = g->n - 2; i >= 0; i--) {
            GradeNode *a = g->kid[i], *b = g->kid[i + 1];
            if (a->kind == GN_SYM && strcmp(a->name, "d") == 0 && b->kind == GN_SYM) {
                *var = b->name;
                GradeNode *r = grade_node(GN_MUL, g->n - 2);
                for (int j = 0, k = 0; j < g->n; j++)
                    if (j != i && j != i + 1)
                        r->kid[k++] = g->kid[j];
                if (r->n == 0)
                    return int_node("1");
                return r->n == 1 ? r->kid[0] : r;
            }
        }
    }
    if (g->kind == GN_SYM && g->name[0] == 'd' && g->name[1] == 0)
        return g;
    for (int i = g->n - 1; i >= 0 && !*var; i--)
        g->kid[i] = take_differential(g->kid[i], var);
    return g;
}

static const char *first_symbol(const GradeNode *g)
{
    if (!g)
        return NULL;
    if (g->kind == GN_SYM)
        return g->name;
    for (int i = 0; i < g->n; i++) {
        const char *s = first_symbol(g->kid[i]);
        if (s)
            return s;
    }
    return NULL;
}

static bool has_symbol(const GradeNode *g, const char *name)
{
    if (!g)
        return false;
    if (g->kind == GN_SYM)
        return strcmp(g->name, name) == 0;
    for (int i = 0; i < g->n; i++)
        if (has_symbol(g->kid[i], name))
            return true;
    return false;
}

/* `_{lo}^{hi}` in either order; missing or empty bounds stay NULL. */
static void bounds(P *p, GradeNode **lo, GradeNode **hi, const char **lo_text)
{
    for (int k = 0; k < 2; k++) {
        skip_space(p);
        while (!strncmp(p->s + p->pos, "\\limits", 7) || !strncmp(p->s + p->pos, "\\nolimits", 9)) {
            p->pos += p->s[p->pos + 1] == 'n' ? 9 : 7;
            skip_space(p);
        }
        if (p->pos >= p->len)
            return;
        char c = p->s[p->pos];
        if (c != '_' && c != '^')
            return;
        p->pos++;
        char *arg = brace_arg(p);
        if (!arg) {
            skip_space(p);
            size_t st = p->pos;
            Tok t;
            lex(p, &t);
            arg = grade_strndup(p->s + st, p->pos - st);
        }
        bool blank = true;
        for (const char *s = arg; *s; s++)
            blank &= isspace((unsigned char)*s) != 0;
        if (c == '_') {
            if (lo_text)
                *lo_text = arg;
            if (!blank)
                *lo = parse_sub(p, arg);
        } else if (!blank) {
            *hi = parse_sub(p, arg);
        }
    }
}

static GradeNode *big_operator(P *p, Cmd cmd)
{
    GradeNode *lo = NULL, *hi = NULL;
    const char *lo_text = NULL;
    bounds(p, &lo, &hi, &lo_text);
    if (cmd == C_INT) {
        GradeNode *body = parse_additive(p);
        if (!body)
            return NULL;
        const char *var = NULL;
        body = take_differential(body, &var);
        if (!var)
            var = has_symbol(body, "x") ? "x" : first_symbol(body) ? first_symbol(body) : "x";
        GradeNode *g = func("int", lo && hi ? 4 : 2);
        g->kid[0] = body;
        g->kid[1] = grade_named(GN_SYM, var);
        if (lo && hi) {
            g->kid[2] = lo;
            g->kid[3] = hi;
        }
        return g;
    }
    if (cmd == C_LIM) {
        /* `x \to 3^+`: the side of the limit is dropped */
        if (!lo_text)
            return NULL;
        char *t = gc_alloc_atomic(strlen(lo_text) + 1);
        strcpy(t, lo_text);
        for (char *c = t; *c; c++)
            if (c[0] == '^' && (c[1] == '+' || c[1] == '-' || (c[1] == '{' && (c[2] == '+' || c[2] == '-'))))
                *c = 0;
        GradeNode *rel = parse_sub(p, t);
        GradeNode *body = parse_term(p, false);
        if (!rel || rel->kind != GN_REL || rel->n != 2 || rel->kid[0]->kind != GN_SYM || !body)
            return NULL;
        GradeNode *g = func("lim", 3);
        g->kid[0] = body;
        g->kid[1] = rel->kid[0];
        g->kid[2] = rel->kid[1];
        return g;
    }
    GradeNode *body = parse_term(p, false);
    if (!body || !lo || !hi || lo->kind != GN_REL || lo->n != 2 || lo->kid[0]->kind != GN_SYM)
        return NULL;
    GradeNode *g = func(cmd == C_SUM ? "sum" : "prod", 4);
    g->kid[0] = body;
    g->kid[1] = lo->kid[0];
    g->kid[2] = lo->kid[1];
    g->kid[3] = hi;
    return g;
}

/* Splits the text of an environment into rows (`\\`) and cells (`&`) at brace depth 0. */
static GradeNode *environment(P *p)
{
    char *name = brace_arg(p);
    if (!name)
        return NULL;
    size_t body = p->pos, end = p->len, after = p->len;
    int nest = 0;
    for (size_t i = p->pos; i + 4 < p->len; i++) {
        if (strncmp(p->s + i, "\\begin", 6) == 0)
            nest++;
        else if (strncmp(p->s + i, "\\end", 4) == 0) {
            if (nest-- == 0) {
                end = i;
                P q = *p;
                q.pos = i + 4;
                brace_arg(&q);
                after = q.pos;
                break;
            }
        }
    }
    if (end == p->len)
        return NULL;
    p->pos = after;
    bool matrix = strstr(name, "matrix") || strcmp(name, "array") == 0;
    if (strcmp(name, "array") == 0) {
        P q = *p;
        q.pos = body;
        if (brace_arg(&q))
            body = q.pos;
    }
    GradeNode **cells = gc_alloc(sizeof *cells * (end - body + 2));
    int ncell = 0, rows = 0, cols = -1, in_row = 0, depth = 0;
    size_t cell = body;
    for (size_t i = body; i <= end; i++) {
        bool at_end = i == end;
        char c = at_end ? 0 : p->s[i];
        if (c == '{')
            depth++;
        else if (c == '}')
            depth--;
        bool rowsep = !at_end && c == '\\' && i + 1 < end && p->s[i + 1] == '\\' && depth == 0;
        bool colsep = !at_end && c == '&' && depth == 0 && (i == 0 || p->s[i - 1] != '\\');
        if (!at_end && c == '\\' && !rowsep) {
            i++;
            continue;
        }
        if (!(rowsep || colsep || at_end))
            continue;
        char *text = grade_strndup(p->s + cell, i - cell);
        bool blank = true;
        for (char *s = text; *s; s++)
            blank &= isspace((unsigned char)*s) != 0;
        if (!(blank && (rowsep || at_end) && in_row == 0)) {
            GradeNode *g = blank && !matrix ? NULL : parse_sub(p, text);
            if (!g && matrix)
                return NULL;
            if (g)
                cells[ncell++] = g;
            in_row++;
        }
        if (rowsep || at_end) {
            if (in_row) {
                if (matrix && cols >= 0 && cols != in_row)
                    return NULL;
                cols = in_row;
                rows++;
            }
            in_row = 0;
        }
        cell = i + (rowsep ? 2 : 1);
        if (rowsep)
            i++;
    }
    if (ncell == 0)
        return NULL;
    GradeNode *g = grade_node(matrix ? GN_MATRIX : GN_LIST, ncell);
    memcpy(g->kid, cells, (size_t)ncell * sizeof *cells);
    g->rows = rows;
    g->cols = cols;
    if (!matrix && ncell == 1)
        return cells[0];
    return g;
}

/* A function's argument list: a bracketed group (comma-separated), or the factors that follow. */
static GradeNode *func_args(P *p, const char *name)
{
    Tok t;
    peek(p, &t);
    bool group = (t.kind == TK_CHAR && (t.ch == '(' || t.ch == '[')) ||
                 (t.kind == TK_CMD && t.cmd == C_SETOPEN) || (p->pos < p->len && p->s[p->pos] == '{');
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == '{') {
        char *brace = brace_arg(p);
        return brace ? parse_sub(p, brace) : NULL;
    }
    if (group) {
        lex(p, &t);
        /* commas separate the arguments of \max(9,876,543) but group the digits of \floor(12,123.4) */
        static const char *const variadic[] = {"max", "min", "gcd", "lcm"};
        bool several = false;
        for (size_t i = 0; i < COUNT(variadic); i++)
            several |= !strcmp(name, variadic[i]);
        p->brackets += several;
        GradeNode *args = parse_list(p, true);
        p->brackets -= several;
        Tok c;
        lex(p, &c);
        if (!args || !((c.kind == TK_CHAR && (c.ch == ')' || c.ch == ']')) ||
                       (c.kind == TK_CMD && c.cmd == C_SETCLOSE)))
            return NULL;
        return args;
    }
    return parse_term(p, true);
}

static GradeNode *function(P *p, const char *name)
{
    GradeNode *power = NULL, *base = NULL;
    for (int k = 0; k < 2; k++) {
        skip_space(p);
        if (p->pos < p->len && p->s[p->pos] == '^' && !power) {
            p->pos++;
            power = parse_arg(p);
            if (!power)
                return NULL;
        } else if (p->pos < p->len && p->s[p->pos] == '_' && strcmp(name, "log") == 0 && !base) {
            p->pos++;
            base = parse_arg(p);
            if (!base)
                return NULL;
        }
    }
    /* sin^{-1} is the inverse function */
    if (power && power->kind == GN_NEG && is_int_literal(power->kid[0]) && strcmp(power->kid[0]->name, "1") == 0 &&
        strcmp(name, "log") != 0) {
        char *inv = gc_alloc_atomic(strlen(name) + 2);
        inv[0] = 'a';
        strcpy(inv + 1, name);
        name = inv;
        power = NULL;
    }
    GradeNode *args = func_args(p, name);
    if (!args)
        return NULL;
    GradeNode *g;
    if (strcmp(name, "exp") == 0) {
        g = grade_node2(GN_POW, grade_node(GN_E, 0), args);
    } else if (args->kind == GN_TUPLE || args->kind == GN_LIST) {
        g = func(name, args->n);
        if (args->n)   /* f() has no arguments to copy */
            memcpy(g->kid, args->kid, (size_t)args->n * sizeof *g->kid);
    } else if (base) {
        g = func(name, 2);
        g->kid[0] = args;
        g->kid[1] = base;
    } else {
        g = func(name, 1);
        g->kid[0] = args;
    }
    return power ? grade_node2(GN_POW, g, power) : g;
}

/* `| ... |`, `\lfloor ... \rfloor`: the inner expression up to the closing token. */
static GradeNode *delimited(P *p, const char *name, Cmd close_cmd)
{
    GradeNode *inner;
    if (close_cmd == C_NONE) {
        p->bars++;
        inner = parse_additive(p);
        p->bars--;
        Tok t;
        lex(p, &t);
        if (!inner || t.kind != TK_CHAR || t.ch != '|' || t.side > 0)
            return NULL;
        p->last_bar_close = p->pos;
    } else {
        inner = parse_additive(p);
        if (!inner || !accept_cmd(p, close_cmd))
            return NULL;
    }
    GradeNode *g = func(name, 1);
    g->kid[0] = inner;
    return g;
}

/* `( ... )`, `[ ... ]` and mixed brackets: grouping, tuples, intervals. */
static GradeNode *bracket(P *p, char open)
{
    if (accept_char(p, ')') || accept_char(p, ']'))
        return grade_node(GN_TUPLE, 0);
    int bars = p->bars;
    p->bars = 0;
    p->brackets++;
    GradeNode *items = parse_list(p, true);
    p->brackets--;
    p->bars = bars;
    if (!items)
        return NULL;
    Tok t;
    lex(p, &t);
    if (t.kind != TK_CHAR || (t.ch != ')' && t.ch != ']'))
        return NULL;
    bool single = items->kind != GN_LIST || (items->flags & GF_SQUARE);
    if (single)
        return items;
    if (items->n == 2 && (open != '(' || t.ch != ')')) {
        GradeNode *g = grade_node2(GN_INTERVAL, items->kid[0], items->kid[1]);
        g->flags = (open == '[' ? GF_LO_CLOSED : 0) | (t.ch == ']' ? GF_HI_CLOSED : 0);
        return g;
    }
    items->kind = GN_TUPLE;
    items->flags = open == '[' ? GF_SQUARE : 0;
    return items;
}

/* `{ ... }`: a group, a set when it holds a comma, a binomial with \choose. */
static GradeNode *brace_group(P *p, bool set_braces)
{
    if (set_braces ? accept_cmd(p, C_SETCLOSE) : accept_char(p, '}'))
        return grade_node(GN_SET, 0);
    p->brackets++;
    GradeNode *items = parse_list(p, true);
    p->brackets--;
    if (!items)
        return NULL;
    if (accept_cmd(p, C_CHOOSE)) {
        GradeNode *k = parse_list(p, true);
        if (!k)
            return NULL;
        GradeNode *g = func("binom", 2);
        g->kid[0] = items;
        g->kid[1] = k;
        items = g;
    }
    if (set_braces ? !accept_cmd(p, C_SETCLOSE) : !accept_char(p, '}'))
        return NULL;
    /* `\{1, 3\}` is a set; bare braces only group, so `{1, 3}` stays the list 1, 3 */
    if (set_braces && items->kind == GN_LIST && !(items->flags & GF_SQUARE)) {
        items->kind = GN_SET;
        return items;
    }
    return set_braces ? grade_node1(GN_SET, items) : items;
}

static GradeNode *frac(P *p)
{
    GradeNode *a = parse_arg(p);
    size_t save = p->pos;
    GradeNode *b = parse_arg(p);
    if (!a || !b)
        return NULL;
    /* \frac{d}{dx} f: a derivative */
    if (a->kind == GN_SYM && strcmp(a->name, "d") == 0 && b->kind == GN_MUL && b->n == 2 &&
        b->kid[0]->kind == GN_SYM && strcmp(b->kid[0]->name, "d") == 0 && b->kid[1]->kind == GN_SYM) {
        GradeNode *body = parse_term(p, false);
        if (!body)
            return NULL;
        GradeNode *g = func("diff", 2);
        g->kid[0] = body;
        g->kid[1] = b->kid[1];
        return g;
    }
    (void)save;
    return grade_node2(GN_DIV, a, b);
}

static GradeNode *primary_cmd(P *p, const Tok *t)
{
    switch (t->cmd) {
    case C_FRAC:
        return frac(p);
    case C_SQRT: {
        GradeNode *index = NULL;
        skip_space(p);
        if (p->pos < p->len && p->s[p->pos] == '[') {
            size_t close = p->pos;
            int depth = 0;
            for (; close < p->len; close++) {
                if (p->s[close] == '[')
                    depth++;
                else if (p->s[close] == ']' && --depth == 0)
                    break;
            }
            if (close >= p->len)
                return NULL;
            index = parse_sub(p, grade_strndup(p->s + p->pos + 1, close - p->pos - 1));
            p->pos = close + 1;
            if (!index)
                return NULL;
        }
        GradeNode *arg;
        if (peek_char(p, '(')) {
            Tok o;
            lex(p, &o);
            arg = bracket(p, '(');
        } else {
            arg = parse_arg(p);
        }
        if (!arg)
            return NULL;
        GradeNode *g = func("sqrt", index ? 2 : 1);
        g->kid[0] = arg;
        if (index)
            g->kid[1] = index;
        return g;
    }
    case C_BINOM: {
        GradeNode *a = parse_arg(p), *b = a ? parse_arg(p) : NULL;
        if (!b)
            return NULL;
        GradeNode *g = func("binom", 2);
        g->kid[0] = a;
        g->kid[1] = b;
        return g;
    }
    case C_FUNC:
        return function(p, t->str);
    case C_PI:
        return grade_node(GN_PI, 0);
    case C_INF:
        return grade_node(GN_INF, 0);
    case C_EMPTY:
        return grade_node(GN_SET, 0);
    case C_E:
        return grade_node(GN_E, 0);
    case C_I:
        return grade_node(GN_I, 0);
    case C_ELLIPSIS:
        return grade_node(GN_ELLIPSIS, 0);
    case C_SETOPEN:
        return brace_group(p, true);
    case C_FLOOR_O:
        return delimited(p, "floor", C_FLOOR_C);
    case C_CEIL_O:
        return delimited(p, "ceil", C_CEIL_C);
    case C_MATHFONT: {
        size_t save = p->pos;
        char *word = brace_arg(p);
        const CmdEntry *e = word ? find_entry(commands, COUNT(commands), word, strlen(word)) : NULL;
        if (e && e->cmd == C_FUNC)   /* \mathrm{max}(a, b) is \max(a, b) */
            return function(p, e->arg);
        p->pos = save;
        return parse_arg(p);
    }
    case C_BOX:
        return parse_arg(p);
    case C_OPNAME: {
        char *name = brace_arg(p);
        if (!name)
            return NULL;
        const CmdEntry *e = find_entry(commands, COUNT(commands), name, strlen(name));
        if (e && e->cmd == C_FUNC)
            return function(p, e->arg);
        return function(p, name);
    }
    case C_BEGIN:
        return environment(p);
    case C_INT:
    case C_SUM:
    case C_PROD:
    case C_LIM:
        return big_operator(p, t->cmd);
    case C_ACCENT: {
        GradeNode *arg = parse_arg(p);
        if (!arg)
            return NULL;
        const char *inner = grade_print(arg);
        char *name = gc_alloc_atomic(strlen(inner) + strlen(t->str) + 3);
        strcpy(name, t->str);
        strcat(name, "(");
        strcat(name, inner);
        strcat(name, ")");
        return symbol(p, name);
    }
    default:
        return NULL;
    }
}

/* Text: words of an answer (`\text{Evelyn}`), or mathematics written in text mode. */
static GradeNode *text_node(P *p, const char *content)
{
    GradeNode *math = NULL;
    bool mathy = true, blank = true;
    for (const char *c = content; *c; c++) {
        if (isalpha((unsigned char)*c))
            mathy = false;
        if (!isspace((unsigned char)*c))
            blank = false;
    }
    if (mathy && !blank)
        math = parse_sub(p, content);
    if (math)
        return math;
    char *norm = gc_alloc_atomic(strlen(content) + 1);
    size_t n = 0;
    for (const char *c = content; *c; c++)
        if (isalnum((unsigned char)*c) || ((unsigned char)*c >= 0x80))
            norm[n++] = (char)tolower((unsigned char)*c);
        else if (*c == ' ' && n > 0 && norm[n - 1] != ' ')
            norm[n++] = ' ';
    while (n > 0 && norm[n - 1] == ' ')
        n--;
    norm[n] = 0;
    return grade_named(GN_TEXT, norm);
}

static GradeNode *parse_primary(P *p)
{
    if (++p->depth > MAX_DEPTH) {
        p->depth--;
        return NULL;
    }
    budget_tick();
    Tok t;
    lex(p, &t);
    GradeNode *g = NULL;
    switch (t.kind) {
    case TK_NUM:
        g = num_from_tok(&t);
        if (is_int_literal(g) && peek_cmd(p, C_FRAC)) {
            /* a mixed number: 2\frac{1}{3} */
            size_t save = p->pos;
            Tok f;
            lex(p, &f);
            GradeNode *fr = frac(p);
            if (fr && fr->kind == GN_DIV && is_int_literal(fr->kid[0]) && is_int_literal(fr->kid[1]))
                g = grade_node2(GN_ADD, g, fr);
            else
                p->pos = save;
        } else if (p->pos < p->len && p->s[p->pos] == '_') {
            size_t save = p->pos;
            char *base = subscript(p);
            GradeNode *b = base ? based_number(g, base) : NULL;
            if (b)
                g = b;
            else
                p->pos = save;
        }
        break;
    case TK_SYM:
        if (strcmp(t.str, "e") == 0 && !(p->pos < p->len && p->s[p->pos] == '_'))
            g = grade_node(GN_E, 0);
        else if ((strcmp(t.str, "i") == 0 || strcmp(t.str, "I") == 0) && !(p->pos < p->len && p->s[p->pos] == '_'))
            g = grade_node(GN_I, 0);
        else
            g = symbol(p, t.str);
        break;
    case TK_CHAR:
        if (t.ch == '(' || t.ch == '[')
            g = bracket(p, t.ch);
        else if (t.ch == '{')
            g = brace_group(p, false);
        else if (t.ch == '|')
            g = delimited(p, "abs", C_NONE);
        break;
    case TK_CMD:
        g = primary_cmd(p, &t);
        break;
    case TK_TEXT:
        g = text_node(p, t.str);
        break;
    default:
        break;
    }
    p->depth--;
    return g;
}

static GradeNode *parse_postfix(P *p)
{
    GradeNode *g = parse_primary(p);
    while (g) {
        Tok t;
        size_t save = p->pos;
        lex(p, &t);
        if (t.kind == TK_CHAR && t.ch == '!') {
            GradeNode *f = func("fact", 1);
            f->kid[0] = g;
            g = f;
        } else if (t.kind == TK_CHAR && t.ch == '%') {
            g = grade_node1(GN_PERCENT, g);
        } else if (t.kind == TK_CMD && t.cmd == C_PERCENT) {
            g = grade_node1(GN_PERCENT, g);
        } else if (t.kind == TK_CMD && t.cmd == C_DEG) {
            g = grade_node1(GN_DEGREE, g);
        } else {
            p->pos = save;
            break;
        }
    }
    return g;
}

static GradeNode *parse_power(P *p)
{
    GradeNode *b = parse_postfix(p);
    if (!b)
        return NULL;
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == '^') {
        p->pos++;
        skip_space(p);
        GradeNode *e;
        if (p->pos < p->len && p->s[p->pos] == '{') {
            char *arg = brace_arg(p);
            if (!arg)
                return NULL;
            P q = {.s = arg, .len = strlen(arg), .depth = p->depth + 1, .last_bar_close = (size_t)-1};
            if (accept_cmd(&q, C_DEG) && (skip_space(&q), q.pos == q.len))
                return grade_node1(GN_DEGREE, b);
            e = parse_sub(p, arg);
        } else if (accept_cmd(p, C_DEG)) {
            return grade_node1(GN_DEGREE, b);
        } else if (p->pos < p->len && (p->s[p->pos] == '-' || p->s[p->pos] == '+')) {
            bool neg = p->s[p->pos++] == '-';
            e = parse_power(p);
            if (e && neg)
                e = grade_node1(GN_NEG, e);
        } else if (is_digit_at(p, p->pos)) {
            p->pos++;
            e = int_node(grade_strndup(p->s + p->pos - 1, 1));
        } else {
            e = parse_power(p);
        }
        if (!e)
            return NULL;
        if (b->kind == GN_TEXT)
            return b;                      /* `\text{cm}^2`: a unit */
        b = grade_node2(GN_POW, b, e);
        /* a postfix after the power: x^2! is rare, 5^2\% is not */
        Tok t;
        size_t save = p->pos;
        lex(p, &t);
        if ((t.kind == TK_CHAR && t.ch == '%') || (t.kind == TK_CMD && t.cmd == C_PERCENT))
            b = grade_node1(GN_PERCENT, b);
        else
            p->pos = save;
    }
    return b;
}

static GradeNode *parse_unary(P *p)
{
    Tok t;
    size_t save = p->pos;
    lex(p, &t);
    bool sign = t.kind == TK_CHAR && (t.ch == '-' || t.ch == '+');
    if (sign || (t.kind == TK_CMD && (t.cmd == C_PM || t.cmd == C_MP))) {
        if (p->depth >= MAX_DEPTH)
            return NULL;
        p->depth++;
        GradeNode *g = parse_unary(p);
        p->depth--;
        if (!g || (sign && t.ch == '+'))
            return g;
        return sign ? grade_node1(GN_NEG, g) : grade_node2(GN_PM, int_node("0"), g);
    }
    p->pos = save;
    return parse_power(p);
}

/* Counts the bar tokens from the cursor to the end. */
static int bars_ahead(P *p)
{
    size_t save = p->pos;
    int n = 0;
    Tok t;
    for (lex(p, &t); t.kind != TK_END; lex(p, &t))
        n += t.kind == TK_CHAR && t.ch == '|';
    p->pos = save;
    return n;
}

/* True when the next token can start a factor of an implicit product. */
static bool starts_factor(P *p, bool func_arg)
{
    Tok t;
    peek(p, &t);
    switch (t.kind) {
    case TK_NUM:
    case TK_SYM:
        return true;
    case TK_TEXT:
        return !func_arg;
    case TK_CHAR:
        if (t.ch == '(' || t.ch == '[' || t.ch == '{')
            return true;
        if (t.ch == '|') {
            if (func_arg || t.side < 0)
                return false;
            if (p->bars == 0 || t.side > 0)
                return true;
            /* after a closing bar, a bar opens a new absolute value when enough bars remain */
            return p->last_bar_close == t.start && bars_ahead(p) > p->bars;
        }
        return false;
    case TK_CMD:
        switch (t.cmd) {
        case C_FUNC:
        case C_INT:
        case C_SUM:
        case C_PROD:
        case C_LIM:
            return !func_arg;
        case C_FRAC: case C_SQRT: case C_BINOM: case C_PI: case C_INF: case C_E: case C_I:
        case C_SETOPEN: case C_FLOOR_O: case C_CEIL_O: case C_MATHFONT: case C_OPNAME:
        case C_BOX: case C_BEGIN: case C_ACCENT:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

static bool is_unit_text(const GradeNode *g) { return g->kind == GN_TEXT; }

/* Products: explicit `*`, `\cdot`, `/`, and implicit juxtaposition; unit words are dropped. */
static GradeNode *parse_term(P *p, bool func_arg)
{
    GradeNode *g = func_arg ? parse_power(p) : parse_unary(p);
    while (g) {
        Tok t;
        size_t save = p->pos;
        lex(p, &t);
        GradeNode *f;
        if (t.kind == TK_CHAR && (t.ch == '*' || t.ch == '/') && !func_arg) {
            f = parse_unary(p);
            if (!f)
                return NULL;
            if (t.ch == '/')
                g = grade_node2(GN_DIV, g, f);
            else
                g = nary(GN_MUL, g, f);
            continue;
        }
        if (t.kind == TK_CMD && t.cmd == C_MOD && !func_arg) {   /* `a \bmod b`, a product-level operator */
            f = parse_unary(p);
            if (!f)
                return NULL;
            GradeNode *m = func("mod", 2);
            m->kid[0] = g;
            m->kid[1] = f;
            g = m;
            continue;
        }
        p->pos = save;
        if (t.kind == TK_TEXT) {
            const char *w = t.str;
            while (*w == ' ')
                w++;
            if (strncmp(w, "and", 3) == 0 || strncmp(w, "or", 2) == 0 || strncmp(w, "for", 3) == 0)
                break;
        }
        if (!starts_factor(p, func_arg))
            break;
        f = parse_power(p);
        if (!f)
            return NULL;
        if (is_unit_text(f) && !is_unit_text(g))
            continue;
        if (is_unit_text(g) && !is_unit_text(f)) {
            g = f;
            continue;
        }
        g = nary(GN_MUL, g, f);
    }
    return g;
}

static GradeNode *parse_additive(P *p)
{
    GradeNode *g = parse_term(p, false);
    while (g) {
        Tok t;
        size_t save = p->pos;
        lex(p, &t);
        if (t.kind == TK_CHAR && (t.ch == '+' || t.ch == '-')) {
            GradeNode *f = parse_term(p, false);
            if (!f)
                return NULL;
            g = nary(GN_ADD, g, t.ch == '-' ? grade_node1(GN_NEG, f) : f);
        } else if (t.kind == TK_CMD && (t.cmd == C_PM || t.cmd == C_MP)) {
            GradeNode *f = parse_term(p, false);
            if (!f)
                return NULL;
            g = grade_node2(GN_PM, g, f);
        } else {
            p->pos = save;
            break;
        }
    }
    return g;
}

static GradeNode *parse_setexpr(P *p)
{
    GradeNode *g = parse_additive(p);
    while (g) {
        Tok t;
        size_t save = p->pos;
        lex(p, &t);
        GradeKind k;
        if (t.kind == TK_CMD && t.cmd == C_CUP)
            k = GN_UNION;
        else if (t.kind == TK_CMD && t.cmd == C_CAP)
            k = GN_INTER;
        else if (t.kind == TK_CMD && t.cmd == C_SETMINUS)
            k = GN_SETMINUS;
        else {
            p->pos = save;
            break;
        }
        GradeNode *f = parse_additive(p);
        if (!f)
            return NULL;
        g = grade_node2(k, g, f);
    }
    return g;
}

/* `a : b` is a ratio. */
static GradeNode *parse_ratio(P *p)
{
    GradeNode *g = parse_setexpr(p);
    while (g && accept_char(p, ':')) {
        GradeNode *f = parse_setexpr(p);
        if (!f)
            return NULL;
        g = grade_node2(GN_DIV, g, f);
    }
    return g;
}

static int rel_op(const Tok *t)
{
    if (t->kind == TK_CHAR)
        switch (t->ch) {
        case '=': return GR_EQ;
        case '<': return GR_LT;
        case '>': return GR_GT;
        case 'l': return GR_LE;
        case 'g': return GR_GE;
        case 'n': return GR_NE;
        default: return 0;
        }
    if (t->kind == TK_CMD)
        switch (t->cmd) {
        case C_LE: return GR_LE;
        case C_GE: return GR_GE;
        case C_NE: return GR_NE;
        case C_IN: return GR_IN;
        case C_TO: return '=';
        case C_APPROX: return 'a';
        default: return 0;
        }
    return 0;
}

/* Relation chains; an `\approx` and what follows it is dropped (the exact value came first),
 * except right after a lone variable: `x \approx 11` gives x its only value. */
static GradeNode *parse_relation(P *p)
{
    GradeNode *first = parse_ratio(p);
    if (!first)
        return NULL;
    GradeNode *kids[64];
    char ops[64];
    int n = 1;
    kids[0] = first;
    bool dropping = false;
    for (;;) {
        Tok t;
        size_t save = p->pos;
        lex(p, &t);
        int op = rel_op(&t);
        if (!op) {
            p->pos = save;
            break;
        }
        GradeNode *f = parse_ratio(p);
        if (!f)
            return NULL;
        if (op == 'a' && n == 1 && first->kind == GN_SYM)
            op = '=';
        else if (op == 'a')
            dropping = true;
        if (dropping || n >= 63)
            continue;
        ops[n - 1] = (char)op;
        kids[n++] = f;
    }
    if (n == 1)
        return first;
    GradeNode *g = grade_node(GN_REL, n);
    memcpy(g->kid, kids, (size_t)n * sizeof *kids);
    g->ops = grade_strndup(ops, (size_t)n - 1);
    return g;
}

static bool is_separator(const Tok *t, bool semicolon)
{
    if (t->kind == TK_SEP)
        return true;
    if (t->kind == TK_CHAR && (t->ch == ',' || (semicolon && t->ch == ';')))
        return true;
    if (t->kind == TK_CMD && t->cmd == C_ROWSEP)
        return true;
    if (t->kind == TK_TEXT) {
        const char *w = t->str;
        while (*w == ' ' || *w == ',')
            w++;
        return strncmp(w, "and", 3) == 0 || strncmp(w, "or", 2) == 0;
    }
    return false;
}

/* Items separated by commas, `and`, `or` (and `;`, one level up outside brackets). */
static GradeNode *parse_items(P *p, bool semicolon)
{
    GradeNode *items[256];
    int n = 0;
    bool sep = false;
    for (;;) {
        budget_tick();
        Tok t;
        peek(p, &t);
        if (is_separator(&t, semicolon)) {
            lex(p, &t);
            sep = true;
            continue;
        }
        if (t.kind == TK_END || (t.kind == TK_CHAR && strchr(")]};", t.ch)) || (t.kind == TK_CMD && t.cmd == C_SETCLOSE) ||
            (t.kind == TK_CMD && t.cmd == C_CHOOSE))
            break;
        if (n > 0 && !sep && t.kind == TK_TEXT) {
            lex(p, &t);         /* a trailing remark in words */
            continue;
        }
        if (n > 0 && !sep)
            return NULL;
        GradeNode *g = parse_relation(p);
        if (!g || n >= 255)
            return NULL;
        items[n++] = g;
        sep = false;
    }
    if (n == 0)
        return NULL;
    if (n == 1 && !sep)
        return items[0];
    GradeNode *g = grade_node(GN_LIST, n);
    memcpy(g->kid, items, (size_t)n * sizeof *items);
    return g;
}

static GradeNode *parse_list(P *p, bool in_brackets)
{
    if (in_brackets)
        return parse_items(p, true);
    GradeNode *groups[64];
    int n = 0;
    for (;;) {
        GradeNode *g = parse_items(p, false);
        if (!g || n >= 64)
            return NULL;
        groups[n++] = g;
        if (!accept_char(p, ';'))
            break;
        Tok t;
        peek(p, &t);
        if (t.kind == TK_END)
            break;
    }
    if (n == 1)
        return groups[0];
    GradeNode *g = grade_node(GN_LIST, n);
    memcpy(g->kid, groups, (size_t)n * sizeof *groups);
    return g;
}

/* `\\left` written with doubled backslashes (JSON escaped twice): one backslash before letters. */
static char *undouble_backslashes(const char *text)
{
    size_t n = strlen(text);
    char *out = gc_alloc_atomic(n + 1);
    size_t k = 0;
    bool env = strstr(text, "\\begin") != NULL || strchr(text, '&') != NULL;
    for (size_t i = 0; i < n; i++) {
        if (!env && text[i] == '\\' && text[i + 1] == '\\' && isalpha((unsigned char)text[i + 2]))
            continue;
        out[k++] = text[i];
    }
    out[k] = 0;
    return out;
}

/* True when the tree is at most `depth` levels deep. Chains that the parser builds in a loop
 * (`1/2/2/...`, `3!!!...`, `x \bmod 2 \bmod 2 ...`) nest without recursing there, and everything
 * after the reader recurses down the tree. */
static bool shallow(const GradeNode *g, int depth)
{
    if (depth == 0)
        return false;
    for (int i = 0; i < g->n; i++)
        if (!shallow(g->kid[i], depth - 1))
            return false;
    return true;
}

GradeNode *grade_read(const char *text, bool comma_decimal)
{
    char *s = undouble_backslashes(text);
    /* a sentence's punctuation after the answer (`\frac{1}{3}.`, `5 \text{ cm},`), but not an
     * ellipsis (`1, 2, 3, ...`) */
    size_t n = strlen(s);
    while (n > 0 && (isspace((unsigned char)s[n - 1]) || s[n - 1] == ',' || s[n - 1] == ';' ||
                     (s[n - 1] == '.' && !(n >= 2 && s[n - 2] == '.'))))
        n--;
    P p = {.s = s, .len = n, .comma_decimal = comma_decimal, .last_bar_close = (size_t)-1};
    GradeNode *g = parse_list(&p, false);
    Tok t;
    lex(&p, &t);
    return g && t.kind == TK_END && shallow(g, MAX_TREE_DEPTH) ? g : NULL;
}

bool grade_read_comma_decimal_candidate(const char *text)
{
    const char *c = text;
    while (*c == ' ' || *c == '$')
        c++;
    if (*c == '-')
        c++;
    int a = 0, b = 0;
    while (isdigit((unsigned char)*c)) {
        c++;
        a++;
    }
    if (*c++ != ',')
        return false;
    while (isdigit((unsigned char)*c)) {
        c++;
        b++;
    }
    while (*c == ' ' || *c == '$')
        c++;
    return *c == 0 && a > 0 && b > 0;
}

/* ---- printing --------------------------------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap + n + 1) * 2;
        char *nb = gc_alloc_atomic(cap);
        if (b->len)
            memcpy(nb, b->buf, b->len);
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n + 1);
    b->len += n;
}

static void print_node(Buf *b, const GradeNode *g, int prec);

static void print_kids(Buf *b, const GradeNode *g, int from, const char *sep, int prec)
{
    for (int i = from; i < g->n; i++) {
        if (i > from)
            put(b, sep);
        print_node(b, g->kid[i], prec);
    }
}

static const char *rel_text(char op)
{
    switch (op) {
    case GR_EQ: return " = ";
    case GR_LT: return " < ";
    case GR_GT: return " > ";
    case GR_LE: return " <= ";
    case GR_GE: return " >= ";
    case GR_NE: return " != ";
    case GR_IN: return " in ";
    default: return " ? ";
    }
}

/* prec: 0 list, 1 relation, 2 sum, 3 product, 4 power base */
static void print_node(Buf *b, const GradeNode *g, int prec)
{
    budget_tick();
    switch (g->kind) {
    case GN_NUM: {
        long e = g->exp10;
        const char *d = g->name;
        while (d[0] == '0' && d[1])
            d++;
        size_t n = strlen(d);
        if (e >= 0) {
            put(b, d);
            for (long i = 0; i < e && i < 64; i++)
                put(b, "0");
            if (e >= 64)
                put(b, "...");
        } else if ((size_t)-e < n) {
            char *s = grade_strndup(d, n - (size_t)-e);
            put(b, s);
            put(b, ".");
            put(b, d + n - (size_t)-e);
        } else {
            put(b, "0.");
            for (long i = 0; i < -e - (long)n && i < 64; i++)
                put(b, "0");
            put(b, d);
        }
        break;
    }
    case GN_SYM: put(b, g->name); break;
    case GN_PI: put(b, "pi"); break;
    case GN_E: put(b, "E"); break;
    case GN_I: put(b, "I"); break;
    case GN_INF: put(b, "oo"); break;
    case GN_EMPTY: put(b, "EmptySet"); break;
    case GN_ELLIPSIS: put(b, "..."); break;
    case GN_TEXT:
        put(b, "\"");
        put(b, g->name);
        put(b, "\"");
        break;
    case GN_ADD:
        if (prec > 2) put(b, "(");
        print_node(b, g->kid[0], 2);
        for (int i = 1; i < g->n; i++) {
            if (g->kid[i]->kind == GN_NEG) {
                put(b, " - ");
                print_node(b, g->kid[i]->kid[0], 3);
            } else {
                put(b, " + ");
                print_node(b, g->kid[i], 2);
            }
        }
        if (prec > 2) put(b, ")");
        break;
    case GN_PM:
        if (prec > 2) put(b, "(");
        print_node(b, g->kid[0], 2);
        put(b, " +- ");
        print_node(b, g->kid[1], 3);
        if (prec > 2) put(b, ")");
        break;
    case GN_MUL:
        if (prec > 3) put(b, "(");
        print_kids(b, g, 0, "*", 3);
        if (prec > 3) put(b, ")");
        break;
    case GN_DIV:
        if (prec > 3) put(b, "(");
        print_node(b, g->kid[0], 3);
        put(b, "/");
        print_node(b, g->kid[1], 4);
        if (prec > 3) put(b, ")");
        break;
    case GN_NEG:
        if (prec > 2) put(b, "(");
        put(b, "-");
        print_node(b, g->kid[0], 3);
        if (prec > 2) put(b, ")");
        break;
    case GN_POW:
        if (prec > 4) put(b, "(");
        print_node(b, g->kid[0], 5);
        put(b, "^");
        print_node(b, g->kid[1], 5);
        if (prec > 4) put(b, ")");
        break;
    case GN_FUNC:
        if (strcmp(g->name, "base") == 0) {
            put(b, g->kid[0]->name);
            put(b, "_");
            put(b, g->kid[1]->name);
            break;
        }
        put(b, g->name);
        put(b, "(");
        print_kids(b, g, 0, ", ", 1);
        put(b, ")");
        break;
    case GN_PERCENT:
        print_node(b, g->kid[0], 4);
        put(b, "%");
        break;
    case GN_DEGREE:
        print_node(b, g->kid[0], 4);
        put(b, " degrees");
        break;
    case GN_REL:
        if (prec > 1) put(b, "(");
        print_node(b, g->kid[0], 2);
        for (int i = 1; i < g->n; i++) {
            put(b, rel_text(g->ops[i - 1]));
            print_node(b, g->kid[i], 2);
        }
        if (prec > 1) put(b, ")");
        break;
    case GN_TUPLE:
        put(b, g->flags & GF_SQUARE ? "[" : "(");
        print_kids(b, g, 0, ", ", 1);
        put(b, g->flags & GF_SQUARE ? "]" : ")");
        break;
    case GN_LIST:
        if (prec > 0) put(b, "[");
        print_kids(b, g, 0, ", ", 1);
        if (prec > 0) put(b, "]");
        break;
    case GN_SET:
        put(b, "{");
        print_kids(b, g, 0, ", ", 1);
        put(b, "}");
        break;
    case GN_INTERVAL:
        put(b, g->flags & GF_LO_CLOSED ? "[" : "(");
        print_kids(b, g, 0, ", ", 1);
        put(b, g->flags & GF_HI_CLOSED ? "]" : ")");
        break;
    case GN_MATRIX:
        put(b, "Matrix([");
        for (int r = 0; r < g->rows; r++) {
            put(b, r ? ", [" : "[");
            for (int c = 0; c < g->cols; c++) {
                if (c) put(b, ", ");
                print_node(b, g->kid[r * g->cols + c], 1);
            }
            put(b, "]");
        }
        put(b, "])");
        break;
    case GN_UNION:
    case GN_INTER:
    case GN_SETMINUS:
        if (prec > 1) put(b, "(");
        print_node(b, g->kid[0], 2);
        put(b, g->kind == GN_UNION ? " U " : g->kind == GN_INTER ? " & " : " \\ ");
        print_node(b, g->kid[1], 2);
        if (prec > 1) put(b, ")");
        break;
    }
}

char *grade_print(const GradeNode *node)
{
    Buf b = {0};
    put(&b, "");
    if (node)
        print_node(&b, node, 0);
    return b.buf;
}

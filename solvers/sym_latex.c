/* solvers/sym_latex.c — sympy's LatexPrinter (see sym_latex.h). */
#include "solvers/sym_latex.h"

#include <ctype.h>
#include <string.h>

#include "base/budget.h"
#include "base/buf.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"

enum { P_MUL = 50, P_POW = 60, P_FUNC = 70 };

static const char *lx(Sym *e);
static const char *lx_fn(Sym *e, const char *exp);

static const char *cat(const char *a, const char *b) { return sym_sprintf("%s%s", a, b); }

static const char *bracket(const char *s) { return sym_sprintf("\\left(%s\\right)", s); }

/* The printed e, in \left( \right) when its precedence is below level (or equal, unless strict). */
static const char *paren(Sym *e, int level, bool strict)
{
    int q = sym_precedence(e);
    const char *s = lx(e);
    return q < level || (!strict && q <= level) ? bracket(s) : s;
}

/* ---- numbers ------------------------------------------------------------------------------- */

static const char *lx_float(Sym *e)
{
    long prec = (long)mpfr_get_prec(e->v.f);
    char *s = sym_float_text(e->v.f, prec < 5 ? 0 : sym_prec_to_dps(prec), true);
    char *x = strchr(s, 'e');
    if (!x)
        return strcmp(s, "inf") == 0 ? "\\infty" : strcmp(s, "-inf") == 0 ? "- \\infty" : s;
    *x = 0;
    return sym_sprintf("%s \\cdot 10^{%s}", s, x[1] == '+' ? x + 2 : x + 1);
}

static const char *lx_integer(const fmpz_t z)
{
    char *s = fmpz_get_str(NULL, 10, z);
    char *r = sym_strdup(s);
    flint_free(s);
    return r;
}

static const char *lx_rational(Sym *e)
{
    fmpz_t p;
    fmpz_init(p);
    fmpz_abs(p, fmpq_numref(e->v.q));
    const char *s = sym_sprintf("%s\\frac{%s}{%s}", fmpz_sgn(fmpq_numref(e->v.q)) < 0 ? "- " : "", lx_integer(p),
                                lx_integer(fmpq_denref(e->v.q)));
    fmpz_clear(p);
    return s;
}

/* ---- symbols ------------------------------------------------------------------------------- */

static const struct { const char *name, *tex; } greek_special[] = {
    {"Alpha", "\\mathrm{A}"}, {"Beta", "\\mathrm{B}"}, {"Gamma", "\\Gamma"}, {"Delta", "\\Delta"},
    {"Epsilon", "\\mathrm{E}"}, {"Zeta", "\\mathrm{Z}"}, {"Eta", "\\mathrm{H}"}, {"Theta", "\\Theta"},
    {"Iota", "\\mathrm{I}"}, {"Kappa", "\\mathrm{K}"}, {"Lambda", "\\Lambda"}, {"Mu", "\\mathrm{M}"},
    {"Nu", "\\mathrm{N}"}, {"Xi", "\\Xi"}, {"omicron", "o"}, {"Omicron", "\\mathrm{O}"}, {"Pi", "\\Pi"},
    {"Rho", "\\mathrm{P}"}, {"Sigma", "\\Sigma"}, {"Tau", "\\mathrm{T}"}, {"Upsilon", "\\Upsilon"},
    {"Phi", "\\Phi"}, {"Chi", "\\mathrm{X}"}, {"Psi", "\\Psi"}, {"Omega", "\\Omega"}, {"lamda", "\\lambda"},
    {"Lamda", "\\Lambda"}, {"khi", "\\chi"}, {"Khi", "\\mathrm{X}"}, {"varepsilon", "\\varepsilon"},
    {"varkappa", "\\varkappa"}, {"varphi", "\\varphi"}, {"varpi", "\\varpi"}, {"varrho", "\\varrho"},
    {"varsigma", "\\varsigma"}, {"vartheta", "\\vartheta"},
};

static const char *const greek_letters[] = {
    "alpha", "beta", "chi", "delta", "epsilon", "eta", "gamma", "iota", "kappa", "lambda", "mu", "nu",
    "omega", "omicron", "phi", "pi", "psi", "rho", "sigma", "tau", "theta", "upsilon", "xi", "zeta",
};

static const char *const other_symbols[] = {"aleph", "beth", "daleth", "ell", "eth", "gimel", "hbar", "hslash",
                                            "mho", "wp"};

/* Name endings that decorate the rest of the name, longest first; %s is the translated rest. */
static const struct { const char *suffix, *format; } modifiers[] = {
    {"mathring", "\\mathring{%s}"}, {"ddddot", "\\ddddot{%s}"}, {"dddot", "\\dddot{%s}"}, {"acute", "\\acute{%s}"},
    {"breve", "\\breve{%s}"}, {"check", "\\check{%s}"}, {"grave", "\\grave{%s}"}, {"prime", "{%s}'"},
    {"tilde", "\\tilde{%s}"}, {"bold", "\\boldsymbol{%s}"}, {"ddot", "\\ddot{%s}"}, {"frak", "\\mathfrak{%s}"},
    {"norm", "\\left\\|{%s}\\right\\|"}, {"abs", "\\left|{%s}\\right|"}, {"avg", "\\left\\langle{%s}\\right\\rangle"},
    {"bar", "\\bar{%s}"}, {"cal", "\\mathcal{%s}"}, {"dot", "\\dot{%s}"}, {"hat", "\\hat{%s}"},
    {"mag", "\\left|{%s}\\right|"}, {"prm", "{%s}'"}, {"scr", "\\mathscr{%s}"}, {"vec", "\\vec{%s}"},
    {"bm", "\\boldsymbol{%s}"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *translate(const char *s)
{
    for (size_t i = 0; i < COUNT(greek_special); i++)
        if (strcmp(greek_special[i].name, s) == 0)
            return greek_special[i].tex;
    char *lower = sym_strdup(s);
    for (char *c = lower; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    for (size_t i = 0; i < COUNT(greek_letters); i++)
        if (strcmp(greek_letters[i], lower) == 0)
            return cat("\\", lower);
    for (size_t i = 0; i < COUNT(other_symbols); i++)
        if (strcmp(other_symbols[i], s) == 0)
            return cat("\\", s);
    size_t n = strlen(s);
    for (size_t i = 0; i < COUNT(modifiers); i++) {
        size_t k = strlen(modifiers[i].suffix);
        if (n > k && strcmp(lower + n - k, modifiers[i].suffix) == 0) {
            char *rest = sym_strdup(s);
            rest[n - k] = 0;
            return sym_sprintf(modifiers[i].format, translate(rest));
        }
    }
    return s;
}

/* A symbol's name with sympy's split into name, superscripts (^a, __a) and subscripts (_a, and
 * trailing digits of an alphabetic name), each part translated. */
static const char *lx_symbol_name(const char *text)
{
    if (strchr(text, '{'))
        return text;
    size_t len = strlen(text), pos = 0;
    const char *name = NULL;
    Buf sup, sub;
    buf_init(&sup);
    buf_init(&sub);
    while (pos < len) {
        size_t start = pos + 1 + (strncmp(text + pos, "__", 2) == 0);
        const char *h = start <= len ? strchr(text + start, '^') : NULL, *u = start <= len ? strchr(text + start, '_') : NULL;
        size_t next = len;
        if (h && (size_t)(h - text) < next)
            next = (size_t)(h - text);
        if (u && (size_t)(u - text) < next)
            next = (size_t)(u - text);
        char *part = gc_alloc_atomic(next - pos + 1);
        memcpy(part, text + pos, next - pos);
        if (!name) {
            name = part;
        } else if (part[0] == '^' || strncmp(part, "__", 2) == 0) {
            buf_printf(&sup, "%s%s", sup.len ? " " : "", translate(part + (part[0] == '^' ? 1 : 2)));
        } else {
            buf_printf(&sub, "%s%s", sub.len ? " " : "", translate(part + 1));
        }
        pos = next;
    }
    /* an alphabetic name ending in digits: the digits are the first subscript */
    size_t nl = strlen(name), d = nl;
    while (d > 0 && isdigit((unsigned char)name[d - 1]))
        d--;
    bool alpha = d > 0;
    for (size_t i = 0; i < d; i++)
        alpha &= isalpha((unsigned char)name[i]) != 0;
    if (alpha && d < nl) {
        const char *digits = name + d;
        char *base = sym_strdup(name);
        base[d] = 0;
        name = base;
        const char *rest = sub.len ? buf_cstr(&sub) : NULL;
        buf_init(&sub);
        buf_printf(&sub, "%s%s%s", digits, rest ? " " : "", rest ? rest : "");
    }
    const char *out = translate(name);
    if (sup.len)
        out = sym_sprintf("%s^{%s}", out, buf_cstr(&sup));
    if (sub.len)
        out = sym_sprintf("%s_{%s}", out, buf_cstr(&sub));
    return out;
}

/* ---- sums and products ------------------------------------------------------------------- */

static bool is_big_operator(Sym *e) { return sym_is_fn(e, SYM_FN_SUM) || sym_is_fn(e, SYM_FN_PRODUCT); }

static bool needs_mul_brackets(Sym *e, bool first, bool last)
{
    if (!last && is_big_operator(e))
        return true;
    if (e->kind == SYM_MUL) {
        if (!first && sym_could_extract_minus_sign(e))
            return true;
    } else if (sym_precedence(e) < P_MUL || e->kind == SYM_REL) {
        return true;
    }
    return sym_has_fn(e, SYM_FN_MOD);
}

/* The factors of a product in printing order, separated by spaces (by \cdot between two
 * numbers), each in brackets where sympy puts them. */
static const char *convert(Sym *e)
{
    if (e->kind != SYM_MUL)
        return lx(e);
    size_t n;
    Sym **f = sym_ordered_factors(e, &n);
    Buf b;
    buf_init(&b);
    const char *last = "";
    for (size_t i = 0; i < n; i++) {
        const char *t = lx(f[i]);
        if (needs_mul_brackets(f[i], i == 0, i + 1 == n))
            t = bracket(t);
        if (b.len) {
            /* a number followed by a term whose str starts with a digit */
            size_t k = strlen(last);
            while (k > 0 && (last[k - 1] == '}' || last[k - 1] == ' '))
                k--;
            bool numbers = k > 0 && isdigit((unsigned char)last[k - 1]) && isdigit((unsigned char)sym_str(f[i])[0]);
            buf_puts(&b, numbers ? " \\cdot " : " ");
        }
        buf_puts(&b, t);
        last = t;
    }
    return sym_strdup(buf_cstr(&b));
}

/* sympy's fraction(e, exact=True) of a product: factors with negative constant exponents and
 * rational denominators go below. */
static void fraction(Sym *e, Sym **num, Sym **den)
{
    Sym *const *f;
    size_t n = sym_mul_args(&e, &f);
    SymVec a = {0, 0, NULL}, b = {0, 0, NULL};
    for (size_t i = 0; i < n; i++) {
        Sym *t = f[i], *base, *x;
        if (t->kind == SYM_RATIONAL) {
            if (!fmpz_is_one(fmpq_numref(t->v.q)))
                sym_vec_push(&a, sym_int_fmpz(fmpq_numref(t->v.q)));
            sym_vec_push(&b, sym_int_fmpz(fmpq_denref(t->v.q)));
            continue;
        }
        sym_as_base_exp(t, &base, &x);
        if ((t->kind == SYM_POW || sym_is_fn(t, SYM_FN_EXP)) && sym_is_num(x) && sym_num_sign(x) < 0)
            sym_vec_push(&b, sym_is_int_value(x, -1) ? base : sym_pow(base, sym_num_neg(x)));
        else
            sym_vec_push(&a, t);
    }
    /* a number keeps off a sum (3*(n + x), not 3*n + 3*x), as fraction(exact=True) leaves it */
    Sym *c = sym_one;
    SymVec rest = {0, 0, NULL};
    for (size_t i = 0; i < a.n; i++) {
        if (sym_is_num(a.v[i]))
            c = sym_mul(c, a.v[i]);
        else
            sym_vec_push(&rest, a.v[i]);
    }
    *num = sym_keep_coeff(c, sym_mul_n(rest.n, rest.v));
    *den = sym_mul_n(b.n, b.v);
}

static const char *lx_mul(Sym *e)
{
    const char *sign = "";
    bool close = false;
    if (sym_could_extract_minus_sign(e)) {
        e = sym_neg(e);
        sign = "- ";
        if (e->kind == SYM_ADD) {
            sign = "- (";
            close = true;
        }
    }
    Sym *num, *den;
    fraction(e, &num, &den);
    const char *body = sym_is_one(den) ? convert(e) : sym_sprintf("\\frac{%s}{%s}", convert(num), convert(den));
    return sym_sprintf("%s%s%s", sign, body, close ? ")" : "");
}

static const char *lx_add(Sym *e)
{
    size_t n;
    Sym **t = sym_ordered_terms(e, &n);
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        budget_tick();
        Sym *term = t[i];
        if (i && sym_could_extract_minus_sign(term)) {
            buf_puts(&b, " - ");
            term = sym_neg(term);
        } else if (i) {
            buf_puts(&b, " + ");
        }
        const char *s = lx(term);
        buf_puts(&b, term->kind == SYM_REL || sym_has_fn(term, SYM_FN_MOD) ? bracket(s) : s);
    }
    return sym_strdup(buf_cstr(&b));
}

static const char *lx_pow(Sym *e)
{
    Sym *b = e->args[0], *x = e->args[1];
    if (x->kind == SYM_RATIONAL && fmpz_cmpabs(fmpq_numref(x->v.q), fmpq_denref(x->v.q)) < 0 &&
        fmpz_is_pm1(fmpq_numref(x->v.q))) {
        const char *base = lx(b);
        const char *root = fmpz_equal_si(fmpq_denref(x->v.q), 2)
                               ? sym_sprintf("\\sqrt{%s}", base)
                               : sym_sprintf("\\sqrt[%s]{%s}", lx_integer(fmpq_denref(x->v.q)), base);
        return fmpz_sgn(fmpq_numref(x->v.q)) < 0 ? sym_sprintf("\\frac{1}{%s}", root) : root;
    }
    if (sym_is_rational(x) && sym_num_sign(x) < 0) {
        if (sym_is_one(b))
            return sym_sprintf("%s^{%s}", lx(b), sym_str(x));
        if (b->kind == SYM_RATIONAL && fmpz_is_one(fmpq_numref(b->v.q))) {
            const char *q = lx_integer(fmpq_denref(b->v.q));
            if (sym_is_int_value(x, -1))
                return sym_sprintf("\\frac{1}{\\frac{1}{%s}}", q);
            return sym_sprintf("\\frac{1}{(\\frac{1}{%s})^{%s}}", q, sym_str(sym_num_neg(x)));
        }
        return lx_mul(e);
    }
    if (b->kind == SYM_FN)
        return lx_fn(b, lx(x));
    const char *base = paren(b, P_POW, false);
    if (b->kind == SYM_SYMBOL && strchr(base, '^'))
        base = sym_sprintf("{%s}", base);
    else if (b->kind == SYM_FLOAT)
        base = sym_sprintf("{%s}", base);
    return sym_sprintf("%s^{%s}", base, lx(x));
}

/* ---- functions ----------------------------------------------------------------------------- */

static const char *const accepted_functions[] = {"arcsin", "arccos", "arctan", "sin", "cos", "tan", "sinh",
                                                 "cosh", "tanh", "sqrt", "ln", "log", "sec", "csc", "cot",
                                                 "coth", "re", "im", "frac", "root", "arg"};

static const char *args_text(Sym *e, const char *sep)
{
    Buf b;
    buf_init(&b);
    for (uint32_t i = 0; i < e->n; i++)
        buf_printf(&b, "%s%s", i ? sep : "", lx(e->args[i]));
    return sym_strdup(buf_cstr(&b));
}

/* t, raised to exp when there is one. */
static const char *raised(const char *t, const char *exp) { return exp ? sym_sprintf("%s^{%s}", t, exp) : t; }

/* sympy's tex for the number sequences: a letter indexed by n, F_{n}, and B_{n}\left(x\right) for the
 * polynomials. */
static const char *indexed(const char *letter, Sym *e, const char *exp)
{
    const char *t = sym_sprintf("%s_{%s}%s", letter, lx(e->args[0]), exp ? sym_sprintf("^{%s}", exp) : "");
    return e->n > 1 ? sym_sprintf("%s\\left(%s\\right)", t, lx(e->args[1])) : t;
}

/* name\left(args\right), the exponent on the name: \zeta^{2}\left(x\right). */
static const char *called(const char *name, Sym *e, const char *exp)
{
    return sym_sprintf("%s%s\\left(%s\\right)", name, exp ? sym_sprintf("^{%s}", exp) : "", args_text(e, ", "));
}

/* t, in parentheses raised to exp when there is one. */
static const char *wrapped(const char *t, const char *exp)
{
    return exp ? sym_sprintf("\\left(%s\\right)^{%s}", t, exp) : t;
}

/* The tex of the combinatorial and special functions that sympy does not print as operatorname. */
static const char *lx_special(Sym *e, const char *exp)
{
    static const struct { uint8_t op; const char *tex; bool seq; } names[] = {
        {SYM_FN_FIBONACCI, "F", true}, {SYM_FN_LUCAS, "L", true}, {SYM_FN_TRIBONACCI, "T", true},
        {SYM_FN_BERNOULLI, "B", true}, {SYM_FN_BELL, "B", true}, {SYM_FN_EULER, "E", true},
        {SYM_FN_CATALAN, "C", true}, {SYM_FN_GENOCCHI, "G", true},
        {SYM_FN_MOBIUS, "\\mu", false}, {SYM_FN_PRIMENU, "\\nu", false}, {SYM_FN_PRIMEOMEGA, "\\Omega", false},
        {SYM_FN_REDUCED_TOTIENT, "\\lambda", false}, {SYM_FN_ZETA, "\\zeta", false},
        {SYM_FN_DIRICHLET_ETA, "\\eta", false}, {SYM_FN_LOWERGAMMA, "\\gamma", false},
        {SYM_FN_UPPERGAMMA, "\\Gamma", false}, {SYM_FN_BETA, "\\operatorname{B}", false},
    };
    for (size_t i = 0; i < COUNT(names); i++)
        if (names[i].op == e->op)
            return names[i].seq ? indexed(names[i].tex, e, exp) : called(names[i].tex, e, exp);
    const char *a0 = lx(e->args[0]);
    switch (e->op) {
    case SYM_FN_FACTORIAL2: return raised(sym_sprintf("%s!!", paren(e->args[0], P_FUNC, false)), exp);
    case SYM_FN_SUBFACTORIAL: return wrapped(sym_sprintf("!%s", paren(e->args[0], P_FUNC, false)), exp);
    case SYM_FN_RF: return wrapped(sym_sprintf("{%s}^{\\left(%s\\right)}", a0, lx(e->args[1])), exp);
    case SYM_FN_FF: return wrapped(sym_sprintf("{\\left(%s\\right)}_{%s}", a0, lx(e->args[1])), exp);
    case SYM_FN_POLYLOG:
        return sym_sprintf("\\operatorname{Li}_{%s}%s\\left(%s\\right)", a0, exp ? sym_sprintf("^{%s}", exp) : "",
                           lx(e->args[1]));
    case SYM_FN_LAMBERTW:
        return e->n == 1 ? called("W", e, exp)
                         : sym_sprintf("W_{%s}%s\\left(%s\\right)", lx(e->args[1]), exp ? sym_sprintf("^{%s}", exp) : "", a0);
    case SYM_FN_DIRAC_DELTA:
        if (e->n == 1)
            break;
        return raised(sym_sprintf("\\delta^{\\left( %s \\right)}\\left( %s \\right)", lx(e->args[1]), a0), exp);
    default:
        break;
    }
    switch (e->op) {
    case SYM_FN_HEAVISIDE: case SYM_FN_DIRAC_DELTA:
        return wrapped(called(e->op == SYM_FN_HEAVISIDE ? "\\theta" : "\\delta", e, NULL), exp);
    case SYM_FN_KRONECKER_DELTA: return raised(sym_sprintf("\\delta_{%s}", args_text(e, " ")), exp);
    case SYM_FN_LEVI_CIVITA: return raised(sym_sprintf("\\varepsilon_{%s}", args_text(e, " ")), exp);
    default: return NULL;
    }
}

/* \sum_{k=a}^{b} f, with \substack{a \leq k \leq b\\...} for several limits; a sum as f is
 * bracketed. */
static const char *lx_big_operator(Sym *e)
{
    const char *op = e->op == SYM_FN_SUM ? "\\sum" : "\\prod";
    Buf b;
    buf_init(&b);
    if (e->n == 2) {
        Sym *const *l = e->args[1]->args;
        buf_printf(&b, "%s_{%s=%s}^{%s} ", op, lx(l[0]), lx(l[1]), lx(l[2]));
    } else {
        buf_printf(&b, "%s_{\\substack{", op);
        for (uint32_t i = 1; i < e->n; i++) {
            Sym *const *l = e->args[i]->args;
            buf_printf(&b, "%s%s \\leq %s \\leq %s", i > 1 ? "\\\\" : "", lx(l[1]), lx(l[0]), lx(l[2]));
        }
        buf_puts(&b, "}} ");
    }
    Sym *f = e->args[0];
    buf_puts(&b, f->kind == SYM_ADD ? bracket(lx(f)) : lx(f));
    return sym_strdup(buf_cstr(&b));
}

/* \int\limits_{a}^{b} f\, dx, the limits innermost last; \iint ... for up to four indefinite
 * variables. */
static const char *lx_integral(Sym *e)
{
    Buf b, d;
    buf_init(&b);
    buf_init(&d);
    bool plain = e->n <= 5;
    for (uint32_t i = 1; i < e->n; i++)
        plain &= e->args[i]->kind != SYM_TUPLE;
    if (plain) {
        buf_puts(&b, "\\i");
        for (uint32_t i = 2; i < e->n; i++)
            buf_putc(&b, 'i');
        buf_puts(&b, "nt");
    }
    for (uint32_t i = e->n - 1; !plain && i >= 1; i--) {
        Sym *l = e->args[i];
        buf_puts(&b, "\\int");
        if (l->kind == SYM_TUPLE && l->n == 3)
            buf_printf(&b, "\\limits_{%s}^{%s}", lx(l->args[1]), lx(l->args[2]));
        else if (l->kind == SYM_TUPLE && l->n == 2)
            buf_printf(&b, "\\limits^{%s}", lx(l->args[1]));
    }
    for (uint32_t i = 1; i < e->n; i++) {
        Sym *l = e->args[i];
        buf_printf(&d, "\\, d%s", lx(l->kind == SYM_TUPLE ? l->args[0] : l));
    }
    return sym_sprintf("%s %s%s", buf_cstr(&b), paren(e->args[0], P_MUL, true), buf_cstr(&d));
}

/* \frac{d^{n}}{d x^{n}} f, or with \partial when more than one non-integer symbol is free; the
 * variables are written last first, with nothing between them. */
static const char *lx_derivative(Sym *e)
{
    SymVec free = sym_free_symbols(e->args[0]);
    size_t reals = 0;
    for (size_t i = 0; i < free.n; i++)
        reals += !sym_is(free.v[i], SYM_F_INTEGER);
    const char *d = reals > 1 ? "\\partial" : "d";
    Buf den;
    buf_init(&den);
    long total = 0;
    for (uint32_t i = e->n - 1; i >= 1; i--) {
        Sym *v = e->args[i], *x = v->kind == SYM_TUPLE ? v->args[0] : v;
        long count = v->kind == SYM_TUPLE ? fmpz_get_si(v->args[1]->v.z) : 1;
        total += count;
        buf_printf(&den, "%s %s%s", d, lx(x),
                   count > 1 ? sym_sprintf("^{%ld}", count) : "");
    }
    Sym *f = e->args[0];
    const char *body = f->kind == SYM_ADD || sym_could_extract_minus_sign(f) ? bracket(lx(f)) : lx(f);
    const char *num = total > 1 ? sym_sprintf("%s^{%ld}", d, total) : d;
    return sym_sprintf("\\frac{%s}{%s} %s", num, buf_cstr(&den), body);
}

static const char *lx_fn(Sym *e, const char *exp)
{
    const char *a0 = e->n ? lx(e->args[0]) : "";
    const char *special = e->op >= SYM_FN_FACTORIAL2 ? lx_special(e, exp) : NULL;
    if (special)
        return special;
    switch (e->op) {
    case SYM_FN_SUM: case SYM_FN_PRODUCT: case SYM_FN_DERIVATIVE: case SYM_FN_INTEGRAL: {
        const char *t = e->op == SYM_FN_DERIVATIVE ? lx_derivative(e)
                        : e->op == SYM_FN_INTEGRAL ? lx_integral(e) : lx_big_operator(e);
        return exp ? sym_sprintf("%s^{%s}", bracket(t), exp) : t;
    }
    case SYM_FN_EXP: return raised(sym_sprintf("e^{%s}", a0), exp);
    case SYM_FN_LOG: return raised(sym_sprintf("\\log{\\left(%s \\right)}", a0), exp);
    case SYM_FN_ABS: return raised(sym_sprintf("\\left|{%s}\\right|", a0), exp);
    case SYM_FN_FLOOR: return raised(sym_sprintf("\\left\\lfloor{%s}\\right\\rfloor", a0), exp);
    case SYM_FN_CEILING: return raised(sym_sprintf("\\left\\lceil{%s}\\right\\rceil", a0), exp);
    case SYM_FN_FACTORIAL: return raised(sym_sprintf("%s!", paren(e->args[0], P_FUNC, false)), exp);
    case SYM_FN_BINOMIAL: return raised(sym_sprintf("{\\binom{%s}{%s}}", a0, lx(e->args[1])), exp);
    case SYM_FN_GAMMA: return sym_sprintf("\\Gamma%s\\left(%s\\right)", exp ? sym_sprintf("^{%s}", exp) : "", a0);
    case SYM_FN_RE: case SYM_FN_IM: case SYM_FN_FRAC:
        return raised(sym_sprintf("\\operatorname{%s}{\\left(%s\\right)}", sym_fn_name(e), a0), exp);
    case SYM_FN_CONJUGATE: return raised(sym_sprintf("\\overline{%s}", a0), exp);
    case SYM_FN_MIN: case SYM_FN_MAX:
        return raised(sym_sprintf("\\%s\\left(%s\\right)", e->op == SYM_FN_MIN ? "min" : "max", args_text(e, ", ")), exp);
    case SYM_FN_MOD:
        return raised(sym_sprintf("%s \\bmod %s", paren(e->args[0], P_MUL, true), paren(e->args[1], P_MUL, true)), exp);
    case SYM_FN_ATAN2:
        return sym_sprintf("\\operatorname{atan}_{2}%s{\\left(%s \\right)}", exp ? sym_sprintf("^{%s}", exp) : "",
                           args_text(e, ","));
    default:
        break;
    }
    const char *name = sym_fn_name(e), *tex = NULL;
    for (size_t i = 0; i < COUNT(accepted_functions); i++)
        if (strcmp(accepted_functions[i], name) == 0)
            tex = cat("\\", name);
    if (!tex)
        tex = strlen(name) == 1 || name[0] == '\\' ? name : sym_sprintf("\\operatorname{%s}", name);
    if (exp)
        tex = sym_sprintf("%s^{%s}", strchr(tex, '^') ? sym_sprintf("{%s}", tex) : tex, exp);
    return sym_sprintf("%s{\\left(%s \\right)}", tex, args_text(e, ","));
}

/* ---- relations, logic, containers --------------------------------------------------------- */

static const char *lx_rel(Sym *e)
{
    static const char *const ops[] = {"=", "\\neq", "<", "\\leq", ">", "\\geq"};
    return sym_sprintf("%s %s %s", lx(e->args[0]), ops[e->op], lx(e->args[1]));
}

static const char *lx_logic(Sym *e, const char *op)
{
    Sym **args = gc_alloc(e->n * sizeof(Sym *));
    memcpy(args, e->args, e->n * sizeof(Sym *));
    sym_sort_default(args, e->n);
    Buf b;
    buf_init(&b);
    for (uint32_t i = 0; i < e->n; i++) {
        bool junction = args[i]->kind == SYM_AND || args[i]->kind == SYM_OR;
        const char *s = lx(args[i]);
        buf_printf(&b, "%s%s", i ? sym_sprintf(" %s ", op) : "", junction ? bracket(s) : s);
    }
    return sym_strdup(buf_cstr(&b));
}

static const char *lx_items(Sym *e, const char *open, const char *close)
{
    if (!e->n)
        return sym_sprintf("%s %s", open, close);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s ", open);
    if (e->kind == SYM_DICT) {
        size_t n = e->n / 2;
        Sym **keys = gc_alloc(n * sizeof(Sym *));
        for (size_t i = 0; i < n; i++)
            keys[i] = e->args[2 * i];
        sym_sort_default(keys, n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                if (e->args[2 * j] == keys[i])
                    buf_printf(&b, "%s%s : %s", i ? ", \\  " : "", lx(keys[i]), lx(e->args[2 * j + 1]));
    } else {
        for (uint32_t i = 0; i < e->n; i++)
            buf_printf(&b, "%s%s", i ? ", \\  " : "", lx(e->args[i]));
        if (e->kind == SYM_TUPLE && e->n == 1)
            buf_putc(&b, ',');
    }
    buf_puts(&b, close);
    return sym_strdup(buf_cstr(&b));
}

static const char *lx_matrix(Sym *m)
{
    size_t r = m->v.m.rows, c = m->v.m.cols;
    Buf b;
    buf_init(&b);
    buf_puts(&b, "\\left[\\begin{matrix}");
    for (size_t i = 0; i < r; i++) {
        if (i)
            buf_puts(&b, "\\\\");
        for (size_t j = 0; j < c; j++)
            buf_printf(&b, "%s%s", j ? " & " : "", lx(m->args[i * c + j]));
    }
    buf_puts(&b, "\\end{matrix}\\right]");
    return sym_strdup(buf_cstr(&b));
}

static const char *lx(Sym *e)
{
    budget_tick();
    switch ((SymKind)e->kind) {
    case SYM_INTEGER: return lx_integer(e->v.z);
    case SYM_RATIONAL: return lx_rational(e);
    case SYM_FLOAT: return lx_float(e);
    case SYM_INFINITY: return "\\infty";
    case SYM_NEG_INFINITY: return "-\\infty";
    case SYM_NAN: return "\\text{NaN}";
    case SYM_COMPLEX_INFINITY: return "\\tilde{\\infty}";
    case SYM_PI: return "\\pi";
    case SYM_E: return "e";
    case SYM_I: return "i";
    case SYM_GOLDEN_RATIO: return "\\phi";
    case SYM_EULER_GAMMA: return "\\gamma";
    case SYM_CATALAN: return "G";
    case SYM_SYMBOL: case SYM_DUMMY: return lx_symbol_name(e->v.s.name);
    case SYM_TRUE: return "\\text{True}";
    case SYM_FALSE: return "\\text{False}";
    case SYM_ADD: return lx_add(e);
    case SYM_MUL: return lx_mul(e);
    case SYM_POW: return lx_pow(e);
    case SYM_FN: return lx_fn(e, NULL);
    case SYM_REL: return lx_rel(e);
    case SYM_AND: return lx_logic(e, "\\wedge");
    case SYM_OR: return lx_logic(e, "\\vee");
    case SYM_NOT: return sym_sprintf("\\neg %s", lx(e->args[0]));
    case SYM_TUPLE: return lx_items(e, "\\left(", "\\right)");
    case SYM_LIST: return lx_items(e, "\\left[", "\\right]");
    case SYM_DICT: return lx_items(e, "\\left\\{", "\\right\\}");
    case SYM_MATRIX: return lx_matrix(e);
    default: return sym_str(e);
    }
}

char *sym_latex(Sym *e) { return (char *)lx(e); }

/* solvers/sym_print.c — sympy's StrPrinter. */
#include "solvers/sym_print.h"

#include <stdio.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_num.h"
#include "solvers/sym_order.h"

enum { P_OR = 20, P_AND = 30, P_REL = 35, P_BITOR = 36, P_BITAND = 38, P_ADD = 40, P_MUL = 50, P_POW = 60, P_FUNC = 70,
       P_NOT = 100, P_ATOM = 1000 };

typedef struct { char *s; size_t n, cap; } Buf;

static void put(Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        char *t = gc_alloc_atomic(b->cap);
        if (b->n)
            memcpy(t, b->s, b->n);
        b->s = t;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static const char *done(Buf *b)
{
    if (!b->s)
        puts_(b, "");
    return b->s;
}

/* ---- Floats ------------------------------------------------------------------------------ */

char *sym_float_text(const mpfr_t v, long dps, bool strip_zeros)
{
    if (mpfr_zero_p(v))
        return sym_strdup(dps ? "0.0" : ".0");
    if (mpfr_nan_p(v))
        return sym_strdup("nan");
    if (mpfr_inf_p(v))
        return sym_strdup(mpfr_sgn(v) > 0 ? "inf" : "-inf");
    long n = dps + 3;
    mpfr_exp_t e10;
    char *raw = mpfr_get_str(NULL, &e10, 10, (size_t)n, v, MPFR_RNDZ);
    const char *d = raw;
    bool neg = *d == '-';
    if (neg)
        d++;
    long exponent = (long)e10 - 1;
    char *digits = gc_alloc_atomic((size_t)(dps > n ? dps : n) + 8);
    size_t len = strlen(d);
    memcpy(digits, d, len + 1);
    mpfr_free_str(raw);
    Buf out = {0};
    if (neg)
        puts_(&out, "-");
    if (dps == 0) {
        if (strchr("56789", digits[0]))
            exponent++;
        puts_(&out, ".0");
    } else {
        if ((long)len > dps && strchr("56789", digits[dps])) {
            digits[dps] = 0;
            long i = dps - 1;
            while (i >= 0 && digits[i] == '9')
                i--;
            if (i >= 0) {
                digits[i]++;
                for (long k = i + 1; k < dps; k++)
                    digits[k] = '0';
            } else {
                digits[0] = '1';
                for (long k = 1; k < dps; k++)
                    digits[k] = '0';
                exponent++;
            }
        } else if ((long)len > dps) {
            digits[dps] = 0;
        }
        long min_fixed = -(dps / 3) < -5 ? -(dps / 3) : -5, max_fixed = dps;
        Buf m = {0};
        if (min_fixed < exponent && exponent < max_fixed) {
            if (exponent < 0) {
                puts_(&m, "0.");
                for (long k = 0; k < -exponent - 1; k++)
                    puts_(&m, "0");
                puts_(&m, digits);
            } else {
                long split = exponent + 1;
                put(&m, digits, (size_t)split);
                puts_(&m, ".");
                puts_(&m, digits + split);
            }
            exponent = 0;
        } else {
            put(&m, digits, 1);
            puts_(&m, ".");
            puts_(&m, digits + 1);
        }
        char *s = m.s;
        if (strip_zeros) {
            size_t k = strlen(s);
            while (k > 0 && s[k - 1] == '0')
                s[--k] = 0;
            m.n = k;
            if (s[k - 1] == '.') {
                puts_(&m, "0");
                s = m.s;
            }
        }
        puts_(&out, s);
    }
    if (exponent != 0 || dps == 0) {
        char e[32];
        snprintf(e, sizeof e, exponent >= 0 ? "e+%ld" : "e%ld", exponent);
        puts_(&out, e);
    }
    return out.s;
}

/* ---- precedence -------------------------------------------------------------------------- */

int sym_precedence(Sym *e)
{
    switch ((SymKind)e->kind) {
    case SYM_INTEGER:
        return fmpz_sgn(e->v.z) < 0 ? P_ADD : P_ATOM;
    case SYM_RATIONAL:
        return fmpz_sgn(fmpq_numref(e->v.q)) < 0 ? P_ADD : P_MUL;
    case SYM_FLOAT:
        return mpfr_sgn(e->v.f) < 0 ? P_ADD : P_ATOM;
    case SYM_NEG_INFINITY:
        return P_ADD;
    case SYM_ADD:
        return P_ADD;
    case SYM_MUL:
        return sym_could_extract_minus_sign(e) ? P_ADD : P_MUL;
    case SYM_POW:
        return P_POW;
    case SYM_FN:
        if (e->op == SYM_FN_MOD)
            return P_MUL;
        if (e->op == SYM_FN_MIN || e->op == SYM_FN_MAX)
            return P_ATOM;
        return P_FUNC;
    case SYM_REL:
        return (e->op == SYM_EQ || e->op == SYM_NE) ? P_MUL : P_REL;
    case SYM_AND:
        return P_AND;
    case SYM_OR:
        return P_OR;
    case SYM_NOT:
        return P_NOT;
    default:
        return P_ATOM;
    }
}

/* ---- the printer ------------------------------------------------------------------------- */

typedef struct { int level; } Printer;

static const char *pr(Printer *p, Sym *e);

static const char *paren(Printer *p, Sym *e, int level, bool strict)
{
    int q = sym_precedence(e);
    const char *s = pr(p, e);
    if (q < level || (!strict && q <= level)) {
        Buf b = {0};
        puts_(&b, "(");
        puts_(&b, s);
        puts_(&b, ")");
        return b.s;
    }
    return s;
}

static const char *print_float(Printer *p, Sym *e)
{
    long prec = (long)mpfr_get_prec(e->v.f);
    long dps = prec < 5 ? 0 : sym_prec_to_dps(prec);
    return sym_float_text(e->v.f, dps, p->level > 1);
}

static const char *print_rational(Sym *e)
{
    char *s = fmpq_get_str(NULL, 10, e->v.q);
    char *r = sym_strdup(s);
    flint_free(s);
    return r;
}

static const char *print_integer(Sym *e)
{
    char *s = fmpz_get_str(NULL, 10, e->v.z);
    char *r = sym_strdup(s);
    flint_free(s);
    return r;
}

static const char *print_add(Printer *p, Sym *e)
{
    size_t n;
    Sym **terms = sym_ordered_terms(e, &n);
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        budget_tick();
        const char *t = pr(p, terms[i]);
        bool neg = t[0] == '-' && terms[i]->kind != SYM_ADD;
        if (neg)
            t++;
        if (i == 0)
            puts_(&b, neg ? "-" : "");
        else
            puts_(&b, neg ? " - " : " + ");
        if (sym_precedence(terms[i]) < P_ADD || terms[i]->kind == SYM_ADD) {
            puts_(&b, "(");
            puts_(&b, t);
            puts_(&b, ")");
        } else {
            puts_(&b, t);
        }
    }
    return done(&b);
}

static bool negative_coeff_exp(Sym *item)
{
    if (item->kind != SYM_POW)
        return false;
    Sym *c, *r;
    sym_as_coeff_mul(item->args[1], false, &c, &r);
    return sym_is_num(c) && c->kind != SYM_NAN && sym_num_sign(c) < 0;
}

/* Pow(b, -e) with the exponent's sign flipped, unevaluated (the printer's apow). */
static Sym *flip_pow(Sym *item)
{
    Sym *e = item->args[1];
    Sym *const *f;
    size_t n = sym_mul_args(&e, &f);
    Sym **v = gc_alloc(n * sizeof(Sym *));
    memcpy(v, f, n * sizeof(Sym *));
    size_t start = 0;
    if (sym_is_int_value(v[0], -1))
        start = 1;
    else
        v[0] = sym_neg(v[0]);
    return sym_pow_raw(item->args[0], sym_mul_raw(n - start, v + start));
}

static void join(Buf *b, const char **s, size_t n, const char *sep)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            puts_(b, sep);
        puts_(b, s[i]);
    }
}

static bool is_int_pow(Sym *a)
{
    return a->kind == SYM_POW && a->args[0]->kind == SYM_INTEGER && a->args[1]->kind == SYM_INTEGER;
}

/* A product that automatic evaluation would not have produced (Mul(2, 3, evaluate=False)):
 * printed factor by factor so that nothing is hidden. */
static const char *print_unevaluated_mul(Printer *p, Sym *e, int prec)
{
    SymVec num = {0}, den = {0};
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *a = e->args[i];
        if (a->kind == SYM_POW && negative_coeff_exp(a)) {
            Sym *x = sym_is_num(a->args[1]) ? sym_num_neg(a->args[1]) : flip_pow(a)->args[1];
            sym_vec_push(&den, sym_is_one(x) ? a->args[0] : sym_pow_raw(a->args[0], x));
        } else {
            sym_vec_push(&num, a);
        }
    }
    const char **ns = gc_alloc((num.n + 2) * sizeof(char *));
    size_t nn = 0, start = 0;
    if (num.n && num.v[0]->kind != SYM_ADD && sym_could_extract_minus_sign(num.v[0])) {
        ns[nn++] = pr(p, num.v[0]);
        start = 1;
    }
    for (size_t i = start; i < num.n; i++)
        ns[nn++] = paren(p, num.v[i], prec, false);
    if (!nn)
        ns[nn++] = "1";
    const char **ds = gc_alloc((den.n + 2) * sizeof(char *));
    size_t nd = 0;
    start = 0;
    if (den.n > 1 && sym_could_extract_minus_sign(den.v[0])) {
        ds[nd++] = pr(p, den.v[0]);
        start = 1;
    }
    for (size_t i = start; i < den.n; i++)
        ds[nd++] = paren(p, den.v[i], prec, false);
    Buf b = {0};
    join(&b, ns, nn, "*");
    if (nd > 1) {
        puts_(&b, "/(");
        join(&b, ds, nd, "*");
        puts_(&b, ")");
    } else if (nd) {
        puts_(&b, "/");
        puts_(&b, ds[0]);
    }
    return done(&b);
}

static const char *print_mul(Printer *p, Sym *e)
{
    int prec = sym_precedence(e);
    bool raw = sym_is_one(e->args[0]);
    for (uint32_t i = 1; i < e->n && !raw; i++)
        raw = sym_is_num(e->args[i]) || is_int_pow(e->args[i]);
    if (raw)
        return print_unevaluated_mul(p, e, prec);
    Sym *c, *rest;
    const char *sign = "";
    sym_as_coeff_mul(e, false, &c, &rest);
    Sym *x = e;
    if (sym_is_num(c) && c->kind != SYM_NAN && sym_num_sign(c) < 0) {
        x = sym_keep_coeff(sym_num_neg(c), rest);
        sign = "-";
    }
    size_t n;
    Sym **args;
    if (x->kind == SYM_MUL) {
        args = sym_ordered_factors(x, &n);
    } else {
        args = &x;
        n = 1;
    }
    SymVec a = {0}, b = {0}, pow_paren = {0};
    for (size_t i = 0; i < n; i++) {
        Sym *item = args[i];
        if (negative_coeff_exp(item)) {
            if (!sym_is_int_value(item->args[1], -1)) {
                sym_vec_push(&b, flip_pow(item));
            } else {
                Sym *base = item->args[0];
                if (base->n != 1 && (base->kind == SYM_MUL || base->kind == SYM_POW))
                    sym_vec_push(&pow_paren, item);
                sym_vec_push(&b, base);
            }
        } else if (sym_is_rational(item)) {
            fmpq_t q;
            fmpq_init(q);
            sym_get_fmpq(q, item);
            if (!fmpz_is_one(fmpq_numref(q)))
                sym_vec_push(&a, sym_int_fmpz(fmpq_numref(q)));
            if (!fmpz_is_one(fmpq_denref(q)))
                sym_vec_push(&b, sym_int_fmpz(fmpq_denref(q)));
            fmpq_clear(q);
        } else {
            sym_vec_push(&a, item);
        }
    }
    if (!a.n)
        sym_vec_push(&a, sym_one);
    const char **as = gc_alloc(a.n * sizeof(char *)), **bs = gc_alloc((b.n + 1) * sizeof(char *));
    for (size_t i = 0; i < a.n; i++)
        as[i] = paren(p, a.v[i], prec, false);
    for (size_t i = 0; i < b.n; i++)
        bs[i] = paren(p, b.v[i], prec, false);
    for (size_t k = 0; k < pow_paren.n; k++)
        for (size_t i = 0; i < b.n; i++)
            if (sym_eq(b.v[i], pow_paren.v[k]->args[0])) {
                bs[i] = sym_sprintf("(%s)", bs[i]);
                break;
            }
    Buf out = {0};
    puts_(&out, sign);
    join(&out, as, a.n, "*");
    if (b.n == 1) {
        puts_(&out, "/");
        puts_(&out, bs[0]);
    } else if (b.n > 1) {
        puts_(&out, "/(");
        join(&out, bs, b.n, "*");
        puts_(&out, ")");
    }
    return done(&out);
}

static const char *print_pow(Printer *p, Sym *e)
{
    Sym *b = e->args[0], *x = e->args[1];
    if (x == sym_half || (x->kind == SYM_RATIONAL && fmpz_is_one(fmpq_numref(x->v.q)) &&
                          fmpz_equal_si(fmpq_denref(x->v.q), 2)))
        return sym_sprintf("sqrt(%s)", pr(p, b));
    if (x->kind == SYM_RATIONAL && fmpz_equal_si(fmpq_numref(x->v.q), -1) &&
        fmpz_equal_si(fmpq_denref(x->v.q), 2))
        return sym_sprintf("1/sqrt(%s)", pr(p, b));
    if (sym_is_int_value(x, -1))
        return sym_sprintf("1/%s", paren(p, b, P_POW, false));
    const char *bs = paren(p, b, P_POW, false);
    return sym_sprintf("%s**%s", bs, paren(p, x, P_POW, false));
}

static const char *print_args(Printer *p, Sym *const *args, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (i)
            puts_(&b, ", ");
        /* a matrix in a tuple comes from a Python tuple (rref, eigenvects): repr'd */
        puts_(&b, args[i]->kind == SYM_MATRIX ? sym_repr(args[i]) : pr(p, args[i]));
    }
    return done(&b);
}

static const char *print_rel(Printer *p, Sym *e)
{
    static const char *const ops[] = {"==", "!=", "<", "<=", ">", ">="};
    if (e->op == SYM_EQ || e->op == SYM_NE)
        return sym_sprintf("%s(%s, %s)", e->op == SYM_EQ ? "Eq" : "Ne", pr(p, e->args[0]),
                           pr(p, e->args[1]));
    int q = sym_precedence(e);
    return sym_sprintf("%s %s %s", paren(p, e->args[0], q, true), ops[e->op],
                       paren(p, e->args[1], q, true));
}

/* And and Or: each argument parenthesised below sympy's bitwise-operator levels; in an And a
 * relation whose canonical form bounds by -oo comes first. */
static const char *print_junction(Printer *p, Sym *e, const char *sep, int level)
{
    Sym **args = gc_alloc(e->n * sizeof(Sym *));
    memcpy(args, e->args, e->n * sizeof(Sym *));
    if (e->kind == SYM_AND)
        for (uint32_t j = 0; j < e->n; j++) {
            Sym *r = args[j];
            bool neg_inf = r->kind == SYM_REL &&
                           ((r->op == SYM_LT || r->op == SYM_LE) ? r->args[0] : r->args[1])->kind ==
                               SYM_NEG_INFINITY;
            if (neg_inf && j) {
                memmove(args + 1, args, j * sizeof(Sym *));
                args[0] = r;
            }
        }
    Buf b = {0};
    for (uint32_t i = 0; i < e->n; i++) {
        if (i)
            puts_(&b, sep);
        puts_(&b, paren(p, args[i], level, false));
    }
    return done(&b);
}

/* A result list or dict prints like Python's: each element is its own top-level repr(). */
static const char *print_container(Sym *e, const char *open, const char *close)
{
    Buf b = {0};
    puts_(&b, open);
    for (uint32_t i = 0; i < e->n; i++) {
        if (i)
            puts_(&b, e->kind == SYM_DICT && i % 2 ? ": " : ", ");
        puts_(&b, sym_repr(e->args[i]));
    }
    puts_(&b, close);
    return b.s;
}

/* str(Matrix): Matrix([[1, 2], [3, 4]]) with each entry printed on its own. */
static const char *print_matrix(Sym *m)
{
    size_t r = m->v.m.rows, c = m->v.m.cols;
    if (!r || !c)
        return sym_sprintf("Matrix(%zu, %zu, [])", r, c);
    Buf b = {0};
    puts_(&b, "Matrix([");
    for (size_t i = 0; i < r; i++) {
        puts_(&b, i ? ", [" : "[");
        for (size_t j = 0; j < c; j++) {
            if (j)
                puts_(&b, ", ");
            puts_(&b, sym_str(m->args[i * c + j]));
        }
        puts_(&b, "]");
    }
    puts_(&b, "])");
    return b.s;
}

char *sym_repr(Sym *e)
{
    if (e->kind != SYM_MATRIX || !e->v.m.rows || !e->v.m.cols)
        return sym_str(e);
    /* repr(Matrix): one row per line, each column right-aligned to its widest entry */
    size_t r = e->v.m.rows, c = e->v.m.cols;
    const char **cell = gc_alloc(r * c * sizeof(char *));
    size_t *width = gc_alloc_atomic(c * sizeof(size_t));
    for (size_t j = 0; j < c; j++)
        width[j] = 0;
    for (size_t i = 0; i < r * c; i++) {
        Printer nested = {1};        /* the entries print as parts of the matrix: 3.4, not 3.40000000000000 */
        cell[i] = pr(&nested, e->args[i]);
        size_t w = strlen(cell[i]);
        if (w > width[i % c])
            width[i % c] = w;
    }
    Buf b = {0};
    if (r == 1) {        /* a single row stays on one line */
        puts_(&b, "Matrix([[");
        for (size_t j = 0; j < c; j++) {
            if (j)
                puts_(&b, ", ");
            puts_(&b, cell[j]);
        }
        puts_(&b, "]])");
        return b.s;
    }
    puts_(&b, "Matrix([\n");
    for (size_t i = 0; i < r; i++) {
        puts_(&b, "[");
        for (size_t j = 0; j < c; j++) {
            if (j)
                puts_(&b, ", ");
            for (size_t k = strlen(cell[i * c + j]); k < width[j]; k++)
                puts_(&b, " ");
            puts_(&b, cell[i * c + j]);
        }
        puts_(&b, i + 1 < r ? "],\n" : "]])");
    }
    return b.s;
}

static const char *pr(Printer *p, Sym *e)
{
    budget_tick();
    p->level++;
    const char *s;
    switch ((SymKind)e->kind) {
    case SYM_INTEGER: s = print_integer(e); break;
    case SYM_RATIONAL: s = print_rational(e); break;
    case SYM_FLOAT: s = print_float(p, e); break;
    case SYM_INFINITY: s = "oo"; break;
    case SYM_NEG_INFINITY: s = "-oo"; break;
    case SYM_NAN: s = "nan"; break;
    case SYM_COMPLEX_INFINITY: s = "zoo"; break;
    case SYM_PI: s = "pi"; break;
    case SYM_E: s = "E"; break;
    case SYM_I: s = "I"; break;
    case SYM_GOLDEN_RATIO: s = "GoldenRatio"; break;
    case SYM_EULER_GAMMA: s = "EulerGamma"; break;
    case SYM_CATALAN: s = "Catalan"; break;
    case SYM_SYMBOL: s = e->v.s.name; break;
    case SYM_DUMMY: s = sym_sprintf("_%s", e->v.s.name); break;
    case SYM_TRUE: s = "True"; break;
    case SYM_FALSE: s = "False"; break;
    case SYM_ADD: s = print_add(p, e); break;
    case SYM_MUL: s = print_mul(p, e); break;
    case SYM_POW: s = print_pow(p, e); break;
    case SYM_FN: s = sym_sprintf("%s(%s)", sym_fn_name(e), print_args(p, e->args, e->n)); break;
    case SYM_REL: s = print_rel(p, e); break;
    case SYM_AND: s = print_junction(p, e, " & ", P_BITAND); break;
    case SYM_OR: s = print_junction(p, e, " | ", P_BITOR); break;
    case SYM_NOT: s = sym_sprintf("~%s", paren(p, e->args[0], P_NOT, false)); break;
    case SYM_TUPLE:
        s = e->n == 1 ? sym_sprintf("(%s,)", pr(p, e->args[0]))
                      : sym_sprintf("(%s)", print_args(p, e->args, e->n));
        break;
    case SYM_LIST: s = print_container(e, "[", "]"); break;
    case SYM_DICT: s = print_container(e, "{", "}"); break;
    case SYM_MATRIX: s = p->level > 1 ? sym_repr(e) : print_matrix(e); break;        /* in an expression: as repr() */
    default: s = "?"; break;
    }
    p->level--;
    return s;
}

char *sym_str(Sym *e)
{
    Printer p = {0};
    return (char *)pr(&p, e);
}

char *sym_str_nested(Sym *e)
{
    Printer p = {1};
    return (char *)pr(&p, e);
}

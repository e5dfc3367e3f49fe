/* runtime/lang/parser.c — recursive-descent parser for Python 3.11 programs, building the tree
 * of ast.h, with CPython's SyntaxError messages for the mistakes models make. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/ast.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/int.h"
#include "runtime/lang/lexer.h"
#include "runtime/lang/str.h"
#include "runtime/lang/bytes.h"

typedef struct Parser {
    Lexer lx;
    Token *toks;            /* tokens read so far */
    int ntoks, cap;
    int pos;                /* the current token */
    int line_offset;        /* for f-string expressions: lines before the fragment */
    int depth;              /* nesting, against runaway recursion */
    bool lexer_failed;      /* the last error came from the tokenizer */
} Parser;

/* ---- nodes ---------------------------------------------------------------------------------- */

Node *ast_new(int kind, int line)
{
    Node *n = gc_alloc(sizeof *n);
    n->kind = (uint8_t)kind;
    n->line = line;
    return n;
}

void ast_append(NodeList *l, Node *n)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->items = gc_realloc(l->items, sizeof(Node *) * (size_t)l->cap);
    }
    l->items[l->n++] = n;
}

/* ---- tokens --------------------------------------------------------------------------------- */

static Token *tok_at(Parser *p, int k)
{
    while (p->pos + k >= p->ntoks) {
        if (p->ntoks && p->toks[p->ntoks - 1].kind == TK_END)
            return &p->toks[p->ntoks - 1];
        if (p->ntoks == p->cap) {
            p->cap = p->cap ? p->cap * 2 : 256;
            p->toks = gc_realloc(p->toks, sizeof(Token) * (size_t)p->cap);
        }
        p->lexer_failed = true;
        p->toks[p->ntoks] = lexer_next(&p->lx);
        p->lexer_failed = false;
        p->toks[p->ntoks].line += p->line_offset;
        p->toks[p->ntoks].end_line += p->line_offset;
        p->ntoks++;
    }
    return &p->toks[p->pos + k];
}

static Token *cur(Parser *p) { return tok_at(p, 0); }
static void advance(Parser *p) { tok_at(p, 0); p->pos++; }
static int line(Parser *p) { return cur(p)->line; }

static bool tok_is(const Token *t, int kind, const char *text)
{
    return t->kind == kind && strlen(text) == t->len && memcmp(t->start, text, t->len) == 0;
}

static bool is_op(Parser *p, const char *op) { return tok_is(cur(p), TK_OP, op); }
static bool is_kw(Parser *p, const char *kw) { return tok_is(cur(p), TK_NAME, kw); }
static bool peek_op(Parser *p, int k, const char *op) { return tok_is(tok_at(p, k), TK_OP, op); }

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", NULL,
};

static bool is_keyword_tok(const Token *t)
{
    if (t->kind != TK_NAME)
        return false;
    for (int i = 0; keywords[i]; i++)
        if (tok_is(t, TK_NAME, keywords[i]))
            return true;
    return false;
}

/* "invalid syntax" at the current token, or the more precise message CPython gives there. */
static _Noreturn void syntax_error(Parser *p)
{
    Token *t = cur(p);
    if (t->kind == TK_INDENT)
        lexer_error_type(&type_IndentationError, t->line, "unexpected indent");
    if (t->kind == TK_DEDENT)
        lexer_error_type(&type_IndentationError, t->line, "unindent does not match any outer indentation level");
    lexer_error(t->line, "invalid syntax");
}

static void expect_op(Parser *p, const char *op)
{
    if (!is_op(p, op))
        syntax_error(p);
    advance(p);
}

static void expect_kw(Parser *p, const char *kw)
{
    if (!is_kw(p, kw))
        syntax_error(p);
    advance(p);
}

static Obj *token_str(const Token *t) { return str_intern(str_new(t->start, t->len)); }

static Obj *expect_name(Parser *p)
{
    Token *t = cur(p);
    if (t->kind != TK_NAME || is_keyword_tok(t))
        syntax_error(p);
    advance(p);
    return token_str(t);
}

static void enter(Parser *p)
{
    if (++p->depth > 200)
        lexer_error(line(p), "too many nested parentheses");
}

static void leave(Parser *p) { p->depth--; }

/* ---- literals ------------------------------------------------------------------------------- */

static Obj *parse_number(const Token *t)
{
    char *s = gc_alloc_atomic(t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            s[n++] = t->start[i];
    s[n] = 0;
    char last = s[n - 1];
    if (last == 'j' || last == 'J') {
        s[n - 1] = 0;
        return complex_new(0.0, float_value(float_from_text(s, n - 1)));
    }
    if (n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return int_from_text(s + 2, n - 2, 16);
    if (n > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        return int_from_text(s + 2, n - 2, 8);
    if (n > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        return int_from_text(s + 2, n - 2, 2);
    if (strpbrk(s, ".eE"))
        return float_from_text(s, n);
    return int_from_text(s, n, 10);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes the escapes of a (non-raw) literal body into b. */
static void decode_escapes(const char *s, size_t n, bool bytes, int ln, Buf *b)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) {
            buf_putc(b, c);
            continue;
        }
        char e = s[++i];
        switch (e) {
        case '\n': break;
        case '\\': buf_putc(b, '\\'); break;
        case '\'': buf_putc(b, '\''); break;
        case '"': buf_putc(b, '"'); break;
        case 'a': buf_putc(b, '\a'); break;
        case 'b': buf_putc(b, '\b'); break;
        case 'f': buf_putc(b, '\f'); break;
        case 'n': buf_putc(b, '\n'); break;
        case 'r': buf_putc(b, '\r'); break;
        case 't': buf_putc(b, '\t'); break;
        case 'v': buf_putc(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7'; k++)
                v = v * 8 + (unsigned)(s[++i] - '0');
            if (bytes) {
                buf_putc(b, (char)(v & 0xff));
            } else {
                char u[4];
                buf_add(b, u, (size_t)str_utf8_put(u, v));
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                buf_putc(b, '\\');
                buf_putc(b, e);
                break;
            }
            uint32_t v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i + 1 < n ? hexval(s[i + 1]) : -1;
                if (h < 0)
                    lexer_error(ln, "(%s error) %s: truncated %s%s escape", bytes ? "value" : "unicode",
                             bytes ? "invalid \\x escape at position 0" : "can't decode bytes in position 0-1",
                             "\\", e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
                v = v * 16 + (uint32_t)h;
                i++;
            }
            if (bytes) {
                buf_putc(b, (char)v);
            } else {
                char u[4];
                buf_add(b, u, (size_t)str_utf8_put(u, v));
            }
            break;
        }
        default:
            buf_putc(b, '\\');
            buf_putc(b, e);
        }
    }
}

typedef struct StrTok {
    bool raw, bytes, fmt;
    const char *body;
    size_t len;
} StrTok;

static StrTok split_string_token(const Token *t)
{
    StrTok s = {false, false, false, NULL, 0};
    const char *p = t->start;
    while (*p != '\'' && *p != '"') {
        char c = (char)(*p | 0x20);
        if (c == 'r')
            s.raw = true;
        else if (c == 'b')
            s.bytes = true;
        else if (c == 'f')
            s.fmt = true;
        p++;
    }
    size_t quote = (p[0] == p[1] && p[1] == p[2] && (size_t)(t->start + t->len - p) >= 6) ? 3 : 1;
    s.body = p + quote;
    s.len = (size_t)(t->start + t->len - p) - 2 * quote;
    return s;
}

static Node *parse_expr_text(Parser *outer, const char *text, size_t len, int ln);
static Node *parse_test(Parser *p);
static Node *parse_testlist(Parser *p, bool star);

/* The `=` of a self-documenting field `{expr=}`: not part of ==, !=, <=, >=, and followed (after
 * spaces) by the end of the field, a conversion or a format spec. */
static bool is_debug_equals(const char *s, size_t n, size_t i, size_t start)
{
    if (s[i] != '=' || i == start || strchr("=!<>", s[i - 1]) || (i + 1 < n && s[i + 1] == '='))
        return false;
    size_t k = i + 1;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k < n && (s[k] == '}' || s[k] == '!' || s[k] == ':');
}

/* Parses the inside of an f-string (or of a format spec) into parts appended to out. */
static void parse_fstring_body(Parser *p, const char *s, size_t n, bool raw, int ln, NodeList *out, int nest)
{
    Buf lit;
    buf_init(&lit);
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '{' && i + 1 < n && s[i + 1] == '{' && nest == 0) {
            buf_putc(&lit, '{');
            i += 2;
            continue;
        }
        if (c == '}' && i + 1 < n && s[i + 1] == '}' && nest == 0) {
            buf_putc(&lit, '}');
            i += 2;
            continue;
        }
        if (c == '}')
            lexer_error(ln, "f-string: single '}' is not allowed");
        if (c != '{') {
            size_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}')
                j++;
            if (raw)
                buf_add(&lit, s + i, j - i);
            else
                decode_escapes(s + i, j - i, false, ln, &lit);
            i = j;
            continue;
        }
        /* A replacement field: find the end of the expression. */
        size_t start = ++i;
        int depth = 0;
        char quote = 0;
        while (i < n) {
            char d = s[i];
            if (quote) {
                if (d == quote)
                    quote = 0;
            } else if (d == '\'' || d == '"') {
                quote = d;
            } else if (d == '(' || d == '[' || d == '{') {
                depth++;
            } else if (d == ')' || d == ']' || (d == '}' && depth > 0)) {
                depth--;
            } else if (depth == 0 && (d == '}' || d == ':' || (d == '!' && i + 1 < n && s[i + 1] != '=') ||
                                      is_debug_equals(s, n, i, start))) {
                break;
            }
            i++;
        }
        if (i >= n)
            lexer_error(ln, "f-string: expecting '}'");
        size_t expr_end = i;
        bool debug = false;
        if (s[i] == '=') {
            debug = true;
            i++;
            while (i < n && (s[i] == ' ' || s[i] == '\t'))
                i++;
        }
        const char *et = s + start;
        size_t elen = expr_end - start;
        size_t k = 0;
        while (k < elen && (et[k] == ' ' || et[k] == '\n' || et[k] == '\t'))
            k++;
        if (k == elen)
            lexer_error(ln, "f-string: empty expression not allowed");
        Node *f = ast_new(N_FORMATTED, ln);
        f->a = parse_expr_text(p, et, elen, ln);
        if (debug) {
            buf_add(&lit, s + start, i - start);
            f->op = 'r';
        }
        if (i < n && s[i] == '!') {
            if (i + 1 >= n || !strchr("rsa", s[i + 1]))
                lexer_error(ln, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            f->op = s[i + 1];
            i += 2;
        }
        if (i < n && s[i] == ':') {
            size_t spec_start = ++i;
            int d2 = 0;
            while (i < n && (s[i] != '}' || d2 > 0)) {
                if (s[i] == '{')
                    d2++;
                else if (s[i] == '}')
                    d2--;
                i++;
            }
            Node *spec = ast_new(N_FSTRING, ln);
            parse_fstring_body(p, s + spec_start, i - spec_start, raw, ln, &spec->l1, nest + 1);
            f->b = spec;
            if (debug && f->op == 'r')
                f->op = 0;
        }
        if (i >= n || s[i] != '}')
            lexer_error(ln, "f-string: expecting '}'");
        i++;
        if (lit.len) {
            Node *c = ast_new(N_CONST, ln);
            c->value = str_from_buf(&lit);
            ast_append(out, c);
            buf_init(&lit);
        }
        ast_append(out, f);
    }
    if (lit.len) {
        Node *c = ast_new(N_CONST, ln);
        c->value = str_from_buf(&lit);
        ast_append(out, c);
    }
}

/* Adjacent string literals, concatenated; any f-string among them makes the result an N_FSTRING. */
static Node *parse_strings(Parser *p)
{
    int ln = line(p);
    NodeList parts = {NULL, 0, 0};
    bool any_f = false, any_bytes = false, any_str = false;
    Buf acc;
    buf_init(&acc);
    while (cur(p)->kind == TK_STRING) {
        Token *t = cur(p);
        StrTok s = split_string_token(t);
        if (s.bytes)
            any_bytes = true;
        else
            any_str = true;
        if (any_bytes && any_str)
            lexer_error(t->line, "cannot mix bytes and nonbytes literals");
        if (s.fmt) {
            any_f = true;
            if (acc.len) {
                Node *c = ast_new(N_CONST, ln);
                c->value = str_from_buf(&acc);
                ast_append(&parts, c);
                buf_init(&acc);
            }
            parse_fstring_body(p, s.body, s.len, s.raw, t->line, &parts, 0);
        } else if (s.raw) {
            buf_add(&acc, s.body, s.len);
        } else {
            decode_escapes(s.body, s.len, s.bytes, t->line, &acc);
        }
        advance(p);
    }
    if (!any_f) {
        Node *c = ast_new(N_CONST, ln);
        c->value = any_bytes ? bytes_new(acc.data ? acc.data : "", acc.len) : str_from_buf(&acc);
        return c;
    }
    if (acc.len) {
        Node *c = ast_new(N_CONST, ln);
        c->value = str_from_buf(&acc);
        ast_append(&parts, c);
    }
    Node *f = ast_new(N_FSTRING, ln);
    f->l1 = parts;
    return f;
}

/* ---- expressions ---------------------------------------------------------------------------- */

static Node *parse_expr(Parser *p);
static Node *parse_or_test(Parser *p);
static Node *parse_star_expr_or_test(Parser *p);
static Node *parse_namedexpr_test(Parser *p);
static Node *parse_arguments(Parser *p, const char *closer, bool lambda);
static void parse_comp_for(Parser *p, NodeList *out);

static bool starts_expression(const Token *t)
{
    if (t->kind == TK_NAME)
        return !is_keyword_tok(t) || tok_is(t, TK_NAME, "None") || tok_is(t, TK_NAME, "True") ||
               tok_is(t, TK_NAME, "False") || tok_is(t, TK_NAME, "not") || tok_is(t, TK_NAME, "lambda") ||
               tok_is(t, TK_NAME, "await");
    if (t->kind == TK_NUMBER || t->kind == TK_STRING)
        return true;
    if (t->kind == TK_OP)
        return t->len == 1 && strchr("([{-+~", t->start[0]) != NULL;
    return false;
}

static Node *make_comp(int kind, Node *elt, int ln, Parser *p)
{
    Node *n = ast_new(kind, ln);
    n->a = elt;
    parse_comp_for(p, &n->l1);
    return n;
}

/* `yield`, `yield x, y` or `yield from x`, at the `yield` keyword. */
static Node *parse_yield(Parser *p)
{
    int ln = line(p);
    advance(p);
    if (is_kw(p, "from")) {
        advance(p);
        Node *y = ast_new(N_YIELDFROM, ln);
        y->a = parse_test(p);
        return y;
    }
    Node *y = ast_new(N_YIELD, ln);
    if (starts_expression(cur(p)) || is_op(p, "*"))
        y->a = parse_testlist(p, true);
    return y;
}

/* The entries of a dict display after its first one, and the closing brace. */
static Node *parse_dict_rest(Parser *p, Node *d)
{
    while (is_op(p, ",")) {
        advance(p);
        if (is_op(p, "}"))
            break;
        if (is_op(p, "**")) {
            advance(p);
            ast_append(&d->l1, NULL);
            ast_append(&d->l2, parse_expr(p));
        } else {
            ast_append(&d->l1, parse_test(p));
            expect_op(p, ":");
            ast_append(&d->l2, parse_test(p));
        }
    }
    if (!is_op(p, "}") && starts_expression(cur(p)))
        lexer_error(d->l2.items[d->l2.n - 1]->line, "invalid syntax. Perhaps you forgot a comma?");
    expect_op(p, "}");
    return d;
}

/* Inside brackets: the elements, a comprehension, or (in parens) a single expression. */
static Node *parse_atom_brackets(Parser *p, const char *open)
{
    int ln = line(p);
    advance(p);
    const char *close = strcmp(open, "(") == 0 ? ")" : strcmp(open, "[") == 0 ? "]" : "}";
    if (is_op(p, close)) {
        advance(p);
        return ast_new(strcmp(open, "(") == 0 ? N_TUPLE : strcmp(open, "[") == 0 ? N_LIST : N_DICT, ln);
    }
    if (strcmp(open, "(") == 0 && is_kw(p, "yield")) {
        Node *y = parse_yield(p);
        expect_op(p, ")");
        return y;
    }
    if (strcmp(open, "{") == 0) {
        /* dict or set */
        if (is_op(p, "**")) {
            Node *d = ast_new(N_DICT, ln);
            advance(p);
            ast_append(&d->l1, NULL);
            ast_append(&d->l2, parse_expr(p));
            return parse_dict_rest(p, d);
        }
        Node *first = parse_star_expr_or_test(p);
        if (is_op(p, ":")) {
            advance(p);
            Node *v = parse_test(p);
            if (is_kw(p, "for") || is_kw(p, "async")) {
                Node *c = ast_new(N_DICTCOMP, ln);
                c->a = first;
                c->b = v;
                parse_comp_for(p, &c->l1);
                expect_op(p, "}");
                return c;
            }
            Node *d = ast_new(N_DICT, ln);
            ast_append(&d->l1, first);
            ast_append(&d->l2, v);
            return parse_dict_rest(p, d);
        }
        if (is_kw(p, "for") || is_kw(p, "async")) {
            Node *c = make_comp(N_SETCOMP, first, ln, p);
            expect_op(p, "}");
            return c;
        }
        Node *s = ast_new(N_SET, ln);
        ast_append(&s->l1, first);
        while (is_op(p, ",")) {
            advance(p);
            if (is_op(p, "}"))
                break;
            ast_append(&s->l1, parse_star_expr_or_test(p));
        }
        if (!is_op(p, "}") && starts_expression(cur(p)))
            lexer_error(first->line, "invalid syntax. Perhaps you forgot a comma?");
        expect_op(p, "}");
        return s;
    }
    Node *first = strcmp(open, "(") == 0 && !is_op(p, "*") ? parse_namedexpr_test(p) : parse_star_expr_or_test(p);
    if (is_kw(p, "for") || is_kw(p, "async")) {
        Node *c = make_comp(strcmp(open, "(") == 0 ? N_GENEXP : N_LISTCOMP, first, ln, p);
        expect_op(p, close);
        return c;
    }
    if (strcmp(open, "(") == 0 && is_op(p, ")")) {
        advance(p);
        if (first->kind == N_STARRED)
            lexer_error(first->line, "cannot use starred expression here");
        return first;
    }
    Node *seq = ast_new(strcmp(open, "(") == 0 ? N_TUPLE : N_LIST, ln);
    ast_append(&seq->l1, first);
    while (is_op(p, ",")) {
        advance(p);
        if (is_op(p, close))
            break;
        ast_append(&seq->l1, parse_star_expr_or_test(p));
    }
    if (!is_op(p, close)) {
        if (starts_expression(cur(p))) {
            Node *last = seq->l1.items[seq->l1.n - 1];
            lexer_error(last->line, "invalid syntax. Perhaps you forgot a comma?");
        }
        syntax_error(p);
    }
    advance(p);
    return seq;
}

static Node *parse_atom(Parser *p)
{
    Token *t = cur(p);
    int ln = t->line;
    if (t->kind == TK_NUMBER) {
        advance(p);
        Node *n = ast_new(N_CONST, ln);
        n->value = parse_number(t);
        return n;
    }
    if (t->kind == TK_STRING)
        return parse_strings(p);
    if (t->kind == TK_NAME) {
        if (tok_is(t, TK_NAME, "None") || tok_is(t, TK_NAME, "True") || tok_is(t, TK_NAME, "False")) {
            advance(p);
            Node *n = ast_new(N_CONST, ln);
            n->value = t->start[0] == 'N' ? None : t->start[0] == 'T' ? True : False;
            return n;
        }
        if (is_keyword_tok(t))
            syntax_error(p);
        advance(p);
        Node *n = ast_new(N_NAME, ln);
        n->name = token_str(t);
        return n;
    }
    if (tok_is(t, TK_OP, "(") || tok_is(t, TK_OP, "[") || tok_is(t, TK_OP, "{")) {
        enter(p);
        char open[2] = {t->start[0], 0};
        Node *n = parse_atom_brackets(p, open);
        leave(p);
        return n;
    }
    if (tok_is(t, TK_OP, "...")) {
        advance(p);
        Node *n = ast_new(N_CONST, ln);
        n->value = &obj_ellipsis;
        return n;
    }
    syntax_error(p);
}

static Node *parse_slice_item(Parser *p)
{
    int ln = line(p);
    Node *lo = NULL;
    if (!is_op(p, ":")) {
        lo = parse_star_expr_or_test(p);
        if (!is_op(p, ":"))
            return lo;
    }
    Node *s = ast_new(N_SLICE, ln);
    s->a = lo;
    advance(p);
    if (!is_op(p, ":") && !is_op(p, "]") && !is_op(p, ","))
        s->b = parse_test(p);
    if (is_op(p, ":")) {
        advance(p);
        if (!is_op(p, "]") && !is_op(p, ","))
            s->c = parse_test(p);
    }
    return s;
}

static Node *parse_call(Parser *p, Node *fn)
{
    Node *call = ast_new(N_CALL, fn->line);
    call->a = fn;
    advance(p);
    enter(p);
    while (!is_op(p, ")")) {
        int ln = line(p);
        if (is_op(p, "*")) {
            advance(p);
            Node *s = ast_new(N_STARRED, ln);
            s->a = parse_test(p);
            ast_append(&call->l1, s);
        } else if (is_op(p, "**")) {
            advance(p);
            Node *k = ast_new(N_KEYWORD, ln);
            k->a = parse_test(p);
            ast_append(&call->l2, k);
        } else if (cur(p)->kind == TK_NAME && peek_op(p, 1, "=") && !is_keyword_tok(cur(p))) {
            Node *k = ast_new(N_KEYWORD, ln);
            k->name = expect_name(p);
            advance(p);
            k->a = parse_test(p);
            ast_append(&call->l2, k);
        } else {
            Node *arg = parse_namedexpr_test(p);
            if (is_op(p, "=")) {
                if (arg->kind == N_CONST || arg->kind == N_CALL || arg->kind == N_ATTR)
                    lexer_error(arg->line, "expression cannot contain assignment, perhaps you meant \"==\"?");
                syntax_error(p);
            }
            if (is_kw(p, "for") || is_kw(p, "async")) {
                arg = make_comp(N_GENEXP, arg, arg->line, p);
                if (call->l1.n || call->l2.n || !is_op(p, ")"))
                    lexer_error(arg->line, "Generator expression must be parenthesized");
            }
            if (call->l2.n) {
                bool has_star2 = false;
                for (int i = 0; i < call->l2.n; i++)
                    if (!call->l2.items[i]->name)
                        has_star2 = true;
                lexer_error(arg->line, has_star2 ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument");
            }
            ast_append(&call->l1, arg);
        }
        if (!is_op(p, ",")) {
            if (!is_op(p, ")") && starts_expression(cur(p))) {
                Node *last = call->l1.n ? call->l1.items[call->l1.n - 1] : NULL;
                lexer_error(last ? last->line : line(p), "invalid syntax. Perhaps you forgot a comma?");
            }
            break;
        }
        advance(p);
    }
    leave(p);
    expect_op(p, ")");
    return call;
}

static Node *parse_primary(Parser *p)
{
    if (is_kw(p, "await"))
        advance(p);
    Node *e = parse_atom(p);
    for (;;) {
        int ln = line(p);
        if (is_op(p, "(")) {
            e = parse_call(p, e);
        } else if (is_op(p, "[")) {
            advance(p);
            enter(p);
            Node *sub = ast_new(N_SUBSCRIPT, e->line);
            sub->a = e;
            Node *first = parse_slice_item(p);
            if (is_op(p, ",")) {
                Node *t = ast_new(N_TUPLE, first->line);
                ast_append(&t->l1, first);
                while (is_op(p, ",")) {
                    advance(p);
                    if (is_op(p, "]"))
                        break;
                    ast_append(&t->l1, parse_slice_item(p));
                }
                first = t;
            }
            sub->b = first;
            leave(p);
            expect_op(p, "]");
            e = sub;
        } else if (is_op(p, ".")) {
            advance(p);
            Node *a = ast_new(N_ATTR, ln);
            a->a = e;
            a->name = expect_name(p);
            e = a;
        } else {
            return e;
        }
    }
}

static Node *parse_factor(Parser *p);

static Node *parse_power(Parser *p)
{
    Node *e = parse_primary(p);
    if (is_op(p, "**")) {
        advance(p);
        Node *b = ast_new(N_BINOP, e->line);
        b->op = OP_POW;
        b->a = e;
        enter(p);
        b->b = parse_factor(p);
        leave(p);
        return b;
    }
    return e;
}

static Node *parse_factor(Parser *p)
{
    int ln = line(p);
    int op = is_op(p, "-") ? UNARY_NEG : is_op(p, "+") ? UNARY_POS : is_op(p, "~") ? UNARY_INVERT : -1;
    if (op < 0)
        return parse_power(p);
    advance(p);
    enter(p);
    Node *a = parse_factor(p);
    leave(p);
    if (op == UNARY_NEG && a->kind == N_CONST && (is_small(a->value) || int_check(a->value)) &&
        a->value != True && a->value != False) {
        a->value = obj_unop(a->value, UNARY_NEG);    /* -5 is a constant, as CPython folds it */
        a->line = ln;
        return a;
    }
    Node *u = ast_new(N_UNARY, ln);
    u->op = op;
    u->a = a;
    return u;
}

typedef struct BinLevel {
    const char *ops[6];
    int codes[6];
} BinLevel;

static const BinLevel levels[] = {
    {{"|"}, {OP_OR}},
    {{"^"}, {OP_XOR}},
    {{"&"}, {OP_AND}},
    {{"<<", ">>"}, {OP_LSHIFT, OP_RSHIFT}},
    {{"+", "-"}, {OP_ADD, OP_SUB}},
    {{"*", "/", "//", "%", "@"}, {OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_MATMUL}},
};

static Node *parse_binary(Parser *p, int level)
{
    if (level == (int)(sizeof levels / sizeof levels[0]))
        return parse_factor(p);
    Node *e = parse_binary(p, level + 1);
    for (;;) {
        int k = -1;
        for (int i = 0; levels[level].ops[i]; i++)
            if (is_op(p, levels[level].ops[i]))
                k = i;
        if (k < 0)
            return e;
        advance(p);
        Node *b = ast_new(N_BINOP, e->line);
        b->op = levels[level].codes[k];
        b->a = e;
        b->b = parse_binary(p, level + 1);
        e = b;
    }
}

static Node *parse_expr(Parser *p) { return parse_binary(p, 0); }

static int comparison_op(Parser *p)
{
    Token *t = cur(p);
    if (t->kind == TK_OP) {
        static const char *const ops[] = {"<", "<=", "==", "!=", ">", ">="};
        for (int i = 0; i < 6; i++)
            if (tok_is(t, TK_OP, ops[i])) {
                advance(p);
                return i;
            }
        return -1;
    }
    if (tok_is(t, TK_NAME, "in")) {
        advance(p);
        return CMPX_IN;
    }
    if (tok_is(t, TK_NAME, "not") && tok_is(tok_at(p, 1), TK_NAME, "in")) {
        advance(p);
        advance(p);
        return CMPX_NOT_IN;
    }
    if (tok_is(t, TK_NAME, "is")) {
        advance(p);
        if (is_kw(p, "not")) {
            advance(p);
            return CMPX_IS_NOT;
        }
        return CMPX_IS;
    }
    return -1;
}

static Node *parse_comparison(Parser *p)
{
    Node *e = parse_expr(p);
    int op = comparison_op(p);
    if (op < 0)
        return e;
    Node *c = ast_new(N_COMPARE, e->line);
    c->a = e;
    int cap = 4;
    c->ops = gc_alloc_atomic(sizeof(int) * (size_t)cap);
    while (op >= 0) {
        if (c->l1.n == cap) {
            cap *= 2;
            c->ops = gc_realloc(c->ops, sizeof(int) * (size_t)cap);
        }
        c->ops[c->l1.n] = op;
        ast_append(&c->l1, parse_expr(p));
        op = comparison_op(p);
    }
    return c;
}

static Node *parse_not_test(Parser *p)
{
    if (is_kw(p, "not")) {
        int ln = line(p);
        advance(p);
        enter(p);
        Node *n = ast_new(N_NOT, ln);
        n->a = parse_not_test(p);
        leave(p);
        return n;
    }
    return parse_comparison(p);
}

static Node *parse_boolop(Parser *p, int which)
{
    Node *e = which ? parse_boolop(p, 0) : parse_not_test(p);
    const char *kw = which ? "or" : "and";
    if (!is_kw(p, kw))
        return e;
    Node *b = ast_new(N_BOOLOP, e->line);
    b->op = which;
    ast_append(&b->l1, e);
    while (is_kw(p, kw)) {
        advance(p);
        ast_append(&b->l1, which ? parse_boolop(p, 0) : parse_not_test(p));
    }
    return b;
}

static Node *parse_or_test(Parser *p) { return parse_boolop(p, 1); }

static Node *parse_lambda(Parser *p)
{
    int ln = line(p);
    advance(p);
    Node *l = ast_new(N_LAMBDA, ln);
    l->a = parse_arguments(p, ":", true);
    expect_op(p, ":");
    enter(p);
    l->b = parse_test(p);
    leave(p);
    return l;
}

static Node *parse_test(Parser *p)
{
    if (is_kw(p, "lambda"))
        return parse_lambda(p);
    Node *e = parse_or_test(p);
    if (is_kw(p, "if")) {
        advance(p);
        Node *c = ast_new(N_IFEXP, e->line);
        c->b = e;
        c->a = parse_or_test(p);
        if (!is_kw(p, "else"))
            lexer_error(line(p), "expected 'else' after 'if' expression");
        advance(p);
        enter(p);
        c->c = parse_test(p);
        leave(p);
        return c;
    }
    return e;
}

static Node *parse_test_nocond(Parser *p)
{
    if (is_kw(p, "lambda"))
        return parse_lambda(p);
    return parse_or_test(p);
}

static Node *parse_namedexpr_test(Parser *p)
{
    if (cur(p)->kind == TK_NAME && peek_op(p, 1, ":=") && !is_keyword_tok(cur(p))) {
        int ln = line(p);
        Node *target = ast_new(N_NAME, ln);
        target->name = expect_name(p);
        advance(p);
        Node *n = ast_new(N_NAMEDEXPR, ln);
        n->a = target;
        n->b = parse_test(p);
        return n;
    }
    Node *e = parse_test(p);
    if (is_op(p, ":="))
        lexer_error(e->line, "cannot use assignment expressions with %s",
                 e->kind == N_ATTR ? "attribute" : e->kind == N_SUBSCRIPT ? "subscript" : "expression");
    return e;
}

static Node *parse_star_expr_or_test(Parser *p)
{
    if (is_op(p, "*")) {
        int ln = line(p);
        advance(p);
        Node *s = ast_new(N_STARRED, ln);
        s->a = parse_expr(p);
        return s;
    }
    return parse_namedexpr_test(p);
}

/* testlist_star_expr: one expression, or a tuple when commas follow. */
static Node *parse_testlist(Parser *p, bool star)
{
    Node *first = star ? parse_star_expr_or_test(p) : parse_test(p);
    if (!is_op(p, ","))
        return first;
    Node *t = ast_new(N_TUPLE, first->line);
    ast_append(&t->l1, first);
    while (is_op(p, ",")) {
        advance(p);
        if (!starts_expression(cur(p)) && !is_op(p, "*"))
            break;
        ast_append(&t->l1, star ? parse_star_expr_or_test(p) : parse_test(p));
    }
    return t;
}

/* Targets of `for` and comprehensions: expressions up to `in`. */
static Node *parse_target_list(Parser *p)
{
    Node *first = is_op(p, "*") ? parse_star_expr_or_test(p) : parse_expr(p);
    if (!is_op(p, ","))
        return first;
    Node *t = ast_new(N_TUPLE, first->line);
    ast_append(&t->l1, first);
    while (is_op(p, ",")) {
        advance(p);
        if (is_kw(p, "in"))
            break;
        ast_append(&t->l1, is_op(p, "*") ? parse_star_expr_or_test(p) : parse_expr(p));
    }
    return t;
}

static void parse_comp_for(Parser *p, NodeList *out)
{
    while (is_kw(p, "for") || is_kw(p, "async")) {
        if (is_kw(p, "async"))
            advance(p);
        int ln = line(p);
        advance(p);
        Node *c = ast_new(N_COMPREHENSION, ln);
        c->a = parse_target_list(p);
        expect_kw(p, "in");
        c->b = parse_or_test(p);
        while (is_kw(p, "if")) {
            advance(p);
            ast_append(&c->l1, parse_test_nocond(p));
        }
        ast_append(out, c);
    }
}

static Node *parse_expr_text(Parser *outer, const char *text, size_t len, int ln)
{
    Parser sub;
    memset(&sub, 0, sizeof sub);
    char *wrapped = gc_alloc_atomic(len + 3);
    wrapped[0] = '(';
    memcpy(wrapped + 1, text, len);
    wrapped[len + 1] = ')';
    lexer_init(&sub.lx, wrapped, len + 2);
    sub.line_offset = ln - 1;
    sub.depth = outer->depth;
    Node *e = parse_atom(&sub);
    if (cur(&sub)->kind != TK_NEWLINE && cur(&sub)->kind != TK_END)
        lexer_error(ln, "f-string: invalid syntax");
    return e;
}

/* ---- function parameters ------------------------------------------------------------------ */

static Node *parse_arguments(Parser *p, const char *closer, bool lambda)
{
    Node *a = ast_new(N_ARGUMENTS, line(p));
    bool star_seen = false, default_seen = false;
    while (!is_op(p, closer)) {
        int ln = line(p);
        if (is_op(p, "/")) {
            advance(p);
            a->op = a->l1.n;
        } else if (is_op(p, "**")) {
            advance(p);
            Node *arg = ast_new(N_ARG, ln);
            arg->name = expect_name(p);
            if (!lambda && is_op(p, ":")) {
                advance(p);
                parse_test(p);
            }
            a->b = arg;
        } else if (is_op(p, "*")) {
            advance(p);
            star_seen = true;
            if (!is_op(p, ",") && !is_op(p, closer)) {
                Node *arg = ast_new(N_ARG, ln);
                arg->name = expect_name(p);
                if (!lambda && is_op(p, ":")) {
                    advance(p);
                    parse_test(p);
                }
                a->a = arg;
            } else if (is_op(p, closer)) {
                lexer_error(ln, "named arguments must follow bare *");
            }
        } else {
            Node *arg = ast_new(N_ARG, ln);
            arg->name = expect_name(p);
            if (!lambda && is_op(p, ":")) {
                advance(p);
                parse_test(p);
            }
            Node *def = NULL;
            if (is_op(p, "=")) {
                advance(p);
                def = parse_test(p);
            }
            if (star_seen) {
                ast_append(&a->l3, arg);
                ast_append(&a->l4, def);
            } else {
                if (def) {
                    ast_append(&a->l2, def);
                    default_seen = true;
                } else if (default_seen) {
                    lexer_error(ln, "non-default argument follows default argument");
                }
                ast_append(&a->l1, arg);
            }
        }
        if (!is_op(p, ","))
            break;
        advance(p);
    }
    return a;
}

/* ---- statements --------------------------------------------------------------------------- */

static void parse_block(Parser *p, NodeList *body, const char *what, int header_line);
static Node *parse_statement(Parser *p, NodeList *out);

static const char *target_kind_name(const Node *e)
{
    switch (e->kind) {
    case N_CALL: return "function call";
    case N_CONST: return e->value == None || e->value == True || e->value == False ? NULL : "literal";
    case N_BOOLOP: case N_BINOP: case N_UNARY: case N_NOT: return "expression";
    case N_COMPARE: return "comparison";
    case N_LAMBDA: return "lambda";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_GENEXP: return "generator expression";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_FSTRING: return "f-string expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    default: return "expression";
    }
}

/* Checks that e can be assigned to (kind: "assign", "del", "for", "with", "aug"). */
static void check_target(Node *e, const char *ctx)
{
    switch (e->kind) {
    case N_NAME: case N_ATTR: case N_SUBSCRIPT:
        return;
    case N_STARRED:
        if (strcmp(ctx, "del") == 0)
            lexer_error(e->line, "cannot delete starred");
        if (strcmp(ctx, "aug") == 0)
            lexer_error(e->line, "'starred' is an illegal expression for augmented assignment");
        check_target(e->a, ctx);
        return;
    case N_TUPLE: case N_LIST:
        if (strcmp(ctx, "aug") == 0)
            lexer_error(e->line, "'%s' is an illegal expression for augmented assignment",
                     e->kind == N_TUPLE ? "tuple" : "list");
        for (int i = 0; i < e->l1.n; i++)
            check_target(e->l1.items[i], ctx);
        return;
    default:
        break;
    }
    if (e->kind == N_CONST && (e->value == None || e->value == True || e->value == False))
        lexer_error(e->line, "cannot %s %s", strcmp(ctx, "del") == 0 ? "delete" : "assign to",
                 e->value == None ? "None" : e->value == True ? "True" : "False");
    const char *what = target_kind_name(e);
    if (strcmp(ctx, "aug") == 0)
        lexer_error(e->line, "'%s' is an illegal expression for augmented assignment", what);
    if (strcmp(ctx, "del") == 0)
        lexer_error(e->line, "cannot delete %s", what);
    if (strcmp(ctx, "assign") == 0)
        lexer_error(e->line, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    lexer_error(e->line, "cannot assign to %s", what);
}

static void expect_newline(Parser *p)
{
    if (cur(p)->kind == TK_NEWLINE) {
        advance(p);
        return;
    }
    if (cur(p)->kind == TK_END)
        return;
    syntax_error(p);
}

static Node *parse_dotted_name(Parser *p)
{
    int ln = line(p);
    Obj *name = expect_name(p);
    while (is_op(p, ".")) {
        advance(p);
        name = str_concat(str_concat(name, str_intern_cstr(".")), expect_name(p));
    }
    Node *n = ast_new(N_ALIAS, ln);
    n->name = str_intern(name);
    return n;
}

/* `name [as alias], ...` of an import (dotted names for `import`); inside parentheses a trailing
 * comma may end the list. */
static void parse_aliases(Parser *p, NodeList *out, bool dotted, bool paren)
{
    for (;;) {
        Node *al;
        if (dotted) {
            al = parse_dotted_name(p);
        } else {
            al = ast_new(N_ALIAS, line(p));
            al->name = expect_name(p);
        }
        if (is_kw(p, "as")) {
            advance(p);
            al->value = expect_name(p);
        }
        ast_append(out, al);
        if (!is_op(p, ","))
            break;
        advance(p);
        if (paren && is_op(p, ")"))
            break;
    }
}

static Node *parse_import(Parser *p)
{
    Node *imp = ast_new(N_IMPORT, line(p));
    advance(p);
    parse_aliases(p, &imp->l1, true, false);
    return imp;
}

static Node *parse_from_import(Parser *p)
{
    Node *imp = ast_new(N_IMPORTFROM, line(p));
    advance(p);
    while (is_op(p, ".") || is_op(p, "...")) {
        imp->op += (int)cur(p)->len;
        advance(p);
    }
    if (!is_kw(p, "import"))
        imp->name = parse_dotted_name(p)->name;
    else if (!imp->op)   /* `from import x`: neither dots nor a module */
        syntax_error(p);
    expect_kw(p, "import");
    if (is_op(p, "*")) {
        Node *al = ast_new(N_ALIAS, line(p));
        al->name = str_intern_cstr("*");
        advance(p);
        ast_append(&imp->l1, al);
        return imp;
    }
    bool paren = is_op(p, "(");
    if (paren)
        advance(p);
    parse_aliases(p, &imp->l1, false, paren);
    if (paren)
        expect_op(p, ")");
    return imp;
}

static Node *parse_small_statement(Parser *p)
{
    int ln = line(p);
    Token *t = cur(p);
    if (tok_is(t, TK_NAME, "pass")) {
        advance(p);
        return ast_new(N_PASS, ln);
    }
    if (tok_is(t, TK_NAME, "break")) {
        advance(p);
        return ast_new(N_BREAK, ln);
    }
    if (tok_is(t, TK_NAME, "continue")) {
        advance(p);
        return ast_new(N_CONTINUE, ln);
    }
    if (tok_is(t, TK_NAME, "return")) {
        advance(p);
        Node *r = ast_new(N_RETURN, ln);
        if (cur(p)->kind != TK_NEWLINE && !is_op(p, ";") && cur(p)->kind != TK_END)
            r->a = parse_testlist(p, true);
        return r;
    }
    if (tok_is(t, TK_NAME, "raise")) {
        advance(p);
        Node *r = ast_new(N_RAISE, ln);
        if (cur(p)->kind != TK_NEWLINE && !is_op(p, ";") && cur(p)->kind != TK_END) {
            r->a = parse_test(p);
            if (is_kw(p, "from")) {
                advance(p);
                r->b = parse_test(p);
            }
        }
        return r;
    }
    if (tok_is(t, TK_NAME, "global") || tok_is(t, TK_NAME, "nonlocal")) {
        Node *g = ast_new(t->start[0] == 'g' ? N_GLOBAL : N_NONLOCAL, ln);
        advance(p);
        for (;;) {
            Node *n = ast_new(N_NAME, line(p));
            n->name = expect_name(p);
            ast_append(&g->l1, n);
            if (!is_op(p, ","))
                break;
            advance(p);
        }
        return g;
    }
    if (tok_is(t, TK_NAME, "del")) {
        advance(p);
        Node *d = ast_new(N_DEL, ln);
        Node *targets = parse_testlist(p, false);
        if (targets->kind == N_TUPLE && targets->line == ln && !targets->l1.n)
            syntax_error(p);
        if (targets->kind == N_TUPLE)
            d->l1 = targets->l1;
        else
            ast_append(&d->l1, targets);
        for (int i = 0; i < d->l1.n; i++)
            check_target(d->l1.items[i], "del");
        return d;
    }
    if (tok_is(t, TK_NAME, "assert")) {
        advance(p);
        Node *a = ast_new(N_ASSERT, ln);
        a->a = parse_test(p);
        if (is_op(p, ",")) {
            advance(p);
            a->b = parse_test(p);
        }
        return a;
    }
    if (tok_is(t, TK_NAME, "import"))
        return parse_import(p);
    if (tok_is(t, TK_NAME, "from"))
        return parse_from_import(p);
    if (tok_is(t, TK_NAME, "print") && (tok_at(p, 1)->kind == TK_STRING || tok_at(p, 1)->kind == TK_NUMBER ||
                                        (tok_at(p, 1)->kind == TK_NAME && !is_keyword_tok(tok_at(p, 1)))))
        lexer_error(ln, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    /* expression statement, assignment, augmented or annotated assignment */
    Node *e = is_kw(p, "yield") ? parse_yield(p) : parse_testlist(p, true);
    if (is_op(p, ":") ) {
        advance(p);
        if (e->kind != N_NAME && e->kind != N_ATTR && e->kind != N_SUBSCRIPT) {
            if (e->kind == N_TUPLE)
                lexer_error(e->line, "only single target (not tuple) can be annotated");
            lexer_error(e->line, "illegal target for annotation");
        }
        Node *a = ast_new(N_ANNASSIGN, ln);
        a->a = e;
        parse_test(p);
        if (is_op(p, "=")) {
            advance(p);
            a->b = parse_testlist(p, true);
        }
        return a;
    }
    static const char *const augops[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=",
                                         "|=", "^="};
    static const int augcodes[] = {OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_MATMUL,
                                   OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR};
    for (size_t i = 0; i < sizeof augops / sizeof augops[0]; i++) {
        if (is_op(p, augops[i])) {
            advance(p);
            if (e->kind != N_NAME && e->kind != N_ATTR && e->kind != N_SUBSCRIPT)
                check_target(e, "aug");
            Node *a = ast_new(N_AUGASSIGN, ln);
            a->a = e;
            a->op = augcodes[i];
            if (is_kw(p, "yield"))
                syntax_error(p);
            a->b = parse_testlist(p, true);
            return a;
        }
    }
    if (!is_op(p, "=")) {
        if (e->kind == N_STARRED)
            lexer_error(e->line, "can't use starred expression here");
        if (cur(p)->kind != TK_NEWLINE && !is_op(p, ";") && cur(p)->kind != TK_END && starts_expression(cur(p)) &&
            e->kind == N_NAME && cur(p)->kind == TK_NAME && tok_at(p, 1)->kind != TK_OP)
            syntax_error(p);
        Node *x = ast_new(N_EXPR, ln);
        x->a = e;
        return x;
    }
    Node *a = ast_new(N_ASSIGN, ln);
    while (is_op(p, "=")) {
        advance(p);
        check_target(e, "assign");
        ast_append(&a->l1, e);
        if (is_kw(p, "yield")) {
            e = parse_yield(p);
        } else {
            if (cur(p)->kind == TK_NEWLINE || cur(p)->kind == TK_END)
                syntax_error(p);
            e = parse_testlist(p, true);
        }
    }
    a->a = e;
    return a;
}

static void parse_simple_statements(Parser *p, NodeList *out)
{
    for (;;) {
        ast_append(out, parse_small_statement(p));
        if (!is_op(p, ";"))
            break;
        advance(p);
        if (cur(p)->kind == TK_NEWLINE || cur(p)->kind == TK_END)
            break;
    }
    expect_newline(p);
}

static void parse_block(Parser *p, NodeList *body, const char *what, int header_line)
{
    expect_op(p, ":");
    if (cur(p)->kind != TK_NEWLINE) {
        parse_simple_statements(p, body);
        return;
    }
    advance(p);
    if (cur(p)->kind != TK_INDENT)
        lexer_error_type(&type_IndentationError, line(p), "expected an indented block after %s on line %d", what,
                         header_line);
    advance(p);
    while (cur(p)->kind != TK_DEDENT && cur(p)->kind != TK_END)
        parse_statement(p, body);
    if (cur(p)->kind == TK_DEDENT)
        advance(p);
}

static Node *parse_if(Parser *p, const char *kw)
{
    int ln = line(p);
    advance(p);
    Node *n = ast_new(N_IF, ln);
    n->a = parse_namedexpr_test(p);
    char what[32];
    snprintf(what, sizeof what, "'%s' statement", kw);
    parse_block(p, &n->l1, what, ln);
    if (is_kw(p, "elif")) {
        ast_append(&n->l2, parse_if(p, "elif"));
    } else if (is_kw(p, "else")) {
        int el = line(p);
        advance(p);
        parse_block(p, &n->l2, "'else' statement", el);
    }
    return n;
}

static Node *parse_compound_or_simple(Parser *p, NodeList *out);

static Node *parse_funcdef(Parser *p, NodeList *decorators)
{
    int ln = line(p);
    advance(p);
    Node *f = ast_new(N_FUNCDEF, ln);
    f->name = expect_name(p);
    expect_op(p, "(");
    f->a = parse_arguments(p, ")", false);
    expect_op(p, ")");
    if (is_op(p, "->")) {
        advance(p);
        parse_test(p);
    }
    if (decorators)
        f->l2 = *decorators;
    parse_block(p, &f->l1, "function definition", ln);
    return f;
}

static Node *parse_classdef(Parser *p, NodeList *decorators)
{
    int ln = line(p);
    advance(p);
    Node *c = ast_new(N_CLASSDEF, ln);
    c->name = expect_name(p);
    if (is_op(p, "(")) {
        Node *call = parse_call(p, ast_new(N_NAME, ln));
        c->l3 = call->l1;
        c->l4 = call->l2;
    }
    if (decorators)
        c->l2 = *decorators;
    parse_block(p, &c->l1, "class definition", ln);
    return c;
}

static Node *parse_compound_or_simple(Parser *p, NodeList *out)
{
    Token *t = cur(p);
    int ln = t->line;
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT)
        syntax_error(p);
    if (tok_is(t, TK_NAME, "if"))
        return parse_if(p, "if");
    if (tok_is(t, TK_NAME, "while")) {
        advance(p);
        Node *w = ast_new(N_WHILE, ln);
        w->a = parse_namedexpr_test(p);
        parse_block(p, &w->l1, "'while' statement", ln);
        if (is_kw(p, "else")) {
            int el = line(p);
            advance(p);
            parse_block(p, &w->l2, "'else' statement", el);
        }
        return w;
    }
    if (tok_is(t, TK_NAME, "for") || (tok_is(t, TK_NAME, "async") && tok_is(tok_at(p, 1), TK_NAME, "for"))) {
        if (t->start[0] == 'a')
            advance(p);
        advance(p);
        Node *f = ast_new(N_FOR, ln);
        f->a = parse_target_list(p);
        check_target(f->a, "for");
        expect_kw(p, "in");
        f->b = parse_testlist(p, true);
        parse_block(p, &f->l1, "'for' statement", ln);
        if (is_kw(p, "else")) {
            int el = line(p);
            advance(p);
            parse_block(p, &f->l2, "'else' statement", el);
        }
        return f;
    }
    if (tok_is(t, TK_NAME, "try")) {
        advance(p);
        Node *tr = ast_new(N_TRY, ln);
        parse_block(p, &tr->l1, "'try' statement", ln);
        while (is_kw(p, "except")) {
            int hl = line(p);
            advance(p);
            Node *h = ast_new(N_HANDLER, hl);
            if (is_op(p, "*"))
                syntax_error(p);
            if (!is_op(p, ":")) {
                h->a = parse_test(p);
                if (is_op(p, ",")) {
                    Node *tup = ast_new(N_TUPLE, h->a->line);
                    ast_append(&tup->l1, h->a);
                    while (is_op(p, ",")) {
                        advance(p);
                        ast_append(&tup->l1, parse_test(p));
                    }
                    if (!is_kw(p, "as"))
                        lexer_error(hl, "multiple exception types must be parenthesized");
                    h->a = tup;
                }
                if (is_kw(p, "as")) {
                    advance(p);
                    h->name = expect_name(p);
                }
            }
            parse_block(p, &h->l1, "'except' statement", hl);
            ast_append(&tr->l2, h);
        }
        if (is_kw(p, "else")) {
            int el = line(p);
            if (!tr->l2.n)
                syntax_error(p);
            advance(p);
            parse_block(p, &tr->l3, "'else' statement", el);
        }
        if (is_kw(p, "finally")) {
            int fl = line(p);
            advance(p);
            parse_block(p, &tr->l4, "'finally' statement", fl);
        }
        if (!tr->l2.n && !tr->l4.n)
            lexer_error(line(p), "expected 'except' or 'finally' block");
        return tr;
    }
    if (tok_is(t, TK_NAME, "with") || (tok_is(t, TK_NAME, "async") && tok_is(tok_at(p, 1), TK_NAME, "with"))) {
        if (t->start[0] == 'a')
            advance(p);
        advance(p);
        Node *w = ast_new(N_WITH, ln);
        for (;;) {
            Node *item = ast_new(N_WITHITEM, line(p));
            item->a = parse_test(p);
            if (is_kw(p, "as")) {
                advance(p);
                item->b = parse_target_list(p);
                check_target(item->b, "with");
            }
            ast_append(&w->l1, item);
            if (!is_op(p, ","))
                break;
            advance(p);
        }
        parse_block(p, &w->l2, "'with' statement", ln);
        return w;
    }
    if (tok_is(t, TK_NAME, "def"))
        return parse_funcdef(p, NULL);
    if (tok_is(t, TK_NAME, "async") && tok_is(tok_at(p, 1), TK_NAME, "def")) {
        advance(p);
        return parse_funcdef(p, NULL);
    }
    if (tok_is(t, TK_NAME, "class"))
        return parse_classdef(p, NULL);
    if (tok_is(t, TK_OP, "@")) {
        NodeList decorators = {NULL, 0, 0};
        while (is_op(p, "@")) {
            advance(p);
            ast_append(&decorators, parse_namedexpr_test(p));
            expect_newline(p);
        }
        if (is_kw(p, "async"))
            advance(p);
        if (is_kw(p, "def"))
            return parse_funcdef(p, &decorators);
        if (is_kw(p, "class"))
            return parse_classdef(p, &decorators);
        syntax_error(p);
    }
    if (tok_is(t, TK_NAME, "else") || tok_is(t, TK_NAME, "elif") || tok_is(t, TK_NAME, "except") ||
        tok_is(t, TK_NAME, "finally"))
        syntax_error(p);
    parse_simple_statements(p, out);
    return NULL;
}

static Node *parse_statement(Parser *p, NodeList *out)
{
    enter(p);
    Node *n = parse_compound_or_simple(p, out);
    if (n)
        ast_append(out, n);
    leave(p);
    return n;
}

/* After a grammar error, CPython tokenizes the rest of the source, and an error of the tokenizer
 * found there (an unclosed bracket, an unterminated string) is the one reported. */
static _Noreturn void report_with_tokenizer_errors(Parser *p, Obj *grammar_error)
{
    if (p->lexer_failed)
        exc_throw(grammar_error);
    ExcJump j;
    EXC_TRY(j) {
        while (lexer_next(&p->lx).kind != TK_END)
            ;
        exc_pop(&j);
    } else {
        exc_throw(j.exc);
    }
    exc_throw(grammar_error);
}

Node *ast_parse(const char *src, size_t len)
{
    Parser p;
    memset(&p, 0, sizeof p);
    lexer_init(&p.lx, src, len);
    Node *m = ast_new(N_MODULE, 1);
    ExcJump j;
    EXC_TRY(j) {
        while (cur(&p)->kind != TK_END) {
            if (cur(&p)->kind == TK_NEWLINE) {
                advance(&p);
                continue;
            }
            parse_statement(&p, &m->l1);
        }
        exc_pop(&j);
    } else {
        report_with_tokenizer_errors(&p, j.exc);
    }
    return m;
}

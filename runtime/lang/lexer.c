/* runtime/lang/lexer.c — Python tokenizer. */
#include "runtime/lang/lexer.h"

#include <stdarg.h>
#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static _Noreturn void raise_at(Type *t, int line, const char *fmt, va_list ap)
{
    Obj *e = exc_new(t, tuple_pack(1, str_vprintf(fmt, ap)));
    ((ExcObj *)e)->line = line > 0 ? line : 1;
    exc_raise(e);
}

_Noreturn void lexer_error(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(&type_SyntaxError, line, fmt, ap);
}

_Noreturn void lexer_error_type(void *type, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(type, line, fmt, ap);
}

void lexer_init(Lexer *lx, const char *src, size_t len)
{
    char *s = gc_alloc_atomic(len + 2);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            s[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else {
            s[n++] = src[i];
        }
    }
    s[n] = 0;
    memset(lx, 0, sizeof *lx);
    lx->src = lx->p = lx->line_start = s;
    lx->line = 1;
    lx->at_line_start = 1;
    lx->last_kind = TK_NEWLINE;
}

static int is_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
static int is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Non-ASCII characters models paste that CPython refuses in identifiers (quotes, dashes, math
 * symbols, superscripts); other non-ASCII characters are taken as letters. */
static int is_invalid_char(uint32_t cp)
{
    return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F);
}

static Token make(Lexer *lx, int kind, const char *start, size_t len)
{
    Token t;
    t.kind = kind;
    t.start = start;
    t.len = len;
    t.line = lx->line;
    t.end_line = lx->line;
    t.col = (int)(start - lx->line_start);
    lx->last_kind = kind;
    return t;
}

/* Measures the indentation of the line at p (tabs to multiples of 8, as CPython). */
static int indent_width(const char *p, const char **after)
{
    int col = 0;
    for (;; p++) {
        if (*p == ' ')
            col++;
        else if (*p == '\t')
            col = (col / 8 + 1) * 8;
        else if (*p == '\f')
            col = 0;
        else
            break;
    }
    *after = p;
    return col;
}

static const char *skip_string(Lexer *lx, const char *p, int *end_line)
{
    char q = *p;
    int triple = p[1] == q && p[2] == q;
    int start_line = lx->line, line = lx->line;
    p += triple ? 3 : 1;
    for (;;) {
        char c = *p;
        if (!c) {
            if (triple)
                lexer_error(start_line, "unterminated triple-quoted string literal (detected at line %d)", line);
            lexer_error(start_line, "unterminated string literal (detected at line %d)", line);
        }
        if (c == '\\' && p[1]) {
            if (p[1] == '\n')
                line++;
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                lexer_error(start_line, "unterminated string literal (detected at line %d)", start_line);
            line++;
        }
        if (c == q && (!triple || (p[1] == q && p[2] == q)))
            break;
        p++;
    }
    *end_line = line;
    return p + (triple ? 3 : 1);
}

/* A string literal whose prefix starts at start and whose opening quote is at quote. */
static Token string_token(Lexer *lx, const char *start, const char *quote)
{
    int end_line;
    int line = lx->line;
    const char *e = skip_string(lx, quote, &end_line);
    for (const char *k = quote; k < e; k++)
        if (*k == '\n')
            lx->line_start = k + 1;
    lx->line = end_line;
    lx->p = e;
    Token t = make(lx, TK_STRING, start, (size_t)(e - start));
    t.line = line;
    t.end_line = end_line;
    return t;
}

static const char *skip_digits(const char *p, int (*ok)(char))
{
    while (ok(*p) || (*p == '_' && ok(p[1])))
        p++;
    return p;
}

static int dec_ok(char c) { return is_digit(c); }
static int hex_ok(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int oct_ok(char c) { return c >= '0' && c <= '7'; }
static int bin_ok(char c) { return c == '0' || c == '1'; }

static const char *scan_number(Lexer *lx, const char *p)
{
    const char *start = p;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' || p[1] == 'b' || p[1] == 'B')) {
        char k = (char)(p[1] | 0x20);
        int (*ok)(char) = k == 'x' ? hex_ok : k == 'o' ? oct_ok : bin_ok;
        const char *what = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        p += 2;
        if (*p == '_')
            p++;
        const char *d = skip_digits(p, ok);
        if (d == p || is_ident_char((unsigned char)*d) || is_digit(*d)) {
            if (k != 'x' && is_digit(*d))
                lexer_error(lx->line, "invalid digit '%c' in %s literal", *d, what);
            lexer_error(lx->line, "invalid %s literal", what);
        }
        return d;
    }
    p = skip_digits(p, dec_ok);
    int is_float = 0;
    if (*p == '.' ) {
        is_float = 1;
        p = skip_digits(p + 1, dec_ok);
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (is_digit(*e)) {
            p = skip_digits(e, dec_ok);
            is_float = 1;
        }
    }
    if (*p == 'j' || *p == 'J') {
        p++;
        is_float = 1;
    }
    if (is_ident_start((unsigned char)*p))
        lexer_error(lx->line, "invalid %s literal", is_float && (p[-1] == 'j' || p[-1] == 'J') ? "imaginary" : "decimal");
    if (!is_float && start[0] == '0') {
        for (const char *q = start; q < p; q++)
            if (*q != '0' && *q != '_')
                lexer_error(lx->line, "leading zeros in decimal integer literals are not permitted; "
                                      "use an 0o prefix for octal integers");
    }
    return p;
}

static const char *const ops3[] = {"**=", "//=", ">>=", "<<=", "...", NULL};
static const char *const ops2[] = {"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=",
                                   "*=", "/=", "%=", "&=", "|=", "^=", "@=", NULL};
static const char ops1[] = "+-*/%@&|^~<>()[]{},:.;=!";

static char closing_of(char c) { return c == '(' ? ')' : c == '[' ? ']' : '}'; }

Token lexer_next(Lexer *lx)
{
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        return make(lx, TK_DEDENT, lx->p, 0);
    }
    const char *p = lx->p;
    for (;;) {
        if (lx->at_line_start && lx->depth == 0) {
            const char *after;
            int col = indent_width(p, &after);
            if (*after == '#' || *after == '\n' || (*after == '\\' && after[1] == '\n')) {
                p = after;
                while (*p && *p != '\n')
                    p++;
                if (*p == '\n') {
                    p++;
                    lx->line++;
                    lx->line_start = p;
                    continue;
                }
            }
            if (!*after) {
                p = after;
            } else {
                lx->at_line_start = 0;
                p = after;
                lx->p = p;
                int top = lx->indents[lx->nindent];
                if (col > top) {
                    if (lx->nindent + 1 >= (int)(sizeof lx->indents / sizeof lx->indents[0]))
                        lexer_error_type(&type_IndentationError, lx->line, "too many levels of indentation");
                    lx->indents[++lx->nindent] = col;
                    return make(lx, TK_INDENT, p, 0);
                }
                if (col < top) {
                    int n = 0;
                    while (lx->nindent > 0 && col < lx->indents[lx->nindent]) {
                        lx->nindent--;
                        n++;
                    }
                    if (col != lx->indents[lx->nindent])
                        lexer_error_type(&type_IndentationError, lx->line,
                                         "unindent does not match any outer indentation level");
                    lx->pending_dedents = n - 1;
                    return make(lx, TK_DEDENT, p, 0);
                }
            }
        }
        lx->at_line_start = 0;
        while (*p == ' ' || *p == '\t' || *p == '\f')
            p++;
        if (*p == '#')
            while (*p && *p != '\n')
                p++;
        if (*p == '\\') {
            if (p[1] == '\n') {
                p += 2;
                lx->line++;
                lx->line_start = p;
                if (!*p)
                    lexer_error(lx->line, "unexpected EOF while parsing");
                continue;
            }
            lexer_error(lx->line, "unexpected character after line continuation character");
        }
        if (*p == '\n') {
            p++;
            int was = lx->last_kind;
            lx->line++;
            lx->line_start = p;
            if (lx->depth > 0)
                continue;
            lx->at_line_start = 1;
            if (was == TK_NEWLINE || was == TK_INDENT || was == TK_DEDENT)
                continue;
            lx->p = p;
            Token t = make(lx, TK_NEWLINE, p - 1, 1);
            t.line = lx->line - 1;
            return t;
        }
        break;
    }
    lx->p = p;
    if (!*p) {
        if (lx->depth > 0) {
            char open = lx->brackets[lx->depth - 1];
            lexer_error(lx->bracket_lines[lx->depth - 1], "'%c' was never closed", open);
        }
        if (lx->last_kind != TK_NEWLINE && lx->last_kind != TK_DEDENT && lx->last_kind != TK_INDENT)
            return make(lx, TK_NEWLINE, p, 0);
        if (lx->nindent > 0) {
            lx->nindent--;
            return make(lx, TK_DEDENT, p, 0);
        }
        return make(lx, TK_END, p, 0);
    }
    const char *start = p;
    unsigned char c = (unsigned char)*p;
    /* String prefixes: r u b f and their two-letter combinations, any case. */
    if (is_ident_start(c)) {
        const char *q = p;
        while (q - p < 2 && strchr("rRuUbBfF", *q) && *q)
            q++;
        if ((*q == '\'' || *q == '"') && q - p <= 2)
            return string_token(lx, start, q);
        if (c >= 0x80) {
            const char *cp = p;
            uint32_t u = str_utf8_next(&cp);
            if (is_invalid_char(u)) {
                if (u == 0xA0)
                    lexer_error(lx->line, "invalid non-printable character U+00A0");
                lexer_error(lx->line, "invalid character '%.*s' (U+%04X)", (int)(cp - p), p, u);
            }
        }
        while (is_ident_char((unsigned char)*p)) {
            if ((unsigned char)*p >= 0x80) {
                const char *cp = p;
                uint32_t u = str_utf8_next(&cp);
                if (is_invalid_char(u))
                    break;
                p = cp;
            } else {
                p++;
            }
        }
        lx->p = p;
        return make(lx, TK_NAME, start, (size_t)(p - start));
    }
    if (c == '\'' || c == '"')
        return string_token(lx, start, p);
    if (is_digit((char)c) || (c == '.' && is_digit(p[1]))) {
        p = scan_number(lx, p);
        lx->p = p;
        return make(lx, TK_NUMBER, start, (size_t)(p - start));
    }
    for (int i = 0; ops3[i]; i++)
        if (strncmp(p, ops3[i], 3) == 0) {
            lx->p = p + 3;
            return make(lx, TK_OP, start, 3);
        }
    for (int i = 0; ops2[i]; i++)
        if (strncmp(p, ops2[i], 2) == 0) {
            lx->p = p + 2;
            return make(lx, TK_OP, start, 2);
        }
    if (c && strchr(ops1, c)) {
        if (c == '(' || c == '[' || c == '{') {
            if (lx->depth >= (int)sizeof lx->brackets)
                lexer_error(lx->line, "too many nested parentheses");
            lx->bracket_lines[lx->depth] = lx->line;
            lx->brackets[lx->depth++] = (char)c;
        } else if (c == ')' || c == ']' || c == '}') {
            if (lx->depth == 0)
                lexer_error(lx->line, "unmatched '%c'", c);
            char open = lx->brackets[lx->depth - 1];
            if (closing_of(open) != c) {
                if (lx->bracket_lines[lx->depth - 1] != lx->line)
                    lexer_error(lx->line, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                c, open, lx->bracket_lines[lx->depth - 1]);
                lexer_error(lx->line, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            }
            lx->depth--;
        } else if (c == '!') {
            lexer_error(lx->line, "invalid syntax");
        }
        lx->p = p + 1;
        return make(lx, TK_OP, start, 1);
    }
    if (c == '$' || c == '?' || c == '`')
        lexer_error(lx->line, "invalid syntax");
    lexer_error(lx->line, "invalid character '%c' (U+%04X)", c, c);
}

/* runtime/lang/lexer.h — Python source text to tokens: indentation, brackets, continuations,
 * numbers and string literals as CPython 3.11 tokenizes them, with its SyntaxError wording. */
#ifndef TIRBOX_LEXER_H
#define TIRBOX_LEXER_H

#include <stddef.h>

enum {
    TK_END, TK_NEWLINE, TK_INDENT, TK_DEDENT, TK_NAME, TK_NUMBER, TK_STRING, TK_OP,
};

typedef struct Token {
    int kind;
    const char *start;      /* into the normalised source */
    size_t len;
    int line, col;          /* 1-based line, 0-based column */
    int end_line;           /* last line of a multi-line token (triple-quoted strings) */
} Token;

typedef struct Lexer {
    const char *src;        /* normalised: \n line endings, NUL-terminated */
    const char *p;
    int line;
    const char *line_start;
    int indents[100];
    int nindent;
    int pending_dedents;
    int depth;              /* open brackets */
    char brackets[200];
    int bracket_lines[200];
    int at_line_start;
    int last_kind;
} Lexer;

/* Prepares to tokenize src (len bytes of UTF-8): copies it with \r\n and \r turned into \n. */
void lexer_init(Lexer *lx, const char *src, size_t len);

/* The next token; raises SyntaxError (or IndentationError) with CPython's message and line. */
Token lexer_next(Lexer *lx);

/* Raises SyntaxError(msg) at `line` (a helper for the parser too). */
_Noreturn void lexer_error(int line, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The same with a given exception class (IndentationError). */
_Noreturn void lexer_error_type(void *type, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif

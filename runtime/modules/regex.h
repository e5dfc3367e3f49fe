/* runtime/modules/regex.h — a backtracking regular-expression engine with Python's `re` syntax
 * and semantics (the `re` module is its binding): literals and escapes, classes, anchors, greedy,
 * lazy and possessive quantifiers, capturing, named and non-capturing groups, atomic groups,
 * backreferences, look-ahead and fixed-width look-behind, inline and scoped flags, verbose mode.
 * Patterns and subjects are arrays of code points; positions are code-point indices. Compile
 * errors carry sre's message and position. Matching polls the CPU budget. */
#ifndef TIRBOX_REGEX_H
#define TIRBOX_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The flag values of Python's re module. */
enum {
    REGEX_IGNORECASE = 2,
    REGEX_LOCALE = 4,
    REGEX_MULTILINE = 8,
    REGEX_DOTALL = 16,
    REGEX_UNICODE = 32,
    REGEX_VERBOSE = 64,
    REGEX_ASCII = 256,
};

/* How regex_exec anchors a match. */
enum { REGEX_MATCH, REGEX_FULLMATCH, REGEX_SEARCH };

typedef struct Regex Regex;

/* Compiles pat[0..n); NULL on a syntax error, with *err set to sre's message (collected memory)
 * and *errpos to its position (-1: none). */
Regex *regex_compile(const uint32_t *pat, size_t n, int flags, const char **err, ssize_t *errpos);

/* The number of capturing groups. */
int regex_groups(const Regex *re);
/* The flags after inline flags were applied. */
int regex_flags(const Regex *re);
/* The name of group i (1-based), or NULL. */
const char *regex_group_name(const Regex *re, int i);

/* Looks for a match in s[0..len) starting at pos (REGEX_MATCH, REGEX_FULLMATCH) or at any
 * position from pos (REGEX_SEARCH), not reading past endpos. caps receives 2 * (groups + 1)
 * offsets, -1 for groups that did not take part. must_advance refuses an empty match at pos.
 * Returns whether there was a match; *overflow is set when the pattern nested too deep. */
bool regex_exec(const Regex *re, const uint32_t *s, size_t pos, size_t endpos, int mode, bool must_advance,
                ssize_t *caps, bool *overflow);

#endif

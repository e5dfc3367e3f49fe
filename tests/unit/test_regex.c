/* tests/unit/test_regex.c — the regular-expression engine on its own: syntax errors with sre's
 * messages and positions, matching modes, captures, backtracking, the stack guard. Expected
 * spans are what CPython's re reports for the same pattern and subject. */
#include <stdlib.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/modules/regex.h"
#include "tests/unit/check.h"

static uint32_t *cps(const char *s, size_t *n)
{
    *n = strlen(s);
    uint32_t *c = gc_alloc_atomic((*n + 1) * sizeof *c);
    for (size_t i = 0; i < *n; i++)
        c[i] = (unsigned char)s[i];
    return c;
}

static Regex *compile(const char *pat, int flags)
{
    size_t n;
    uint32_t *p = cps(pat, &n);
    const char *err;
    ssize_t pos;
    return regex_compile(p, n, flags, &err, &pos);
}

/* The error of compiling pat, as "message@position". */
static const char *error_of(const char *pat)
{
    size_t n;
    uint32_t *p = cps(pat, &n);
    const char *err = NULL;
    ssize_t pos = -2;
    if (regex_compile(p, n, 0, &err, &pos))
        return "compiled";
    static char out[200];
    snprintf(out, sizeof out, "%s@%zd", err, pos);
    return out;
}

/* "start,end" of the match of pat in s (mode), group g; "none" without a match. */
static const char *span(const char *pat, const char *s, int mode, int g)
{
    Regex *re = compile(pat, 0);
    if (!re)
        return "bad pattern";
    size_t n;
    uint32_t *c = cps(s, &n);
    ssize_t caps[40];
    bool overflow;
    if (!regex_exec(re, c, 0, n, mode, false, caps, &overflow))
        return "none";
    static char out[64];
    snprintf(out, sizeof out, "%zd,%zd", caps[2 * g], caps[2 * g + 1]);
    return out;
}

static void test_errors(void)
{
    CHECK_STR(error_of("a**"), "multiple repeat@2");
    CHECK_STR(error_of("*a"), "nothing to repeat@0");
    CHECK_STR(error_of("(a"), "missing ), unterminated subpattern@0");
    CHECK_STR(error_of("a)"), "unbalanced parenthesis@1");
    CHECK_STR(error_of("[a"), "unterminated character set@0");
    CHECK_STR(error_of("\\q"), "bad escape \\q@0");
    CHECK_STR(error_of("[z-a]"), "bad character range z-a@1");
    CHECK_STR(error_of("a{3,2}"), "min repeat greater than max repeat@2");
    CHECK_STR(error_of("(?P<a>x)(?P<a>y)"), "redefinition of group name 'a' as group 2; was group 1@12");
    CHECK_STR(error_of("\\5"), "invalid group reference 5@1");
    CHECK_STR(error_of("(?<=a+)b"), "look-behind requires fixed-width pattern@-1");
    CHECK_STR(error_of("^*"), "nothing to repeat@1");
    CHECK_STR(error_of("\\x4"), "incomplete escape \\x4@0");
    CHECK_STR(error_of("a{1,2"), "compiled");
}

static void test_spans(void)
{
    CHECK_STR(span("b+", "abbbc", REGEX_SEARCH, 0), "1,4");
    CHECK_STR(span("b+", "abbbc", REGEX_MATCH, 0), "none");
    CHECK_STR(span("a.*c", "abcbc", REGEX_MATCH, 0), "0,5");
    CHECK_STR(span("a.*?c", "abcbc", REGEX_MATCH, 0), "0,3");
    CHECK_STR(span("(a|ab)(c|bcd)(d*)", "abcd", REGEX_MATCH, 2), "1,4");
    CHECK_STR(span("(\\w+) \\1", "hello hello", REGEX_MATCH, 1), "0,5");
    CHECK_STR(span("(?<=\\d)x", "ax 1x", REGEX_SEARCH, 0), "4,5");
    CHECK_STR(span("(?!ab)a", "abac", REGEX_SEARCH, 0), "2,3");
    CHECK_STR(span("\\d+", "12a", REGEX_FULLMATCH, 0), "none");
    CHECK_STR(span("(a+)+b", "aaab", REGEX_MATCH, 1), "0,3");
    CHECK_STR(span("a*+a", "aaa", REGEX_MATCH, 0), "none");
    CHECK_STR(span("(?>a*)b", "aab", REGEX_MATCH, 0), "0,3");
    CHECK_STR(span("x{2,3}?", "xxxx", REGEX_MATCH, 0), "0,2");
}

static void test_ignorecase_and_flags(void)
{
    size_t n;
    uint32_t *s = cps("say HeLLo", &n);
    ssize_t caps[4];
    bool overflow;
    Regex *re = compile("hello", REGEX_IGNORECASE);
    CHECK(re && regex_exec(re, s, 0, n, REGEX_SEARCH, false, caps, &overflow) && caps[0] == 4);
    re = compile("(?i)hello", 0);
    CHECK(re && (regex_flags(re) & REGEX_IGNORECASE));
    re = compile("(?P<year>\\d{4})", 0);
    CHECK(re && regex_groups(re) == 1);
    CHECK_STR(regex_group_name(re, 1), "year");
}

static void test_empty_match_rule(void)
{
    size_t n;
    uint32_t *s = cps("a12", &n);
    ssize_t caps[2];
    bool overflow;
    Regex *re = compile("\\d*", 0);
    CHECK(regex_exec(re, s, 0, n, REGEX_SEARCH, false, caps, &overflow) && caps[0] == 0 && caps[1] == 0);
    CHECK(regex_exec(re, s, 0, n, REGEX_SEARCH, true, caps, &overflow) && caps[0] == 1 && caps[1] == 3);
}

static void test_deep_nesting_stops(void)
{
    size_t n = 200000;
    uint32_t *s = gc_alloc_atomic((n + 1) * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = i % 2 ? 'b' : 'a';
    ssize_t caps[4];
    bool overflow;
    Regex *re = compile("(ab)*c", 0);
    CHECK(!regex_exec(re, s, 0, n, REGEX_MATCH, false, caps, &overflow));
    CHECK(overflow);
}

int main(void)
{
    gc_init((size_t)1 << 30);
    RUN(test_errors);
    RUN(test_spans);
    RUN(test_ignorecase_and_flags);
    RUN(test_empty_match_rule);
    RUN(test_deep_nesting_stops);
    return CHECK_EXIT();
}

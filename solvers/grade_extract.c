/* solvers/grade_extract.c — the final answer of a completion (boxes, phrases, output, numbers). */
#include "solvers/grade_extract.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/grade_read.h"

#define JOIN_GAP 48       /* the longest text between two boxes that still joins them */
#define MAX_BOX_NESTING 8

static char *trim(const char *s, size_t n)
{
    while (n > 0 && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    return grade_strndup(s, n);
}

/* The box whose command starts at s[i]: its content, *end just after it, and whether its content
 * was a brace group (else it runs to the next `$` or line end). */
static char *box_at(const char *s, size_t i, size_t *end, bool *braced)
{
    while (s[i] == '\\')
        i++;
    i += strncmp(s + i, "boxed", 5) == 0 ? 5 : 4;
    while (s[i] == ' ')
        i++;
    *braced = s[i] == '{';
    if (!*braced) {
        size_t j = i;
        while (s[j] && s[j] != '$' && s[j] != '\n')
            j++;
        *end = j;
        return trim(s + i, j - i);
    }
    int depth = 0;
    for (size_t j = i; s[j]; j++) {
        budget_tick();
        if (s[j] == '\\' && s[j + 1]) {
            j++;
            continue;
        }
        if (s[j] == '{')
            depth++;
        else if (s[j] == '}' && --depth == 0) {
            *end = j + 1;
            return trim(s + i + 1, j - i - 1);
        }
    }
    /* unbalanced: the rest of the text */
    *end = strlen(s);
    return trim(s + i + 1, *end - i - 1);
}

static bool is_box_at(const char *s, size_t i)
{
    return s[i] == '\\' && (strncmp(s + i + 1, "boxed", 5) == 0 || strncmp(s + i + 1, "fbox", 4) == 0);
}

/* A box's answer: `\\boxed 5.` ends before the sentence's full stop, `\\boxed{\\boxed{7}}` is 7. */
static char *box_answer(const char *s, size_t i, size_t *end)
{
    bool braced;
    char *c = box_at(s, i, end, &braced);
    size_t n = strlen(c), inner;
    while (!braced && n > 0 && c[n - 1] == '.')
        c[--n] = 0;
    /* a few levels: each copies the text, and `\boxed{\boxed{...` may nest without end */
    for (int level = 0; level < MAX_BOX_NESTING && is_box_at(c, 0); level++) {
        char *d = box_at(c, 0, &inner, &braced);
        if (c[inner])
            break;
        c = d;
    }
    return c;
}

/* True when the text between two boxes only connects them (`and`, `,`, spacing). */
static bool joins(const char *s, size_t from, size_t to)
{
    if (to - from > JOIN_GAP)
        return false;
    char *gap = grade_strndup(s + from, to - from);
    bool word = false;
    for (char *c = gap; *c; c++)
        if (isalpha((unsigned char)*c) && (c == gap || !isalpha((unsigned char)c[-1])) && c[-1 + (c == gap)] != '\\') {
            if (strncasecmp(c, "and", 3) == 0 || strncasecmp(c, "or", 2) == 0)
                word = true;
        }
    if (word)
        return true;
    for (char *c = gap; *c; c++)
        if (!isspace((unsigned char)*c) && !strchr(",;$\\[]()", *c) && !isalpha((unsigned char)*c))
            return false;
    return strpbrk(gap, ",;") != NULL || strspn(gap, " \t\n$\\[]()quad") == strlen(gap);
}

/* The answer of the last boxes (boxes joined by `and`, commas or spacing are one answer), and in
 * *last_end where the last box ends; NULL when there is no box. */
static char *boxed_answer(const char *s, size_t *last_end)
{
    size_t starts[64], ends[64];
    char *content[64];
    int n = 0;
    for (size_t i = 0; s[i]; i++) {
        budget_tick();
        if (!is_box_at(s, i))
            continue;
        size_t end;
        char *c = box_answer(s, i, &end);
        if (n == 64) {
            memmove(starts, starts + 1, 63 * sizeof *starts);
            memmove(ends, ends + 1, 63 * sizeof *ends);
            memmove(content, content + 1, 63 * sizeof *content);
            n = 63;
        }
        starts[n] = i;
        ends[n] = end;
        content[n++] = c;
        i = end ? end - 1 : i;
    }
    if (n == 0)
        return NULL;
    *last_end = ends[n - 1];
    int first = n - 1;
    while (first > 0 && joins(s, ends[first - 1], starts[first]))
        first--;
    if (first == n - 1)
        return content[n - 1];
    size_t total = 0;
    for (int k = first; k < n; k++)
        total += strlen(content[k]) + 2;
    char *out = gc_alloc_atomic(total + 1);
    for (int k = first; k < n; k++) {
        if (k > first)
            strcat(out, ", ");
        strcat(out, content[k]);
    }
    return out;
}

char *grade_extract_last_boxed(const char *text)
{
    const char *last = NULL;
    for (const char *p = strstr(text, "boxed"); p; p = strstr(p + 1, "boxed"))
        last = p;
    if (!last)
        return NULL;
    size_t end;
    bool braced;
    return box_at(text, (size_t)(last - text) - (last > text && last[-1] == '\\'), &end, &braced);
}

/* Finds the last occurrence of a phrase, case-insensitively; returns what follows it. */
static const char *after_phrase(const char *s)
{
    static const char *const phrases[] = {"final answer is", "answer is", "final answer:", "answer:",
                                          "final answer", "answer"};
    const char *best = NULL;
    for (size_t k = 0; k < sizeof phrases / sizeof *phrases && !best; k++) {
        size_t n = strlen(phrases[k]);
        bool bare = !strchr(phrases[k], ':') && !strstr(phrases[k], " is");
        for (const char *p = strcasestr(s, phrases[k]); p; p = strcasestr(p + 1, phrases[k])) {
            /* a bare "answer" counts only when a formula follows it */
            const char *q = p + n;
            while (*q == ' ')
                q++;
            if (!bare || *q == '$' || (q[0] == '\\' && (q[1] == '(' || q[1] == '[')))
                best = p + n;
        }
    }
    return best;
}

/* A math segment ($..$, $$..$$, \(..\), \[..\]) at or after s: its content, start and end. */
static char *math_segment(const char *s, const char **start, const char **end)
{
    for (const char *p = s; *p; p++) {
        budget_tick();
        const char *close = NULL;
        size_t open = 0, close_len = 2;
        if (p[0] == '$' && (p == s || p[-1] != '\\')) {
            open = p[1] == '$' ? 2 : 1;
            for (const char *q = p + open; *q; q++)
                if (*q == '$' && q[-1] != '\\') {
                    close = q;
                    close_len = open == 2 && q[1] == '$' ? 2 : 1;
                    break;
                }
        } else if (p[0] == '\\' && (p[1] == '(' || p[1] == '[')) {
            open = 2;
            close = strstr(p + 2, p[1] == '(' ? "\\)" : "\\]");
        }
        if (close) {
            *start = p;
            *end = close + close_len;
            char *c = trim(p + open, (size_t)(close - p - open));
            if (*c)
                return c;
            p = *end - 1;
        }
    }
    return NULL;
}

static char *last_math_segment(const char *s)
{
    char *last = NULL;
    const char *start, *end;
    for (char *c = math_segment(s, &start, &end); c; c = math_segment(end, &start, &end))
        last = c;
    return last;
}

/* The formulas from s on that only connectives separate (`$12$ and $13$`), as one list. */
static char *formula_list(const char *s)
{
    const char *start, *end, *prev = NULL;
    char *out = NULL;
    for (char *c = math_segment(s, &start, &end); c; c = math_segment(prev, &start, &end)) {
        if (prev && !joins(s, (size_t)(prev - s), (size_t)(start - s)))
            break;
        if (out) {
            char *both = gc_alloc_atomic(strlen(out) + strlen(c) + 3);
            strcat(strcat(strcpy(both, out), ", "), c);
            c = both;
        }
        out = c;
        prev = end;
    }
    return out;
}

/* The answer in the words after a phrase: a formula first, else the words up to the sentence's end. */
static const char *sentence_end(const char *s);
static bool looks_like_prose(const char *s);
static char *last_number(const char *s);

static char *phrase_answer(const char *rest)
{
    const char *hope = strcasestr(rest, "I hope");
    size_t n = hope ? (size_t)(hope - rest) : strlen(rest);
    char *r = trim(rest, n);
    while (*r == ':' || *r == ' ')
        r++;
    if (strncasecmp(r, "is ", 3) == 0)
        r += 3;
    while (*r == '"' || *r == '\'' || *r == ' ' || (r[0] == '\\' && r[1] == '"'))   /* quoted, or \"quoted\" */
        r += r[0] == '\\' ? 2 : 1;
    const char *start, *end;
    if (*r == '$' || (r[0] == '\\' && (r[1] == '(' || r[1] == '['))) {
        char *m = formula_list(r);
        if (m)
            return m;
    }
    char *nl = strchr(r, '\n');
    if (nl)
        *nl = 0;
    *(char *)sentence_end(r) = 0;
    for (char *is = strstr(r, " is "); is; is = strstr(r, " is "))
        r = is + 4;
    char *m = math_segment(r, &start, &end);
    if (m)
        return m;
    /* "Final Answer: Jane started growing it 3 hours ago": the number in the words */
    if (looks_like_prose(r))
        return last_number(r);
    size_t len = strlen(r);
    while (len > 0 && (r[len - 1] == '.' || isspace((unsigned char)r[len - 1])))
        len--;
    r[len] = 0;
    return *r ? r : NULL;
}

static char *output_block(const char *s)
{
    const char *last = NULL;
    for (const char *p = strstr(s, "```output"); p; p = strstr(p + 1, "```output"))
        last = p;
    if (!last)
        return NULL;
    last += 9;
    const char *end = strstr(last, "```");
    char *o = trim(last, end ? (size_t)(end - last) : strlen(last));
    return *o ? o : NULL;
}

static char *last_number(const char *s)
{
    const char *best = NULL;
    size_t best_len = 0;
    for (const char *p = s; *p; p++) {
        budget_tick();
        if (!isdigit((unsigned char)*p) || (p > s && (isdigit((unsigned char)p[-1]) || p[-1] == '.')))
            continue;
        const char *q = p;
        while (isdigit((unsigned char)*q) || (*q == ',' && isdigit((unsigned char)q[1]) &&
                                               isdigit((unsigned char)q[2]) && isdigit((unsigned char)q[3])))
            q += *q == ',' ? 1 : 1;
        if (*q == '.' && isdigit((unsigned char)q[1]))
            for (q++; isdigit((unsigned char)*q); q++)
                ;
        /* `2,74`: a decimal comma (a thousands group has three digits, a list a space) */
        else if (*q == ',' && !memchr(p, ',', (size_t)(q - p)) && isdigit((unsigned char)q[1]) &&
                 !(isdigit((unsigned char)q[2]) && isdigit((unsigned char)q[3])))
            for (q++; isdigit((unsigned char)*q); q++)
                ;
        if (*q == '/' && isdigit((unsigned char)q[1]))   /* a fraction, `2/3` */
            for (q++; isdigit((unsigned char)*q); q++)
                ;
        best = p > s && p[-1] == '-' ? p - 1 : p;
        /* a percent sign belongs to the number: `by 50%` is 0.5 as well as 50 */
        q += *q == '%' ? 1 : q[0] == '\\' && q[1] == '%' ? 2 : 0;
        best_len = (size_t)(q - best);
        p = q - 1;
    }
    return best ? grade_strndup(best, best_len) : NULL;
}

/* The last multiple-choice letter set in bold or as text, `\\textbf{(B)}`: "(B)", or NULL. */
static char *choice_answer(const char *s)
{
    static const char *const forms[] = {"\\textbf{(", "\\text{(", "\\mathbf{(", "\\mathrm{("};
    const char *best = NULL;
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        size_t n = strlen(forms[k]);
        for (const char *p = strstr(s, forms[k]); p; p = strstr(p + 1, forms[k]))
            if (p[n] >= 'A' && p[n] <= 'E' && p[n + 1] == ')' && p[n + 2] == '}' && (!best || p + n > best))
                best = p + n;
    }
    if (!best)
        return NULL;
    char *a = grade_strndup("(X)", 3);
    a[1] = *best;
    return a;
}

/* The end of the sentence that starts at s: a full stop followed by spacing (not a decimal point,
 * not inside a formula), a blank line, or the end of the text. */
static const char *sentence_end(const char *s)
{
    bool math = false;
    for (const char *p = s; *p; p++) {
        budget_tick();
        if (*p == '$' && (p == s || p[-1] != '\\'))
            math = !math;
        else if (!math && ((*p == '.' && (!p[1] || isspace((unsigned char)p[1]))) || (p[0] == '\n' && p[1] == '\n')))
            return p;
    }
    return s + strlen(s);
}

/* The answer of the last sentence that draws a conclusion ("Therefore, there are 12 ...",
 * "Thus $x = 3$."): its last formula, else its last number; NULL when there is none. */
static char *conclusion_answer(const char *s)
{
    static const char *const words[] = {"therefore", "thus", "hence", "consequently", "in conclusion", "so"};
    const char *best = NULL;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t n = strlen(words[k]);
        for (const char *p = strcasestr(s, words[k]); p; p = strcasestr(p + 1, words[k])) {
            const char *b = p;
            while (b > s && (b[-1] == ' ' || b[-1] == '$'))
                b--;
            bool starts = b == s || strchr(".!?:\n", b[-1]);
            if (starts && !isalpha((unsigned char)p[n]) && (!best || p > best))
                best = p;
        }
    }
    if (!best)
        return NULL;
    const char *end = sentence_end(best);
    char *sentence = grade_strndup(best, (size_t)(end - best));
    char *a = last_math_segment(sentence);
    return a ? a : last_number(sentence);
}

/* The boxed answer, unless a "final answer" is stated after the last box: a model that boxed an
 * intermediate result and then states its final answer means the statement. */
static char *boxed_or_final(const char *s)
{
    size_t end = 0;
    char *a = boxed_answer(s, &end);
    if (!a)
        return NULL;
    const char *last = NULL;
    for (const char *q = strcasestr(s + end, "final answer"); q; q = strcasestr(q + 1, "final answer"))
        last = q;
    char *f = last ? phrase_answer(last + 12) : NULL;
    return f ? f : a;
}

char *grade_extract_answer(const char *completion)
{
    char *a = boxed_or_final(completion);
    if (a)
        return a;
    const char *rest = after_phrase(completion);
    if (rest && (a = phrase_answer(rest)) != NULL)
        return a;
    if ((a = output_block(completion)) != NULL)
        return a;
    if ((a = choice_answer(completion)) != NULL || (a = conclusion_answer(completion)) != NULL)
        return a;
    return last_number(completion);
}

/* Words of three or more letters outside commands and \text: prose rather than an answer. */
static bool looks_like_prose(const char *s)
{
    int words = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '\\') {
            while (isalpha((unsigned char)p[1]))
                p++;
            /* a command's argument (\begin{pmatrix}, \text{cm}, \text {cm}) is not prose */
            while (p[1] == ' ')
                p++;
            if (p[1] == '{') {
                const char *close = strchr(p, '}');
                if (close)
                    p = close;
            }
            continue;
        }
        if (!isalpha((unsigned char)*p) || (p > s && isalpha((unsigned char)p[-1])))
            continue;
        size_t n = 0;
        while (isalpha((unsigned char)p[n]))
            n++;
        if (n >= 3 && !(n == 3 && strncasecmp(p, "and", 3) == 0))
            words++;
        p += n - 1;
    }
    return words >= 2;
}

char *grade_extract_for_grading(const char *text)
{
    char *a = boxed_or_final(text);
    if (a)
        return a;
    if (!looks_like_prose(text)) {
        const char *rest = after_phrase(text);
        if (rest && (a = phrase_answer(rest)) != NULL)
            return a;
        if ((a = conclusion_answer(text)) != NULL)
            return a;
        a = trim(text, strlen(text));
        if (grade_read(a, false))
            return a;
    }
    const char *rest = after_phrase(text);
    if (rest && (a = phrase_answer(rest)) != NULL)
        return a;
    if ((a = choice_answer(text)) != NULL || (a = conclusion_answer(text)) != NULL)
        return a;
    if ((a = last_math_segment(text)) != NULL)
        return a;
    if ((a = last_number(text)) != NULL)
        return a;
    return trim(text, strlen(text));
}

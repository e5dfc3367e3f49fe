/* solvers/grade_tora.c — ToRA's extraction, normalisation and math_equal, rule by rule. */
#include "solvers/grade_tora.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/gc.h"
#include "solvers/grade_extract.h"
#include "solvers/grade_read.h"

/* ---- string helpers (Python's str methods) ---------------------------------------------- */

static char *copy(const char *s) { return grade_strndup(s, strlen(s)); }

/* s.replace(from, to) */
static char *replace(const char *s, const char *from, const char *to)
{
    size_t nf = strlen(from), nt = strlen(to), count = 0;
    for (const char *p = strstr(s, from); p; p = strstr(p + nf, from))
        count++;
    if (!count)
        return (char *)s;
    char *out = gc_alloc_atomic(strlen(s) + count * nt + 1), *o = out;
    const char *p = s, *q;
    while ((q = strstr(p, from)) != NULL) {
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        memcpy(o, to, nt);
        o += nt;
        p = q + nf;
    }
    strcpy(o, p);
    return out;
}

static char *strip_ws(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    return grade_strndup(s, n);
}

/* Removes `\mbox{...}` up to the first closing brace, as re.sub(r"\\mbox{.*?}", "") does. */
static char *remove_mbox(const char *s)
{
    char *out = copy(s);
    for (char *p = strstr(out, "\\mbox{"); p; p = strstr(p, "\\mbox{")) {
        char *close = strchr(p + 6, '}');
        if (!close)
            break;
        memmove(p, close + 1, strlen(close + 1) + 1);
    }
    return out;
}

/* re.sub(r"(\d+)\.0+([^\d])", r"\1\2") then re.sub(r"(\d+)\.0+$", r"\1"). */
static char *drop_zero_decimals(const char *s)
{
    char *out = copy(s);
    for (size_t i = 1; out[i]; i++) {
        if (out[i] != '.' || !isdigit((unsigned char)out[i - 1]) || out[i + 1] != '0')
            continue;
        size_t j = i + 1;
        while (out[j] == '0')
            j++;
        if (isdigit((unsigned char)out[j]))
            continue;
        memmove(out + i, out + j, strlen(out + j) + 1);
    }
    return out;
}

/* re.sub(r"\\sqrt(\w+)", r"\\sqrt{\1}") */
static char *fix_sqrt(const char *s)
{
    size_t n = strlen(s);
    char *out = gc_alloc_atomic(3 * n + 1), *o = out;
    for (const char *p = s; *p;) {
        if (strncmp(p, "\\sqrt", 5) == 0 && (isalnum((unsigned char)p[5]) || p[5] == '_')) {
            memcpy(o, "\\sqrt{", 6);
            o += 6;
            p += 5;
            while (isalnum((unsigned char)*p) || *p == '_')
                *o++ = *p++;
            *o++ = '}';
        } else {
            *o++ = *p++;
        }
    }
    *o = 0;
    return out;
}

/* ToRA's _fix_fracs: \frac12 -> \frac{1}{2}, \frac1{72} -> \frac{1}{72}. */
static char *fix_fracs(const char *s)
{
    const char *first = strstr(s, "\\frac");
    if (!first)
        return (char *)s;
    size_t n = strlen(s);
    char *out = gc_alloc_atomic(3 * n + 16);
    strncpy(out, s, (size_t)(first - s));
    out[first - s] = 0;
    for (const char *p = first; p;) {
        const char *sub = p + 5, *next = strstr(sub, "\\frac");
        size_t len = next ? (size_t)(next - sub) : strlen(sub);
        strcat(out, "\\frac");
        if (len > 0 && sub[0] == '{') {
            strncat(out, sub, len);
        } else {
            if (len < 2)
                return (char *)s;
            char a[2] = {sub[0], 0}, b[2] = {sub[1], 0};
            strcat(out, "{");
            strcat(out, a);
            strcat(out, "}");
            if (sub[1] != '{') {
                strcat(out, "{");
                strcat(out, b);
                strcat(out, "}");
            } else {
                strcat(out, b);
            }
            strncat(out, sub + 2, len - 2);
        }
        p = next;
    }
    return out;
}

/* True when s is what Python's int() accepts and prints back the same (ToRA's a/b check). */
static bool plain_int(const char *s)
{
    const char *p = s;
    if (*p == '-')
        p++;
    if (!*p || (*p == '0' && p[1]))
        return false;
    for (; *p; p++)
        if (!isdigit((unsigned char)*p))
            return false;
    return strcmp(s, "-0") != 0;
}

/* ToRA's _fix_a_slash_b: "3/4" -> "\frac{3}{4}" when both sides are integers or hold sqrt. */
static char *fix_a_slash_b(char *s)
{
    char *slash = strchr(s, '/');
    if (!slash || strchr(slash + 1, '/'))
        return s;
    char *a = grade_strndup(s, (size_t)(slash - s)), *b = slash + 1;
    if ((!strstr(a, "sqrt") && !plain_int(a)) || (!strstr(b, "sqrt") && !plain_int(b)))
        return s;
    char *out = gc_alloc_atomic(strlen(s) + 16);
    strcpy(out, "\\frac{");
    strcat(out, a);
    strcat(out, "}{");
    strcat(out, b);
    strcat(out, "}");
    return out;
}

char *grade_tora_strip(const char *answer)
{
    char *s = strip_ws(answer);
    s = replace(s, "\n", "");
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == '.')
        s[--n] = 0;
    s = replace(s, "\\!", "");
    s = replace(s, "\\ ", "");
    s = replace(s, "\\\\", "\\");
    s = replace(s, "\\\\", "\\");
    s = replace(s, "tfrac", "frac");
    s = replace(s, "dfrac", "frac");
    s = replace(s, "\\left", "");
    s = replace(s, "\\right", "");
    /* a trailing \text{...} unit, when something is left */
    n = strlen(s);
    char *text = strstr(s, "\\text{");
    if (text && n > 0 && s[n - 1] == '}') {
        char *rest = strip_ws(grade_strndup(s, (size_t)(text - s)));
        if (*rest)
            s = rest;
    }
    s = replace(s, "^{\\circ}", "");
    s = replace(s, "^\\circ", "");
    s = replace(s, "\\$", "");
    s = replace(s, "$", "");
    s = replace(s, "\\text", "");
    s = replace(s, "x\\in", "");
    s = replace(s, "\\%", "");
    s = replace(s, "%", "");
    s = replace(s, " .", " 0.");
    s = replace(s, "{.", "{0.");
    s = replace(s, "\\cdot", "");
    s = replace(s, "infinity", "\\infty");
    if (!strstr(s, "\\infty"))
        s = replace(s, "inf", "\\infty");
    s = replace(s, "+\\inity", "\\infty");
    s = replace(s, "and", "");
    s = replace(s, "\\mathbf", "");
    s = remove_mbox(s);
    if (strchr(s, 'j') && !strchr(s, 'i'))
        s = replace(s, "j", "i");
    s = drop_zero_decimals(s);
    if (!*s)
        return s;
    if (s[0] == '.') {
        char *t = gc_alloc_atomic(strlen(s) + 2);
        t[0] = '0';
        strcpy(t + 1, s);
        s = t;
    }
    char *eq = strchr(s, '=');
    if (eq && !strchr(eq + 1, '=') && eq - s <= 2)
        s = copy(eq + 1);
    s = fix_sqrt(s);
    s = replace(s, " ", "");
    s = fix_fracs(s);
    return fix_a_slash_b(s);
}

/* ---- extraction ------------------------------------------------------------------------- */

/* The last match of -?\d*\.?\d+ in s (commas removed first), or "". */
static char *last_number(const char *s0)
{
    const char *s = replace(s0, ",", "");
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; s[i];) {
        size_t j = i + (s[i] == '-'), d = 0;
        while (isdigit((unsigned char)s[j + d]))
            d++;
        size_t len = 0;
        if (s[j + d] == '.' && isdigit((unsigned char)s[j + d + 1])) {
            len = d + 1;
            while (isdigit((unsigned char)s[j + len]))
                len++;
        } else if (d > 0) {
            len = d;
        }
        if (len == 0) {
            i++;
            continue;
        }
        best = s + i;
        best_len = j - i + len;
        i = j + len;
    }
    return best ? grade_strndup(best, best_len) : copy("");
}

/* extract_program_output: the text after the last ```output, up to ```, stripped. */
static char *program_output(const char *s)
{
    const char *last = NULL;
    for (const char *p = strstr(s, "```output"); p; p = strstr(p + 1, "```output"))
        last = p;
    if (!last)
        return copy("");
    last += 9;
    const char *end = strstr(last, "```");
    return strip_ws(end ? grade_strndup(last, (size_t)(end - last)) : last);
}

char *grade_tora_extract(const char *s)
{
    char *pred;
    if (strstr(s, "boxed")) {
        const char *last = NULL;
        for (const char *p = strstr(s, "boxed"); p; p = strstr(p + 1, "boxed"))
            last = p;
        const char *ans = last + 5;
        if (!*ans) {
            pred = copy("");
        } else if (*ans == '{') {
            int depth = 1;
            size_t i = 1;
            for (; ans[i]; i++) {
                if (ans[i] == '{')
                    depth++;
                else if (ans[i] == '}' && --depth == 0)
                    break;
            }
            pred = grade_strndup(ans + 1, i - 1);
        } else {
            const char *dollar = strchr(ans, '$');
            pred = strip_ws(dollar ? grade_strndup(ans, (size_t)(dollar - ans)) : ans);
        }
    } else if (strstr(s, "he answer is")) {
        const char *last = NULL;
        for (const char *p = strstr(s, "he answer is"); p; p = strstr(p + 1, "he answer is"))
            last = p;
        pred = strip_ws(last + 12);
    } else if (*(pred = program_output(s)) == 0) {
        pred = last_number(s);
    }
    char *nl = strchr(pred, '\n');
    if (nl)
        *nl = 0;
    if (pred[0] == ':')
        pred++;
    size_t n = strlen(pred);
    if (n > 0 && pred[n - 1] == '.')
        pred[--n] = 0;
    if (n > 0 && pred[n - 1] == '/')
        pred[--n] = 0;
    return grade_tora_strip(grade_tora_strip(pred));
}

/* ---- math_equal ------------------------------------------------------------------------- */

/* Python's float(s.replace(",", "")): true and *v when s reads as a float. */
static bool python_float(const char *s0, double *v)
{
    char *s = strip_ws(replace(s0, ",", ""));
    char *clean = gc_alloc_atomic(strlen(s) + 1), *o = clean;
    const char *p = s;
    if (*p == '+' || *p == '-')
        *o++ = *p++;
    if (!strcasecmp(p, "inf") || !strcasecmp(p, "infinity") || !strcasecmp(p, "nan")) {
        strcpy(o, p);
        *v = strtod(clean, NULL);
        return true;
    }
    int digits = 0;
    bool point = false, exp = false;
    for (; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            digits++;
            *o++ = *p;
        } else if (*p == '_' && p > s && isdigit((unsigned char)p[-1]) && isdigit((unsigned char)p[1])) {
            continue;
        } else if (*p == '.' && !point && !exp) {
            point = true;
            *o++ = *p;
        } else if ((*p == 'e' || *p == 'E') && digits && !exp) {
            exp = true;
            *o++ = *p;
            if (p[1] == '+' || p[1] == '-')
                *o++ = *++p;
            if (!isdigit((unsigned char)p[1]))
                return false;
        } else {
            return false;
        }
    }
    *o = 0;
    if (!digits)
        return false;
    *v = strtod(clean, NULL);
    return true;
}

static bool isclose(double a, double b)
{
    if (a == b)
        return true;
    if (isinf(a) || isinf(b))
        return false;
    return fabs(a - b) <= 1e-4 * fmax(fabs(a), fabs(b));
}

/* s with the characters of `set` removed from both ends (Python's str.strip(set)). */
static char *strip_set(const char *s, const char *set)
{
    while (*s && strchr(set, *s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && strchr(set, s[n - 1]))
        n--;
    return grade_strndup(s, n);
}

static char *remove_chars(const char *s, const char *set)
{
    char *out = copy(s), *o = out;
    for (const char *p = s; *p; p++)
        if (!strchr(set, *p))
            *o++ = *p;
    *o = 0;
    return out;
}

static bool wrapped(const char *s, char open, char close)
{
    size_t n = strlen(s);
    return n > 0 && s[0] == open && s[n - 1] == close;
}

static int split_commas(const char *inner, char ***parts)
{
    int n = 1;
    for (const char *p = inner; *p; p++)
        n += *p == ',';
    *parts = gc_alloc(sizeof **parts * (size_t)n);
    int k = 0;
    const char *start = inner;
    for (const char *p = inner;; p++)
        if (*p == ',' || !*p) {
            (*parts)[k++] = grade_strndup(start, (size_t)(p - start));
            if (!*p)
                break;
            start = p + 1;
        }
    return n;
}

static bool math_equal(const char *pred, const char *ref, const char **reason)
{
    double p, r;
    if (python_float(pred, &p) && python_float(ref, &r)) {
        double items[3] = {r / 100, r, r * 100};
        for (int i = 0; i < 3; i++)
            if (isclose(items[i], p)) {
                *reason = i == 1 ? "equal as floats (ToRA: relative 1e-4)"
                                 : "equal as floats up to a percent factor (ToRA)";
                return true;
            }
        *reason = "different floats (ToRA)";
        return false;
    }
    if (!*pred) {
        *reason = "empty prediction (ToRA)";
        return false;
    }
    const char *ps = strip_ws(pred), *rs = strip_ws(ref);
    const char *pstr = ps, *rstr = rs;
    if ((wrapped(ps, '[', ']') && rs[0] != '(') || (wrapped(ps, '(', ')') && rs[0] != '[')) {
        pstr = strip_set(pstr, "[]()");
        rstr = strip_set(rstr, "[]()");
    }
    if (!strcmp(remove_chars(pstr, "{}()"), remove_chars(rstr, "{}()"))) {
        *reason = "the same string (ToRA)";
        return true;
    }
    if ((wrapped(ps, '[', ']') && wrapped(rs, '[', ']')) || (wrapped(ps, '(', ')') && wrapped(rs, '(', ')'))) {
        char **pp, **rp;
        int np = split_commas(grade_strndup(ps + 1, strlen(ps) - 2), &pp);
        int nr = split_commas(grade_strndup(rs + 1, strlen(rs) - 2), &rp);
        bool all = np == nr;
        for (int i = 0; i < np && all; i++)
            all = math_equal(pp[i], rp[i], reason);
        if (all) {
            *reason = "equal element by element (ToRA)";
            return true;
        }
    }
    GradeOptions opt = {.rel_tol = 1e-3, .style = GRADE_STYLE_TIRBOX};
    GradeVerdict v;
    grade_answers(ps, rs, &opt, &v);
    bool eq = v.equal;
    grade_verdict_free(&v);
    *reason = eq ? "symbolically equal (ToRA's sympy step, decided by tirbox)" : "not equal (ToRA)";
    return eq;
}

void grade_tora_answers(const char *pred, const char *gold, GradeVerdict *out)
{
    const char *reason = "not equal (ToRA)";
    out->equal = math_equal(pred ? pred : "", gold ? gold : "", &reason);
    out->reason = strdup(reason);
    out->pred_norm = strdup(pred ? pred : "");
    out->gold_norm = strdup(gold ? gold : "");
    if (!out->reason || !out->pred_norm || !out->gold_norm)
        abort();
}

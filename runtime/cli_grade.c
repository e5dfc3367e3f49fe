/* runtime/cli_grade.c — `tirbox grade FILE.jsonl`: extraction, grading, accuracy tables. */
#include "runtime/cli_grade.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/gc.h"
#include "base/mem.h"
#include "solvers/grade.h"
#include "solvers/grade_tora.h"

#define HEAP_RESERVE ((size_t)1 << 34)
#define MAX_GROUPS 256
#define MAX_VOTES 64

static const char *const group_keys[] = {"type", "level", "subject"};

typedef struct {
    char *key, *value;
    long n, correct;
} Group;

typedef struct {
    const char *file;
    bool tora, vote;
    long shard_i, shard_n;
    const char *report, *rows_path;
    FILE *rows;
    long n, correct, bad;
    int ngroups;
    Group groups[MAX_GROUPS];
} Run;

static int usage(void)
{
    fputs("usage: tirbox grade FILE.jsonl [--tora] [--vote] [--shard i/n] [--report OUT.json] [--rows OUT.jsonl]\n"
          "       tirbox grade --merge REPORT.json...\n"
          "  --tora     ToRA's extraction and math_equal (reproduces its published accuracies)\n"
          "  --vote     majority vote over a row's completions (default: the first completion)\n"
          "  --shard    grade rows i, i+n, i+2n ... (0 <= i < n); --merge adds the shards' reports\n"
          "  --report   write the summary as JSON; --rows: one verdict per graded row\n",
          stderr);
    return 2;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void tally(Run *r, const char *key, const char *value, long n, long correct)
{
    for (int i = 0; i < r->ngroups; i++)
        if (!strcmp(r->groups[i].key, key) && !strcmp(r->groups[i].value, value)) {
            r->groups[i].n += n;
            r->groups[i].correct += correct;
            return;
        }
    if (r->ngroups == MAX_GROUPS)
        return;
    Group *g = &r->groups[r->ngroups++];
    g->key = strdup(key);
    g->value = strdup(value);
    g->n = n;
    g->correct = correct;
}

/* A field as text: strings as they are, numbers printed; NULL when absent. */
static char *field_text(const cJSON *row, const char *name)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(row, name);
    if (cJSON_IsString(f))
        return strdup(f->valuestring);
    if (cJSON_IsNumber(f)) {
        char buf[64];
        if (f->valuedouble == (double)(long long)f->valuedouble)
            snprintf(buf, sizeof buf, "%lld", (long long)f->valuedouble);
        else
            snprintf(buf, sizeof buf, "%.17g", f->valuedouble);
        return strdup(buf);
    }
    return NULL;
}

/* The reference answer: `gt`, else `answer` (after `####` for GSM8K), else `solution`. */
static char *reference(const cJSON *row)
{
    static const char *const names[] = {"gt", "answer", "solution", "target"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *t = field_text(row, names[i]);
        if (!t)
            continue;
        char *hash = strstr(t, "####");
        if (hash) {
            char *a = strdup(hash + 4);
            free(t);
            return a;
        }
        return t;
    }
    return NULL;
}

/* The completions of a row: `code` (a list), or `completion`, `response`, `output`. */
static const cJSON *completions(const cJSON *row)
{
    static const char *const names[] = {"code", "completion", "response", "responses", "output"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        const cJSON *f = cJSON_GetObjectItemCaseSensitive(row, names[i]);
        if (cJSON_IsString(f) || (cJSON_IsArray(f) && cJSON_GetArraySize(f) > 0))
            return f;
    }
    return NULL;
}

static char *extract(const Run *r, const char *completion)
{
    if (r->tora) {
        char *a = grade_tora_extract(completion);
        return strdup(a ? a : "");
    }
    char *a = grade_extract(completion);
    return a ? a : strdup("");
}

static bool same_answer(const Run *r, const char *a, const char *b)
{
    GradeOptions opt = {.style = r->tora ? GRADE_STYLE_TORA : GRADE_STYLE_TIRBOX};
    GradeVerdict v;
    grade_answers(a, b, &opt, &v);
    bool eq = v.equal;
    grade_verdict_free(&v);
    return eq;
}

/* The answer most completions agree on (the first such group on a tie). */
static char *majority(const Run *r, char **answers, int n)
{
    int best = 0, best_count = 0;
    for (int i = 0; i < n; i++) {
        if (!*answers[i])
            continue;
        int count = 0;
        for (int j = 0; j < n; j++)
            count += *answers[j] && (i == j || same_answer(r, answers[i], answers[j]));
        if (count > best_count) {
            best = i;
            best_count = count;
        }
    }
    return answers[best];
}

static void grade_row(Run *r, const cJSON *row, long index)
{
    char *gold = reference(row);
    const cJSON *comps = completions(row);
    if (!gold || !comps) {
        free(gold);
        r->bad++;
        return;
    }
    char *answers[MAX_VOTES] = {0};
    int n = 0;
    if (cJSON_IsString(comps)) {
        answers[n++] = extract(r, comps->valuestring);
    } else {
        const cJSON *c;
        cJSON_ArrayForEach(c, comps) {
            if (n == MAX_VOTES || (!r->vote && n == 1))
                break;
            answers[n++] = extract(r, cJSON_IsString(c) ? c->valuestring : "");
        }
    }
    if (n == 0)
        answers[n++] = strdup("");
    char *pred = r->vote ? majority(r, answers, n) : answers[0];
    GradeOptions opt = {.style = r->tora ? GRADE_STYLE_TORA : GRADE_STYLE_TIRBOX};
    char *ref = r->tora ? strdup(grade_tora_strip(gold)) : strdup(gold);
    GradeVerdict v;
    grade_answers(pred, ref, &opt, &v);
    r->n++;
    r->correct += v.equal;
    for (size_t k = 0; k < sizeof group_keys / sizeof *group_keys; k++) {
        char *value = field_text(row, group_keys[k]);
        if (value)
            tally(r, group_keys[k], value, 1, v.equal);
        free(value);
    }
    if (r->rows) {
        cJSON *out = cJSON_CreateObject();
        const cJSON *idx = cJSON_GetObjectItemCaseSensitive(row, "idx");
        cJSON_AddItemToObject(out, "idx", idx ? cJSON_Duplicate(idx, 1) : cJSON_CreateNumber((double)index));
        cJSON_AddBoolToObject(out, "equal", v.equal);
        cJSON_AddStringToObject(out, "pred", pred);
        cJSON_AddStringToObject(out, "gold", ref);
        cJSON_AddStringToObject(out, "reason", v.reason);
        char *s = cJSON_PrintUnformatted(out);
        fprintf(r->rows, "%s\n", s);
        free(s);
        cJSON_Delete(out);
    }
    grade_verdict_free(&v);
    free(ref);
    free(gold);
    for (int i = 0; i < n; i++)
        free(answers[i]);
}

static void progress(long done, long total)
{
    int width = 40, fill = total ? (int)(width * done / total) : width;
    fprintf(stderr, "\r[%.*s%*s] %ld/%ld", fill, "########################################", width - fill, "", done, total);
    if (done == total)
        fputc('\n', stderr);
}

static long count_lines(FILE *f)
{
    long n = 0;
    int c, last = '\n';
    while ((c = getc(f)) != EOF) {
        n += c == '\n';
        last = c;
    }
    rewind(f);
    return n + (last != '\n');
}

static double pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static void print_summary(const Run *r, double seconds)
{
    printf("%s: %ld rows graded, %ld bad rows\n", r->file, r->n, r->bad);
    for (size_t k = 0; k < sizeof group_keys / sizeof *group_keys; k++) {
        bool header = false;
        for (int i = 0; i < r->ngroups; i++) {
            const Group *g = &r->groups[i];
            if (strcmp(g->key, group_keys[k]))
                continue;
            if (!header)
                printf("by %s:\n", g->key);
            header = true;
            printf("  %-28s %6ld %6.1f%%\n", g->value, g->n, pct(g->correct, g->n));
        }
    }
    if (seconds >= 0)
        printf("time: %.2f s (%.3f ms per row)\n", seconds, r->n ? 1000 * seconds / (double)r->n : 0.0);
    printf("accuracy: %.1f (%ld/%ld)\n", pct(r->correct, r->n), r->correct, r->n);
}

static bool write_report(const Run *r, double seconds)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "file", r->file);
    cJSON_AddNumberToObject(o, "rows", (double)r->n);
    cJSON_AddNumberToObject(o, "correct", (double)r->correct);
    cJSON_AddNumberToObject(o, "bad", (double)r->bad);
    cJSON_AddNumberToObject(o, "accuracy", pct(r->correct, r->n));
    cJSON_AddNumberToObject(o, "seconds", seconds);
    cJSON *groups = cJSON_AddArrayToObject(o, "groups");
    for (int i = 0; i < r->ngroups; i++) {
        cJSON *g = cJSON_CreateObject();
        cJSON_AddStringToObject(g, "key", r->groups[i].key);
        cJSON_AddStringToObject(g, "value", r->groups[i].value);
        cJSON_AddNumberToObject(g, "rows", (double)r->groups[i].n);
        cJSON_AddNumberToObject(g, "correct", (double)r->groups[i].correct);
        cJSON_AddItemToArray(groups, g);
    }
    char *s = cJSON_Print(o);
    FILE *f = fopen(r->report, "w");
    bool ok = f && fprintf(f, "%s\n", s) > 0;
    if (f)
        ok = fclose(f) == 0 && ok;
    free(s);
    cJSON_Delete(o);
    if (!ok)
        fprintf(stderr, "tirbox grade: cannot write %s\n", r->report);
    return ok;
}

static void free_groups(Run *r)
{
    for (int i = 0; i < r->ngroups; i++) {
        free(r->groups[i].key);
        free(r->groups[i].value);
    }
}

static int merge(int argc, char **argv)
{
    Run r = {.file = "merged"};
    double seconds = 0;
    for (int i = 0; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        char *text = NULL;
        size_t cap = 0;
        cJSON *o = NULL;
        if (f && getdelim(&text, &cap, 0, f) > 0)
            o = cJSON_Parse(text);
        free(text);
        if (f)
            fclose(f);
        if (!cJSON_IsObject(o)) {
            fprintf(stderr, "tirbox grade: %s is not a report\n", argv[i]);
            cJSON_Delete(o);
            free_groups(&r);
            return 1;
        }
        r.n += (long)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "rows"));
        r.correct += (long)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "correct"));
        r.bad += (long)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "bad"));
        seconds += cJSON_GetNumberValue(cJSON_GetObjectItem(o, "seconds"));
        const cJSON *g;
        cJSON_ArrayForEach(g, cJSON_GetObjectItem(o, "groups")) {
            const char *key = cJSON_GetStringValue(cJSON_GetObjectItem(g, "key"));
            const char *value = cJSON_GetStringValue(cJSON_GetObjectItem(g, "value"));
            if (key && value)
                tally(&r, key, value, (long)cJSON_GetNumberValue(cJSON_GetObjectItem(g, "rows")),
                      (long)cJSON_GetNumberValue(cJSON_GetObjectItem(g, "correct")));
        }
        cJSON_Delete(o);
    }
    print_summary(&r, seconds);
    free_groups(&r);
    return 0;
}

int cli_grade_main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "--merge"))
        return argc > 2 ? merge(argc - 2, argv + 2) : usage();
    Run r = {.shard_n = 1};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--tora"))
            r.tora = true;
        else if (!strcmp(a, "--vote"))
            r.vote = true;
        else if (!strcmp(a, "--shard") && i + 1 < argc) {
            if (sscanf(argv[++i], "%ld/%ld", &r.shard_i, &r.shard_n) != 2 || r.shard_n < 1 || r.shard_i < 0 ||
                r.shard_i >= r.shard_n)
                return usage();
        } else if (!strcmp(a, "--report") && i + 1 < argc)
            r.report = argv[++i];
        else if (!strcmp(a, "--rows") && i + 1 < argc)
            r.rows_path = argv[++i];
        else if (a[0] != '-' && !r.file)
            r.file = a;
        else
            return usage();
    }
    if (!r.file)
        return usage();
    FILE *in = fopen(r.file, "r");
    if (!in) {
        fprintf(stderr, "tirbox grade: cannot open %s\n", r.file);
        return 1;
    }
    if (r.rows_path && !(r.rows = fopen(r.rows_path, "w"))) {
        fprintf(stderr, "tirbox grade: cannot write %s\n", r.rows_path);
        fclose(in);
        return 1;
    }
    gc_init(HEAP_RESERVE);
    mem_install();
    gc_seal();
    bool bar = isatty(2);
    long total = bar ? count_lines(in) : 0, index = 0;
    double start = now_s();
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, in)) > 0) {
        long k = index++;
        if (k % r.shard_n != r.shard_i)
            continue;
        cJSON *row = cJSON_ParseWithLength(line, (size_t)len);
        if (cJSON_IsObject(row))
            grade_row(&r, row, k);
        else if (strspn(line, " \t\r\n") != (size_t)len)
            r.bad++;
        cJSON_Delete(row);
        gc_reset();
        if (bar && (index % 64 == 0 || index == total))
            progress(index, total);
    }
    if (bar && index != total)
        progress(total, total);
    double seconds = now_s() - start;
    free(line);
    fclose(in);
    if (r.rows)
        fclose(r.rows);
    print_summary(&r, seconds);
    bool ok = !r.report || write_report(&r, seconds);
    free_groups(&r);
    return ok ? 0 : 1;
}

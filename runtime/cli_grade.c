/* runtime/cli_grade.c — `tirbox grade FILE.jsonl` (see cli_grade.h).
 *
 * The supervisor reads rows and keeps a window of them in flight; every piece of work on a row's
 * text is a task of the worker pool (runtime/pool.h), the same `extract`, `grade` and `exec` that
 * `tirbox serve` runs: a row extracts the answer of each completion (and with --execute re-runs
 * each completion's last program), then with --vote grades the distinct answers against each
 * other, then grades the chosen answer against the reference. Rows finish out of order and are
 * tallied and written in input order.
 */
#include "runtime/cli_grade.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "protocol/proto.h"
#include "runtime/cli.h"
#include "runtime/lang.h"
#include "runtime/pool.h"
#include "runtime/worker.h"

#define MAX_GROUPS 256
#define MAX_VOTES 64
#define ROWS_PER_WORKER 16     /* rows in flight per worker: enough to keep every worker busy */

static const char *const group_keys[] = {"type", "level", "subject"};

typedef struct {
    char *key, *value;
    long n, correct;
} Group;

/* A completion's last program and the output recorded after it. */
typedef struct {
    char *code, *recorded;
    char *got;                 /* what running it here shows (the protocol's `tora` text) */
    bool timed_out;
} Program;

typedef struct Run Run;

typedef struct Row {
    Run *run;
    long index;
    cJSON *json;
    char *gold;
    int n;                              /* completions considered */
    char *answers[MAX_VOTES];           /* extracted; "" when none */
    int nprog;
    Program prog[MAX_VOTES];
    int pending;                        /* tasks in flight */
    bool voted, graded, done;
    int first[MAX_VOTES];               /* the first completion with the same answer text */
    bool same[MAX_VOTES][MAX_VOTES];    /* --vote: the answers of first completions i < j are equal */
    const char *pred;                   /* the answer graded */
    bool equal;
    char *reason, *pred_norm, *gold_norm;
} Row;

struct Run {
    const char *file;
    bool tora, vote, execute;
    long shard_i, shard_n;
    long jobs;
    const char *report, *rows_path;
    FILE *rows;
    Pool *pool;
    Row **window;              /* rows in flight, in input order from `head` */
    int cap, head, count;
    long n, correct, bad, programs, reproduced;
    long total, finished;      /* for the progress bar: lines in the file (0: no bar), lines done */
    int ngroups;
    Group groups[MAX_GROUPS];
};

typedef enum { TASK_EXTRACT, TASK_VOTE, TASK_GRADE, TASK_EXEC } TaskKind;

typedef struct {
    Row *row;
    TaskKind kind;
    int i, j;
} Task;

static const char help_text[] =
    "usage: tirbox grade FILE.jsonl [--jobs N] [--tora] [--vote] [--execute] [--shard i/n]\n"
    "                    [--report OUT.json] [--rows OUT.jsonl]\n"
    "       tirbox grade --merge REPORT.json...\n"
    "\n"
    "Grades a file of model completions (ToRA, Qwen2.5-Math or {question, answer, completion}\n"
    "rows) against their reference answers; every answer is read and graded in a sandboxed\n"
    "worker, under the limits of a protocol request (5 s CPU, 512 MB per task).\n"
    "\n"
    "  --jobs N     workers grading at once (default: one per core)\n"
    "  --tora       ToRA's extraction and math_equal (reproduces its published accuracies)\n"
    "  --vote       majority vote over a row's completions (default: the first completion)\n"
    "  --execute    re-run the last ```python block of each completion and compare what it\n"
    "               shows with the ```output recorded after it\n"
    "  --shard i/n  grade rows i, i+n, i+2n ... (0 <= i < n); --merge adds the shards' reports\n"
    "  --report     write the summary as JSON; --rows: one verdict per graded row\n";

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fputs("tirbox grade: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    return d;
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
    g->key = xstrdup(key);
    g->value = xstrdup(value);
    g->n = n;
    g->correct = correct;
}

/* ---- reading rows ----------------------------------------------------------------------- */

/* A field as text: strings as they are, numbers printed; NULL when absent. */
static char *field_text(const cJSON *row, const char *name)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(row, name);
    if (cJSON_IsString(f))
        return xstrdup(f->valuestring);
    if (cJSON_IsNumber(f)) {
        char buf[64];
        if (f->valuedouble == (double)(long long)f->valuedouble)
            snprintf(buf, sizeof buf, "%lld", (long long)f->valuedouble);
        else
            snprintf(buf, sizeof buf, "%.17g", f->valuedouble);
        return xstrdup(buf);
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
            char *a = xstrdup(hash + 4);
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

/* The line after the one that starts at p (or the end of the text). */
static const char *next_line(const char *p)
{
    const char *nl = strchr(p, '\n');
    return nl ? nl + 1 : p + strlen(p);
}

/* The body of the fence that opens on the line before `body`: up to a line starting with ```. */
static char *fence_body(const char *body, const char **after)
{
    const char *p = body;
    while (*p && strncmp(p, "```", 3) != 0)
        p = next_line(p);
    *after = *p ? next_line(p) : NULL;
    return *p ? xstrndup(body, (size_t)(p - body)) : NULL;
}

/* The last ```python block of a completion, as ToRA's extract_program cuts it (the lines after
 * the last line starting with ```python, up to a line starting with ```), and the ```output block
 * that follows it; false when the completion has no such pair. */
static bool last_program(const char *text, Program *out)
{
    const char *last = NULL;
    for (const char *p = text; *p; p = next_line(p))
        if (strncmp(p, "```python", 9) == 0)
            last = p;
    if (!last)
        return false;
    const char *after;
    char *code = fence_body(next_line(last), &after);
    if (!code)
        return false;
    while (after && *after && isspace((unsigned char)*after))
        after++;
    char *recorded = after && strncmp(after, "```output", 9) == 0 ? fence_body(next_line(after), &after) : NULL;
    if (!recorded) {
        free(code);
        return false;
    }
    out->code = code;
    out->recorded = recorded;
    return true;
}

/* ---- the row pipeline on the pool ------------------------------------------------------- */

static void on_task(void *ctx, const ProtoResult *r);

static void submit(Row *row, TaskKind kind, int i, int j, const ProtoRequest *q)
{
    Task *t = xmalloc(sizeof *t);
    *t = (Task){row, kind, i, j};
    row->pending++;
    pool_submit(row->run->pool, q, on_task, t);
}

/* A request with the protocol's default limits. */
static ProtoRequest request(ProtoOp op, const Run *run)
{
    return (ProtoRequest){
        .op = op, .prelude = "none", .style = run->tora ? "tora" : "tirbox", .time_ms = PROTO_DEFAULT_TIME_MS,
        .memory_mb = PROTO_DEFAULT_MEMORY_MB, .output_bytes = PROTO_DEFAULT_OUTPUT_BYTES,
    };
}

static void submit_grade(Row *row, TaskKind kind, int i, int j, const char *pred, const char *gold)
{
    ProtoRequest q = request(PROTO_GRADE, row->run);
    q.pred = pred;
    q.gold = gold;
    submit(row, kind, i, j, &q);
}

static void start_row(Row *row, const cJSON *comps)
{
    const Run *run = row->run;
    const char *texts[MAX_VOTES];
    if (cJSON_IsString(comps)) {
        texts[row->n++] = comps->valuestring;
    } else {
        const cJSON *c;
        cJSON_ArrayForEach(c, comps) {
            if (row->n == MAX_VOTES || (!run->vote && row->n == 1))
                break;
            texts[row->n++] = cJSON_IsString(c) ? c->valuestring : "";
        }
    }
    for (int i = 0; i < row->n; i++) {
        ProtoRequest q = request(PROTO_EXTRACT, run);
        q.text = texts[i];
        submit(row, TASK_EXTRACT, i, 0, &q);
    }
    for (int i = 0; run->execute && i < row->n; i++) {
        Program *pg = &row->prog[row->nprog];
        if (!last_program(texts[i], pg))
            continue;
        ProtoRequest q = request(PROTO_EXEC, run);
        q.code = pg->code;
        q.code_len = strlen(pg->code);
        submit(row, TASK_EXEC, row->nprog++, 0, &q);
    }
}

static bool same_answer(const Row *row, int i, int j)
{
    int a = row->first[i], b = row->first[j];
    return a == b || row->same[a < b ? a : b][a < b ? b : a];
}

/* The first answer of the largest group of equal answers (empty answers do not vote). */
static const char *majority(const Row *row)
{
    int best = 0, best_count = 0;
    for (int i = 0; i < row->n; i++) {
        if (!*row->answers[i])
            continue;
        int count = 0;
        for (int j = 0; j < row->n; j++)
            count += *row->answers[j] && same_answer(row, i, j);
        if (count > best_count) {
            best = i;
            best_count = count;
        }
    }
    return row->answers[best];
}

static void flush_rows(Run *run);

/* Called when a stage's tasks are all back: asks for the next stage, or ends the row. */
static void advance(Row *row)
{
    if (!row->voted) {
        row->voted = true;
        /* one grade per pair of distinct answer texts (only --vote considers several) */
        for (int i = 0; i < row->n; i++) {
            row->first[i] = i;
            for (int k = 0; k < i && row->first[i] == i; k++)
                if (!strcmp(row->answers[k], row->answers[i]))
                    row->first[i] = k;
        }
        for (int i = 0; i < row->n; i++)
            for (int j = i + 1; j < row->n; j++)
                if (row->first[i] == i && row->first[j] == j && *row->answers[i] && *row->answers[j])
                    submit_grade(row, TASK_VOTE, i, j, row->answers[i], row->answers[j]);
        if (row->pending)
            return;
    }
    if (!row->graded) {
        row->graded = true;
        row->pred = majority(row);
        submit_grade(row, TASK_GRADE, 0, 0, row->pred, row->gold);
        return;
    }
    row->done = true;
    flush_rows(row->run);
}

static char *failure(const ProtoResult *r)
{
    char buf[256];
    snprintf(buf, sizeof buf, "not graded: %s: %s", r->error_type ? r->error_type : "Error",
             r->error_message ? r->error_message : "");
    return xstrdup(buf);
}

static void on_task(void *ctx, const ProtoResult *r)
{
    Task *t = ctx;
    Row *row = t->row;
    bool ok = r->status == PROTO_OK;
    switch (t->kind) {
    case TASK_EXTRACT:
        row->answers[t->i] = xstrdup(ok && r->answer ? r->answer : "");
        break;
    case TASK_VOTE:
        row->same[t->i][t->j] = ok && r->equal > 0;
        break;
    case TASK_GRADE:
        row->equal = ok && r->equal > 0;
        row->reason = ok ? xstrdup(r->reason ? r->reason : "") : failure(r);
        row->pred_norm = xstrdup(ok && r->pred_norm ? r->pred_norm : "");
        row->gold_norm = xstrdup(ok && r->gold_norm ? r->gold_norm : "");
        break;
    case TASK_EXEC:
        row->prog[t->i].got = proto_tora(r);
        row->prog[t->i].timed_out = r->status == PROTO_TIMEOUT;
        break;
    }
    free(t);
    if (--row->pending == 0)
        advance(row);
}

/* ---- finishing rows --------------------------------------------------------------------- */

/* True when running the program here shows what was recorded (both without the spacing around
 * them), or when both runs ran out of time: ToRA's executor words its timeout
 * `timeout_decorator.timeout_decorator.TimeoutError: 'Timed Out'`. */
static bool reproduces(const Program *pg)
{
    static const char tora_timeout[] = "TimeoutError: 'Timed Out'";
    const char *s = pg->recorded;
    size_t n = strlen(s), t = sizeof tora_timeout - 1;
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (pg->timed_out && n >= t && memcmp(s + n - t, tora_timeout, t) == 0)
        return true;
    return strlen(pg->got) == n && memcmp(pg->got, s, n) == 0;
}

static void write_row(Run *run, const Row *row)
{
    cJSON *out = cJSON_CreateObject();
    const cJSON *idx = cJSON_GetObjectItemCaseSensitive(row->json, "idx");
    cJSON_AddItemToObject(out, "idx", idx ? cJSON_Duplicate(idx, 1) : cJSON_CreateNumber((double)row->index));
    cJSON_AddBoolToObject(out, "equal", row->equal);
    cJSON_AddStringToObject(out, "pred", row->pred);
    cJSON_AddStringToObject(out, "gold", row->gold);
    cJSON_AddStringToObject(out, "reason", row->reason);
    cJSON_AddStringToObject(out, "pred_norm", row->pred_norm);
    cJSON_AddStringToObject(out, "gold_norm", row->gold_norm);
    if (run->execute) {
        cJSON *ex = cJSON_AddArrayToObject(out, "execute");
        for (int i = 0; i < row->nprog; i++) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddBoolToObject(e, "same", reproduces(&row->prog[i]));
            cJSON_AddStringToObject(e, "output", row->prog[i].got);
            cJSON_AddStringToObject(e, "recorded", row->prog[i].recorded);
            cJSON_AddItemToArray(ex, e);
        }
    }
    char *s = cJSON_PrintUnformatted(out);
    fprintf(run->rows, "%s\n", s);
    free(s);
    cJSON_Delete(out);
}

static void free_row(Row *row)
{
    for (int i = 0; i < row->n; i++)
        free(row->answers[i]);
    for (int i = 0; i < row->nprog; i++) {
        free(row->prog[i].code);
        free(row->prog[i].recorded);
        free(row->prog[i].got);
    }
    free(row->reason);
    free(row->pred_norm);
    free(row->gold_norm);
    free(row->gold);
    cJSON_Delete(row->json);
    free(row);
}

static void progress(long done, long total)
{
    int width = 40, fill = total ? (int)(width * done / total) : width;
    fprintf(stderr, "\r[%.*s%*s] %ld/%ld", fill, "########################################", width - fill, "", done, total);
}

/* Tallies and writes the finished rows at the head of the window, in input order. */
static void flush_rows(Run *run)
{
    while (run->count && run->window[run->head]->done) {
        Row *row = run->window[run->head];
        run->head = (run->head + 1) % run->cap;
        run->count--;
        run->n++;
        run->correct += row->equal;
        for (size_t k = 0; k < sizeof group_keys / sizeof *group_keys; k++) {
            char *value = field_text(row->json, group_keys[k]);
            if (value)
                tally(run, group_keys[k], value, 1, row->equal);
            free(value);
        }
        for (int i = 0; i < row->nprog; i++)
            run->reproduced += reproduces(&row->prog[i]);
        run->programs += row->nprog;
        if (run->rows)
            write_row(run, row);
        free_row(row);
        if (run->total && (++run->finished % 16 == 0 || run->finished == run->total))
            progress(run->finished, run->total);
    }
}

/* Reads one line: a row enters the window, a bad row is counted. */
static void take_row(Run *run, const char *line, size_t len, long index)
{
    cJSON *json = cJSON_ParseWithLength(line, len);
    char *gold = cJSON_IsObject(json) ? reference(json) : NULL;
    const cJSON *comps = cJSON_IsObject(json) ? completions(json) : NULL;
    if (!gold || !comps) {
        if (json || strspn(line, " \t\r\n") != len)
            run->bad++;
        if (run->total)
            run->finished++;
        free(gold);
        cJSON_Delete(json);
        return;
    }
    Row *row = xmalloc(sizeof *row);
    row->run = run;
    row->index = index;
    row->json = json;
    row->gold = gold;
    run->window[(run->head + run->count++) % run->cap] = row;
    start_row(row, comps);
}

/* ---- summary and reports ---------------------------------------------------------------- */

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
    if (r->programs)
        printf("execute: %ld of %ld programs reproduce their recorded output (%.1f%%)\n", r->reproduced, r->programs,
               pct(r->reproduced, r->programs));
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
    cJSON_AddNumberToObject(o, "programs", (double)r->programs);
    cJSON_AddNumberToObject(o, "reproduced", (double)r->reproduced);
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

static long number(const cJSON *o, const char *name) { return (long)cJSON_GetNumberValue(cJSON_GetObjectItem(o, name)); }

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
        r.n += number(o, "rows");
        r.correct += number(o, "correct");
        r.bad += number(o, "bad");
        if (cJSON_IsNumber(cJSON_GetObjectItem(o, "programs"))) {
            r.programs += number(o, "programs");
            r.reproduced += number(o, "reproduced");
        }
        seconds += cJSON_GetNumberValue(cJSON_GetObjectItem(o, "seconds"));
        const cJSON *g;
        cJSON_ArrayForEach(g, cJSON_GetObjectItem(o, "groups")) {
            const char *key = cJSON_GetStringValue(cJSON_GetObjectItem(g, "key"));
            const char *value = cJSON_GetStringValue(cJSON_GetObjectItem(g, "value"));
            if (key && value)
                tally(&r, key, value, number(g, "rows"), number(g, "correct"));
        }
        cJSON_Delete(o);
    }
    print_summary(&r, seconds);
    free_groups(&r);
    return 0;
}

/* ---- the command ------------------------------------------------------------------------ */

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

static int parse_args(Run *r, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        char *end;
        if (!strcmp(a, "--tora"))
            r->tora = true;
        else if (!strcmp(a, "--vote"))
            r->vote = true;
        else if (!strcmp(a, "--execute"))
            r->execute = true;
        else if (!strcmp(a, "--jobs") && i + 1 < argc) {
            r->jobs = strtol(argv[++i], &end, 10);
            if (*end || end == argv[i] || r->jobs < 1 || r->jobs > 1024)
                return cli_usage_error("grade", "--jobs wants a whole number from 1 to 1024, not '%s'", argv[i]);
        } else if (!strcmp(a, "--shard") && i + 1 < argc) {
            if (sscanf(argv[++i], "%ld/%ld", &r->shard_i, &r->shard_n) != 2 || r->shard_n < 1 || r->shard_i < 0 ||
                r->shard_i >= r->shard_n)
                return cli_usage_error("grade", "--shard wants i/n with 0 <= i < n, not '%s'", argv[i]);
        } else if (!strcmp(a, "--report") && i + 1 < argc)
            r->report = argv[++i];
        else if (!strcmp(a, "--rows") && i + 1 < argc)
            r->rows_path = argv[++i];
        else if (a[0] != '-' && !r->file)
            r->file = a;
        else
            return cli_usage_error("grade", "unexpected argument '%s'", a);
    }
    return r->file ? 0 : cli_usage_error("grade", "no input file");
}

/* Grades every row of the file through the pool. */
static void grade_file(Run *run, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = 0;
    long index = 0;
    for (;;) {
        while (run->count < run->cap && len >= 0) {
            len = getline(&line, &cap, in);
            if (len > 0 && index++ % run->shard_n == run->shard_i)
                take_row(run, line, (size_t)len, index - 1);
            else if (len > 0 && run->total)
                run->finished++;
        }
        if (run->count == 0)
            break;
        pool_wait(run->pool, NULL, 0, -1, NULL);
    }
    free(line);
}

int cli_grade_main(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(help_text, stdout);
        return 0;
    }
    if (argc >= 2 && !strcmp(argv[1], "--merge"))
        return argc > 2 ? merge(argc - 2, argv + 2) : cli_usage_error("grade", "--merge needs reports");
    Run run = {.shard_n = 1};
    int rc = parse_args(&run, argc, argv);
    if (rc)
        return rc;
    FILE *in = fopen(run.file, "r");
    if (!in) {
        fprintf(stderr, "tirbox grade: cannot open %s\n", run.file);
        return 1;
    }
    if (run.rows_path && !(run.rows = fopen(run.rows_path, "w"))) {
        fprintf(stderr, "tirbox grade: cannot write %s\n", run.rows_path);
        fclose(in);
        return 1;
    }
    PoolConfig cfg = {.workers = (int)run.jobs, .max_memory_mb = POOL_DEFAULT_MAX_MEMORY_MB,
                      .max_sessions = POOL_DEFAULT_MAX_SESSIONS, .run = worker_run};
    lang_init((size_t)(cfg.max_memory_mb * 2 * 1048576.0));
    double start = now_s();
    run.pool = pool_start(&cfg);
    if (!run.pool) {
        fclose(in);
        if (run.rows)
            fclose(run.rows);
        return 1;
    }
    run.cap = ROWS_PER_WORKER * (int)(run.jobs ? run.jobs : sysconf(_SC_NPROCESSORS_ONLN));
    run.window = xmalloc((size_t)run.cap * sizeof *run.window);
    run.total = isatty(2) ? count_lines(in) : 0;
    grade_file(&run, in);
    if (run.total)
        fputc('\n', stderr);
    double seconds = now_s() - start;
    pool_stop(run.pool);
    free(run.window);
    fclose(in);
    if (run.rows)
        fclose(run.rows);
    print_summary(&run, seconds);
    bool ok = !run.report || write_report(&run, seconds);
    free_groups(&run);
    return ok ? 0 : 1;
}

/* runtime/worker.c — the task dispatch of a worker (see worker.h). */
#include "runtime/worker.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "base/mem.h"
#include "runtime/lang.h"
#include "runtime/pool.h"
#include "solvers/grade.h"
#include "solvers/grade_tora.h"

static const ProtoStatus from_lang[] = {
    [LANG_OK] = PROTO_OK, [LANG_ERROR] = PROTO_ERROR, [LANG_TIMEOUT] = PROTO_TIMEOUT, [LANG_MEMORY] = PROTO_MEMORY,
};

static void run_exec(const ProtoRequest *q)
{
    LangRequest lr = {
        .code = q->code, .code_len = q->code_len, .cell = q->cell, .prelude = q->prelude,
        .call = q->call, .var = q->var, .time_ms = q->time_ms,
        .memory_bytes = (size_t)(q->memory_mb * 1048576.0), .output_bytes = q->output_bytes,
        .persistent = q->session != NULL, .filename = q->filename,
    };
    LangResult res;
    memset(&res, 0, sizeof res);
    lang_exec(&lr, &res);
    ProtoResult r = {
        .status = from_lang[res.status], .out = res.out, .out_len = res.out_len,
        .truncated = res.truncated, .display = res.display, .value = res.value,
        .error_type = res.error_type, .error_qualname = res.error_qualname,
        .error_message = res.error_message, .error_line = res.error_line, .equal = -1,
        .traceback = res.traceback,
    };
    if (r.status != PROTO_OK && !r.error_type)
        r.error_type = r.status == PROTO_MEMORY ? "MemoryError" : r.status == PROTO_TIMEOUT ? "TimeoutError" : "Error";
    pool_reply(&r, res.retire);
    lang_result_free(&res);
}

/* ---- grade and extract ------------------------------------------------------------------ */

static sigjmp_buf limit_jump;
static volatile ProtoStatus limit_status;

static void grading_out_of_memory(void)
{
    limit_status = PROTO_MEMORY;
    siglongjmp(limit_jump, 1);
}

static void grading_timeout(void)
{
    limit_status = PROTO_TIMEOUT;
    siglongjmp(limit_jump, 1);
}

/* A text cut to at most cap bytes on a UTF-8 boundary, in place: echoes of a huge answer stay
 * within the request's output_bytes. */
static void cap_text(char *s, size_t cap)
{
    if (!s || strlen(s) <= cap)
        return;
    while (cap > 0 && ((unsigned char)s[cap] & 0xC0) == 0x80)
        cap--;
    s[cap] = 0;
}

/* Grades or extracts; every result string is malloc'd or static, so nothing of the collected heap
 * outlives the call. */
static void grade_task(const ProtoRequest *q, ProtoResult *r, GradeVerdict *v, char **answer)
{
    bool tora = q->style && strcmp(q->style, "tora") == 0;
    if (q->op == PROTO_EXTRACT) {
        const char *a = tora ? grade_tora_extract(q->text) : NULL;
        *answer = !tora ? grade_extract(q->text) : a ? strdup(a) : NULL;
        if (a && !*answer)
            abort();
        cap_text(*answer, q->output_bytes);
        r->answer = *answer;
    } else {
        GradeOptions opt = {.rel_tol = q->rel_tol, .style = tora ? GRADE_STYLE_TORA : GRADE_STYLE_TIRBOX};
        const char *pred = tora ? grade_tora_strip(q->pred) : q->pred;
        const char *gold = tora ? grade_tora_strip(q->gold) : q->gold;
        grade_answers(pred, gold, &opt, v);
        cap_text(v->reason, q->output_bytes);
        cap_text(v->pred_norm, q->output_bytes);
        cap_text(v->gold_norm, q->output_bytes);
        r->equal = v->equal;
        r->reason = v->reason;
        r->pred_norm = v->pred_norm;
        r->gold_norm = v->gold_norm;
    }
}

/* grade and extract run under the request's limits like an exec: over them, the task ends with
 * `timeout` or `memory` and the worker retires (library state may be stranded). */
static void run_grading(const ProtoRequest *q)
{
    mem_oom_handler lang_oom = mem_set_oom_handler(grading_out_of_memory);
    budget_handler lang_timeout = budget_set_handler(grading_timeout);
    GradeVerdict v = {0};
    char *answer = NULL;
    ProtoResult r = {.status = PROTO_OK, .error_line = -1, .equal = -1};
    mem_set_limit((size_t)(q->memory_mb * 1048576.0));
    budget_start(q->time_ms);
    bool retire = sigsetjmp(limit_jump, 0) != 0;
    if (!retire)
        grade_task(q, &r, &v, &answer);
    budget_start(0);
    mem_set_limit(0);
    mem_set_oom_handler(lang_oom);
    budget_set_handler(lang_timeout);
    if (retire) {
        r = (ProtoResult){.status = limit_status, .error_line = -1, .equal = -1};
        r.error_type = limit_status == PROTO_TIMEOUT ? "TimeoutError" : "MemoryError";
        r.error_message = limit_status == PROTO_TIMEOUT ? "Timed Out" : "";
    }
    pool_reply(&r, retire);
    if (!retire) {
        grade_verdict_free(&v);
        free(answer);
        gc_reset();
    }
}

void worker_run(const ProtoRequest *req)
{
    if (req->op == PROTO_GRADE || req->op == PROTO_EXTRACT)
        run_grading(req);
    else
        run_exec(req);
}

/* runtime/worker.c — the task dispatch of a worker (see worker.h). */
#include "runtime/worker.h"

#include <string.h>

#include "runtime/lang.h"
#include "runtime/pool.h"

static const ProtoStatus from_lang[] = {
    [LANG_OK] = PROTO_OK, [LANG_ERROR] = PROTO_ERROR, [LANG_TIMEOUT] = PROTO_TIMEOUT, [LANG_MEMORY] = PROTO_MEMORY,
};

static void run_exec(const ProtoRequest *q)
{
    LangRequest lr = {
        .code = q->code, .code_len = q->code_len, .cell = q->cell, .prelude = q->prelude,
        .call = q->call, .var = q->var, .time_ms = q->time_ms,
        .memory_bytes = (size_t)(q->memory_mb * 1048576.0), .output_bytes = q->output_bytes,
        .persistent = q->session != NULL,
    };
    LangResult res;
    memset(&res, 0, sizeof res);
    lang_exec(&lr, &res);
    ProtoResult r = {
        .status = from_lang[res.status], .out = res.out, .out_len = res.out_len,
        .truncated = res.truncated, .display = res.display, .value = res.value,
        .error_type = res.error_type, .error_qualname = res.error_qualname,
        .error_message = res.error_message, .error_line = res.error_line, .equal = -1,
    };
    if (r.status != PROTO_OK && !r.error_type)
        r.error_type = r.status == PROTO_MEMORY ? "MemoryError" : r.status == PROTO_TIMEOUT ? "TimeoutError" : "Error";
    pool_reply(&r, res.retire);
    lang_result_free(&res);
}

/* grade and extract answer like the reference until solvers/grade.h is wired in here. */
static void not_implemented(const ProtoRequest *q)
{
    ProtoResult r = {
        .status = PROTO_ERROR, .error_type = "NotImplemented", .error_line = -1, .equal = -1,
        .error_message = q->op == PROTO_GRADE ? "grade is not implemented by tirbox yet"
                                              : "extract is not implemented by tirbox yet",
    };
    pool_reply(&r, false);
}

void worker_run(const ProtoRequest *req)
{
    switch (req->op) {
    case PROTO_EXEC:
        run_exec(req);
        break;
    case PROTO_GRADE:
    case PROTO_EXTRACT:
    default:
        not_implemented(req);
        break;
    }
}

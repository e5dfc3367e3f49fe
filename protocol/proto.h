/* protocol/proto.h — the JSON-lines codec: one request line in, one response line out.
 *
 * proto_parse() validates a request line exactly as the reference server does (the messages of
 * `bad_request` are its messages) and gives a ProtoRequest whose strings point into the parsed
 * line. The proto_emit_* functions append one whole response line (with its `\n`) to a ProtoBuf,
 * with the field order, number formats and `tora` text of the reference. No policy lives here:
 * what runs where is the runtime's business.
 */
#ifndef TIRBOX_PROTO_H
#define TIRBOX_PROTO_H

#include <stdbool.h>
#include <stddef.h>

#define PROTO_DEFAULT_TIME_MS 5000.0
#define PROTO_DEFAULT_MEMORY_MB 512.0
#define PROTO_DEFAULT_OUTPUT_BYTES 65536

typedef enum { PROTO_EXEC, PROTO_GRADE, PROTO_EXTRACT, PROTO_PING, PROTO_CLOSE } ProtoOp;

typedef enum { PROTO_OK, PROTO_ERROR, PROTO_TIMEOUT, PROTO_MEMORY, PROTO_CRASH } ProtoStatus;

/* A growable byte buffer (malloc'd). */
typedef struct ProtoBuf {
    char *data;
    size_t len, cap;
} ProtoBuf;

typedef struct ProtoRequest {
    char *id;                  /* the id as JSON text, echoed verbatim; "null" when absent */
    ProtoOp op;
    const char *session;       /* NULL when none */
    const char *code;          /* exec */
    size_t code_len;
    bool cell;                 /* mode "cell" */
    const char *prelude;       /* "none", "sympy" or "pot" */
    const char *call, *var;    /* NULL when absent */
    double time_ms, memory_mb;
    size_t output_bytes;
    const char *pred, *gold;   /* grade */
    const char *text;          /* extract */
    const char *style;         /* grade, extract: "tirbox" or "tora" */
    double rel_tol;            /* grade: the tolerance for decimals; 0 when not given */
    const char *filename;      /* exec: the file name tracebacks give the code; "<string>" when NULL
                                  (set by `run` and `repl`, not read from the wire) */
    void *tree;                /* the parsed line the strings point into, or NULL */
} ProtoRequest;

/* What running a request produced; the runtime fills it, proto_emit_result() writes it. */
typedef struct ProtoResult {
    ProtoStatus status;
    const char *out;           /* stdout (UTF-8) */
    size_t out_len;
    bool truncated;
    const char *display, *value;            /* NULL when absent */
    const char *error_type;                 /* status != OK */
    const char *error_qualname;             /* the type as a traceback names it, or NULL */
    const char *error_message;
    long error_line;                        /* -1: null */
    double time_ms;
    long mem_kb;
    int equal;                              /* grade: 0 or 1; -1 when not a grade */
    const char *answer;                     /* extract: the answer, or NULL */
    const char *reason;                     /* grade: how equality was decided, or NULL */
    const char *pred_norm, *gold_norm;      /* grade: the answers as read, or NULL */
    const char *traceback;                  /* error: the traceback as CPython prints it, or NULL */
} ProtoResult;

/* Appends n bytes. */
void proto_buf_add(ProtoBuf *b, const void *p, size_t n);

/* Releases the buffer's memory and empties it. */
void proto_buf_free(ProtoBuf *b);

/* Parses and validates one request line (without its newline). On success returns true and fills
 * *req; on failure returns false, sets *why to a malloc'd message and req->id to the id when it
 * could be read (else "null"). Either way release *req with proto_request_free. */
bool proto_parse(const char *line, size_t len, ProtoRequest *req, char **why);

/* Releases what proto_parse allocated. */
void proto_request_free(ProtoRequest *req);

/* Appends the `bad_request` response for a line. */
void proto_emit_bad_request(ProtoBuf *out, const char *id, const char *why);

/* Appends the response to `ping` and `close`: {"id":..,"status":"ok"}. */
void proto_emit_ok(ProtoBuf *out, const char *id);

/* Appends the response of an exec, grade or extract request. */
void proto_emit_result(ProtoBuf *out, const char *id, ProtoOp op, const ProtoResult *r);

/* The `tora` text of a result (malloc'd): stdout stripped, or the error's last traceback line,
 * `Done` when empty, cut to 200 + `...` + 200 characters beyond 400. */
char *proto_tora(const ProtoResult *r);

#endif

/* tests/unit/test_proto.c — the JSON-lines codec. Expected texts are what the reference server
 * (../shared/tools/pyserve on CPython 3.11) answers for the same lines. */
#include <stdlib.h>
#include <string.h>

#include "protocol/proto.h"
#include "tests/unit/check.h"

/* The response line for a request line, as serve would write it for a bad one. */
static char *bad_line(const char *line)
{
    ProtoRequest req;
    char *why;
    static char out[512];
    ProtoBuf b = {0};
    if (proto_parse(line, strlen(line), &req, &why)) {
        proto_request_free(&req);
        return strcpy(out, "(accepted)");
    }
    proto_emit_bad_request(&b, req.id, why);
    free(why);
    proto_request_free(&req);
    strncpy(out, b.data, sizeof out - 1);
    proto_buf_free(&b);
    return out;
}

#define BAD(line, id, msg) \
    CHECK_STR(bad_line(line), "{\"id\":" id ",\"status\":\"bad_request\",\"error\":{\"type\":\"BadRequest\",\"message\":\"" msg "\",\"line\":null}}\n")

static void test_bad_requests_like_the_reference(void)
{
    BAD("[1]", "null", "a request must be a JSON object");
    BAD("{\"id\":true}", "true", "id must be a string or a number");
    BAD("{\"op\":5}", "null", "unknown op 5");
    BAD("{\"op\":\"x\\\"y'\"}", "null", "unknown op 'x\\\"y\\\\''");
    BAD("{\"id\":7,\"op\":\"run\"}", "7", "unknown op 'run'");
    BAD("{\"code\":1}", "null", "exec needs code (a string)");
    BAD("{\"code\":\"\",\"limits\":{\"time_ms\":0}}", "null", "limits.time_ms must be a positive number");
    BAD("{\"code\":\"\",\"limits\":{\"output_bytes\":true}}", "null", "limits.output_bytes must be a positive number");
    BAD("{\"code\":\"\",\"limits\":[]}", "null", "limits must be an object");
    BAD("{\"code\":\"\",\"call\":\"for\"}", "null", "call must be an identifier");
    BAD("{\"code\":\"\",\"var\":\"1x\"}", "null", "var must be an identifier");
    BAD("{\"code\":\"\",\"call\":\"a\",\"var\":\"b\"}", "null", "call and var are exclusive");
    BAD("{\"op\":\"close\"}", "null", "close needs a session");
    BAD("{\"code\":\"\",\"mode\":\"x\"}", "null", "mode must be \\\"script\\\" or \\\"cell\\\"");
    BAD("{\"code\":\"\",\"prelude\":\"x\"}", "null", "prelude must be one of none, sympy, pot");
    BAD("{\"code\":\"\",\"session\":3}", "null", "session must be a string");
    BAD("{\"id\":\"s\",\"code\":\"\",\"session\":3}", "\"s\"", "session must be a string");
}

static void test_not_json(void)
{
    CHECK(strstr(bad_line(""), "\"message\":\"not JSON: empty line\"") != NULL);
    CHECK(strstr(bad_line("  \r"), "\"message\":\"not JSON: empty line\"") != NULL);
    CHECK(strstr(bad_line("nope"), "\"message\":\"not JSON: syntax error at byte 0\"") != NULL);
    CHECK(strstr(bad_line("{\"id\":1} x"), "\"message\":\"not JSON: extra data at byte 8\"") != NULL);
    CHECK(strstr(bad_line("{\"code\":\"\xff\"}"), "\"message\":\"not JSON: invalid UTF-8 at byte 9\"") != NULL);
    CHECK(strstr(bad_line("{\"code\":\"\xed\xa0\x80\"}"), "not JSON: invalid UTF-8") != NULL);
    CHECK(strstr(bad_line("{\"code\":\"a\tb\"}"), "not JSON: invalid control character at byte 10") != NULL);
    char nul[] = "{\"code\":\"a\0b\"}";
    ProtoRequest req;
    char *why;
    CHECK(!proto_parse(nul, sizeof nul - 1, &req, &why));
    CHECK_STR(why, "not JSON: NUL byte at byte 10");
    free(why);
    proto_request_free(&req);
}

static void test_defaults_and_fields(void)
{
    ProtoRequest q;
    char *why = NULL;
    const char *line = "{\"id\":\"a\",\"code\":\"print(1)\",\"op\":null,\"mode\":\"\",\"prelude\":null}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK(q.op == PROTO_EXEC && !q.cell && !q.session && !q.call && !q.var);
    CHECK_STR(q.id, "\"a\"");
    CHECK_STR(q.code, "print(1)");
    CHECK_STR(q.prelude, "none");
    CHECK(q.time_ms == 5000 && q.memory_mb == 512 && q.output_bytes == 65536);
    proto_request_free(&q);
    line = "{\"id\":1.0,\"code\":\"x\",\"mode\":\"cell\",\"prelude\":\"pot\",\"var\":\"ans\",\"session\":\"s\","
           "\"limits\":{\"time_ms\":250.5,\"memory_mb\":64,\"output_bytes\":10.9,\"other\":\"ignored\"}}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK_STR(q.id, "1.0");
    CHECK(q.cell && q.time_ms == 250.5 && q.memory_mb == 64 && q.output_bytes == 10);
    CHECK_STR(q.prelude, "pot");
    CHECK_STR(q.var, "ans");
    CHECK_STR(q.session, "s");
    proto_request_free(&q);
    /* Python's json keeps the last of duplicate keys. */
    line = "{\"id\":1,\"code\":\"a\",\"code\":\"b\",\"id\":12345678901234567890123}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK_STR(q.code, "b");
    CHECK_STR(q.id, "12345678901234567890123");
    proto_request_free(&q);
    line = "{\"op\":\"grade\",\"pred\":\"1/2\",\"gold\":\"0.5\"}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK(q.op == PROTO_GRADE && q.time_ms == 5000 && q.memory_mb == 512);
    CHECK_STR(q.id, "null");
    CHECK_STR(q.pred, "1/2");
    proto_request_free(&q);
    line = "{\"op\":\"close\",\"session\":\"s\"}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK(q.op == PROTO_CLOSE);
    proto_request_free(&q);
}

static char *emit(const char *id, ProtoOp op, const ProtoResult *r)
{
    static char out[4096];
    ProtoBuf b = {0};
    proto_emit_result(&b, id, op, r);
    strncpy(out, b.data, sizeof out - 1);
    proto_buf_free(&b);
    return out;
}

static void test_emit_like_the_reference(void)
{
    ProtoResult r = {.status = PROTO_OK, .out = "1\n", .out_len = 2, .time_ms = 0.25, .mem_kb = 48740,
                     .error_line = -1, .equal = -1};
    CHECK_STR(emit("1", PROTO_EXEC, &r),
              "{\"id\":1,\"status\":\"ok\",\"stdout\":\"1\\n\",\"tora\":\"1\",\"truncated\":false,\"time_ms\":0.2,\"mem_kb\":48740}\n");
    r = (ProtoResult){.status = PROTO_ERROR, .out = "", .error_type = "ZeroDivisionError",
                      .error_qualname = "ZeroDivisionError", .error_message = "division by zero",
                      .error_line = 1, .time_ms = 0.6, .mem_kb = 48744, .equal = -1};
    CHECK_STR(emit("1.0", PROTO_EXEC, &r),
              "{\"id\":1.0,\"status\":\"error\",\"stdout\":\"\",\"error\":{\"type\":\"ZeroDivisionError\","
              "\"message\":\"division by zero\",\"line\":1},\"tora\":\"ZeroDivisionError: division by zero\","
              "\"truncated\":false,\"time_ms\":0.6,\"mem_kb\":48744}\n");
    r = (ProtoResult){.status = PROTO_OK, .out = "", .display = "2", .time_ms = 0.4, .mem_kb = 1, .error_line = -1, .equal = -1};
    CHECK_STR(emit("\"c\"", PROTO_EXEC, &r),
              "{\"id\":\"c\",\"status\":\"ok\",\"stdout\":\"\",\"display\":\"2\",\"tora\":\"Done\",\"truncated\":false,"
              "\"time_ms\":0.4,\"mem_kb\":1}\n");
    r = (ProtoResult){.status = PROTO_OK, .out = "ababa", .out_len = 5, .truncated = true, .value = "7",
                      .error_line = -1, .equal = -1};
    CHECK_STR(emit("\"v\"", PROTO_EXEC, &r),
              "{\"id\":\"v\",\"status\":\"ok\",\"stdout\":\"ababa\",\"value\":\"7\",\"tora\":\"ababa\",\"truncated\":true,"
              "\"time_ms\":0.0,\"mem_kb\":0}\n");
    r = (ProtoResult){.status = PROTO_TIMEOUT, .out = "partial", .out_len = 7, .time_ms = 324.54, .mem_kb = 48744,
                      .error_line = -1, .equal = -1};
    CHECK_STR(emit("\"t\"", PROTO_EXEC, &r),
              "{\"id\":\"t\",\"status\":\"timeout\",\"stdout\":\"\",\"error\":{\"type\":\"TimeoutError\",\"message\":"
              "\"Timed Out\",\"line\":null},\"tora\":\"TimeoutError: Timed Out\",\"truncated\":false,\"time_ms\":324.5,"
              "\"mem_kb\":48744}\n");
    r = (ProtoResult){.status = PROTO_CRASH, .error_type = "WorkerCrash", .error_message = "worker died: signal 9",
                      .error_line = -1, .time_ms = 2.8, .mem_kb = 5, .equal = -1};
    CHECK_STR(emit("null", PROTO_EXEC, &r),
              "{\"id\":null,\"status\":\"crash\",\"stdout\":\"\",\"error\":{\"type\":\"WorkerCrash\",\"message\":"
              "\"worker died: signal 9\",\"line\":null},\"tora\":\"WorkerCrash: worker died: signal 9\","
              "\"truncated\":false,\"time_ms\":2.8,\"mem_kb\":5}\n");
    r = (ProtoResult){.status = PROTO_ERROR, .error_type = "NotImplemented", .error_message = "grade is not implemented",
                      .error_line = -1, .equal = -1};
    CHECK_STR(emit("\"g\"", PROTO_GRADE, &r),
              "{\"id\":\"g\",\"status\":\"error\",\"error\":{\"type\":\"NotImplemented\",\"message\":"
              "\"grade is not implemented\",\"line\":null}}\n");
    r = (ProtoResult){.status = PROTO_OK, .equal = 1, .error_line = -1};
    CHECK_STR(emit("2", PROTO_GRADE, &r), "{\"id\":2,\"status\":\"ok\",\"equal\":true}\n");
    r = (ProtoResult){.status = PROTO_OK, .equal = -1, .error_line = -1};
    CHECK_STR(emit("3", PROTO_EXTRACT, &r), "{\"id\":3,\"status\":\"ok\",\"answer\":null}\n");
    ProtoBuf b = {0};
    proto_emit_ok(&b, "\"p\"");
    CHECK_STR(b.data, "{\"id\":\"p\",\"status\":\"ok\"}\n");
    proto_buf_free(&b);
}

static void test_string_escapes(void)
{
    /* json.dumps('\x1f\x7f\u00e9\n"\\\b\f\t\r', ensure_ascii=False) */
    const char *s = "\x1f\x7f\xc3\xa9\n\"\\\b\f\t\r";
    ProtoResult r = {.status = PROTO_OK, .out = s, .out_len = strlen(s), .error_line = -1, .equal = -1};
    CHECK(strstr(emit("1", PROTO_EXEC, &r), "\"stdout\":\"\\u001f\x7f\xc3\xa9\\n\\\"\\\\\\b\\f\\t\\r\"") != NULL);
}

static void test_tora(void)
{
    ProtoResult r = {.status = PROTO_ERROR, .error_type = "ValueError", .error_qualname = "ValueError",
                     .error_message = "a\nb", .error_line = 1, .equal = -1};
    char *t = proto_tora(&r);
    CHECK_STR(t, "b");   /* the last line of the traceback, as ToRA shows it */
    free(t);
    r.error_type = r.error_qualname = "KeyError";
    r.error_message = "";
    CHECK_STR(t = proto_tora(&r), "KeyError");
    free(t);
    r.error_type = "SympifyError";
    r.error_qualname = "sympy.core.sympify.SympifyError";
    r.error_message = "SympifyError: 'x'";
    CHECK_STR(t = proto_tora(&r), "sympy.core.sympify.SympifyError: SympifyError: 'x'");
    free(t);
    /* 500 x between Unicode whitespace: stripped, then 200 + ... + 200. */
    char big[600] = "\xe3\x80\x80 ";
    memset(big + 4, 'x', 500);
    strcpy(big + 504, "\xc2\xa0\n");
    big[4] = 'A';
    big[503] = 'Z';
    r = (ProtoResult){.status = PROTO_OK, .out = big, .out_len = strlen(big), .error_line = -1, .equal = -1};
    t = proto_tora(&r);
    CHECK(strlen(t) == 403);
    CHECK(t[0] == 'A' && t[402] == 'Z' && strncmp(t + 200, "...", 3) == 0);
    free(t);
    /* Characters, not bytes: 401 two-byte characters are cut by character. */
    char wide[1000];
    for (int i = 0; i < 401; i++)
        memcpy(wide + 2 * i, "\xc3\xa9", 2);
    r.out = wide;
    r.out_len = 802;
    t = proto_tora(&r);
    CHECK(strlen(t) == 803);
    free(t);
    r.out = " \n\t";
    r.out_len = 3;
    CHECK_STR(t = proto_tora(&r), "Done");
    free(t);
}

/* tirbox's own extension of grade and extract (the reference answers them NotImplemented). */
static void test_grade_fields(void)
{
    BAD("{\"op\":\"grade\",\"pred\":\"1\",\"gold\":\"1\",\"style\":\"x\"}", "null",
        "style must be \\\"tirbox\\\" or \\\"tora\\\"");
    BAD("{\"op\":\"extract\",\"text\":\"1\",\"style\":1}", "null", "style must be a string");
    BAD("{\"op\":\"grade\",\"pred\":\"1\",\"gold\":\"1\",\"rel_tol\":0}", "null",
        "rel_tol must be a number between 0 and 1");
    BAD("{\"op\":\"grade\",\"pred\":\"1\",\"gold\":\"1\",\"rel_tol\":\"1e-3\"}", "null",
        "rel_tol must be a number between 0 and 1");
    ProtoRequest q;
    char *why = NULL;
    const char *line = "{\"op\":\"grade\",\"pred\":\"1\",\"gold\":\"1\"}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK_STR(q.style, "tirbox");
    CHECK(q.rel_tol == 0);
    proto_request_free(&q);
    line = "{\"op\":\"grade\",\"pred\":\"1\",\"gold\":\"1\",\"style\":\"tora\",\"rel_tol\":1e-3}";
    CHECK(proto_parse(line, strlen(line), &q, &why));
    CHECK_STR(q.style, "tora");
    CHECK(q.rel_tol == 1e-3);
    proto_request_free(&q);
    ProtoResult r = {.status = PROTO_OK, .equal = 1, .error_line = -1, .reason = "exactly equal",
                     .pred_norm = "1/2", .gold_norm = "0.5"};
    CHECK_STR(emit("1", PROTO_GRADE, &r), "{\"id\":1,\"status\":\"ok\",\"equal\":true,\"reason\":\"exactly equal\","
                                          "\"pred_norm\":\"1/2\",\"gold_norm\":\"0.5\"}\n");
    r = (ProtoResult){.status = PROTO_OK, .equal = -1, .error_line = -1, .answer = "\\frac{1}{2}"};
    CHECK_STR(emit("2", PROTO_EXTRACT, &r), "{\"id\":2,\"status\":\"ok\",\"answer\":\"\\\\frac{1}{2}\"}\n");
}

int main(void)
{
    RUN(test_bad_requests_like_the_reference);
    RUN(test_not_json);
    RUN(test_defaults_and_fields);
    RUN(test_emit_like_the_reference);
    RUN(test_string_escapes);
    RUN(test_tora);
    RUN(test_grade_fields);
    return CHECK_EXIT();
}

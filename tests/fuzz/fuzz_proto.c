/* tests/fuzz/fuzz_proto.c — the request parser and the response writer on hostile lines.
 *
 * Every line gets exactly one response line: whole JSON, one `\n` at its end, valid UTF-8. The
 * result fields are filled with the input's own bytes as well (a worker's stdout is hostile too:
 * invalid UTF-8 must come out as U+FFFD). */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/proto.h"
#include "tests/fuzz/harness.h"

static bool valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 9;
        if (k == 9 || i + k >= n + (k == 0))
            return false;
        unsigned cp = k == 0 ? c : c & (0x3F >> k);
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (s[i + j] & 0x3F);
        }
        static const unsigned least[] = {0, 0x80, 0x800, 0x10000};
        if (cp < least[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += k + 1;
    }
    return true;
}

/* One response line, as the server would write it. */
static void check_line(const ProtoBuf *b, size_t from)
{
    const char *line = b->data + from;
    size_t n = b->len - from;
    if (n < 2 || line[n - 1] != '\n' || memchr(line, '\n', n - 1) || !valid_utf8((const unsigned char *)line, n))
        __builtin_trap();
    cJSON *v = cJSON_ParseWithLength(line, n - 1);
    if (!cJSON_IsObject(v) || !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(v, "status")))
        __builtin_trap();
    cJSON_Delete(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *line = harness_text(data, size);
    ProtoRequest req;
    char *why = NULL;
    ProtoBuf out = {0};
    if (proto_parse(line, size, &req, &why)) {
        ProtoResult r = {
            .status = (ProtoStatus)(size % (PROTO_CRASH + 1)), .out = line, .out_len = size,
            .truncated = size & 1, .display = req.code, .value = req.text, .error_type = req.session,
            .error_qualname = req.call, .error_message = line, .error_line = (long)size - 1,
            .time_ms = req.time_ms, .mem_kb = (long)req.output_bytes,
            .equal = req.op == PROTO_GRADE ? (int)(size & 1) : -1, .answer = req.pred,
        };
        if (r.status != PROTO_OK && !r.error_type)
            r.error_type = "Error";
        proto_emit_result(&out, req.id, req.op, &r);
        check_line(&out, 0);
        size_t at = out.len;
        proto_emit_ok(&out, req.id);
        check_line(&out, at);
        free(proto_tora(&r));
    } else {
        if (!why)
            __builtin_trap();
        proto_emit_bad_request(&out, req.id, why);
        check_line(&out, 0);
        free(why);
    }
    proto_request_free(&req);
    proto_buf_free(&out);
    free(line);
    return 0;
}

/* protocol/proto.c — the JSON-lines codec (see proto.h). Requests are read with cJSON; responses
 * are written by hand so that they match the reference byte for byte (compact separators, UTF-8
 * kept, Python's escapes and number formats). */
#include "protocol/proto.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TORA_MAX 400
#define TORA_KEEP 200

/* ---- buffers ---------------------------------------------------------------------------- */

void proto_buf_add(ProtoBuf *b, const void *p, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) {
            fputs("tirbox: out of memory for a response\n", stderr);
            abort();
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void proto_buf_free(ProtoBuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

static void add_str(ProtoBuf *b, const char *s) { proto_buf_add(b, s, strlen(s)); }

static void add_fmt(ProtoBuf *b, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    proto_buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (!d)
        abort();
    return memcpy(d, s, n);
}

static char *take(ProtoBuf *b)
{
    if (!b->data)
        return xstrdup("");
    return b->data;
}

static char *fmt_alloc(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    if (!s)
        abort();
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- UTF-8 ------------------------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at p (strict: no overlongs, surrogates or > U+10FFFF), or 0;
 * *cp receives the code point. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t v, min;
    if (c >= 0xc2 && c <= 0xdf)
        n = 2, v = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef)
        n = 3, v = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 4, v = c & 0x07, min = 0x10000;
    else
        return 0;
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        v = v << 6 | (p[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    *cp = v;
    return n;
}

/* The reference decodes the line as UTF-8 and rejects control characters inside strings; cJSON
 * does neither, so the line is checked first. NUL bytes are refused anywhere (cJSON's strings
 * could not carry them). Returns NULL or the problem. */
static char *precheck(const char *line, size_t len)
{
    const unsigned char *p = (const unsigned char *)line, *end = p + len;
    bool in_string = false;
    while (p < end) {
        size_t at = (size_t)(p - (const unsigned char *)line);
        uint32_t cp;
        size_t n = utf8_seq(p, end, &cp);
        if (!n)
            return fmt_alloc("not JSON: invalid UTF-8 at byte %zu", at);
        if (cp == 0)
            return fmt_alloc("not JSON: NUL byte at byte %zu", at);
        if (in_string && cp < 0x20)
            return fmt_alloc("not JSON: invalid control character at byte %zu", at);
        if (cp == '"')
            in_string = !in_string;
        else if (cp == '\\' && in_string && p + 1 < end)
            n = 2;   /* an escaped character cannot end the string */
        p += n;
    }
    return NULL;
}

/* ---- encoding --------------------------------------------------------------------------- */

/* A JSON string as Python's json.dumps(ensure_ascii=False) writes it; invalid UTF-8 (which a
 * well-behaved worker never sends) becomes U+FFFD. */
static void add_json_string(ProtoBuf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    proto_buf_add(b, "\"", 1);
    while (p < end) {
        const unsigned char *run = p;
        uint32_t cp;
        size_t k = 1;
        while (p < end && *p >= 0x20 && *p != '"' && *p != '\\' && (*p < 0x80 || (k = utf8_seq(p, end, &cp))))
            p += *p < 0x80 ? 1 : k;
        proto_buf_add(b, run, (size_t)(p - run));
        if (p == end)
            break;
        unsigned c = *p++;
        switch (c) {
        case '"': add_str(b, "\\\""); break;
        case '\\': add_str(b, "\\\\"); break;
        case '\n': add_str(b, "\\n"); break;
        case '\r': add_str(b, "\\r"); break;
        case '\t': add_str(b, "\\t"); break;
        case '\b': add_str(b, "\\b"); break;
        case '\f': add_str(b, "\\f"); break;
        default:
            if (c >= 0x80)
                add_str(b, "\xef\xbf\xbd");
            else
                add_fmt(b, "\\u%04x", c);
            break;
        }
    }
    proto_buf_add(b, "\"", 1);
}

static void add_key(ProtoBuf *b, const char *key)
{
    proto_buf_add(b, ",\"", 2);
    add_str(b, key);
    proto_buf_add(b, "\":", 2);
}

static void add_string_field(ProtoBuf *b, const char *key, const char *s)
{
    add_key(b, key);
    if (s)
        add_json_string(b, s, strlen(s));
    else
        add_str(b, "null");
}

static void begin(ProtoBuf *b, const char *id, const char *status)
{
    add_str(b, "{\"id\":");
    add_str(b, id);
    add_string_field(b, "status", status);
}

static void add_error(ProtoBuf *b, const char *type, const char *message, long line)
{
    add_key(b, "error");
    add_str(b, "{\"type\":");
    add_json_string(b, type, strlen(type));
    add_str(b, ",\"message\":");
    add_json_string(b, message, strlen(message));
    if (line >= 0)
        add_fmt(b, ",\"line\":%ld}", line);
    else
        add_str(b, ",\"line\":null}");
}

void proto_emit_bad_request(ProtoBuf *out, const char *id, const char *why)
{
    begin(out, id, "bad_request");
    add_error(out, "BadRequest", why, -1);
    add_str(out, "}\n");
}

void proto_emit_ok(ProtoBuf *out, const char *id)
{
    begin(out, id, "ok");
    add_str(out, "}\n");
}

static const char *const status_name[] = {"ok", "error", "timeout", "memory", "crash"};

/* Python's str.isspace() for one code point. */
static bool py_space(uint32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* The character at byte i: its code point and length (a byte that is not valid UTF-8 counts as
 * one character). */
static size_t char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
    size_t len = utf8_seq((const unsigned char *)s + i, (const unsigned char *)s + n, cp);
    if (!len) {
        *cp = 0xfffd;
        return 1;
    }
    return len;
}

/* The start of the character that ends at byte i (> 0). */
static size_t char_before(const char *s, size_t n, size_t i)
{
    for (size_t k = 2; k <= 4 && k <= i; k++) {
        uint32_t cp;
        if ((s[i - k + 1] & 0xc0) != 0x80)
            break;
        if (utf8_seq((const unsigned char *)s + i - k, (const unsigned char *)s + n, &cp) == k)
            return i - k;
    }
    return i - 1;
}

/* ToRA's view of a text: stripped, and cut to 200 + `...` + 200 characters beyond 400. */
static char *tora_cut(const char *s, size_t n)
{
    size_t lo = 0, hi = n, len;
    uint32_t cp;
    while (lo < hi && (len = char_at(s, n, lo, &cp)) && py_space(cp))
        lo += len;
    while (hi > lo) {
        size_t k = char_before(s, n, hi);
        char_at(s, n, k, &cp);
        if (!py_space(cp))
            break;
        hi = k;
    }
    size_t count = 0, head = lo, tail = hi;
    for (size_t i = lo; i < hi && count <= TORA_MAX; count++) {
        i += char_at(s, n, i, &cp);
        if (count + 1 == TORA_KEEP)
            head = i;
    }
    ProtoBuf b = {0};
    if (count > TORA_MAX) {
        for (int k = 0; k < TORA_KEEP; k++)
            tail = char_before(s, n, tail);
        proto_buf_add(&b, s + lo, head - lo);
        add_str(&b, "...");
        proto_buf_add(&b, s + tail, hi - tail);
    } else {
        proto_buf_add(&b, s + lo, hi - lo);
    }
    return take(&b);
}

char *proto_tora(const ProtoResult *r)
{
    if (r->status == PROTO_TIMEOUT)
        return xstrdup("TimeoutError: Timed Out");
    if (r->status == PROTO_OK) {
        char *t = tora_cut(r->out ? r->out : "", r->out ? r->out_len : 0);
        if (!*t) {
            free(t);
            return xstrdup("Done");
        }
        return t;
    }
    /* The last line of the formatted exception: `Type: message`, or `Type` alone. */
    const char *type = r->error_qualname ? r->error_qualname : r->error_type;
    const char *msg = r->error_message ? r->error_message : "";
    ProtoBuf line = {0};
    add_str(&line, type ? type : "");
    if (*msg) {
        add_str(&line, ": ");
        add_str(&line, msg);
    }
    char *all = take(&line);
    const char *last = strrchr(all, '\n');
    last = last ? last + 1 : all;
    char *t = tora_cut(last, strlen(last));
    free(all);
    return t;
}

void proto_emit_result(ProtoBuf *out, const char *id, ProtoOp op, const ProtoResult *r)
{
    begin(out, id, status_name[r->status]);
    bool ok = r->status == PROTO_OK;
    if (op == PROTO_EXEC) {
        bool hide = r->status == PROTO_TIMEOUT || r->status == PROTO_CRASH;
        add_key(out, "stdout");
        if (hide || !r->out)
            add_str(out, "\"\"");
        else
            add_json_string(out, r->out, r->out_len);
        if (ok && r->display)
            add_string_field(out, "display", r->display);
        if (ok && r->value)
            add_string_field(out, "value", r->value);
    } else if (ok && op == PROTO_GRADE) {
        add_key(out, "equal");
        add_str(out, r->equal > 0 ? "true" : "false");
        const char *const names[] = {"reason", "pred_norm", "gold_norm"};
        const char *const texts[] = {r->reason, r->pred_norm, r->gold_norm};
        for (int i = 0; i < 3; i++)
            if (texts[i])
                add_string_field(out, names[i], texts[i]);
    } else if (ok && op == PROTO_EXTRACT) {
        add_string_field(out, "answer", r->answer);
    }
    if (!ok) {
        if (r->status == PROTO_TIMEOUT)
            add_error(out, "TimeoutError", "Timed Out", -1);
        else
            add_error(out, r->error_type ? r->error_type : "Error",
                      r->error_message ? r->error_message : "", r->error_line);
    }
    if (op == PROTO_EXEC) {
        char *t = proto_tora(r);
        add_string_field(out, "tora", t);
        free(t);
        if (r->status == PROTO_ERROR && r->traceback)
            add_string_field(out, "traceback", r->traceback);
        add_key(out, "truncated");
        add_str(out, r->truncated && r->status != PROTO_TIMEOUT && r->status != PROTO_CRASH ? "true" : "false");
        add_key(out, "time_ms");
        add_fmt(out, "%.1f", r->time_ms > 0 ? r->time_ms : 0.0);
        add_key(out, "mem_kb");
        add_fmt(out, "%ld", r->mem_kb);
    }
    add_str(out, "}\n");
}

/* ---- parsing ---------------------------------------------------------------------------- */

/* The last member named `name` (Python's json keeps the last of duplicate keys). */
static cJSON *member(const cJSON *obj, const char *name)
{
    cJSON *found = NULL;
    for (cJSON *c = obj->child; c; c = c->next)
        if (c->string && strcmp(c->string, name) == 0)
            found = c;
    return found;
}

/* A missing member or JSON null: the reference treats both as absent. */
static bool absent(const cJSON *v) { return !v || cJSON_IsNull(v); }

/* Python's truth value of a JSON value. */
static bool truthy(const cJSON *v)
{
    if (absent(v) || cJSON_IsFalse(v))
        return false;
    if (cJSON_IsNumber(v))
        return v->valuedouble != 0;
    if (cJSON_IsString(v))
        return v->valuestring[0] != 0;
    if (cJSON_IsArray(v) || cJSON_IsObject(v))
        return v->child != NULL;
    return true;
}

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

/* Past one JSON value of a line already known to be valid JSON. */
static const char *skip_value(const char *p, const char *e)
{
    int depth = 0;
    bool in_string = false;
    const char *start = p;
    for (; p < e; p++) {
        char c = *p;
        if (in_string) {
            if (c == '\\')
                p++;
            else if (c == '"') {
                in_string = false;
                if (depth == 0)
                    return p + 1;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return p;
            if (--depth == 0)
                return p + 1;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n') && p > start) {
            return p;
        }
    }
    return p;
}

/* The raw text of the last top-level number member spelled exactly "id" (so that 1.0 and
 * 12345678901234567890123 come back as sent), or NULL. */
static char *raw_number_id(const char *line, size_t len)
{
    const char *p = line, *e = line + len, *vs = NULL, *ve = NULL;
    p = skip_ws(p, e);
    if (p >= e || *p != '{')
        return NULL;
    p++;
    for (;;) {
        p = skip_ws(p, e);
        if (p >= e || *p != '"')
            break;
        const char *ks = p;
        p = skip_value(p, e);
        bool is_id = p - ks == 4 && memcmp(ks, "\"id\"", 4) == 0;
        p = skip_ws(p, e);
        if (p >= e || *p != ':')
            break;
        p = skip_ws(p + 1, e);
        const char *s = p;
        p = skip_value(p, e);
        if (is_id)
            vs = s, ve = p;
        p = skip_ws(p, e);
        if (p >= e || *p != ',')
            break;
        p++;
    }
    if (!vs || ve <= vs || !(*vs == '-' || (*vs >= '0' && *vs <= '9')))
        return NULL;
    char *r = malloc((size_t)(ve - vs) + 1);
    if (!r)
        abort();
    memcpy(r, vs, (size_t)(ve - vs));
    r[ve - vs] = 0;
    return r;
}

static char *id_text(const cJSON *id, const char *line, size_t len)
{
    if (absent(id))
        return xstrdup("null");
    if (cJSON_IsString(id)) {
        ProtoBuf b = {0};
        add_json_string(&b, id->valuestring, strlen(id->valuestring));
        return take(&b);
    }
    if (cJSON_IsNumber(id)) {
        char *raw = raw_number_id(line, len);
        if (raw)
            return raw;
    }
    char *s = cJSON_PrintUnformatted(id);
    char *r = xstrdup(s ? s : "null");
    free(s);
    return r;
}

/* Python's repr() of a str, as `unknown op 'x'` shows it. */
static char *py_repr(const char *s)
{
    bool sq = strchr(s, '\'') != NULL, dq = strchr(s, '"') != NULL;
    char q = sq && !dq ? '"' : '\'';
    ProtoBuf b = {0};
    proto_buf_add(&b, &q, 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\\' || *p == (unsigned char)q) {
            proto_buf_add(&b, "\\", 1);
            proto_buf_add(&b, p, 1);
        } else if (*p == '\n') {
            add_str(&b, "\\n");
        } else if (*p == '\r') {
            add_str(&b, "\\r");
        } else if (*p == '\t') {
            add_str(&b, "\\t");
        } else if (*p < 0x20 || *p == 0x7f) {
            add_fmt(&b, "\\x%02x", *p);
        } else {
            proto_buf_add(&b, p, 1);
        }
    }
    proto_buf_add(&b, &q, 1);
    return take(&b);
}

static bool is_keyword(const char *s)
{
    static const char *const kw[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if (strcmp(s, kw[i]) == 0)
            return true;
    return false;
}

/* str.isidentifier(), with every non-ASCII character taken as a letter. */
static bool is_identifier(const char *s)
{
    if (!*s || (*s >= '0' && *s <= '9'))
        return false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (!(*p >= 0x80 || *p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

static const char *const op_name[] = {"exec", "grade", "extract", "ping", "close"};

/* Fills the optional string members; returns the problem or NULL. */
static char *optional_string(const cJSON *obj, const char *name, const char **dst)
{
    const cJSON *v = member(obj, name);
    if (absent(v))
        return NULL;
    if (!cJSON_IsString(v))
        return fmt_alloc("%s must be a string", name);
    *dst = v->valuestring;
    return NULL;
}

static char *read_limits(const cJSON *obj, ProtoRequest *req)
{
    req->time_ms = PROTO_DEFAULT_TIME_MS;
    req->memory_mb = PROTO_DEFAULT_MEMORY_MB;
    req->output_bytes = PROTO_DEFAULT_OUTPUT_BYTES;
    const cJSON *lim = member(obj, "limits");
    if (absent(lim))
        return NULL;
    if (!cJSON_IsObject(lim))
        return xstrdup("limits must be an object");
    static const char *const names[] = {"time_ms", "memory_mb", "output_bytes"};
    for (int i = 0; i < 3; i++) {
        const cJSON *v = member(lim, names[i]);
        if (!v)
            continue;
        double d = cJSON_IsNumber(v) ? v->valuedouble : NAN;
        if (!(d > 0) || isinf(d))
            return fmt_alloc("limits.%s must be a positive number", names[i]);
        if (i == 0)
            req->time_ms = d;
        else if (i == 1)
            req->memory_mb = d;
        else
            req->output_bytes = d >= 9.2e18 ? (size_t)9.2e18 : (size_t)d;
    }
    return NULL;
}

static char *validate(const cJSON *obj, ProtoRequest *req)
{
    const cJSON *id = member(obj, "id");
    if (!absent(id) && !cJSON_IsString(id) && !cJSON_IsNumber(id))
        return xstrdup("id must be a string or a number");
    const cJSON *op = member(obj, "op");
    req->op = PROTO_EXEC;
    if (!absent(op)) {
        int k = -1;
        for (int i = 0; i < 5 && cJSON_IsString(op); i++)
            if (strcmp(op->valuestring, op_name[i]) == 0)
                k = i;
        if (k < 0) {
            char *shown = cJSON_IsString(op) ? py_repr(op->valuestring) : cJSON_PrintUnformatted(op);
            char *m = fmt_alloc("unknown op %s", shown ? shown : "?");
            free(shown);
            return m;
        }
        req->op = (ProtoOp)k;
    }
    char *why = optional_string(obj, "session", &req->session);
    if (why)
        return why;
    if (req->op == PROTO_CLOSE)
        return req->session ? NULL : xstrdup("close needs a session");
    if (req->op == PROTO_GRADE || req->op == PROTO_EXTRACT) {
        req->style = "tirbox";
        if ((why = optional_string(obj, "style", &req->style)))
            return why;
        if (strcmp(req->style, "tirbox") && strcmp(req->style, "tora"))
            return xstrdup("style must be \"tirbox\" or \"tora\"");
    }
    if (req->op == PROTO_GRADE) {
        if ((why = optional_string(obj, "pred", &req->pred)) || (why = optional_string(obj, "gold", &req->gold)))
            return why;
        if (!req->pred || !req->gold)
            return xstrdup("grade needs pred and gold (strings)");
        const cJSON *tol = member(obj, "rel_tol");
        if (!absent(tol)) {
            req->rel_tol = cJSON_IsNumber(tol) ? tol->valuedouble : NAN;
            if (!(req->rel_tol > 0 && req->rel_tol < 1))
                return xstrdup("rel_tol must be a number between 0 and 1");
        }
        return read_limits(obj, req);
    }
    if (req->op == PROTO_EXTRACT) {
        if ((why = optional_string(obj, "text", &req->text)))
            return why;
        return req->text ? read_limits(obj, req) : xstrdup("extract needs text (a string)");
    }
    if (req->op != PROTO_EXEC)
        return NULL;
    const cJSON *code = member(obj, "code");
    if (!cJSON_IsString(code))
        return xstrdup("exec needs code (a string)");
    req->code = code->valuestring;
    req->code_len = strlen(code->valuestring);
    const cJSON *mode = member(obj, "mode");
    if (truthy(mode)) {
        if (!cJSON_IsString(mode) || (strcmp(mode->valuestring, "script") && strcmp(mode->valuestring, "cell")))
            return xstrdup("mode must be \"script\" or \"cell\"");
        req->cell = strcmp(mode->valuestring, "cell") == 0;
    }
    const cJSON *prelude = member(obj, "prelude");
    req->prelude = "none";
    if (truthy(prelude)) {
        if (!cJSON_IsString(prelude) || (strcmp(prelude->valuestring, "none") && strcmp(prelude->valuestring, "sympy") &&
                                         strcmp(prelude->valuestring, "pot")))
            return xstrdup("prelude must be one of none, sympy, pot");
        req->prelude = prelude->valuestring;
    }
    static const char *const names[] = {"call", "var"};
    for (int i = 0; i < 2; i++) {
        const cJSON *v = member(obj, names[i]);
        if (absent(v))
            continue;
        if (!cJSON_IsString(v) || !is_identifier(v->valuestring) || is_keyword(v->valuestring))
            return fmt_alloc("%s must be an identifier", names[i]);
        *(i ? &req->var : &req->call) = v->valuestring;
    }
    if (req->call && req->var)
        return xstrdup("call and var are exclusive");
    return read_limits(obj, req);
}

bool proto_parse(const char *line, size_t len, ProtoRequest *req, char **why)
{
    memset(req, 0, sizeof *req);
    *why = precheck(line, len);
    if (*why) {
        req->id = xstrdup("null");
        return false;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    if (!root) {
        req->id = xstrdup("null");
        size_t at = end && end >= line && end <= line + len ? (size_t)(end - line) : len;
        *why = len == 0 || skip_ws(line, line + len) == line + len ? xstrdup("not JSON: empty line")
                                                                    : fmt_alloc("not JSON: syntax error at byte %zu", at);
        return false;
    }
    if (skip_ws(end, line + len) != line + len) {
        cJSON_Delete(root);
        req->id = xstrdup("null");
        *why = fmt_alloc("not JSON: extra data at byte %zu", (size_t)(end - line));
        return false;
    }
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        req->id = xstrdup("null");
        *why = xstrdup("a request must be a JSON object");
        return false;
    }
    req->tree = root;
    req->id = id_text(member(root, "id"), line, len);
    *why = validate(root, req);
    return *why == NULL;
}

void proto_request_free(ProtoRequest *req)
{
    free(req->id);
    cJSON_Delete(req->tree);
    memset(req, 0, sizeof *req);
}

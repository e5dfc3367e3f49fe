/* runtime/lang.c — the language as a worker sees it (see lang.h): start-up, one request, results. */
#include "runtime/lang.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "base/mem.h"
#include "runtime/lang/builtins.h"
#include "runtime/lang/class.h"
#include "runtime/lang/code.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/module.h"
#include "runtime/lang/out.h"
#include "runtime/lang/reflect.h"
#include "runtime/lang/str.h"
#include "runtime/lang/vm.h"

/* The names the `pot` prelude binds, as the protocol defines them (PROTOCOL.md). */
static const char pot_prelude[] =
    "import math\n"
    "import statistics\n"
    "from sympy import Symbol, Eq, simplify, solve\n"
    "\n"
    "def solve_it(equation, variable):\n"
    "    solution = solve(equation, variable, dict=True)\n"
    "    if not solution:\n"
    "        if isinstance(variable, list):\n"
    "            return {v: None for v in variable}\n"
    "        return {variable: None}\n"
    "    return solution[0]\n";

static const char sympy_prelude[] = "from sympy import *\nimport math\n";

static Obj *builtins;
static CodeObj *prelude_pot, *prelude_sympy;
static Obj *session_globals;       /* a session's namespace, kept between its requests */
static sigjmp_buf abort_jump;
static volatile LangStatus abort_status;
static volatile long abort_line;    /* where the program ran out of memory, or -1 */

static void builtins_module_init(Obj *module)
{
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(builtins, &pos, &k, &v))
        dict_set(module_dict(module), k, v);
}

const ModuleDef mod_builtins = {"builtins", builtins_module_init, NULL};

/* The request's limits end it from wherever it is: the state left behind is not trusted, so the
 * worker retires after answering. */
static void on_out_of_memory(void)
{
    abort_status = LANG_MEMORY;
    abort_line = -1;
    for (Frame *f = vm.frame; f; f = f->back)
        if (!frame_is_prelude(f)) {
            abort_line = frame_line(f);
            break;
        }
    siglongjmp(abort_jump, 1);
}

static void on_timeout(void)
{
    abort_status = LANG_TIMEOUT;
    siglongjmp(abort_jump, 1);
}

void lang_init(size_t heap_reserve)
{
    gc_init(heap_reserve);
    mem_install();
    builtins = dict_new();
    class_init(builtins);
    func_init(builtins);
    exc_init(builtins);
    builtins_init(builtins);
    out_init(builtins);
    reflect_init(builtins);
    vm_init(builtins);
    module_init_all();
    prelude_pot = compile_module(pot_prelude, sizeof pot_prelude - 1, true, COMPILE_MODULE, NULL);
    prelude_sympy = compile_module(sympy_prelude, sizeof sympy_prelude - 1, true, COMPILE_MODULE, NULL);
    mem_set_oom_handler(on_out_of_memory);
    budget_set_handler(on_timeout);
    gc_seal();
}

static Obj *new_globals(void)
{
    Obj *g = dict_new();
    dict_set_cstr(g, "__name__", str_intern_cstr("__main__"));
    dict_set_cstr(g, "__doc__", None);
    dict_set_cstr(g, "__package__", None);
    dict_set_cstr(g, "__loader__", None);
    dict_set_cstr(g, "__spec__", None);
    dict_set_cstr(g, "__builtins__", module_import(str_intern_cstr("builtins")));
    return g;
}

static char *copy_text(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d)
        abort();
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* A copy of s cut to at most cap bytes on a UTF-8 boundary. */
static char *copy_capped(Obj *s, size_t cap, bool *truncated)
{
    size_t n = str_bytes(s);
    const char *t = str_cstr(s);
    if (n > cap) {
        n = cap;
        while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
            n--;
        *truncated = true;
    }
    return copy_text(t, n);
}

static Obj *lookup_name(Obj *globals, const char *name)
{
    Obj *key = str_intern_cstr(name);
    Obj *v = dict_get(globals, key);
    if (!v)
        v = dict_get(builtins, key);
    if (!v)
        exc_raisef(&type_NameError, "name '%s' is not defined", name);
    return v;
}

/* Appends line `ln` of the code, without its indentation, as a traceback shows it. */
static void add_source_line(Buf *b, const char *code, size_t code_len, int ln)
{
    const char *p = code, *end = code + code_len;
    for (int k = 1; k < ln && p < end; p++)
        if (*p == '\n')
            k++;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r')
        q++;
    if (q > p)
        buf_printf(b, "    %.*s\n", (int)(q - p), p);
}

/* The traceback CPython prints for an uncaught exception raised in code named `file`: the frames
 * of the request's code, outermost first, each with its source line when the file is a real one
 * (not "<string>" or "<stdin>"), then the exception's last line. */
static char *format_traceback(Obj *e, const char *file, const char *qualname, const char *msg, const char *code,
                              size_t code_len)
{
    Buf b;
    buf_init(&b);
    ExcObj *x = (ExcObj *)e;
    bool source = file[0] != '<';
    if (obj_is(e, &type_SyntaxError)) {
        buf_printf(&b, "  File \"%s\", line %d\n", file, x->line);
        add_source_line(&b, code, code_len, x->line);
    } else {
        Frame *chain[256];
        int n = 0;
        for (Frame *f = x->frame; f && n < 256; f = f->back)
            if (!frame_is_prelude(f))
                chain[n++] = f;
        buf_puts(&b, "Traceback (most recent call last):\n");
        for (int i = n - 1; i >= 0; i--) {
            buf_printf(&b, "  File \"%s\", line %d, in %s\n", file, frame_line(chain[i]),
                       str_cstr(chain[i]->code->name));
            if (source)
                add_source_line(&b, code, code_len, frame_line(chain[i]));
        }
    }
    buf_printf(&b, *msg ? "%s: %s\n" : "%s\n", qualname, msg);
    return copy_text(b.data, b.len);
}

static void fill_error(LangResult *out, Obj *e)
{
    out->status = obj_is(e, &type_MemoryError) ? LANG_MEMORY : LANG_ERROR;
    out->error_type = copy_text(TYPE(e)->flags & TF_HEAP ? class_name(TYPE(e)) : TYPE(e)->name,
                                strlen(TYPE(e)->flags & TF_HEAP ? class_name(TYPE(e)) : TYPE(e)->name));
    const char *q = exc_qualname(e);
    out->error_qualname = copy_text(q, strlen(q));
    ExcJump j;
    volatile const char *msg = "<exception str() failed>";
    EXC_TRY(j) {
        msg = exc_message(e);
        exc_pop(&j);
    } else {
        (void)j.exc;
    }
    out->error_message = copy_text((const char *)msg, strlen((const char *)msg));
    int line = ((ExcObj *)e)->line;
    out->error_line = line > 0 ? line : -1;
}

/* Runs the program; everything it produces goes into out. Exceptions are caught here. */
static void run_request(const LangRequest *req, LangResult *out, Obj *globals)
{
    ExcJump j;
    EXC_TRY(j) {
        if (req->prelude && strcmp(req->prelude, "pot") == 0)
            vm_exec_module(prelude_pot, globals);
        else if (req->prelude && strcmp(req->prelude, "sympy") == 0)
            vm_exec_module(prelude_sympy, globals);
        CodeObj *trailing = NULL;
        CodeObj *code = compile_module(req->code, req->code_len, false, req->cell ? COMPILE_CELL : COMPILE_MODULE, &trailing);
        vm_exec_module(code, globals);
        if (trailing) {
            Obj *v = vm_eval(trailing, globals);
            if (v != None)
                out->display = copy_capped(obj_repr(v), req->output_bytes, &out->truncated);
        }
        if (req->call)
            out->value = copy_capped(obj_str(obj_call0(lookup_name(globals, req->call))), req->output_bytes,
                                     &out->truncated);
        else if (req->var)
            out->value = copy_capped(obj_str(lookup_name(globals, req->var)), req->output_bytes, &out->truncated);
        exc_pop(&j);
        out->status = LANG_OK;
    } else {
        fill_error(out, j.exc);
        out->traceback = format_traceback(j.exc, req->filename ? req->filename : "<string>", out->error_qualname,
                                          out->error_message, req->code, req->code_len);
        free(out->display);
        free(out->value);
        out->display = out->value = NULL;
    }
}

/* The request's limits and a clean interpreter state. */
static void begin_request(double time_ms, size_t memory_bytes, bool fresh)
{
    mem_set_limit(memory_bytes);
    budget_start(time_ms);
    if (fresh) {
        /* What a program may have changed with sys.setrecursionlimit / set_int_max_str_digits. */
        vm.limit = VM_DEFAULT_RECURSION_LIMIT;
        int_set_max_str_digits(INT_DEFAULT_MAX_STR_DIGITS);
    }
    vm.frame = NULL;
    vm.depth = 0;
    vm.handled = NULL;
    exc_handler = NULL;
}

/* Lifts the limits; a one-shot request leaves nothing behind in the heap. */
static void end_request(bool persistent)
{
    budget_start(0);
    mem_set_limit(0);
    exc_handler = NULL;
    int_release_scratch();
    obj_reset_side_dicts();
    if (!persistent) {
        str_reset_young_interns();
        gc_reset();
    }
}

void lang_exec(const LangRequest *req, LangResult *out)
{
    memset(out, 0, sizeof *out);
    out->error_line = -1;
    begin_request(req->time_ms, req->memory_bytes, !req->persistent || !session_globals);
    Obj *globals = req->persistent && session_globals ? session_globals : NULL;
    if (sigsetjmp(abort_jump, 0) == 0) {
        /* Inside the jump's reach: these allocate, and a tiny memory limit ends them too. */
        out_begin(req->output_bytes);
        if (!globals) {
            module_begin_request();
            globals = new_globals();
        }
        if (req->persistent)
            session_globals = globals;
        run_request(req, out, globals);
        size_t n;
        const char *text = out_text(&n);
        out->out = copy_text(text, n);
        out->out_len = n;
        out->truncated |= out_truncated();
    } else {
        mem_set_limit(0);
        budget_start(0);
        free(out->display);
        free(out->value);
        out->display = out->value = NULL;
        out->status = abort_status;
        out->retire = true;
        out->out = copy_text("", 0);
        const char *type = abort_status == LANG_TIMEOUT ? "TimeoutError" : "MemoryError";
        out->error_type = copy_text(type, strlen(type));
        out->error_qualname = copy_text(type, strlen(type));
        const char *msg = abort_status == LANG_TIMEOUT ? "Timed Out" : "";
        out->error_message = copy_text(msg, strlen(msg));
        out->error_line = abort_status == LANG_MEMORY ? abort_line : -1;
        session_globals = NULL;
    }
    end_request(req->persistent);
}

LangStatus lang_run_native(void (*fn)(void *ctx), void *ctx, double time_ms, size_t memory_bytes, bool *retire)
{
    begin_request(time_ms, memory_bytes, true);
    LangStatus status = LANG_OK;
    *retire = false;
    if (sigsetjmp(abort_jump, 0) == 0) {
        fn(ctx);
    } else {
        status = abort_status;
        *retire = true;
    }
    end_request(false);
    return status;
}

void lang_interrupt(bool on)
{
    vm.interrupted = on;
}

void lang_session_end(void)
{
    session_globals = NULL;
    end_request(false);
}

void lang_result_free(LangResult *r)
{
    free(r->out);
    free(r->display);
    free(r->value);
    free(r->error_type);
    free(r->error_qualname);
    free(r->error_message);
    free(r->traceback);
    memset(r, 0, sizeof *r);
}

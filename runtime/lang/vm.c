/* runtime/lang/vm.c — the bytecode interpreter. */
#include "runtime/lang/vm.h"

#include <math.h>
#include <sys/resource.h>
#include <stdio.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/gen.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/range.h"
#include "runtime/lang/set.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

VmState vm;

int frame_line(const Frame *f) { return f->code->lines[f->pc - f->code->code]; }
bool frame_is_prelude(const Frame *f) { return (f->code->flags & CO_PRELUDE) != 0; }

static Obj *s_exit, *s_enter, *s_name, *s_qualname, *s_module, *s_all, *s_metaclass;

/* ---- frames and calls -------------------------------------------------------------------- */

static Frame *frame_new(CodeObj *co, FuncObj *fn, Obj *globals)
{
    size_t slots = (size_t)(co->nlocals + co->ncells + co->nfree + co->stacksize);
    Frame *f = gc_alloc(sizeof(Frame) + slots * sizeof(Obj *) + (size_t)co->nblocks * sizeof(Block));
    f->code = co;
    f->pc = co->code;
    f->func = fn;
    f->globals = globals;
    f->blocks = (Block *)(f->fast + slots);
    return f;
}

static const char *fname(FuncObj *fn) { return str_cstr(fn->qualname); }

static _Noreturn void too_many_positional(FuncObj *fn, int given, int kw_given)
{
    CodeObj *co = fn->code;
    int ndef = fn->defaults ? (int)tuple_len(fn->defaults) : 0;
    int max = co->argcount, min = co->argcount - ndef;
    char what[64];
    if (min < max)
        snprintf(what, sizeof what, "from %d to %d positional arguments", min, max);
    else
        snprintf(what, sizeof what, "%d positional argument%s", max, max == 1 ? "" : "s");
    if (kw_given)
        exc_raisef(&type_TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                   fname(fn), what, given, given == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
    exc_raisef(&type_TypeError, "%s() takes %s but %d %s given", fname(fn), what, given, given == 1 ? "was" : "were");
}

static _Noreturn void missing_args(FuncObj *fn, Obj **fast, int from, int to, const char *kind)
{
    CodeObj *co = fn->code;
    Obj *names = list_new(4);
    for (int i = from; i < to; i++)
        if (!fast[i])
            list_append(names, tuple_get(co->varnames, (size_t)i));
    size_t n = list_len(names);
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_puts(&b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        buf_printf(&b, "'%s'", str_cstr(list_get(names, i)));
    }
    exc_raisef(&type_TypeError, "%s() missing %zu required %s argument%s: %s", fname(fn), n, kind, n == 1 ? "" : "s",
               buf_cstr(&b));
}

static int find_param(CodeObj *co, Obj *name, int from, int to)
{
    Obj **vn = tuple_items(co->varnames);
    for (int i = from; i < to; i++)
        if (vn[i] == name)
            return i;
    for (int i = from; i < to; i++)
        if (str_equal(vn[i], name))
            return i;
    return -1;
}

static void bind_args(Frame *f, FuncObj *fn, Obj **args, int nargs, Obj *kwnames)
{
    CodeObj *co = fn->code;
    Obj **fast = f->fast;
    int argc = co->argcount, kwonly = co->kwonlyargcount;
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    int n = nargs < argc ? nargs : argc;
    for (int i = 0; i < n; i++)
        fast[i] = args[i];
    int slot = argc + kwonly;
    if (co->flags & CO_VARARGS) {
        fast[slot++] = nargs > argc ? tuple_from_array(args + argc, (size_t)(nargs - argc)) : tuple_empty();
    } else if (nargs > argc) {
        int kw_given = 0;
        for (int k = 0; k < nkw; k++)
            if (find_param(co, tuple_get(kwnames, (size_t)k), argc, argc + kwonly) >= 0)
                kw_given++;
        too_many_positional(fn, nargs, kw_given);
    }
    Obj *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS)
        fast[slot] = kwdict = dict_new();
    for (int k = 0; k < nkw; k++) {
        Obj *name = tuple_get(kwnames, (size_t)k);
        Obj *value = args[nargs + k];
        int i = find_param(co, name, co->posonlyargcount, argc + kwonly);
        if (i < 0) {
            if (kwdict) {
                dict_set(kwdict, name, value);
                continue;
            }
            if (find_param(co, name, 0, co->posonlyargcount) >= 0)
                exc_raisef(&type_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                           fname(fn), str_cstr(name));
            exc_raisef(&type_TypeError, "%s() got an unexpected keyword argument '%s'", fname(fn), str_cstr(name));
        }
        if (fast[i])
            exc_raisef(&type_TypeError, "%s() got multiple values for argument '%s'", fname(fn), str_cstr(name));
        fast[i] = value;
    }
    if (nargs < argc) {
        int ndef = fn->defaults ? (int)tuple_len(fn->defaults) : 0;
        int first_def = argc - ndef;
        for (int i = nargs; i < argc; i++)
            if (!fast[i] && i >= first_def)
                fast[i] = tuple_get(fn->defaults, (size_t)(i - first_def));
        for (int i = nargs; i < argc; i++)
            if (!fast[i])
                missing_args(fn, fast, nargs, argc, "positional");
    }
    for (int i = argc; i < argc + kwonly; i++) {
        if (fast[i])
            continue;
        Obj *d = fn->kwdefaults ? dict_get(fn->kwdefaults, tuple_get(co->varnames, (size_t)i)) : NULL;
        if (d)
            fast[i] = d;
    }
    for (int i = argc; i < argc + kwonly; i++)
        if (!fast[i])
            missing_args(fn, fast, argc, argc + kwonly, "keyword-only");
}

static void setup_cells(Frame *f, Obj *closure)
{
    CodeObj *co = f->code;
    Obj **cells = f->fast + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        int a = co->cell2arg[i];
        cells[i] = cell_new(a >= 0 ? f->fast[a] : NULL);
    }
    for (int i = 0; i < co->nfree; i++)
        cells[co->ncells + i] = tuple_get(closure, (size_t)i);
}

static Obj *run_frame(Frame *f);

Obj *vm_call_function(FuncObj *fn, Obj **args, int nargs, Obj *kwnames)
{
    CodeObj *co = fn->code;
    Frame *f = frame_new(co, fn, fn->globals);
    if (!kwnames && nargs == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && !co->kwonlyargcount) {
        for (int i = 0; i < nargs; i++)
            f->fast[i] = args[i];
    } else {
        bind_args(f, fn, args, nargs, kwnames);
    }
    if (co->ncells || co->nfree)
        setup_cells(f, fn->closure);
    if (co->flags & CO_GENERATOR)
        return gen_new(f, fn);
    return run_frame(f);
}

/* ---- the interpreter loop ---------------------------------------------------------------------- */

static _Noreturn void name_error(Obj *name)
{
    exc_raisef(&type_NameError, "name '%s' is not defined", str_cstr(name));
}

static _Noreturn void unbound_local(Obj *name)
{
    exc_raisef(&type_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
               str_cstr(name));
}

/* LOAD_GLOBAL through the code's cache for the name (see GlobalCache). */
static inline Obj *load_global_cached(Frame *f, Obj *name, GlobalCache *c)
{
    DictObj *g = (DictObj *)f->globals, *b = (DictObj *)vm.builtins;
    if (c->where == 1 && c->globals_version == g->version)
        return *c->value;
    if (c->where == 2 && c->globals_version == g->version && c->builtins_version == b->version)
        return *c->value;
    int64_t ix = dict_find_entry(f->globals, name);
    if (ix >= 0) {
        *c = (GlobalCache){g->version, b->version, &g->entries[ix].value, 1};
        return g->entries[ix].value;
    }
    ix = dict_find_entry(vm.builtins, name);
    if (ix >= 0) {
        *c = (GlobalCache){g->version, b->version, &b->entries[ix].value, 2};
        return b->entries[ix].value;
    }
    name_error(name);
}

/* STORE_NAME or STORE_GLOBAL through the code's cache for the name: the value of a name already in
 * globals is replaced in its entry, which leaves the dict's version as it is. */
static inline void store_global_cached(Frame *f, Obj *name, Obj *value, GlobalCache *c)
{
    DictObj *g = (DictObj *)f->globals;
    if (c->where == 1 && c->globals_version == g->version) {
        *c->value = value;
        return;
    }
    dict_set(f->globals, name, value);
    *c = (GlobalCache){g->version, 0, &g->entries[dict_find_entry(f->globals, name)].value, 1};
}

static Obj *load_global(Frame *f, Obj *name)
{
    Obj *v = dict_get(f->globals, name);
    if (v)
        return v;
    v = dict_get(vm.builtins, name);
    if (v)
        return v;
    name_error(name);
}

_Noreturn void vm_reraise(Obj *exc) { exc_throw(exc); }

/* Unpacks seq onto the stack at dst (last item lowest), with CPython's errors. */
static void unpack_into(Obj *seq, Obj **dst, int before, int after, bool star)
{
    int want = before + after;
    Obj **items = NULL;
    size_t n = 0;
    if (TYPE(seq) == &type_tuple || TYPE(seq) == &type_list) {
        items = TYPE(seq) == &type_tuple ? tuple_items(seq) : list_items(seq);
        n = TYPE(seq) == &type_tuple ? tuple_len(seq) : list_len(seq);
    } else {
        Type *t = TYPE(seq);
        if (!t->iter && !t->getitem)
            exc_raisef(&type_TypeError, "cannot unpack non-iterable %s object", t->name);
        Obj *l = list_from_iterable(seq);
        items = list_items(l);
        n = list_len(l);
    }
    if (!star) {
        if ((int)n < want)
            exc_raisef(&type_ValueError, "not enough values to unpack (expected %d, got %zu)", want, n);
        if ((int)n > want)
            exc_raisef(&type_ValueError, "too many values to unpack (expected %d)", want);
        for (int i = 0; i < want; i++)
            dst[want - 1 - i] = items[i];
        return;
    }
    if ((int)n < want)
        exc_raisef(&type_ValueError, "not enough values to unpack (expected at least %d, got %zu)", want, n);
    /* dst receives, from the top of the stack down: the first `before`, the starred list, the rest. */
    int total = want + 1;
    int k = total - 1;
    for (int i = 0; i < before; i++)
        dst[k--] = items[i];
    dst[k--] = list_from_array(items + before, n - (size_t)want);
    for (size_t i = n - (size_t)after; i < n; i++)
        dst[k--] = items[i];
}

static bool is_iterable(Obj *o)
{
    Type *t = TYPE(o);
    return t->iter || (t->getitem && !(t->flags & TF_DICT));
}

/* How CPython names a callable in call errors: "f()", "set()", "A.method()". */
static const char *callable_name(Obj *f)
{
    Obj *q = obj_lookup_attr(f, s_qualname);
    if (q && str_check(q))
        return str_cstr(str_printf("%s()", str_cstr(q)));
    return str_cstr(str_printf("%s object", obj_type_name(f)));
}

static Obj *call_with_kwdict(Obj *func, Obj *argtuple, Obj *kwdict)
{
    size_t np = tuple_len(argtuple);
    size_t nk = kwdict ? dict_len(kwdict) : 0;
    Obj **args = gc_alloc(sizeof(Obj *) * (np + nk + 1));
    memcpy(args, tuple_items(argtuple), np * sizeof(Obj *));
    Obj *kwnames = NULL;
    if (nk) {
        kwnames = tuple_new(nk);
        size_t pos = 0, i = 0;
        Obj *k, *v;
        while (dict_next(kwdict, &pos, &k, &v)) {
            if (!str_check(k))
                exc_raisef(&type_TypeError, "keywords must be strings");
            tuple_items(kwnames)[i] = k;
            args[np + i] = v;
            i++;
        }
    }
    return obj_call(func, args, (int)np, kwnames);
}

static Obj *build_class(Frame *f, Obj **base, int n, Obj *kwnames)
{
    FuncObj *body = (FuncObj *)base[0];
    Obj *name = base[1];
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    int nbases = n - nkw;
    Obj *bases = tuple_from_array(base + 2, (size_t)nbases);
    Obj *meta = NULL;
    for (int k = 0; k < nkw; k++) {
        if (str_equal(tuple_get(kwnames, (size_t)k), s_metaclass))
            meta = base[2 + nbases + k];
        else
            exc_raisef(&type_TypeError, "%s.__init_subclass__() takes no keyword arguments", str_cstr(name));
    }
    Obj *ns = dict_new();
    Obj *modname = dict_get(f->globals, s_name);
    dict_set(ns, s_module, modname ? modname : str_intern_cstr("__main__"));
    dict_set(ns, s_qualname, body->code->qualname);
    Obj *cell = vm_run_namespace(body->code, f->globals, ns, body->closure);
    Obj *cls;
    if (meta && meta != (Obj *)&type_type) {
        Obj *args[3] = {name, bases, ns};
        cls = obj_call(meta, args, 3, NULL);
    } else {
        cls = class_new(name, bases, ns);
    }
    if (cell && TYPE(cell) == &type_cell)
        ((CellObj *)cell)->value = cls;
    return cls;
}

static Obj *import_from(Obj *mod, Obj *name)
{
    Obj *v = obj_lookup_attr(mod, name);
    if (v)
        return v;
    if (TYPE(mod) == &type_module) {
        Obj *full = str_printf("%s.%s", module_name(mod), str_cstr(name));
        ExcJump j;
        volatile Obj *sub = NULL;
        EXC_TRY(j) {
            sub = module_import(full);
            exc_pop(&j);
        } else {
            if (!obj_is(j.exc, &type_ImportError))
                exc_raise(j.exc);
        }
        if (sub)
            return (Obj *)sub;
        const char *file = module_file(module_name(mod));
        exc_raisef(&type_ImportError, "cannot import name '%s' from '%s' (%s)", str_cstr(name), module_name(mod),
                   file ? file : "unknown location");
    }
    exc_raisef(&type_ImportError, "cannot import name '%s'", str_cstr(name));
}

static void import_star(Frame *f, Obj *mod)
{
    Obj *target = f->locals ? f->locals : f->globals;
    Obj *d = module_dict(mod);
    Obj *all = dict_get(d, s_all);
    if (all) {
        Obj *it = obj_iter(all), *name;
        while ((name = obj_next(it)))
            dict_set(target, name, obj_getattr(mod, name));
        return;
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(d, &pos, &k, &v))
        if (str_check(k) && str_cstr(k)[0] != '_')
            dict_set(target, k, v);
}

static Obj *special_method(Obj *o, Obj *name, const char *what)
{
    Obj *m = type_lookup(TYPE(o), name);
    if (!m)
        exc_raisef(&type_TypeError, "'%s' object does not support the context manager protocol%s", obj_type_name(o),
                   what);
    Type *mt = TYPE(m);
    return mt->descr_get ? mt->descr_get(m, o, TYPE(o)) : m;
}

/* Small-int arithmetic that cannot overflow a machine word; NULL to take the general path. */
static inline Obj *small_binop(intptr_t a, intptr_t b, int op)
{
    intptr_t r;
    switch (OP_BASE(op)) {
    case OP_ADD:
        r = a + b;
        return small_fits(r) ? small_new(r) : NULL;
    case OP_SUB:
        r = a - b;
        return small_fits(r) ? small_new(r) : NULL;
    case OP_MUL:
        if (__builtin_mul_overflow(a, b, &r) || !small_fits(r))
            return NULL;
        return small_new(r);
    case OP_FLOORDIV:
        if (b == 0)
            return NULL;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            r--;
        return small_new(r);
    case OP_MOD:
        if (b == 0)
            return NULL;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
            r += b;
        return small_new(r);
    case OP_TRUEDIV:
        /* Both exactly representable: one IEEE division is CPython's correctly rounded result. */
        if (b == 0 || a > ((intptr_t)1 << 53) || a < -((intptr_t)1 << 53) || b > ((intptr_t)1 << 53) ||
            b < -((intptr_t)1 << 53))
            return NULL;
        return float_new((double)a / (double)b);
    case OP_AND:
        return small_new(a & b);
    case OP_OR:
        return small_new(a | b);
    case OP_XOR:
        return small_new(a ^ b);
    default:
        return NULL;
    }
}

/* Whether a comparison holds given how the operands relate (all false for a NaN). */
static inline bool compare_holds(bool lt, bool eq, bool gt, int op)
{
    switch (op) {
    case CMP_LT: return lt;
    case CMP_LE: return lt || eq;
    case CMP_EQ: return eq;
    case CMP_NE: return !eq;
    case CMP_GT: return gt;
    default: return gt || eq;
    }
}

static inline Obj *float_binop_fast(double a, double b, int op)
{
    switch (OP_BASE(op)) {
    case OP_ADD: return float_new(a + b);
    case OP_SUB: return float_new(a - b);
    case OP_MUL: return float_new(a * b);
    case OP_TRUEDIV: return b == 0.0 ? NULL : float_new(a / b);
    default: return NULL;
    }
}

/* The item slot lst[index] for a list and an in-range small int, or NULL (the general path). */
static inline Obj **list_slot(Obj *lst, Obj *index)
{
    if (!is_small(index) || TYPE(lst) != &type_list)
        return NULL;
    intptr_t i = small_value(index), n = (intptr_t)list_len(lst);
    if (i < 0)
        i += n;
    return i >= 0 && i < n ? &list_items(lst)[i] : NULL;
}

/* A safe point, between instructions: where a SIGINT becomes KeyboardInterrupt. */
static void check_interrupt(void)
{
    if (vm.interrupted) {
        vm.interrupted = 0;
        exc_raise((Obj *)&type_KeyboardInterrupt);
    }
}

/* A loop's back edge: the CPU budget and a pending interrupt. */
static inline void back_edge(void)
{
    budget_tick();
    if (vm.interrupted)
        check_interrupt();
}

/* Executes f from f->pc with f->stack values on its stack; returns the value returned or
 * yielded (yield sets f->stack and f->pc for the resumption, and *yielded). Aligned to a cache
 * line so that where the handlers fall depends on this file alone: as it slid with edits to other
 * files, the same loop measured up to 10% apart. */
static __attribute__((aligned(64))) Obj *run_loop(Frame *f, bool *yielded)
{
    static const void *const targets[OPC_COUNT] = {
#define OPCODE_TARGET(name) [OPC_##name] = &&op_##name,
        OPCODES(OPCODE_TARGET)
#undef OPCODE_TARGET
    };
    CodeObj *co = f->code;
    Obj **fast = f->fast;
    Obj **cells = fast + co->nlocals;
    Obj **stack_base = cells + co->ncells + co->nfree;
    Obj **sp = stack_base + f->stack;
    const uint32_t *code = co->code;
    const uint32_t *pc = f->pc;
    Obj **consts = tuple_items(co->consts);
    Obj **names = tuple_items(co->names);
    GlobalCache *gcache = co->gcache;
    /* exec() at module level: the locals are the globals, so the LOAD_NAME family can use the cache */
    GlobalCache *name_cache = f->locals == f->globals ? gcache : NULL;
    Obj *kwnames = NULL;
    uint32_t ins, arg;
    Obj *a, *b, *c, *r;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define DISPATCH() do { ins = *pc; f->pc = pc; pc++; arg = INSTR_ARG(ins); \
                        goto *targets[INSTR_OP(ins)]; } while (0)
#define JUMP_TO(t) do { const uint32_t *dst_ = code + (t); if (dst_ <= pc) back_edge(); pc = dst_; } while (0)
/* A value the next instruction stores (a loop variable, x = a + b, n += 1): the store is done here,
 * one dispatch fewer; otherwise this falls through, the value not pushed. */
#define STORE_IF_NEXT(v) do { uint32_t next_ = *pc; \
        if (INSTR_OP(next_) == OPC_STORE_FAST) { \
            fast[INSTR_ARG(next_)] = (v); \
            pc++; \
            DISPATCH(); \
        } \
        if ((INSTR_OP(next_) == OPC_STORE_GLOBAL && gcache) || (INSTR_OP(next_) == OPC_STORE_NAME && name_cache)) { \
            f->pc = pc; \
            store_global_cached(f, names[INSTR_ARG(next_)], (v), &gcache[INSTR_ARG(next_)]); \
            pc++; \
            DISPATCH(); \
        } } while (0)
/* The truth value on top is nearly always branched on next (after a comparison or a predicate's
 * call): the jump is taken here, one dispatch fewer; otherwise this falls through. */
#define BRANCH_ON_TOP(holds) do { uint32_t next_ = *pc; \
        if (INSTR_OP(next_) == OPC_POP_JUMP_IF_FALSE || INSTR_OP(next_) == OPC_POP_JUMP_IF_TRUE) { \
            sp--; \
            pc++; \
            if ((holds) == (INSTR_OP(next_) == OPC_POP_JUMP_IF_TRUE)) \
                JUMP_TO(INSTR_ARG(next_)); \
            DISPATCH(); \
        } } while (0)

    DISPATCH();

op_NOP:
    DISPATCH();
op_POP_TOP:
    sp--;
    DISPATCH();
op_ROT_TWO:
    a = sp[-1];
    sp[-1] = sp[-2];
    sp[-2] = a;
    DISPATCH();
op_ROT_THREE:
    a = sp[-1];
    sp[-1] = sp[-2];
    sp[-2] = sp[-3];
    sp[-3] = a;
    DISPATCH();
op_ROT_FOUR:
    a = sp[-1];
    sp[-1] = sp[-2];
    sp[-2] = sp[-3];
    sp[-3] = sp[-4];
    sp[-4] = a;
    DISPATCH();
op_DUP_TOP:
    a = TOP();
    PUSH(a);
    DISPATCH();
op_DUP_TOP_TWO:
    a = sp[-2];
    b = sp[-1];
    PUSH(a);
    PUSH(b);
    DISPATCH();
op_LOAD_CONST:
    PUSH(consts[arg]);
    DISPATCH();
op_LOAD_FAST:
    a = fast[arg];
    if (!a)
        unbound_local(tuple_get(co->varnames, arg));
    PUSH(a);
    if (INSTR_OP(*pc) == OPC_LOAD_FAST && fast[INSTR_ARG(*pc)]) {    /* as in LOAD_GLOBAL */
        PUSH(fast[INSTR_ARG(*pc)]);
        pc++;
    } else if (INSTR_OP(*pc) == OPC_LOAD_CONST) {
        PUSH(consts[INSTR_ARG(*pc)]);
        pc++;
    }
    DISPATCH();
op_STORE_FAST:
    fast[arg] = POP();
    DISPATCH();
op_DELETE_FAST:
    if (!fast[arg])
        unbound_local(tuple_get(co->varnames, arg));
    fast[arg] = NULL;
    DISPATCH();
op_LOAD_CLOSURE:
    PUSH(cells[arg]);
    DISPATCH();
op_LOAD_DEREF:
    a = ((CellObj *)cells[arg])->value;
    if (!a) {
        if ((int)arg < co->ncells)
            unbound_local(tuple_get(co->cellvars, arg));
        exc_raisef(&type_NameError, "cannot access free variable '%s' where it is not associated with a value in "
                                    "enclosing scope", str_cstr(tuple_get(co->freevars, arg - (uint32_t)co->ncells)));
    }
    PUSH(a);
    DISPATCH();
op_STORE_DEREF:
    ((CellObj *)cells[arg])->value = POP();
    DISPATCH();
op_DELETE_DEREF:
    ((CellObj *)cells[arg])->value = NULL;
    DISPATCH();
op_LOAD_CLASSDEREF: {
    Obj *name = (int)arg < co->ncells ? tuple_get(co->cellvars, arg) : tuple_get(co->freevars, arg - (uint32_t)co->ncells);
    a = f->locals ? dict_get(f->locals, name) : NULL;
    if (!a)
        a = ((CellObj *)cells[arg])->value;
    if (!a)
        name_error(name);
    PUSH(a);
    DISPATCH();
}
op_LOAD_GLOBAL:
    r = gcache ? load_global_cached(f, names[arg], &gcache[arg]) : load_global(f, names[arg]);
    PUSH(r);
    /* Loads come in runs (the operands of a call or an operator): the next one is done here. */
    if (INSTR_OP(*pc) == OPC_LOAD_GLOBAL && gcache) {
        f->pc = pc;
        arg = INSTR_ARG(*pc++);
        PUSH(load_global_cached(f, names[arg], &gcache[arg]));
    } else if (INSTR_OP(*pc) == OPC_LOAD_FAST && fast[INSTR_ARG(*pc)]) {
        PUSH(fast[INSTR_ARG(*pc)]);
        pc++;
    }
    DISPATCH();
op_STORE_GLOBAL:
    if (gcache)
        store_global_cached(f, names[arg], POP(), &gcache[arg]);
    else
        dict_set(f->globals, names[arg], POP());
    DISPATCH();
op_DELETE_GLOBAL:
    if (!dict_del(f->globals, names[arg]))
        name_error(names[arg]);
    DISPATCH();
op_LOAD_NAME:
    if (name_cache) {
        PUSH(load_global_cached(f, names[arg], &name_cache[arg]));
        DISPATCH();
    }
    a = f->locals ? dict_get(f->locals, names[arg]) : NULL;
    r = a ? a : load_global(f, names[arg]);
    PUSH(r);
    DISPATCH();
op_STORE_NAME:
    if (name_cache)
        store_global_cached(f, names[arg], POP(), &name_cache[arg]);
    else
        dict_set(f->locals ? f->locals : f->globals, names[arg], POP());
    DISPATCH();
op_DELETE_NAME:
    if (!dict_del(f->locals ? f->locals : f->globals, names[arg]))
        name_error(names[arg]);
    DISPATCH();
op_LOAD_ATTR:
    TOP() = obj_getattr(TOP(), names[arg]);
    DISPATCH();
op_STORE_ATTR:
    a = POP();
    b = POP();
    obj_setattr(a, names[arg], b);
    DISPATCH();
op_DELETE_ATTR:
    a = POP();
    obj_delattr(a, names[arg]);
    DISPATCH();
op_LOAD_METHOD:
    a = TOP();
    TOP() = obj_getmethod(a, names[arg], &b);
    PUSH(b);
    DISPATCH();
op_KW_NAMES:
    kwnames = consts[arg];
    DISPATCH();
op_CALL_FUNCTION: {
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    Obj **args = sp - arg;
    a = args[-1];
    if (TYPE(a) == &type_function)
        r = vm_call_function((FuncObj *)a, args, (int)arg - nkw, kwnames);
    else if (TYPE(a) == &type_builtin_function)
        r = ((NativeFuncObj *)a)->fn(((NativeFuncObj *)a)->self, args, (int)arg - nkw, kwnames);
    else
        r = obj_call(a, args, (int)arg - nkw, kwnames);
    kwnames = NULL;
    sp = args;
    TOP() = r;
    if (r == True || r == False)
        BRANCH_ON_TOP(r == True);
    DISPATCH();
}
op_CALL_METHOD: {
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    Obj **args = sp - arg;
    Obj *self = args[-1];
    a = args[-2];
    if (self) {
        Type *t = TYPE(a);
        if (t == &type_method_descriptor && !(((MethodDescrObj *)a)->def->flags & (METH_CLASS | METH_STATIC)))
            r = ((MethodDescrObj *)a)->def->fn(self, args, (int)arg - nkw, kwnames);
        else if (t == &type_function)
            r = vm_call_function((FuncObj *)a, args - 1, (int)arg + 1 - nkw, kwnames);
        else
            r = obj_call(a, args - 1, (int)arg + 1 - nkw, kwnames);
    } else {
        r = TYPE(a) == &type_function ? vm_call_function((FuncObj *)a, args, (int)arg - nkw, kwnames)
                                     : obj_call(a, args, (int)arg - nkw, kwnames);
    }
    kwnames = NULL;
    sp = args - 1;
    TOP() = r;
    DISPATCH();
}
op_CALL_EX:
    b = arg & CALL_EX_KWARGS ? POP() : NULL;
    a = POP();
    if (arg & CALL_EX_UNPACK) {
        if (!is_iterable(a))
            exc_raisef(&type_TypeError, "%s argument after * must be an iterable, not %s", callable_name(TOP()),
                       obj_type_name(a));
        a = tuple_from_iterable(a);
    }
    TOP() = call_with_kwdict(TOP(), a, b);
    DISPATCH();
op_BINARY_OP:
    b = POP();
    a = POP();
    r = NULL;
    if (is_small(a) && is_small(b))
        r = small_binop(small_value(a), small_value(b), (int)arg);
    else if (!is_small(a) && !is_small(b) && a->type == &type_float && b->type == &type_float)
        r = float_binop_fast(float_value(a), float_value(b), (int)arg);
    if (!r)
        r = obj_binop(a, b, (int)arg);
    STORE_IF_NEXT(r);
    PUSH(r);
    DISPATCH();
op_UNARY_OP:
    a = TOP();
    if (is_small(a) && arg == UNARY_NEG && a != small_new(SMALL_MIN)) {
        TOP() = small_new(-small_value(a));
        DISPATCH();
    }
    TOP() = obj_unop(a, (int)arg);
    DISPATCH();
op_UNARY_NOT:
    TOP() = bool_from(!obj_truth(TOP()));
    DISPATCH();
op_COMPARE_OP:
    b = POP();
    a = TOP();
    if ((is_small(a) && is_small(b)) || (!is_small(a) && !is_small(b) && a->type == &type_float &&
                                          b->type == &type_float)) {
        bool holds;
        if (is_small(a)) {
            intptr_t x = small_value(a), y = small_value(b);
            holds = compare_holds(x < y, x == y, x > y, (int)arg);
        } else {
            double x = float_value(a), y = float_value(b);
            holds = compare_holds(x < y, x == y, x > y, (int)arg);
        }
        BRANCH_ON_TOP(holds);
        TOP() = bool_from(holds);
        DISPATCH();
    }
    TOP() = obj_compare(a, b, (int)arg);
    DISPATCH();
op_IS_OP:
    b = POP();
    a = TOP();
    TOP() = bool_from((a == b) != (arg != 0));
    DISPATCH();
op_CONTAINS_OP:
    b = POP();
    a = TOP();
    TOP() = bool_from(obj_contains(b, a) != (arg != 0));
    DISPATCH();
op_BINARY_SUBSCR: {
    b = POP();
    a = TOP();
    Obj **slot = list_slot(a, b);
    TOP() = slot ? *slot : obj_getitem(a, b);
    DISPATCH();
}
op_STORE_SUBSCR: {
    b = POP();
    a = POP();
    c = POP();
    Obj **slot = list_slot(a, b);
    if (slot)
        *slot = c;
    else
        obj_setitem(a, b, c);
    DISPATCH();
}
op_DELETE_SUBSCR:
    b = POP();
    a = POP();
    obj_delitem(a, b);
    DISPATCH();
op_BUILD_TUPLE:
    sp -= arg;
    r = arg ? tuple_from_array(sp, arg) : tuple_empty();
    PUSH(r);
    DISPATCH();
op_BUILD_LIST:
    sp -= arg;
    r = list_from_array(sp, arg);
    PUSH(r);
    DISPATCH();
op_BUILD_SET:
    sp -= arg;
    r = set_new();
    for (uint32_t i = 0; i < arg; i++)
        set_add(r, sp[i]);
    PUSH(r);
    DISPATCH();
op_BUILD_MAP:
    sp -= 2 * arg;
    r = dict_new();
    for (uint32_t i = 0; i < arg; i++)
        dict_set(r, sp[2 * i], sp[2 * i + 1]);
    PUSH(r);
    DISPATCH();
op_BUILD_SLICE:
    c = arg == 3 ? POP() : None;
    b = POP();
    a = TOP();
    TOP() = slice_new(a, b, c);
    DISPATCH();
op_BUILD_STRING: {
    sp -= arg;
    size_t total = 0;
    for (uint32_t i = 0; i < arg; i++)
        total += str_bytes(sp[i]);
    Buf buf;
    buf_init(&buf);
    char *dst = buf_reserve(&buf, total);
    for (uint32_t i = 0; i < arg; i++) {
        memcpy(dst, str_cstr(sp[i]), str_bytes(sp[i]));
        dst += str_bytes(sp[i]);
    }
    buf_commit(&buf, total);
    r = str_from_buf(&buf);
    PUSH(r);
    DISPATCH();
}
op_LIST_APPEND:
    a = POP();
    list_append(sp[-(int)arg], a);
    DISPATCH();
op_SET_ADD:
    a = POP();
    set_add(sp[-(int)arg], a);
    DISPATCH();
op_MAP_ADD:
    b = POP();
    a = POP();
    dict_set(sp[-(int)arg], a, b);
    DISPATCH();
op_LIST_EXTEND:
    a = POP();
    if (!is_iterable(a))
        exc_raisef(&type_TypeError, "Value after * must be an iterable, not %s", obj_type_name(a));
    list_extend(sp[-(int)arg], a);
    DISPATCH();
op_SET_UPDATE:
    a = POP();
    set_update(sp[-(int)arg], a);
    DISPATCH();
op_DICT_UPDATE:
    a = POP();
    if (!dict_check(a) && !obj_lookup_attr(a, str_intern_cstr("keys")))
        exc_raisef(&type_TypeError, "'%s' object is not a mapping", obj_type_name(a));
    dict_update(sp[-(int)arg], a);
    DISPATCH();
op_DICT_MERGE: {
    a = POP();
    Obj *target = sp[-(int)arg];
    Obj *fn = sp[-(int)arg - 2];
    if (!dict_check(a))
        exc_raisef(&type_TypeError, "%s argument after ** must be a mapping, not %s", callable_name(fn),
                   obj_type_name(a));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(a, &pos, &k, &v)) {
        if (dict_get(target, k))
            exc_raisef(&type_TypeError, "%s got multiple values for keyword argument '%s'", callable_name(fn),
                       str_cstr(obj_str(k)));
        dict_set(target, k, v);
    }
    DISPATCH();
}
op_LIST_TO_TUPLE:
    TOP() = tuple_from_array(list_items(TOP()), list_len(TOP()));
    DISPATCH();
op_FORMAT_VALUE: {
    Obj *spec = arg & 4 ? POP() : NULL;
    a = TOP();
    switch (arg & 3) {
    case 1: a = obj_str(a); break;
    case 2: a = obj_repr(a); break;
    case 3: a = obj_ascii(a); break;
    default: break;
    }
    if (!spec && TYPE(a) == &type_str)
        TOP() = a;
    else
        TOP() = obj_format(a, spec ? spec : str_empty());
    DISPATCH();
}
op_UNPACK_SEQUENCE:
    a = POP();
    unpack_into(a, sp, (int)arg, 0, false);
    sp += arg;
    DISPATCH();
op_UNPACK_EX:
    a = POP();
    unpack_into(a, sp, (int)(arg & 0xff), (int)(arg >> 8), true);
    sp += (arg & 0xff) + (arg >> 8) + 1;
    DISPATCH();
op_GET_ITER:
    TOP() = obj_iter(TOP());
    DISPATCH();
op_FOR_ITER: {
    a = TOP();
    int64_t v;
    if (!is_small(a) && a->type == &type_range_iterator)
        r = rangeiter_step(a, &v) ? (small_fits(v) ? small_new(v) : int_from_i64(v)) : NULL;
    else
        r = TYPE(a)->next(a);
    if (!r) {
        sp--;
        pc = code + arg;
        DISPATCH();
    }
    STORE_IF_NEXT(r);
    PUSH(r);
    DISPATCH();
}
op_JUMP:
    JUMP_TO(arg);
    DISPATCH();
op_POP_JUMP_IF_FALSE:
    a = POP();
    if (a == False || (a != True && !obj_truth(a)))
        JUMP_TO(arg);
    DISPATCH();
op_POP_JUMP_IF_TRUE:
    a = POP();
    if (a == True || (a != False && obj_truth(a)))
        JUMP_TO(arg);
    DISPATCH();
op_JUMP_IF_FALSE_OR_POP:
    if (!obj_truth(TOP()))
        JUMP_TO(arg);
    else
        sp--;
    DISPATCH();
op_JUMP_IF_TRUE_OR_POP:
    if (obj_truth(TOP()))
        JUMP_TO(arg);
    else
        sp--;
    DISPATCH();
op_RETURN_VALUE:
    *yielded = false;
    return POP();
op_YIELD_VALUE:
    r = POP();
    f->stack = (uint32_t)(sp - stack_base);
    f->pc = pc;
    *yielded = true;
    return r;
op_GET_YIELD_FROM_ITER:
    if (TYPE(TOP()) != &type_generator)
        TOP() = obj_iter(TOP());
    DISPATCH();
op_YIELD_FROM: {
    Obj *sent = POP();
    Obj *it = TOP();
    if (TYPE(it) == &type_generator) {
        r = gen_send(it, sent);
        if (!r) {
            TOP() = ((GenObj *)it)->retval ? ((GenObj *)it)->retval : None;
            DISPATCH();
        }
    } else {
        if (sent != None)
            exc_raisef(&type_AttributeError, "'%s' object has no attribute 'send'", obj_type_name(it));
        r = obj_next(it);
        if (!r) {
            TOP() = None;
            DISPATCH();
        }
    }
    f->stack = (uint32_t)(sp - stack_base);
    f->pc = pc - 1;
    *yielded = true;
    return r;
}
op_SETUP_FINALLY: {
    Block *bl = &f->blocks[f->nblocks++];
    bl->handler = arg;
    bl->level = (uint32_t)(sp - stack_base);
    bl->handled = vm.handled;
    DISPATCH();
}
op_POP_BLOCK:
    f->nblocks--;
    DISPATCH();
op_PUSH_EXC_INFO:
    a = TOP();
    TOP() = vm.handled ? vm.handled : None;
    PUSH(a);
    vm.handled = a;
    DISPATCH();
op_POP_EXCEPT:
    a = POP();
    vm.handled = a == None ? NULL : a;
    DISPATCH();
op_CHECK_EXC_MATCH:
    b = POP();
    r = bool_from(exc_matches(TOP(), b));
    PUSH(r);
    DISPATCH();
op_RERAISE:
    a = POP();
    b = POP();
    vm.handled = b == None ? NULL : b;
    f->stack = (uint32_t)(sp - stack_base);
    vm_reraise(a);
op_RAISE_VARARGS:
    if (arg == 0) {
        if (!vm.handled)
            exc_raisef(&type_RuntimeError, "No active exception to reraise");
        vm_reraise(vm.handled);
    }
    c = arg == 2 ? POP() : NULL;
    a = POP();
    if (!is_small(a) && (a->type->flags & TF_TYPE))
        a = obj_call0(a);
    if (!obj_is(a, &type_BaseException))
        exc_raisef(&type_TypeError, "exceptions must derive from BaseException");
    if (c) {
        if (c == None) {
            ((ExcObj *)a)->cause = NULL;
        } else {
            if (!is_small(c) && (c->type->flags & TF_TYPE))
                c = obj_call0(c);
            if (!obj_is(c, &type_BaseException))
                exc_raisef(&type_TypeError, "exception causes must derive from BaseException");
            ((ExcObj *)a)->cause = c;
        }
        ((ExcObj *)a)->suppress_context = true;
    }
    exc_raise(a);
op_SETUP_WITH: {
    a = POP();
    Obj *exit = special_method(a, s_exit, "");
    Obj *enter = special_method(a, s_enter, "");
    PUSH(exit);
    Block *bl = &f->blocks[f->nblocks++];
    bl->handler = arg;
    bl->level = (uint32_t)(sp - stack_base);
    bl->handled = vm.handled;
    r = obj_call0(enter);
    PUSH(r);
    DISPATCH();
}
op_WITH_EXIT: {
    a = POP();
    Obj *args[3] = {None, None, None};
    obj_call(a, args, 3, NULL);
    DISPATCH();
}
op_WITH_EXCEPT: {
    Obj *exc = sp[-1];
    Obj *prev = sp[-2];
    Obj *exit = sp[-3];
    Obj *args[3] = {(Obj *)TYPE(exc), exc, None};
    r = obj_call(exit, args, 3, NULL);
    sp -= 3;
    vm.handled = prev == None ? NULL : prev;
    if (!obj_truth(r)) {
        f->stack = (uint32_t)(sp - stack_base);
        vm_reraise(exc);
    }
    DISPATCH();
}
op_MAKE_FUNCTION: {
    CodeObj *fc = (CodeObj *)POP();
    FuncObj *fn = gc_alloc(sizeof *fn);
    fn->base.type = &type_function;
    fn->code = fc;
    fn->globals = f->globals;
    fn->name = fc->name;
    fn->qualname = fc->qualname;
    fn->doc = fc->doc;
    if (arg & MF_CLOSURE)
        fn->closure = POP();
    if (arg & MF_KWDEFAULTS)
        fn->kwdefaults = POP();
    if (arg & MF_DEFAULTS)
        fn->defaults = POP();
    PUSH((Obj *)fn);
    DISPATCH();
}
op_BUILD_CLASS: {
    Obj **base = sp - arg - 2;
    r = build_class(f, base, (int)arg, kwnames);
    kwnames = NULL;
    sp = base;
    PUSH(r);
    DISPATCH();
}
op_IMPORT_NAME: {
    a = TOP();
    Obj *leaf = module_import(names[arg]);
    if (a == None && strchr(str_cstr(names[arg]), '.')) {
        const char *full = str_cstr(names[arg]);
        leaf = module_import(str_new(full, (size_t)(strchr(full, '.') - full)));
    }
    TOP() = leaf;
    DISPATCH();
}
op_IMPORT_FROM:
    r = import_from(TOP(), names[arg]);
    PUSH(r);
    DISPATCH();
op_IMPORT_STAR:
    import_star(f, POP());
    DISPATCH();
op_LOAD_ASSERTION_ERROR:
    PUSH((Obj *)&type_AssertionError);
    DISPATCH();
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef DISPATCH
#undef JUMP_TO
#undef BRANCH_ON_TOP
#undef STORE_IF_NEXT
}

/* An exception reached frame f: finds its innermost handler and prepares the frame to resume
 * there; false when the frame has none (the exception goes on to the caller). */
static bool land(Frame *f, Obj *exc)
{
    if (f->nblocks == 0)
        return false;
    Block *bl = &f->blocks[--f->nblocks];
    CodeObj *co = f->code;
    Obj **stack_base = f->fast + co->nlocals + co->ncells + co->nfree;
    stack_base[bl->level] = exc;
    f->stack = bl->level + 1;
    f->pc = co->code + bl->handler;
    vm.handled = bl->handled;
    return true;
}

/* Runs f with the frame pushed on the interpreter's stack, landing exceptions in its handlers. */
static Obj *execute(Frame *f, bool *yielded)
{
    if (vm.depth >= vm.limit || (char *)__builtin_frame_address(0) < vm.stack_low)
        exc_raisef(&type_RecursionError, "maximum recursion depth exceeded");
    f->back = vm.frame;
    vm.frame = f;
    vm.depth++;
    Obj *r;
    if (f->code->nblocks <= 1) {
        if (vm.interrupted)   /* in the callee's frame, as python: the traceback shows its line */
            check_interrupt();
        r = run_loop(f, yielded);
    } else {
        for (;;) {
            ExcJump j;
            exc_push(&j);
            if (sigsetjmp(j.jb, 0) == 0) {
                if (vm.interrupted)
                    check_interrupt();
                r = run_loop(f, yielded);
                exc_pop(&j);
                break;
            }
            if (!land(f, j.exc)) {
                vm.frame = f->back;
                vm.depth--;
                vm_reraise(j.exc);
            }
        }
    }
    vm.frame = f->back;
    vm.depth--;
    return r;
}

static Obj *run_frame(Frame *f)
{
    bool yielded;
    return execute(f, &yielded);
}

Obj *vm_resume(Frame *f, Obj *sent, bool first, bool *yielded)
{
    if (!first) {
        Obj **stack_base = f->fast + f->code->nlocals + f->code->ncells + f->code->nfree;
        stack_base[f->stack++] = sent;
    }
    return execute(f, yielded);
}

void vm_exec_module(CodeObj *code, Obj *globals)
{
    Frame *f = frame_new(code, NULL, globals);
    run_frame(f);
}

Obj *vm_eval(CodeObj *code, Obj *globals)
{
    Frame *f = frame_new(code, NULL, globals);
    return run_frame(f);
}

Obj *vm_run_namespace(CodeObj *code, Obj *globals, Obj *locals, Obj *closure)
{
    Frame *f = frame_new(code, NULL, globals);
    f->locals = locals;
    if (code->ncells || code->nfree)
        setup_cells(f, closure);
    return run_frame(f);
}

/* How deep the C stack may go: its limit (at most 256 MiB, which must also fit the address space
 * a worker is allowed), less room for C code called from the deepest frame. */
static char *stack_low_water(void)
{
    extern void *__libc_stack_end;
    struct rlimit rl;
    size_t size = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? rl.rlim_cur : (size_t)8 << 20;
    size_t cap = (size_t)256 << 20, margin = (size_t)1 << 20;
    if (size > cap)
        size = cap;
    return (char *)__libc_stack_end - (size > 2 * margin ? size - margin : size / 2);
}

void vm_init(Obj *builtins_dict)
{
    vm.builtins = builtins_dict;
    vm.limit = VM_DEFAULT_RECURSION_LIMIT;
    vm.stack_low = stack_low_water();
    s_exit = str_intern_cstr("__exit__");
    s_enter = str_intern_cstr("__enter__");
    s_name = str_intern_cstr("__name__");
    s_qualname = str_intern_cstr("__qualname__");
    s_module = str_intern_cstr("__module__");
    s_all = str_intern_cstr("__all__");
    s_metaclass = str_intern_cstr("metaclass");
    gen_init();
}

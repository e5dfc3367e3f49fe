/* runtime/lang/gen.c — generators. */
#include "runtime/lang/gen.h"

#include "base/gc.h"
#include "runtime/lang/code.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

Obj *gen_new(Frame *f, FuncObj *fn)
{
    GenObj *g = gc_alloc(sizeof *g);
    g->base.type = &type_generator;
    g->frame = f;
    g->name = fn ? fn->name : f->code->name;
    g->qualname = fn ? fn->qualname : f->code->qualname;
    return (Obj *)g;
}

/* Resumes g; NULL when it finished. Exceptions escaping the frame finish it, and a StopIteration
 * escaping it becomes RuntimeError as PEP 479 requires. */
static Obj *resume(GenObj *g, Obj *value)
{
    if (g->finished)
        return NULL;
    if (g->running)
        exc_raisef(&type_ValueError, "generator already executing");
    if (!g->started && value != None)
        exc_raisef(&type_TypeError, "can't send non-None value to a just-started generator");
    bool first = !g->started;
    g->started = true;
    g->running = true;
    bool yielded = false;
    ExcJump j;
    volatile Obj *r = NULL;
    EXC_TRY(j) {
        r = vm_resume(g->frame, value, first, &yielded);
        exc_pop(&j);
    } else {
        g->running = false;
        g->finished = true;
        if (obj_is(j.exc, &type_StopIteration)) {
            Obj *e = exc_new(&type_RuntimeError, tuple_pack(1, str_from_cstr("generator raised StopIteration")));
            ((ExcObj *)e)->cause = j.exc;
            ((ExcObj *)e)->context = j.exc;
            exc_raise(e);
        }
        exc_throw(j.exc);
    }
    g->running = false;
    if (yielded)
        return (Obj *)r;
    g->finished = true;
    g->retval = (Obj *)r;
    return NULL;
}

Obj *gen_send(Obj *gen, Obj *value) { return resume((GenObj *)gen, value); }

static Obj *gen_iter(Obj *self) { return self; }
static Obj *gen_next(Obj *self) { return resume((GenObj *)self, None); }

static Obj *gen_send_method(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("send", kwnames);
    args_count("send", nargs, 1, 1);
    Obj *r = resume((GenObj *)self, args[0]);
    if (!r) {
        Obj *rv = ((GenObj *)self)->retval;
        exc_raise(rv && rv != None ? exc_new(&type_StopIteration, tuple_pack(1, rv)) : (Obj *)&type_StopIteration);
    }
    return r;
}

static Obj *gen_close(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("close", kwnames);
    args_count("close", nargs, 0, 0);
    ((GenObj *)self)->finished = true;
    return None;
}

static Obj *gen_throw(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("throw", kwnames);
    args_count("throw", nargs, 1, 3);
    GenObj *g = (GenObj *)self;
    g->finished = true;
    Obj *e = args[0];
    if (nargs > 1 && !is_small(e) && (TYPE(e)->flags & TF_TYPE))
        e = obj_call1(e, args[1]);
    exc_raise(e);
}

static Obj *gen_repr(Obj *self)
{
    return str_printf("<generator object %s at %p>", str_cstr(((GenObj *)self)->qualname), (void *)self);
}

static Obj *gen_get_name(Obj *self) { return ((GenObj *)self)->name; }

static const MethodDef gen_methods[] = {
    {"send", gen_send_method, 0},
    {"close", gen_close, 0},
    {"throw", gen_throw, 0},
    {NULL, NULL, 0},
};

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {NULL, NULL, NULL},
};

Type type_generator = {
    .base = {&type_type},
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

void gen_init(void) { type_ready(&type_generator); }

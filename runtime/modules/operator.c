/* runtime/modules/operator.c — the `operator` module (see operator.h). */
#include "runtime/modules/operator.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static void two(const char *name, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
}

static void one(const char *name, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
}

#define BINOP(fn, op)                                                        \
    static Obj *o_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)      \
    {                                                                        \
        (void)self;                                                          \
        two(#fn, nargs, kwnames);                                            \
        return obj_binop(args[0], args[1], op);                              \
    }
BINOP(add, OP_ADD) BINOP(sub, OP_SUB) BINOP(mul, OP_MUL) BINOP(truediv, OP_TRUEDIV) BINOP(floordiv, OP_FLOORDIV)
BINOP(mod, OP_MOD) BINOP(pow, OP_POW) BINOP(matmul, OP_MATMUL) BINOP(lshift, OP_LSHIFT) BINOP(rshift, OP_RSHIFT)
BINOP(and_, OP_AND) BINOP(or_, OP_OR) BINOP(xor, OP_XOR)
BINOP(iadd, OP_ADD | OP_INPLACE) BINOP(isub, OP_SUB | OP_INPLACE) BINOP(imul, OP_MUL | OP_INPLACE)
BINOP(itruediv, OP_TRUEDIV | OP_INPLACE) BINOP(ifloordiv, OP_FLOORDIV | OP_INPLACE) BINOP(imod, OP_MOD | OP_INPLACE)
BINOP(ipow, OP_POW | OP_INPLACE) BINOP(imatmul, OP_MATMUL | OP_INPLACE) BINOP(ilshift, OP_LSHIFT | OP_INPLACE)
BINOP(irshift, OP_RSHIFT | OP_INPLACE) BINOP(iand, OP_AND | OP_INPLACE) BINOP(ior, OP_OR | OP_INPLACE)
BINOP(ixor, OP_XOR | OP_INPLACE)
#undef BINOP

#define CMP(fn, op)                                                          \
    static Obj *o_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)      \
    {                                                                        \
        (void)self;                                                          \
        two(#fn, nargs, kwnames);                                            \
        return obj_compare(args[0], args[1], op);                            \
    }
CMP(lt, CMP_LT) CMP(le, CMP_LE) CMP(eq, CMP_EQ) CMP(ne, CMP_NE) CMP(gt, CMP_GT) CMP(ge, CMP_GE)
#undef CMP

#define UNOP(fn, op)                                                         \
    static Obj *o_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)      \
    {                                                                        \
        (void)self;                                                          \
        one(#fn, nargs, kwnames);                                            \
        return obj_unop(args[0], op);                                        \
    }
UNOP(neg, UNARY_NEG) UNOP(pos, UNARY_POS) UNOP(abs, UNARY_ABS) UNOP(invert, UNARY_INVERT)
#undef UNOP

static Obj *o_not_(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    one("not_", nargs, kwnames);
    return bool_from(!obj_truth(args[0]));
}

static Obj *o_truth(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    one("truth", nargs, kwnames);
    return bool_from(obj_truth(args[0]));
}

static Obj *o_is_(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("is_", nargs, kwnames);
    return bool_from(args[0] == args[1]);
}

static Obj *o_is_not(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("is_not", nargs, kwnames);
    return bool_from(args[0] != args[1]);
}

static Obj *o_index(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    one("index", nargs, kwnames);
    return obj_index(args[0]);
}

static bool is_sequence(Obj *o) { return !is_small(o) && (TYPE(o)->flags & (TF_LIST | TF_TUPLE | TF_STR)); }

static Obj *concat(const char *name, Obj **args, int nargs, Obj *kwnames, int op)
{
    two(name, nargs, kwnames);
    if (!is_sequence(args[0]) && !TYPE(args[0])->getitem)
        exc_raisef(&type_TypeError, "'%s' object can't be concatenated", obj_type_name(args[0]));
    return obj_binop(args[0], args[1], op);
}

static Obj *o_concat(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return concat("concat", args, nargs, kwnames, OP_ADD);
}

static Obj *o_iconcat(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return concat("iconcat", args, nargs, kwnames, OP_ADD | OP_INPLACE);
}

static Obj *o_contains(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("contains", nargs, kwnames);
    return bool_from(obj_contains(args[0], args[1]));
}

static Obj *o_countOf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("countOf", nargs, kwnames);
    int64_t n = 0;
    Obj *it = obj_iter(args[0]), *v;
    while ((v = obj_next(it)))
        n += v == args[1] || obj_eq(v, args[1]);
    return int_from_i64(n);
}

static Obj *o_indexOf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("indexOf", nargs, kwnames);
    int64_t i = 0;
    Obj *it = obj_iter(args[0]), *v;
    while ((v = obj_next(it))) {
        if (v == args[1] || obj_eq(v, args[1]))
            return int_from_i64(i);
        i++;
    }
    exc_raisef(&type_ValueError, "sequence.index(x): x not in sequence");
}

static Obj *o_getitem(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("getitem", nargs, kwnames);
    return obj_getitem(args[0], args[1]);
}

static Obj *o_setitem(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("setitem", kwnames);
    args_count("setitem", nargs, 3, 3);
    obj_setitem(args[0], args[1], args[2]);
    return None;
}

static Obj *o_delitem(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    two("delitem", nargs, kwnames);
    obj_delitem(args[0], args[1]);
    return None;
}

static Obj *o_length_hint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("length_hint", kwnames);
    args_count("length_hint", nargs, 1, 2);
    if (TYPE(args[0])->len)
        return int_from_i64(obj_len(args[0]));
    return nargs > 1 ? args[1] : small_new(0);
}

static Obj *o_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "call() missing 1 required positional argument: 'obj'");
    return obj_call(args[0], args + 1, nargs - 1, kwnames);
}

/* ---- itemgetter, attrgetter, methodcaller ------------------------------------------------- */

typedef struct GetterObj {
    Obj base;
    Obj *items;            /* tuple: keys, dotted names split, or (name, args, kwargs) */
    Obj *kw;               /* methodcaller's keywords */
} GetterObj;

static Type itemgetter_type, attrgetter_type, methodcaller_type;

static Obj *getter_new(Type *type, Obj *items, Obj *kw)
{
    GetterObj *g = gc_alloc(sizeof *g);
    g->base.type = type;
    g->items = items;
    g->kw = kw;
    return (Obj *)g;
}

static Obj *itemgetter_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("itemgetter", kwnames);
    if (nargs < 1)
        exc_raisef(&type_TypeError, "itemgetter expected 1 argument, got 0");
    return getter_new(type, tuple_from_array(args, (size_t)nargs), NULL);
}

static Obj *itemgetter_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("itemgetter", kwnames);
    args_count("itemgetter", nargs, 1, 1);
    Obj *items = ((GetterObj *)self)->items;
    if (tuple_len(items) == 1)
        return obj_getitem(args[0], tuple_get(items, 0));
    Obj *t = tuple_new(tuple_len(items));
    for (size_t i = 0; i < tuple_len(items); i++)
        tuple_items(t)[i] = obj_getitem(args[0], tuple_get(items, i));
    return t;
}

static Obj *getter_repr(Obj *self, const char *name)
{
    Obj *items = ((GetterObj *)self)->items;
    Buf b;
    buf_init(&b);
    buf_printf(&b, "operator.%s(", name);
    for (size_t i = 0; i < tuple_len(items); i++)
        buf_printf(&b, "%s%s", i ? ", " : "", str_cstr(obj_repr(tuple_get(items, i))));
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Obj *itemgetter_repr(Obj *self) { return getter_repr(self, "itemgetter"); }

static Obj *attrgetter_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("attrgetter", kwnames);
    if (nargs < 1)
        exc_raisef(&type_TypeError, "attrgetter expected 1 argument, got 0");
    for (int i = 0; i < nargs; i++)
        if (!str_check(args[i]))
            exc_raisef(&type_TypeError, "attribute name must be a string");
    return getter_new(type, tuple_from_array(args, (size_t)nargs), NULL);
}

/* obj.a.b.c for a dotted name. */
static Obj *dotted(Obj *obj, Obj *name)
{
    Obj *parts = obj_call_method(name, "split", (Obj *[]){str_from_cstr(".")}, 1);
    for (size_t i = 0; i < list_len(parts); i++)
        obj = obj_getattr(obj, str_intern(list_get(parts, i)));
    return obj;
}

static Obj *attrgetter_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("attrgetter", kwnames);
    args_count("attrgetter", nargs, 1, 1);
    Obj *items = ((GetterObj *)self)->items;
    if (tuple_len(items) == 1)
        return dotted(args[0], tuple_get(items, 0));
    Obj *t = tuple_new(tuple_len(items));
    for (size_t i = 0; i < tuple_len(items); i++)
        tuple_items(t)[i] = dotted(args[0], tuple_get(items, i));
    return t;
}

static Obj *attrgetter_repr(Obj *self) { return getter_repr(self, "attrgetter"); }

static Obj *methodcaller_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    if (nargs < 1)
        exc_raisef(&type_TypeError, "methodcaller needs at least one argument, the method name");
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "method name must be a string");
    Obj *kw = dict_new();
    for (int k = 0; kwnames && k < (int)tuple_len(kwnames); k++)
        dict_set(kw, tuple_get(kwnames, (size_t)k), args[nargs + k]);
    return getter_new(type, tuple_from_array(args, (size_t)nargs), kw);
}

static Obj *methodcaller_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("methodcaller", kwnames);
    args_count("methodcaller", nargs, 1, 1);
    GetterObj *g = (GetterObj *)self;
    Obj *m = obj_getattr(args[0], str_intern(tuple_get(g->items, 0)));
    size_t np = tuple_len(g->items) - 1, nk = dict_len(g->kw);
    Obj **all = gc_alloc((np + nk + 1) * sizeof(Obj *));
    memcpy(all, tuple_items(g->items) + 1, np * sizeof(Obj *));
    Obj *names = nk ? tuple_new(nk) : NULL;
    size_t pos = 0, i = 0;
    Obj *k, *v;
    while (dict_next(g->kw, &pos, &k, &v)) {
        tuple_items(names)[i] = k;
        all[np + i++] = v;
    }
    return obj_call(m, all, (int)np, names);
}

static Obj *methodcaller_repr(Obj *self)
{
    GetterObj *g = (GetterObj *)self;
    Buf b;
    buf_init(&b);
    buf_printf(&b, "operator.methodcaller(");
    for (size_t i = 0; i < tuple_len(g->items); i++)
        buf_printf(&b, "%s%s", i ? ", " : "", str_cstr(obj_repr(tuple_get(g->items, i))));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(g->kw, &pos, &k, &v))
        buf_printf(&b, ", %s=%s", str_cstr(k), str_cstr(obj_repr(v)));
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Type itemgetter_type = {.base = {&type_type}, .name = "operator.itemgetter", .basicsize = sizeof(GetterObj),
                               .new = itemgetter_new, .repr = itemgetter_repr, .call = itemgetter_call};
static Type attrgetter_type = {.base = {&type_type}, .name = "operator.attrgetter", .basicsize = sizeof(GetterObj),
                               .new = attrgetter_new, .repr = attrgetter_repr, .call = attrgetter_call};
static Type methodcaller_type = {.base = {&type_type}, .name = "operator.methodcaller",
                                 .basicsize = sizeof(GetterObj), .new = methodcaller_new, .repr = methodcaller_repr,
                                 .call = methodcaller_call};

static void operator_init(Obj *m)
{
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"add", o_add}, {"sub", o_sub}, {"mul", o_mul}, {"truediv", o_truediv}, {"floordiv", o_floordiv},
        {"mod", o_mod}, {"pow", o_pow}, {"matmul", o_matmul}, {"lshift", o_lshift}, {"rshift", o_rshift},
        {"and_", o_and_}, {"or_", o_or_}, {"xor", o_xor}, {"iadd", o_iadd}, {"isub", o_isub}, {"imul", o_imul},
        {"itruediv", o_itruediv}, {"ifloordiv", o_ifloordiv}, {"imod", o_imod}, {"ipow", o_ipow},
        {"imatmul", o_imatmul}, {"ilshift", o_ilshift}, {"irshift", o_irshift}, {"iand", o_iand}, {"ior", o_ior},
        {"ixor", o_ixor}, {"lt", o_lt}, {"le", o_le}, {"eq", o_eq}, {"ne", o_ne}, {"gt", o_gt}, {"ge", o_ge},
        {"neg", o_neg}, {"pos", o_pos}, {"abs", o_abs}, {"invert", o_invert}, {"inv", o_invert}, {"not_", o_not_},
        {"truth", o_truth}, {"is_", o_is_}, {"is_not", o_is_not}, {"index", o_index}, {"concat", o_concat},
        {"iconcat", o_iconcat}, {"contains", o_contains}, {"countOf", o_countOf}, {"indexOf", o_indexOf},
        {"getitem", o_getitem}, {"setitem", o_setitem}, {"delitem", o_delitem}, {"length_hint", o_length_hint},
        {"call", o_call},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add_function(m, fns[i].name, fns[i].fn);
    Type *types[] = {&itemgetter_type, &attrgetter_type, &methodcaller_type};
    for (size_t i = 0; i < 3; i++) {
        type_ready(types[i]);
        module_add(m, types[i]->name + strlen("operator."), (Obj *)types[i]);
    }
}

const ModuleDef operator_module = {"operator", operator_init, NULL};

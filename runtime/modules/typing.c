/* runtime/modules/typing.c — the `typing` module (see typing.h). */
#include "runtime/modules/typing.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/collections.h"

/* A typing name, possibly subscripted: List, List[int], Dict[str, List[int]]. */
typedef struct SpecialObj {
    Obj base;
    const char *name;
    Obj *args;             /* tuple, or NULL when not subscripted */
} SpecialObj;

static Type special_type;

static Obj *special(const char *name, Obj *args)
{
    SpecialObj *s = gc_alloc(sizeof *s);
    s->base.type = &special_type;
    s->name = name;
    s->args = args;
    return (Obj *)s;
}

/* How an argument shows inside the brackets: classes by name, lists bracketed. */
static void arg_text(Buf *b, Obj *a)
{
    if (!is_small(a) && (TYPE(a)->flags & TF_TYPE)) {
        Type *t = (Type *)a;
        buf_puts(b, t == &type_none ? "NoneType" : class_name(t));
    } else if (a == None) {
        buf_puts(b, "None");
    } else if (a == &obj_ellipsis) {
        buf_puts(b, "...");
    } else if (list_check(a)) {
        buf_putc(b, '[');
        for (size_t i = 0; i < list_len(a); i++) {
            if (i)
                buf_puts(b, ", ");
            arg_text(b, list_get(a, i));
        }
        buf_putc(b, ']');
    } else {
        Obj *r = obj_repr(a);
        buf_add(b, str_cstr(r), str_bytes(r));
    }
}

static Obj *special_repr(Obj *self)
{
    SpecialObj *s = (SpecialObj *)self;
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s%s", s->name[0] == '~' ? "" : "typing.", s->name);
    if (s->args) {
        buf_putc(&b, '[');
        for (size_t i = 0; i < tuple_len(s->args); i++) {
            if (i)
                buf_puts(&b, ", ");
            arg_text(&b, tuple_get(s->args, i));
        }
        buf_putc(&b, ']');
    }
    return str_from_buf(&b);
}

static Obj *special_getitem(Obj *self, Obj *key)
{
    SpecialObj *s = (SpecialObj *)self;
    return special(s->name, tuple_check(key) ? key : tuple_pack(1, key));
}

static Obj *special_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    static const char *const aliases[][2] = {
        {"List", "list"}, {"Dict", "dict"}, {"Set", "set"}, {"FrozenSet", "frozenset"}, {"Tuple", "tuple"},
    };
    const char *name = ((SpecialObj *)self)->name;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(name, aliases[i][0]) == 0)
            exc_raisef(&type_TypeError, "Type %s cannot be instantiated; use %s() instead", name, aliases[i][1]);
    exc_raisef(&type_TypeError, "Cannot instantiate typing.%s", name);
}

static int64_t special_hash(Obj *self) { return (int64_t)((uintptr_t)self >> 4); }

static Type special_type = {
    .base = {&type_type},
    .name = "typing._SpecialForm",
    .basicsize = sizeof(SpecialObj),
    .repr = special_repr,
    .hash = special_hash,
    .call = special_call,
    .getitem = special_getitem,
};

static Obj *m_typevar(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs < 1 || !str_check(args[0]))
        exc_raisef(&type_TypeError, "TypeVar() missing 1 required positional argument: 'name'");
    return special(str_cstr(str_printf("~%s", str_cstr(args[0]))), NULL);
}

static Obj *m_cast(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("cast", kwnames);
    args_count("cast", nargs, 2, 2);
    return args[1];
}

static Obj *m_identity(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("decorator", kwnames);
    args_count("decorator", nargs, 1, 1);
    return args[0];
}

/* NamedTuple('P', [('x', int), ('y', float)]): a namedtuple with those fields. */
static Obj *m_namedtuple(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("NamedTuple", kwnames);
    args_count("NamedTuple", nargs, 2, 2);
    Buf b;
    buf_init(&b);
    Obj *it = obj_iter(args[1]), *pair;
    while ((pair = obj_next(it))) {
        Obj *name = obj_getitem(pair, small_new(0));
        buf_printf(&b, "%s%s", buf_cstr(&b)[0] ? " " : "", str_cstr(obj_str(name)));
    }
    return collections_namedtuple(str_cstr(obj_str(args[0])), buf_cstr(&b), NULL);
}

static void typing_init(Obj *m)
{
    static const char *const names[] = {
        "Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable", "Iterable",
        "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Generator", "Type", "Literal",
        "Final", "ClassVar", "NoReturn", "Counter", "DefaultDict", "Deque", "OrderedDict", "Collection",
        "Container", "Hashable", "Sized", "Reversible", "AbstractSet", "ByteString", "Awaitable", "Coroutine",
        "AsyncIterator", "AsyncIterable", "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsRound",
        "Annotated", "Protocol", "Generic", "Text", "AnyStr", "Never", "Self", "LiteralString", "TypeAlias",
    };
    type_ready(&special_type);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        module_add(m, names[i], special(names[i], NULL));
    module_add_function(m, "TypeVar", m_typevar);
    module_add_function(m, "cast", m_cast);
    module_add_function(m, "overload", m_identity);
    module_add_function(m, "final", m_identity);
    module_add_function(m, "no_type_check", m_identity);
    module_add_function(m, "runtime_checkable", m_identity);
    module_add_function(m, "NamedTuple", m_namedtuple);
    module_add(m, "TYPE_CHECKING", False);
}

const ModuleDef typing_module = {"typing", typing_init, NULL};

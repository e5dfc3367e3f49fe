/* runtime/lang/obj.h — values, types, and the protocol every object of the language follows.
 *
 * A value is an Obj *. A value whose low bit is set is a small int (63-bit, two's complement),
 * never dereferenced; any other value points to an object whose first field is its type. Objects
 * live in the collected heap (base/gc.h) or are static (types, None, True, False).
 *
 * A type is a table of slots in the manner of CPython's, reduced to what the language needs. Slots
 * left NULL mean "not supported" and the generic functions below raise CPython's TypeError for it.
 * Binary operators have one slot taking both operands in source order: it is tried for the left
 * operand's type, then (with OP_REFLECTED set in op) for the right operand's type, so an
 * implementation checks the types of both operands itself and answers NotImplemented otherwise.
 *
 * Errors are raised with exc_raise (runtime/lang/exc.h), which longjmps; functions here never
 * return an error value, with the exceptions noted (NULL from `next` ends an iteration; NULL from
 * obj_lookup_attr means "no such attribute").
 */
#ifndef TIRBOX_OBJ_H
#define TIRBOX_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Obj Obj;
typedef struct Type Type;

struct Obj {
    Type *type;
};

/* ---- small ints -------------------------------------------------------------------------- */

#define SMALL_MAX ((intptr_t)(((uintptr_t)1 << 62) - 1))
#define SMALL_MIN (-SMALL_MAX - 1)

static inline bool is_small(const Obj *o) { return ((uintptr_t)o & 1) != 0; }
static inline intptr_t small_value(const Obj *o) { return (intptr_t)o >> 1; }
static inline Obj *small_new(intptr_t v) { return (Obj *)(((uintptr_t)v << 1) | 1); }
static inline bool small_fits(intptr_t v) { return v >= SMALL_MIN && v <= SMALL_MAX; }

extern Type type_int;

static inline Type *TYPE(const Obj *o) { return is_small(o) ? &type_int : o->type; }

/* ---- operators ----------------------------------------------------------------------------- */

enum {
    OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_MATMUL,
    OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR, OP_DIVMOD,
    OP_NBINARY,
    OP_INPLACE = 0x20,     /* a += b: tried first; slots that do not mutate ignore it */
    OP_REFLECTED = 0x40,   /* the slot is called for the right operand's type */
};
#define OP_BASE(op) ((op) & 0x1f)

enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

enum { UNARY_NEG, UNARY_POS, UNARY_INVERT, UNARY_ABS };

/* Conversions a type may support (the dunders __int__/__index__, __float__, __complex__,
 * __round__, __trunc__, __floor__, __ceil__). */
enum { CONV_INT, CONV_INDEX, CONV_FLOAT, CONV_COMPLEX, CONV_ROUND, CONV_TRUNC, CONV_FLOOR, CONV_CEIL };

/* ---- types ---------------------------------------------------------------------------------- */

/* The calling convention of every function implemented in C: positional arguments, then the
 * values of keyword arguments whose names are in the tuple kwnames (NULL: none). */
typedef Obj *(*NativeFn)(Obj *self, Obj **args, int nargs, Obj *kwnames);

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    unsigned flags;        /* METH_* */
} MethodDef;

enum { METH_CLASS = 1, METH_STATIC = 2 };

typedef struct GetSetDef {
    const char *name;
    Obj *(*get)(Obj *self);
    void (*set)(Obj *self, Obj *value);   /* NULL: read-only */
} GetSetDef;

enum {
    TF_BASETYPE = 1 << 0,      /* may be subclassed */
    TF_HEAP = 1 << 1,          /* a class statement made it */
    TF_INT = 1 << 2,           /* int or a subclass (bool) */
    TF_STR = 1 << 3,
    TF_TUPLE = 1 << 4,
    TF_LIST = 1 << 5,
    TF_DICT = 1 << 6,
    TF_EXC = 1 << 7,           /* BaseException or a subclass */
    TF_TYPE = 1 << 8,
    TF_IMMUTABLE = 1 << 9,     /* setting attributes on the type is refused */
    TF_VARSIZE = 1 << 10,      /* instances end in a variable-length part (tuple, str, bytes) */
    TF_SIDEDICT = 1 << 11,     /* instances keep their attribute dict in a side table (classes
                                  deriving from a TF_VARSIZE type, which have no room for it) */
    TF_SLOTTED = 1 << 12,      /* every class of the MRO declares __slots__: instances take only
                                  the attributes named there */
};

struct Type {
    Obj base;
    const char *name;
    const char *module;          /* NULL for builtins, else e.g. "fractions" */
    Type *base_type;             /* the first base; NULL only for object */
    Obj *bases;                  /* tuple; filled by type_ready */
    Obj *mro;                    /* tuple; filled by type_ready */
    Obj *dict;                   /* the class namespace; filled by type_ready */
    unsigned flags;
    uint64_t tag;                /* unique per type, for the attribute lookup cache; 0 until ready */
    uint32_t basicsize;          /* bytes of an instance */
    uint32_t dictoffset;         /* where an instance keeps its attribute dict, 0: nowhere */

    /* Calling the type. Allocates type->basicsize bytes and sets ->type = type (not the static
     * size and type), so that classes deriving from the type get their larger instances. */
    Obj *(*new)(Type *type, Obj **args, int nargs, Obj *kwnames);
    Obj *(*repr)(Obj *self);
    Obj *(*str)(Obj *self);
    int64_t (*hash)(Obj *self);
    Obj *(*compare)(Obj *a, Obj *b, int op);
    Obj *(*binop)(Obj *a, Obj *b, int op);
    Obj *(*unop)(Obj *a, int op);
    Obj *(*pow3)(Obj *a, Obj *b, Obj *mod);        /* pow(a, b, mod); NotImplemented: unsupported */
    Obj *(*convert)(Obj *self, int conv, Obj *arg);
    Obj *(*format)(Obj *self, Obj *spec);
    bool (*truth)(Obj *self);
    Obj *(*getattr)(Obj *self, Obj *name);         /* NULL result: no such attribute */
    void (*setattr)(Obj *self, Obj *name, Obj *value);   /* value NULL: delete */
    Obj *(*call)(Obj *self, Obj **args, int nargs, Obj *kwnames);
    Obj *(*iter)(Obj *self);
    Obj *(*next)(Obj *self);                       /* NULL: exhausted */
    Obj *(*getitem)(Obj *self, Obj *key);
    void (*setitem)(Obj *self, Obj *key, Obj *value);    /* value NULL: delete */
    int64_t (*len)(Obj *self);
    bool (*contains)(Obj *self, Obj *item);
    Obj *(*descr_get)(Obj *descr, Obj *obj, Type *owner);   /* obj NULL: looked up on the class */
    void (*descr_set)(Obj *descr, Obj *obj, Obj *value);    /* a data descriptor */

    const MethodDef *methods;
    const GetSetDef *getsets;
};

/* ---- the singletons ---------------------------------------------------------------------- */

extern Type type_object, type_type, type_bool, type_none, type_notimpl, type_ellipsis;
extern Obj obj_none, obj_notimpl, obj_ellipsis;
extern Obj obj_true, obj_false;

#define None (&obj_none)
#define NotImplemented (&obj_notimpl)
#define True (&obj_true)
#define False (&obj_false)

static inline Obj *bool_from(bool b) { return b ? True : False; }

/* ---- the protocol ------------------------------------------------------------------------- */

/* Completes a type: bases, MRO, and a dict filled from its methods and getsets. */
void type_ready(Type *t);

/* True when t is sub or one of its ancestors. */
bool type_is_subtype(const Type *sub, const Type *t);

/* isinstance(o, t) for a single type. */
static inline bool obj_is(const Obj *o, const Type *t)
{
    return TYPE(o) == t || type_is_subtype(TYPE(o), t);
}

/* The name of o's type, for messages. */
const char *obj_type_name(const Obj *o);

Obj *obj_repr(Obj *o);
Obj *obj_str(Obj *o);
Obj *obj_ascii(Obj *o);
Obj *obj_format(Obj *o, Obj *spec);
int64_t obj_hash(Obj *o);
bool obj_truth(Obj *o);

/* a op b, with CPython's dispatch (subclass first, reflected operand, in-place first). */
Obj *obj_binop(Obj *a, Obj *b, int op);
Obj *obj_unop(Obj *a, int op);
Obj *obj_pow3(Obj *a, Obj *b, Obj *mod);

/* Rich comparison returning whatever the types return (sympy relations are objects). */
Obj *obj_compare(Obj *a, Obj *b, int op);
/* a == b as a C bool (identity first, as containers compare). */
bool obj_eq(Obj *a, Obj *b);
/* a < b as a C bool, for sorting. */
bool obj_lt(Obj *a, Obj *b);

/* getattr; raises AttributeError when missing. */
Obj *obj_getattr(Obj *o, Obj *name);
Obj *obj_getattr_cstr(Obj *o, const char *name);
/* getattr without raising: NULL when missing. */
Obj *obj_lookup_attr(Obj *o, Obj *name);
void obj_setattr(Obj *o, Obj *name, Obj *value);
void obj_delattr(Obj *o, Obj *name);
/* Where o keeps its attribute dict (the slot may hold NULL until the first attribute), or NULL
 * when it has none. */
Obj **obj_dict_slot(Obj *o);
/* Forgets the side table of attribute dicts (the end of a request). */
void obj_reset_side_dicts(void);
/* The generic attribute machinery (types, instance dicts, descriptors), usable by slots. */
Obj *obj_generic_getattr(Obj *o, Obj *name);
void obj_generic_setattr(Obj *o, Obj *name, Obj *value);
/* Looks name up along the MRO of t; NULL when absent. Cached for interned names. */
Obj *type_lookup(const Type *t, Obj *name);
/* A fresh tag for a type (at creation). */
uint64_t type_new_tag(void);
/* Forgets every cached lookup: a class's namespace changed. */
void type_invalidate_cache(void);

/* For method calls without a bound-method object: returns the callable; *self is set to o when the
 * callable expects o as first argument, NULL otherwise. */
Obj *obj_getmethod(Obj *o, Obj *name, Obj **self);

Obj *obj_call(Obj *f, Obj **args, int nargs, Obj *kwnames);
Obj *obj_call0(Obj *f);
Obj *obj_call1(Obj *f, Obj *a);
Obj *obj_call2(Obj *f, Obj *a, Obj *b);
/* Calls the method `name` of o with positional arguments. */
Obj *obj_call_method(Obj *o, const char *name, Obj **args, int nargs);

Obj *obj_getitem(Obj *o, Obj *key);
void obj_setitem(Obj *o, Obj *key, Obj *value);
void obj_delitem(Obj *o, Obj *key);
int64_t obj_len(Obj *o);
bool obj_contains(Obj *container, Obj *item);

Obj *obj_iter(Obj *o);
/* The next item, or NULL when exhausted. */
Obj *obj_next(Obj *it);

/* Conversions with CPython's errors: __index__ (an int object), __int__, __float__. */
Obj *obj_index(Obj *o);
int64_t obj_index_i64(Obj *o);      /* OverflowError beyond 64 bits */
Obj *obj_to_int(Obj *o);
double obj_to_double(Obj *o);

/* Recursion guard for C recursion through user objects (repr of nested containers, comparison
 * of deep structures): raises RecursionError past the limit. */
void obj_enter_recursion(const char *where);
void obj_leave_recursion(void);

#endif

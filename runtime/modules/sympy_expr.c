/* runtime/modules/sympy_expr.c — sympy expressions as objects of the language (see sympy_expr.h). */
#include "runtime/modules/sympy_expr.h"

#include <math.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/fractions.h"
#include "runtime/modules/sympy_matrix.h"
#include "runtime/modules/sympy_methods.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_parse.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_relsimp.h"
#include "solvers/sym_simplify.h"

/* A class of expressions: which function or relation its constructor builds. */
typedef struct SymType {
    Type t;
    int op;                  /* SymFn of a function class, SymRel of a relation class, else -1 */
} SymType;

typedef Obj *(*NewFn)(Type *type, Obj **args, int nargs, Obj *kwnames);

typedef struct ClassSpec {
    const char *name;
    const char *module;
    const char *bases;       /* direct bases, space-separated; "" for Basic */
    NewFn new;
} ClassSpec;

Type *sympy_basic_type;

#define MAX_CLASSES 160
static Type *classes[MAX_CLASSES];
static size_t nclasses;

/* The class of a node, by kind; numbers with classes of their own; functions; relations. */
static Type *kind_class[SYM_KIND_COUNT];
static Type *zero_class, *one_class, *negone_class, *half_class, *undef_class;
static Type *fn_class[SYM_FN_COUNT];
static Type *rel_class[6];
/* Classes the is_X flags test. */
static Type *c_atom, *c_number, *c_rational, *c_integer, *c_function, *c_relational, *c_boolean,
    *c_number_symbol, *c_expr;

/* Permanent objects for the permanent constants, so that `is` works on them as in sympy. */
static Obj *true_obj, *false_obj;

/* ---- Python values <-> nodes ----------------------------------------------------------------- */

static Obj *wrap_as(Type *t, Sym *e)
{
    SympyObj *o = gc_alloc(sizeof *o);
    o->base.type = t;
    o->e = e;
    return (Obj *)o;
}

static Type *class_of(const Sym *e)
{
    switch (e->kind) {
    case SYM_INTEGER:
        if (fmpz_is_zero(e->v.z))
            return zero_class;
        if (fmpz_is_one(e->v.z))
            return one_class;
        return fmpz_equal_si(e->v.z, -1) ? negone_class : kind_class[SYM_INTEGER];
    case SYM_RATIONAL:
        return fmpz_is_one(fmpq_numref(e->v.q)) && fmpz_equal_si(fmpq_denref(e->v.q), 2) ? half_class
                                                                                         : kind_class[SYM_RATIONAL];
    case SYM_FN:
        return e->op == SYM_FN_UNDEF ? undef_class : fn_class[e->op];
    case SYM_REL:
        return rel_class[e->op];
    default:
        return kind_class[e->kind];
    }
}

static Obj *wrap_items(Sym *e, bool tuples);
static Sym *negation(Sym *e);

Obj *sympy_wrap(Sym *e)
{
    if (e->kind == SYM_LIST || e->kind == SYM_DICT)
        return wrap_items(e, false);
    if (e->kind == SYM_MATRIX)
        return sympy_matrix_from_node(e);
    if (e == sym_true)
        return true_obj;
    if (e == sym_false)
        return false_obj;
    return wrap_as(class_of(e), e);
}

Obj *sympy_result(Sym *e)
{
    if (e->kind == SYM_TUPLE || e->kind == SYM_LIST || e->kind == SYM_DICT)
        return wrap_items(e, true);
    return sympy_wrap(e);
}

static Obj *wrap_items(Sym *e, bool tuples)
{
    Obj *(*item)(Sym *) = tuples ? sympy_result : sympy_wrap;
    if (e->kind == SYM_DICT) {
        Obj *d = dict_new();
        for (uint32_t i = 0; i + 1 < e->n; i += 2)
            dict_set(d, item(e->args[i]), item(e->args[i + 1]));
        return d;
    }
    Obj *t = e->kind == SYM_TUPLE ? tuple_new(e->n) : list_new(e->n);
    for (uint32_t i = 0; i < e->n; i++) {
        if (e->kind == SYM_TUPLE)
            tuple_items(t)[i] = item(e->args[i]);
        else
            list_append(t, item(e->args[i]));
    }
    return t;
}

static Sym *int_node(Obj *o)
{
    if (is_small(o))
        return sym_int((long)small_value(o));
    mpz_t z;
    mpz_init(z);
    int_get_mpz(o, z);
    fmpz_t f;
    fmpz_init(f);
    fmpz_set_mpz(f, z);
    mpz_clear(z);
    return sym_int_move(f);
}

Obj *sympy_int_obj(const Sym *e)
{
    if (fmpz_fits_si(e->v.z))
        return int_from_i64(fmpz_get_si(e->v.z));
    mpz_t z;
    mpz_init(z);
    fmpz_get_mpz(z, e->v.z);
    Obj *r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static bool is_fraction(const Obj *o)
{
    const Type *t = TYPE(o);
    return t->module && strcmp(t->module, "fractions") == 0 && strcmp(t->name, "Fraction") == 0;
}

Sym *sympy_convert(Obj *o)
{
    if (is_small(o))
        return sym_int((long)small_value(o));
    if (sympy_check(o))
        return sympy_node(o);
    if (o == True || o == False)
        return NULL;
    if (int_check(o))
        return int_node(int_subclass_value(o));
    if (float_check(o))
        return sym_float_d(float_value(o));
    if (obj_is(o, &type_complex)) {
        ComplexObj *c = (ComplexObj *)o;
        return sym_add(sym_float_d(c->re), sym_mul(sym_float_d(c->im), sym_i));
    }
    if (is_fraction(o)) {
        Sym *p = int_node(obj_getattr_cstr(o, "numerator")), *q = int_node(obj_getattr_cstr(o, "denominator"));
        return sym_div(p, q);
    }
    if (sympy_matrix_check(o))
        return sympy_matrix_node(o);
    return NULL;
}

static Sym *sympify_items(Obj *o, SymKind kind)
{
    Obj *items = tuple_from_iterable(o);
    size_t n = tuple_len(items);
    Sym **v = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        v[i] = sympy_sympify(tuple_get(items, i));
    return kind == SYM_TUPLE ? sym_tuple(n, v) : sym_list(n, v);
}

Sym *sympy_sympify(Obj *o)
{
    Sym *e = sympy_convert(o);
    if (e)
        return e;
    if (o == True)
        return sym_true;
    if (o == False)
        return sym_false;
    if (str_check(o))
        return sym_parse(str_cstr(o));
    if (tuple_check(o))
        return sympify_items(o, SYM_TUPLE);
    if (list_check(o) || set_check(o))
        return sympify_items(o, SYM_LIST);
    if (dict_check(o)) {
        size_t n = dict_len(o), pos = 0, i = 0;
        Sym **k = gc_alloc((n ? n : 1) * sizeof(Sym *)), **v = gc_alloc((n ? n : 1) * sizeof(Sym *));
        Obj *key, *val;
        while (dict_next(o, &pos, &key, &val)) {
            k[i] = sympy_sympify(key);
            v[i++] = sympy_sympify(val);
        }
        return sym_dict(n, k, v);
    }
    sym_raise(SYM_E_SYMPIFY, "SympifyError: %s", str_cstr(obj_repr(o)));
}

Sym *sympy_arg(Obj *o) { return sympy_sympify(o); }

Obj *sympy_tri(SymTri t) { return t == SYM_YES ? True : t == SYM_NO ? False : None; }

Type *sympy_class(const char *name)
{
    for (size_t i = 0; i < nclasses; i++)
        if (strcmp(classes[i]->name, name) == 0)
            return classes[i];
    return NULL;
}

/* ---- slots every expression shares --------------------------------------------------------- */

static Sym *E(Obj *o) { return sympy_node(o); }

static Obj *expr_str(Obj *self) { return str_from_cstr(sym_str(E(self))); }

static int64_t expr_hash(Obj *self)
{
    Sym *e = E(self);
    if (e->kind == SYM_INTEGER)
        return obj_hash(sympy_int_obj(e));
    if (e->kind == SYM_FLOAT && mpfr_get_prec(e->v.f) <= 53)
        return obj_hash(float_new(mpfr_get_d(e->v.f, MPFR_RNDN)));
    int64_t h = (int64_t)(sym_hash(e) >> 2);
    return h == -1 ? -2 : h;
}

static const SymRel cmp_rel[] = {[CMP_LT] = SYM_LT, [CMP_LE] = SYM_LE, [CMP_GT] = SYM_GT, [CMP_GE] = SYM_GE};

static Obj *expr_compare(Obj *a, Obj *b, int op)
{
    Sym *x = E(a), *y = b == True ? sym_true : b == False ? sym_false : sympy_convert(b);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = y && sym_eq(x, y);
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    if (!y || y->kind == SYM_TRUE || y->kind == SYM_FALSE)
        return NotImplemented;
    return sympy_wrap(sym_rel(cmp_rel[op], x, y));
}

/* x // y as sympy: floor(x / y), an Integer for numbers. */
static Sym *floordiv(Sym *x, Sym *y) { return sym_fn1(SYM_FN_FLOOR, sym_div(x, y)); }

/* Relations and truth values take no part in arithmetic. */
static bool is_boolean(const Sym *e)
{
    return e->kind == SYM_REL || e->kind == SYM_TRUE || e->kind == SYM_FALSE || e->kind == SYM_AND ||
           e->kind == SYM_OR || e->kind == SYM_NOT;
}

/* An Integer takes Python ints, bools among them, in the operations its methods compute on the
 * int value: + - * % divmod, the bitwise ones and shifts, and // from the left (the others
 * sympify, and a bool is no number). */
static bool int_operand(Obj *o, Sym *other, int base, bool left)
{
    return (o == True || o == False) && other && other->kind == SYM_INTEGER &&
           (base == OP_ADD || base == OP_SUB || base == OP_MUL || base == OP_MOD || base == OP_DIVMOD ||
            base == OP_AND || base == OP_OR || base == OP_XOR || base == OP_LSHIFT || base == OP_RSHIFT ||
            (base == OP_FLOORDIV && left));
}

/* Integer // 0 and x % 0 (0 or 0.0) fail as the int operations sympy does them with, a Float by a zero Float
 * as mpmath's division (no message); other quotients by zero are zoo or Mod's own error. */
static void check_zero_divisor(const Sym *x, const Sym *y, int base)
{
    if (x->kind == SYM_FLOAT && y->kind == SYM_FLOAT && mpfr_zero_p(y->v.f) &&
        (base == OP_TRUEDIV || base == OP_FLOORDIV || base == OP_MOD))
        exc_raise((Obj *)&type_ZeroDivisionError);
    bool float_zero = y->kind == SYM_FLOAT && mpfr_zero_p(y->v.f);
    if (!float_zero && (y->kind != SYM_INTEGER || sym_num_sign(y) != 0))
        return;
    if (base == OP_FLOORDIV && x->kind == SYM_INTEGER)
        exc_raisef(&type_ZeroDivisionError, float_zero ? "modulo by zero" : "integer division or modulo by zero");
    if (base == OP_MOD && x->kind == SYM_RATIONAL)
        exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
    if (base == OP_MOD && (x->kind == SYM_INTEGER || x->kind == SYM_FLOAT))
        exc_raisef(&type_ZeroDivisionError, "integer modulo by zero");
    if (base == OP_DIVMOD && sym_is_num(x))
        exc_raisef(&type_ZeroDivisionError, "modulo by zero");
}

static Obj *expr_binop(Obj *a, Obj *b, int op)
{
    int base = OP_BASE(op);
    Sym *x = sympy_convert(a), *y = sympy_convert(b);
    if (int_operand(a, y, base, true))
        x = sym_int(a == True);
    if (int_operand(b, x, base, false))
        y = sym_int(b == True);
    if (!x || !y || x->kind == SYM_MATRIX || y->kind == SYM_MATRIX)
        return NotImplemented;
    if ((is_boolean(x) || is_boolean(y)) && base != OP_AND && base != OP_OR) {
        if (x->kind == SYM_TRUE || x->kind == SYM_FALSE || y->kind == SYM_TRUE || y->kind == SYM_FALSE)
            exc_raisef(&type_TypeError, "BooleanAtom not allowed in this context.");
        return NotImplemented;
    }
    check_zero_divisor(x, y, base);
    switch (base) {
    case OP_ADD: return sympy_wrap(sym_add(x, y));
    case OP_SUB: return sympy_wrap(sym_sub(x, y));
    case OP_MUL: return sympy_wrap(sym_mul(x, y));
    case OP_TRUEDIV: return sympy_wrap(sym_div(x, y));
    case OP_POW: return sympy_wrap(sym_pow(x, y));
    case OP_FLOORDIV: return sympy_wrap(floordiv(x, y));
    case OP_MOD: return sympy_wrap(sym_fn2(SYM_FN_MOD, x, y));
    case OP_DIVMOD: {   /* Number.__divmod__ gives a sympy Tuple, Expr.__divmod__ a tuple */
        Sym *q = floordiv(x, y), *r = sym_fn2(SYM_FN_MOD, x, y);
        if (sym_is_num(x) && sym_is_num(y))
            return sympy_wrap(sym_tuple(2, (Sym *[]){q, r}));
        return tuple_pack(2, sympy_wrap(q), sympy_wrap(r));
    }
    case OP_AND:
    case OP_OR:
    case OP_XOR:
    case OP_LSHIFT:
    case OP_RSHIFT:
        if (x->kind == SYM_INTEGER && y->kind == SYM_INTEGER)   /* Integers combine bitwise, as ints */
            return sympy_wrap(int_node(int_binop(sympy_int_obj(x), sympy_int_obj(y), base)));
        if (sym_is_num(x) || sym_is_num(y) || (base != OP_AND && base != OP_OR))
            return NotImplemented;
        return sympy_wrap(base == OP_AND ? sym_and(2, (Sym *[]){x, y}) : sym_or(2, (Sym *[]){x, y}));
    default: return NotImplemented;
    }
}

/* pow(a, b, mod) as Expr.__pow__: the int power when all three are integers and the int pow
 * takes them (a zero modulus or a non-invertible base raise ValueError there), else a**b % mod. */
static Obj *expr_pow3(Obj *a, Obj *b, Obj *mod)
{
    Sym *x = E(a), *y = sympy_convert(b), *m = sympy_convert(mod);
    if (!y || !m)
        return NotImplemented;
    if (x->kind == SYM_INTEGER && y->kind == SYM_INTEGER && m->kind == SYM_INTEGER) {
        ExcJump j;
        EXC_TRY(j) {
            Obj *r = int_pow3(sympy_int_obj(x), sympy_int_obj(y), sympy_int_obj(m));
            exc_pop(&j);
            return sympy_wrap(int_node(r));
        } else if (!obj_is(j.exc, &type_ValueError)) {
            exc_throw(j.exc);
        }
    }
    return obj_binop(sympy_wrap(sym_pow(x, y)), mod, OP_MOD);
}

static Obj *expr_unop(Obj *a, int op)
{
    Sym *x = E(a);
    if (is_boolean(x) && op != UNARY_INVERT)
        return NotImplemented;
    switch (op) {
    case UNARY_NEG: return sympy_wrap(sym_neg(x));
    case UNARY_POS: return a;
    case UNARY_ABS: return sympy_wrap(sym_fn1(SYM_FN_ABS, x));
    default:
        if (x->kind == SYM_INTEGER)
            return sympy_wrap(sym_sub(sym_neg(x), sym_one));
        return sym_is_num(x) ? NotImplemented : sympy_wrap(negation(x));
    }
}

static bool expr_truth(Obj *self)
{
    Sym *e = E(self);
    if (e->kind == SYM_REL)
        exc_raisef(&type_TypeError, "cannot determine truth value of Relational: %s", sym_str(e));
    if (e->kind == SYM_FALSE)
        return false;
    if (sym_is_num(e))
        return e->kind == SYM_NAN || sym_num_sign(e) != 0;
    return true;
}

/* The value of a number expression as an MPFR float of prec bits; false when it is not real. */
static bool real_value(Sym *e, mpfr_t out)
{
    if (sym_is_num(e)) {
        sym_num_to_mpfr(out, e);
        return true;
    }
    Sym *v = sym_evalf(e, sym_prec_to_dps((long)mpfr_get_prec(out)));
    if (!sym_is_num(v))
        return false;
    sym_num_to_mpfr(out, v);
    return true;
}

static Obj *to_int(Sym *e)
{
    if (e->kind == SYM_INTEGER)
        return sympy_int_obj(e);
    if (!sym_is_number(e))
        exc_raisef(&type_TypeError, "Cannot convert symbols to int");
    if (e->kind == SYM_NAN || e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY)
        exc_raisef(&type_TypeError, "Cannot convert %s to int", sym_str(e));
    mpfr_t m;
    mpfr_init2(m, 256);
    bool real = e->kind != SYM_COMPLEX_INFINITY && real_value(e, m);
    if (!real) {
        mpfr_clear(m);
        exc_raisef(&type_TypeError, "Cannot convert complex to int");
    }
    mpz_t z;
    mpz_init(z);
    mpfr_get_z(z, m, MPFR_RNDZ);
    mpfr_clear(m);
    Obj *r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static Obj *to_float(Sym *e)
{
    if (e->kind == SYM_COMPLEX_INFINITY)
        exc_raisef(&type_TypeError, "Cannot convert complex to float");
    if (!sym_is_number(e))
        exc_raisef(&type_TypeError, "Cannot convert expression to float");
    if (sym_is_num(e))
        return float_new(sym_num_to_double(e));
    double re, im;
    if (!sym_eval_complex(e, &re, &im))
        exc_raisef(&type_TypeError, "Cannot convert expression to float");
    if (im != 0)
        exc_raisef(&type_TypeError, "Cannot convert complex to float");
    return float_new(re);
}

static Obj *expr_convert(Obj *self, int conv, Obj *arg)
{
    Sym *e = E(self);
    switch (conv) {
    case CONV_INDEX:
        return e->kind == SYM_INTEGER ? sympy_int_obj(e) : NULL;
    case CONV_INT:
        return to_int(e);
    case CONV_FLOAT:
        return to_float(e);
    case CONV_COMPLEX: {
        double re, im;
        if (!sym_is_number(e) || !sym_eval_complex(e, &re, &im))
            exc_raisef(&type_TypeError, "Cannot convert expression to complex");
        return complex_new(re, im);
    }
    case CONV_ROUND:
        return sympy_wrap(sympy_round(e, arg && arg != None ? obj_index(arg) : NULL));
    case CONV_FLOOR:
        return sympy_wrap(sym_fn1(SYM_FN_FLOOR, e));
    case CONV_CEIL:
        return sympy_wrap(sym_fn1(SYM_FN_CEILING, e));
    case CONV_TRUNC:   /* Expr.__trunc__ is Integer(self) */
        if (!sym_is_number(e))
            exc_raisef(&type_TypeError, "Cannot truncate symbols and expressions");
        if (!sym_is(e, SYM_F_REAL) || sym_is_not(e, SYM_F_FINITE))
            exc_raisef(&type_TypeError, "Argument of Integer should be of numeric type, got %s.", sym_str(e));
        return sympy_wrap(int_node(to_int(e)));
    default:
        return NULL;
    }
}

/* Expr.__format__: "[+][width].Nf" formats the number rounded to N places; any other non-empty
 * spec is refused as object.__format__ refuses it. A Float formats as the Decimal of its str. */
static Obj *expr_format(Obj *self, Obj *spec)
{
    const char *s = str_cstr(spec);
    if (!*s)
        return expr_str(self);
    Sym *e = E(self);
    if (e->kind == SYM_FLOAT) {
        Obj *decimal = obj_getattr_cstr(module_import(str_from_cstr("decimal")), "Decimal");
        return obj_format(obj_call(decimal, (Obj *[]){expr_str(self)}, 1, NULL), spec);
    }
    const char *p = s + (*s == '+');
    while (*p >= '0' && *p <= '9')
        p++;
    if (sym_is_number(e) && *p == '.' && p[1] >= '0' && p[1] <= '9') {
        const char *q = p + 1;
        long places = 0;
        while (*q >= '0' && *q <= '9')
            places = places * 10 + (*q++ - '0');
        if (*q == 'f') {
            Sym *r = sympy_round(e, int_from_i64(places));
            if (r->kind == SYM_INTEGER)
                return obj_format(sympy_int_obj(r), spec);
            if (r->kind == SYM_FLOAT)
                return obj_format(float_new(mpfr_get_d(r->v.f, MPFR_RNDN)), spec);
        }
    }
    exc_raisef(&type_TypeError, "unsupported format string passed to %s.__format__", TYPE(self)->name);
}

/* ---- attributes ---------------------------------------------------------------------------- */

static Obj *get_args(Obj *self)
{
    Sym *e = E(self);
    if (e->kind == SYM_RATIONAL || e->kind == SYM_INTEGER || e->kind == SYM_FLOAT || e->kind == SYM_SYMBOL ||
        e->kind == SYM_DUMMY)
        return tuple_empty();
    Obj *t = tuple_new(e->n);
    for (uint32_t i = 0; i < e->n; i++)
        tuple_items(t)[i] = sympy_wrap(e->args[i]);
    return t;
}

static Obj *get_func(Obj *self) { return (Obj *)TYPE(self); }

static Obj *get_free_symbols(Obj *self)
{
    SymVec v = sym_free_symbols(E(self));
    Obj *s = set_new();
    for (size_t i = 0; i < v.n; i++)
        set_add(s, sympy_wrap(v.v[i]));
    return s;
}

static Obj *get_is_number(Obj *self) { return bool_from(sym_is_number(E(self))); }

static Obj *get_is_comparable(Obj *self)
{
    Sym *e = E(self);
    return bool_from(sym_is_number(e) && sym_eval_sign(e) != 2);
}

#define FACT_GETTER(name, fact) \
    static Obj *get_is_##name(Obj *self) { return sympy_tri(sym_ask(E(self), fact)); }
#define FACTS(X)                                                                                        \
    X(algebraic, SYM_F_ALGEBRAIC) X(commutative, SYM_F_COMMUTATIVE) X(complex, SYM_F_COMPLEX)         \
    X(composite, SYM_F_COMPOSITE) X(even, SYM_F_EVEN) X(extended_negative, SYM_F_EXTENDED_NEGATIVE)   \
    X(extended_nonnegative, SYM_F_EXTENDED_NONNEGATIVE) X(extended_nonpositive, SYM_F_EXTENDED_NONPOSITIVE) \
    X(extended_nonzero, SYM_F_EXTENDED_NONZERO) X(extended_positive, SYM_F_EXTENDED_POSITIVE)         \
    X(extended_real, SYM_F_EXTENDED_REAL) X(finite, SYM_F_FINITE) X(hermitian, SYM_F_HERMITIAN)       \
    X(imaginary, SYM_F_IMAGINARY) X(infinite, SYM_F_INFINITE) X(integer, SYM_F_INTEGER)               \
    X(irrational, SYM_F_IRRATIONAL) X(negative, SYM_F_NEGATIVE) X(noninteger, SYM_F_NONINTEGER)       \
    X(nonnegative, SYM_F_NONNEGATIVE) X(nonpositive, SYM_F_NONPOSITIVE) X(nonzero, SYM_F_NONZERO)     \
    X(odd, SYM_F_ODD) X(positive, SYM_F_POSITIVE) X(prime, SYM_F_PRIME) X(rational, SYM_F_RATIONAL)   \
    X(real, SYM_F_REAL) X(transcendental, SYM_F_TRANSCENDENTAL) X(zero, SYM_F_ZERO)
FACTS(FACT_GETTER)

#define CLASS_GETTER(name, cls) \
    static Obj *get_is_##name(Obj *self) { return bool_from(obj_is(self, cls)); }
#define KIND_GETTER(name, k) \
    static Obj *get_is_##name(Obj *self) { return bool_from(E(self)->kind == (k)); }
CLASS_GETTER(Atom, c_atom)
CLASS_GETTER(Number, c_number)
CLASS_GETTER(Rational, c_rational)
CLASS_GETTER(Integer, c_integer)
CLASS_GETTER(Function, c_function)
CLASS_GETTER(Relational, c_relational)
CLASS_GETTER(Boolean, c_boolean)
CLASS_GETTER(NumberSymbol, c_number_symbol)
KIND_GETTER(Symbol, SYM_SYMBOL)
KIND_GETTER(Dummy, SYM_DUMMY)
KIND_GETTER(Float, SYM_FLOAT)
KIND_GETTER(Add, SYM_ADD)
KIND_GETTER(Mul, SYM_MUL)
KIND_GETTER(Pow, SYM_POW)
KIND_GETTER(Tuple, SYM_TUPLE)
KIND_GETTER(Not, SYM_NOT)

static Obj *get_false(Obj *self)
{
    (void)self;
    return False;
}

static Obj *get_is_Equality(Obj *self)
{
    Sym *e = E(self);
    return bool_from(e->kind == SYM_REL && e->op == SYM_EQ);
}

#define FACT_GETSET(name, fact) {"is_" #name, get_is_##name, NULL},
static const GetSetDef basic_getsets[] = {
    {"args", get_args, NULL},
    {"func", get_func, NULL},
    {"free_symbols", get_free_symbols, NULL},
    {"is_number", get_is_number, NULL},
    {"is_comparable", get_is_comparable, NULL},
    FACTS(FACT_GETSET)
    {"is_Atom", get_is_Atom, NULL},
    {"is_Number", get_is_Number, NULL},
    {"is_Rational", get_is_Rational, NULL},
    {"is_Integer", get_is_Integer, NULL},
    {"is_Function", get_is_Function, NULL},
    {"is_Relational", get_is_Relational, NULL},
    {"is_Boolean", get_is_Boolean, NULL},
    {"is_NumberSymbol", get_is_NumberSymbol, NULL},
    {"is_Symbol", get_is_Symbol, NULL},
    {"is_symbol", get_is_Symbol, NULL},
    {"is_Dummy", get_is_Dummy, NULL},
    {"is_Float", get_is_Float, NULL},
    {"is_Add", get_is_Add, NULL},
    {"is_Mul", get_is_Mul, NULL},
    {"is_Pow", get_is_Pow, NULL},
    {"is_Tuple", get_is_Tuple, NULL},
    {"is_Not", get_is_Not, NULL},
    {"is_Equality", get_is_Equality, NULL},
    {"is_Matrix", get_false, NULL},
    {"is_Piecewise", get_false, NULL},
    {"is_Order", get_false, NULL},
    {"is_Derivative", get_false, NULL},
    {"is_Integral", get_false, NULL},
    {"is_Point", get_false, NULL},
    {"is_Vector", get_false, NULL},
    {NULL, NULL, NULL},
};

static Obj *get_lhs(Obj *self) { return sympy_wrap(E(self)->args[0]); }
static Obj *get_rhs(Obj *self) { return sympy_wrap(E(self)->args[1]); }

static Obj *get_rel_op(Obj *self)
{
    static const char *const ops[] = {"==", "!=", "<", "<=", ">", ">="};
    return str_from_cstr(ops[E(self)->op]);
}

static Obj *get_canonical(Obj *self) { return sympy_wrap(sym_rel_canonical(E(self))); }

static Obj *get_reversedsign(Obj *self)
{
    static const SymRel flipped[] = {SYM_EQ, SYM_NE, SYM_GT, SYM_GE, SYM_LT, SYM_LE};
    Sym *e = E(self);
    return sympy_wrap(sym_rel_raw(flipped[e->op], sym_neg(e->args[0]), sym_neg(e->args[1])));
}

static Obj *get_negated(Obj *self)
{
    static const SymRel negated[] = {SYM_NE, SYM_EQ, SYM_GE, SYM_GT, SYM_LE, SYM_LT};
    Sym *e = E(self);
    return sympy_wrap(sym_rel_raw(negated[e->op], e->args[0], e->args[1]));
}

/* Derivative: the expression, and the variables repeated by their counts. */
static Obj *get_derivative_expr(Obj *self) { return sympy_wrap(E(self)->args[0]); }

static Obj *get_derivative_variables(Obj *self)
{
    Sym *d = E(self);
    Obj *l = list_new(0);
    for (uint32_t i = 1; i < d->n; i++) {
        Sym *a = d->args[i];
        long k = a->kind == SYM_TUPLE ? fmpz_get_si(a->args[1]->v.z) : 1;
        for (long j = 0; j < k; j++)
            list_append(l, sympy_wrap(a->kind == SYM_TUPLE ? a->args[0] : a));
    }
    return tuple_from_iterable(l);
}

static const GetSetDef derivative_getsets[] = {
    {"expr", get_derivative_expr, NULL},
    {"variables", get_derivative_variables, NULL},
    {NULL, NULL, NULL},
};

/* Integral: the integrand and the limits, each a tuple as sympy keeps them ((x,) for x). */
static Obj *get_integral_limits(Obj *self)
{
    Sym *d = E(self);
    Obj *l = list_new(0);
    for (uint32_t i = 1; i < d->n; i++) {
        Sym *a = d->args[i];
        list_append(l, sympy_wrap(a->kind == SYM_TUPLE ? a : sym_tuple(1, &a)));
    }
    return tuple_from_iterable(l);
}

/* The variables of the limits, a list as in sympy. */
static Obj *get_limit_variables(Obj *self)
{
    Sym *d = E(self);
    Obj *l = list_new(0);
    for (uint32_t i = 1; i < d->n; i++)
        list_append(l, sympy_wrap(d->args[i]->kind == SYM_TUPLE ? d->args[i]->args[0] : d->args[i]));
    return l;
}

/* Integral, Sum and Product. */
static const GetSetDef integral_getsets[] = {
    {"function", get_derivative_expr, NULL},
    {"limits", get_integral_limits, NULL},
    {"variables", get_limit_variables, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef rel_getsets[] = {
    {"lhs", get_lhs, NULL},
    {"rhs", get_rhs, NULL},
    {"rel_op", get_rel_op, NULL},
    {"reversed", sympy_rel_reversed, NULL},
    {"reversedsign", get_reversedsign, NULL},
    {"negated", get_negated, NULL},
    {"canonical", get_canonical, NULL},
    {NULL, NULL, NULL},
};

static Obj *get_p(Obj *self)
{
    Sym *e = E(self);
    if (e->kind == SYM_INTEGER)
        return sympy_int_obj(e);
    return sympy_int_obj(sym_int_fmpz(fmpq_numref(e->v.q)));
}

static Obj *get_q(Obj *self)
{
    Sym *e = E(self);
    if (e->kind == SYM_INTEGER)
        return small_new(1);
    return sympy_int_obj(sym_int_fmpz(fmpq_denref(e->v.q)));
}

static const GetSetDef rational_getsets[] = {
    {"p", get_p, NULL},
    {"q", get_q, NULL},
    {"numerator", get_p, NULL},
    {"denominator", get_q, NULL},
    {NULL, NULL, NULL},
};

/* Rational.limit_denominator: the closest fraction with a bounded denominator, as Fraction finds it. */
static Obj *m_limit_denominator(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    Obj *f = fractions_new(get_p(self), get_q(self));
    return sympy_wrap(sympy_sympify(obj_call(obj_getattr_cstr(f, "limit_denominator"), args, nargs, kwnames)));
}

static const MethodDef rational_methods[] = {
    {"limit_denominator", m_limit_denominator, 0},
    {NULL, NULL, 0},
};

static Obj *get_name(Obj *self) { return str_from_cstr(E(self)->v.s.name); }

static const GetSetDef symbol_getsets[] = {
    {"name", get_name, NULL},
    {NULL, NULL, NULL},
};

static Obj *get_base(Obj *self) { return sympy_wrap(E(self)->args[0]); }
static Obj *get_exp(Obj *self) { return sympy_wrap(E(self)->args[1]); }

static const GetSetDef pow_getsets[] = {
    {"base", get_base, NULL},
    {"exp", get_exp, NULL},
    {NULL, NULL, NULL},
};

/* ---- Tuple as a sequence --------------------------------------------------------------------- */

static int64_t tuple_length(Obj *self) { return (int64_t)E(self)->n; }

static Obj *tuple_item(Obj *self, Obj *key)
{
    Sym *e = E(self);
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += e->n;
    if (i < 0 || i >= (int64_t)e->n)
        exc_raisef(&type_IndexError, "tuple index out of range");
    return sympy_wrap(e->args[i]);
}

static Obj *tuple_iterate(Obj *self) { return obj_iter(get_args(self)); }

/* ---- constructors ---------------------------------------------------------------------------- */

static int nkw(Obj *kwnames) { return kwnames ? (int)tuple_len(kwnames) : 0; }

Obj *sympy_kwarg(Obj **args, int nargs, Obj *kwnames, const char *name)
{
    for (int k = 0; k < nkw(kwnames); k++)
        if (strcmp(str_cstr(tuple_get(kwnames, (size_t)k)), name) == 0)
            return args[nargs + k];
    return NULL;
}

static bool evaluate_kw(Obj **args, int nargs, Obj *kwnames)
{
    Obj *v = sympy_kwarg(args, nargs, kwnames, "evaluate");
    return !v || obj_truth(v);
}

static Sym **arg_nodes(Obj **args, int nargs)
{
    Sym **v = gc_alloc((nargs ? (size_t)nargs : 1) * sizeof(Sym *));
    for (int i = 0; i < nargs; i++)
        v[i] = sympy_arg(args[i]);
    return v;
}

SymFacts sympy_assumptions(Obj **args, int nargs, Obj *kwnames, const char *skip)
{
    SymFacts f = {0, 0};
    for (int k = 0; k < nkw(kwnames); k++) {
        const char *name = str_cstr(tuple_get(kwnames, (size_t)k));
        if (skip && strstr(skip, name))
            continue;
        Obj *v = args[nargs + k];
        if (v == None)
            continue;
        int fact = -1;
        for (int i = 0; i < SYM_F_COUNT; i++)
            if (strcmp(sym_fact_name((SymFact)i), name) == 0)
                fact = i;
        if (fact < 0)
            continue;
        SymFacts one = sym_fact((SymFact)fact, obj_truth(v));
        f.known |= one.known;
        f.value |= one.value;
    }
    return f;
}

static Obj *new_symbol(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    if (nargs != 1)
        exc_raisef(&type_TypeError, "Symbol.__new__() missing 1 required positional argument: 'name'");
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "name should be a string, not %s", obj_type_name(args[0]));
    return sympy_wrap(sym_symbol(str_cstr(args[0]), sympy_assumptions(args, nargs, kwnames, NULL)));
}

static Obj *new_dummy(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    const char *name = nargs > 0 && str_check(args[0]) ? str_cstr(args[0]) : "Dummy";
    return sympy_wrap(sym_dummy(name, sympy_assumptions(args, nargs, kwnames, NULL)));
}

/* An exact rational from a Python value or expression as Rational() reads it: ints, Fractions,
 * floats (their exact binary value), decimal or p/q strings, Rationals and Floats. */
static Sym *rational_arg(Obj *o)
{
    if (str_check(o)) {
        Sym *e = sym_parse(str_cstr(o));
        e = sym_rationalize_floats(e);
        if (!sym_is_rational(e))
            exc_raisef(&type_TypeError, "invalid input: %s", str_cstr(o));
        return e;
    }
    Sym *e = sympy_convert(o);
    if (e && e->kind == SYM_FLOAT && mpfr_zero_p(e->v.f))
        return sym_zero;
    if (e && e->kind == SYM_FLOAT) {
        fmpz_t m;
        fmpz_init(m);
        mpz_t z;
        mpz_init(z);
        long exp = mpfr_get_z_2exp(z, e->v.f);
        fmpz_set_mpz(m, z);
        mpz_clear(z);
        Sym *r = exp >= 0 ? sym_mul(sym_int_move(m), sym_pow_si(sym_two, exp))
                          : sym_div(sym_int_move(m), sym_pow_si(sym_two, -exp));
        fmpz_clear(m);
        return r;
    }
    if (!e || !sym_is_rational(e))
        exc_raisef(&type_TypeError, "invalid input: %s", str_cstr(obj_str(o)));
    return e;
}

static Obj *new_rational(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("Rational", kwnames);
    if (nargs < 1 || nargs > 2)
        exc_raisef(&type_TypeError, "Rational.__new__() takes from 2 to 4 positional arguments but %d were given",
                   nargs + 1);
    Sym *p = rational_arg(args[0]), *q = nargs > 1 ? rational_arg(args[1]) : sym_one;
    if (sym_is_zero_num(q))
        return sympy_wrap(sym_is_zero_num(p) ? sym_nan : sym_zoo);
    return sympy_wrap(sym_div(p, q));
}

static Obj *new_integer(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("Integer", kwnames);
    args_count("Integer", nargs, 1, 1);
    Obj *o = args[0];
    if (str_check(o))
        return sympy_wrap(int_node(int_from_text(str_cstr(o), str_bytes(o), 10)));
    Sym *e = sympy_convert(o);
    if (!e || !sym_is_num(e) || e->kind > SYM_FLOAT)
        exc_raisef(&type_TypeError, "Argument of Integer should be of numeric type, got %s.", str_cstr(obj_str(o)));
    return sympy_wrap(int_node(to_int(e)));
}

static Obj *new_float(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    static const char *const names[] = {"num", "dps", "precision", NULL};
    Obj *a[3];
    args_parse("Float", args, nargs, kwnames, names, 1, a);
    long dps = a[1] && a[1] != None ? (long)obj_index_i64(a[1]) : 0;
    long prec = a[2] && a[2] != None ? (long)obj_index_i64(a[2]) : dps > 0 ? sym_dps_to_prec(dps) : 0;
    if (str_check(a[0])) {
        Sym *f = sym_float_str(str_cstr(a[0]), dps);
        if (!f)
            exc_raisef(&type_ValueError, "could not convert string to float: '%s'", str_cstr(a[0]));
        return sympy_wrap(f);
    }
    Sym *x = sympy_convert(a[0]);
    if (!x || !sym_is_number(x))
        exc_raisef(&type_TypeError, "Cannot convert %s to Float", str_cstr(obj_str(a[0])));
    if (x->kind == SYM_FLOAT && !prec)
        return sympy_wrap(x);
    if (!prec)
        prec = 53;
    if (!sym_is_num(x))
        return sympy_wrap(sym_evalf(x, sym_prec_to_dps(prec)));
    if (x->kind > SYM_FLOAT)
        return sympy_wrap(x);
    return sympy_wrap(sym_num_to_float(x, prec));
}

/* Add(...) or Mul(...): evaluated, or with evaluate=False the arguments in canonical order. */
static Obj *new_assoc(Obj **args, int nargs, Obj *kwnames, Sym *(*eval)(size_t, Sym *const *),
                      Sym *(*raw)(size_t, Sym *const *))
{
    Sym **v = arg_nodes(args, nargs);
    if (!evaluate_kw(args, nargs, kwnames)) {
        sym_sort_canonical(v, (size_t)nargs);
        return sympy_wrap(raw((size_t)nargs, v));
    }
    return sympy_wrap(eval((size_t)nargs, v));
}

static Obj *new_add(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    return new_assoc(args, nargs, kwnames, sym_add_n, sym_add_raw);
}

static Obj *new_mul(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    return new_assoc(args, nargs, kwnames, sym_mul_n, sym_mul_raw);
}

static Obj *new_pow(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    if (nargs != 2)
        exc_raisef(&type_TypeError, "Pow.__new__() missing 1 required positional argument: 'e'");
    Sym *b = sympy_arg(args[0]), *e = sympy_arg(args[1]);
    return sympy_wrap(evaluate_kw(args, nargs, kwnames) ? sym_pow(b, e) : sym_pow_raw(b, e));
}

static Obj *new_function(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    int f = ((SymType *)type)->op;
    Sym **v = arg_nodes(args, nargs);
    if (!evaluate_kw(args, nargs, kwnames))
        return sympy_wrap(sym_fn_raw((SymFn)f, (size_t)nargs, v));
    return sympy_wrap(sym_fn((SymFn)f, (size_t)nargs, v));
}

static Obj *new_relation(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    int op = ((SymType *)type)->op;
    if (nargs < 2)
        exc_raisef(&type_TypeError, "%s.__new__() missing %d required positional argument%s: %s", type->name,
                   2 - nargs, nargs ? "" : "s", nargs ? "'rhs'" : "'lhs' and 'rhs'");
    if (nargs > 2)
        exc_raisef(&type_TypeError, "%s.__new__() takes 3 positional arguments but %d were given", type->name,
                   nargs + 1);
    Sym *a = sympy_arg(args[0]), *b = sympy_arg(args[1]);
    return sympy_wrap(evaluate_kw(args, nargs, kwnames) ? sym_rel((SymRel)op, a, b) : sym_rel_raw((SymRel)op, a, b));
}

static Obj *new_and(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    return sympy_wrap(sym_and((size_t)nargs, arg_nodes(args, nargs)));
}

static Obj *new_or(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    return sympy_wrap(sym_or((size_t)nargs, arg_nodes(args, nargs)));
}

/* Not(e): a truth value negated, a relation turned into its complement, else ~e. */
static Sym *negation(Sym *e)
{
    static const SymRel complement[] = {SYM_NE, SYM_EQ, SYM_GE, SYM_GT, SYM_LE, SYM_LT};
    if (e->kind == SYM_TRUE || e->kind == SYM_FALSE)
        return sym_bool(e->kind == SYM_FALSE);
    if (e->kind == SYM_REL)
        return sym_rel(complement[e->op], e->args[0], e->args[1]);
    if (e->kind == SYM_NOT)
        return e->args[0];
    return sym_build(SYM_NOT, 0, 1, &e);
}

static Obj *new_not(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("Not", kwnames);
    args_count("Not", nargs, 1, 1);
    return sympy_wrap(negation(sympy_arg(args[0])));
}

/* The classes of single numbers and truth values (Zero, Half, Pi, BooleanTrue ...): calling one
 * answers its instance, as sympy's singletons do. */
static Obj *new_constant(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)kwnames;
    args_count(type->name, nargs, 0, 0);
    static const struct { Type **cls; Sym **value; } constants[] = {
        {&zero_class, &sym_zero}, {&one_class, &sym_one}, {&negone_class, &sym_neg_one}, {&half_class, &sym_half},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (*constants[i].cls == type)
            return sympy_wrap(*constants[i].value);
    static const struct { SymKind kind; Sym **value; } by_kind[] = {
        {SYM_INFINITY, &sym_oo}, {SYM_NEG_INFINITY, &sym_neg_oo}, {SYM_NAN, &sym_nan},
        {SYM_COMPLEX_INFINITY, &sym_zoo}, {SYM_PI, &sym_pi}, {SYM_E, &sym_e}, {SYM_I, &sym_i},
        {SYM_GOLDEN_RATIO, &sym_golden_ratio}, {SYM_EULER_GAMMA, &sym_euler_gamma}, {SYM_CATALAN, &sym_catalan},
        {SYM_TRUE, &sym_true}, {SYM_FALSE, &sym_false},
    };
    for (size_t i = 0; i < sizeof by_kind / sizeof by_kind[0]; i++)
        if (kind_class[by_kind[i].kind] == type)
            return sympy_wrap(*by_kind[i].value);
    exc_raisef(&type_TypeError, "cannot create '%s' instances", type->name);
}

/* Classes sympy does not let programs build directly (Number, Atom ...). */
static Obj *new_abstract(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    exc_raisef(&type_TypeError, "cannot create '%s' instances", type->name);
}

static Obj *new_tuple(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    return sympy_wrap(sym_tuple((size_t)nargs, arg_nodes(args, nargs)));
}

/* ---- undefined functions: Function('f') --------------------------------------------------- */

typedef struct UndefObj {
    Obj base;
    const char *name;
} UndefObj;

static Obj *undef_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return sympy_wrap(sym_undef_fn(((UndefObj *)self)->name, (size_t)nargs, arg_nodes(args, nargs)));
}

static Obj *undef_repr(Obj *self) { return str_from_cstr(((UndefObj *)self)->name); }

static Type type_undefined_function = {
    .base = {&type_type},
    .name = "UndefinedFunction",
    .module = "sympy.core.function",
    .basicsize = sizeof(UndefObj),
    .repr = undef_repr,
    .call = undef_call,
};

static Obj *new_undef(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    if (nargs < 1 || !str_check(args[0]))
        exc_raisef(&type_TypeError, "Function() requires a name");
    UndefObj *u = gc_alloc(sizeof *u);
    u->base.type = &type_undefined_function;
    u->name = sym_strdup(str_cstr(args[0]));
    return (Obj *)u;
}

/* ---- the class table ------------------------------------------------------------------------- */

/* sympy's metaclass of function classes: repr(sin) is "sin". */
static Obj *function_class_repr(Obj *self) { return str_from_cstr(((Type *)self)->name); }

static Type type_function_class = {
    .base = {&type_type},
    .name = "FunctionClass",
    .module = "sympy.core.function",
    .base_type = &type_type,
    .repr = function_class_repr,
};

#define CORE_NUMBERS "sympy.core.numbers"
#define NUM "Number AtomicExpr"
#define TRIG "sympy.functions.elementary.trigonometric"
#define HYPER "sympy.functions.elementary.hyperbolic"

static const ClassSpec class_specs[] = {
    {"Basic", "sympy.core.basic", "", NULL},
    {"Atom", "sympy.core.basic", "Basic", NULL},
    {"Expr", "sympy.core.expr", "Basic", NULL},
    {"AtomicExpr", "sympy.core.expr", "Atom Expr", NULL},
    {"Boolean", "sympy.logic.boolalg", "Basic", NULL},
    {"Symbol", "sympy.core.symbol", "AtomicExpr Boolean", new_symbol},
    {"Dummy", "sympy.core.symbol", "Symbol", new_dummy},
    {"Number", CORE_NUMBERS, "AtomicExpr", NULL},
    {"Rational", CORE_NUMBERS, "Number", new_rational},
    {"Integer", CORE_NUMBERS, "Rational", new_integer},
    {"IntegerConstant", CORE_NUMBERS, "Integer", NULL},
    {"Zero", CORE_NUMBERS, "IntegerConstant", new_constant},
    {"One", CORE_NUMBERS, "IntegerConstant", new_constant},
    {"NegativeOne", CORE_NUMBERS, "IntegerConstant", new_constant},
    {"RationalConstant", CORE_NUMBERS, "Rational", NULL},
    {"Half", CORE_NUMBERS, "RationalConstant", new_constant},
    {"Float", CORE_NUMBERS, "Number", new_float},
    {"Infinity", CORE_NUMBERS, "Number", new_constant},
    {"NegativeInfinity", CORE_NUMBERS, "Number", new_constant},
    {"NaN", CORE_NUMBERS, "Number", new_constant},
    {"ComplexInfinity", CORE_NUMBERS, "AtomicExpr", new_constant},
    {"NumberSymbol", CORE_NUMBERS, "AtomicExpr", NULL},
    {"Pi", CORE_NUMBERS, "NumberSymbol", new_constant},
    {"Exp1", CORE_NUMBERS, "NumberSymbol", new_constant},
    {"GoldenRatio", CORE_NUMBERS, "NumberSymbol", new_constant},
    {"EulerGamma", CORE_NUMBERS, "NumberSymbol", new_constant},
    {"Catalan", CORE_NUMBERS, "NumberSymbol", new_constant},
    {"ImaginaryUnit", CORE_NUMBERS, "AtomicExpr", new_constant},
    {"BooleanAtom", "sympy.logic.boolalg", "Boolean", NULL},
    {"BooleanTrue", "sympy.logic.boolalg", "BooleanAtom", new_constant},
    {"BooleanFalse", "sympy.logic.boolalg", "BooleanAtom", new_constant},
    {"AssocOp", "sympy.core.operations", "Basic", NULL},
    {"Add", "sympy.core.add", "Expr AssocOp", new_add},
    {"Mul", "sympy.core.mul", "Expr AssocOp", new_mul},
    {"Pow", "sympy.core.power", "Expr", new_pow},
    {"Application", "sympy.core.function", "Basic", NULL},
    {"Function", "sympy.core.function", "Application Expr", new_undef},
    {"DefinedFunction", "sympy.core.function", "Function", NULL},
    {"AppliedUndef", "sympy.core.function", "Function", NULL},
    {"TrigonometricFunction", TRIG, "DefinedFunction", NULL},
    {"ReciprocalTrigonometricFunction", TRIG, "TrigonometricFunction", NULL},
    {"InverseTrigonometricFunction", TRIG, "DefinedFunction", NULL},
    {"HyperbolicFunction", HYPER, "DefinedFunction", NULL},
    {"InverseHyperbolicFunction", HYPER, "DefinedFunction", NULL},
    {"ExpBase", "sympy.functions.elementary.exponential", "DefinedFunction", NULL},
    {"RoundFunction", "sympy.functions.elementary.integers", "DefinedFunction", NULL},
    {"CombinatorialFunction", "sympy.functions.combinatorial.factorials", "DefinedFunction", NULL},
    {"LatticeOp", "sympy.core.operations", "AssocOp", NULL},
    {"MinMaxBase", "sympy.functions.elementary.miscellaneous", "Expr LatticeOp Application", NULL},
    {"Relational", "sympy.core.relational", "Boolean", NULL},
    {"Equality", "sympy.core.relational", "Relational", new_relation},
    {"Unequality", "sympy.core.relational", "Relational", new_relation},
    {"_Inequality", "sympy.core.relational", "Relational", NULL},
    {"_Less", "sympy.core.relational", "_Inequality", NULL},
    {"_Greater", "sympy.core.relational", "_Inequality", NULL},
    {"StrictLessThan", "sympy.core.relational", "_Less", new_relation},
    {"LessThan", "sympy.core.relational", "_Less", new_relation},
    {"StrictGreaterThan", "sympy.core.relational", "_Greater", new_relation},
    {"GreaterThan", "sympy.core.relational", "_Greater", new_relation},
    {"BooleanFunction", "sympy.logic.boolalg", "Application Boolean", NULL},
    {"And", "sympy.logic.boolalg", "LatticeOp BooleanFunction", new_and},
    {"Or", "sympy.logic.boolalg", "LatticeOp BooleanFunction", new_or},
    {"Not", "sympy.logic.boolalg", "BooleanFunction", new_not},
    {"Tuple", "sympy.core.containers", "Basic", new_tuple},
    {"ExprWithLimits", "sympy.concrete.expr_with_limits", "Expr", NULL},
    {"AddWithLimits", "sympy.concrete.expr_with_limits", "ExprWithLimits", NULL},
    {"ExprWithIntLimits", "sympy.concrete.expr_with_intlimits", "ExprWithLimits", NULL},
};

/* Where each function class sits: its base class and module. Functions of the engine not listed
 * here get DefinedFunction in sympy.functions. */
static const struct { const char *name, *base, *module; } fn_places[] = {
    {"exp", "ExpBase", "sympy.functions.elementary.exponential"},
    {"log", "DefinedFunction", "sympy.functions.elementary.exponential"},
    {"sin", "TrigonometricFunction", TRIG}, {"cos", "TrigonometricFunction", TRIG},
    {"tan", "TrigonometricFunction", TRIG}, {"cot", "TrigonometricFunction", TRIG},
    {"sec", "ReciprocalTrigonometricFunction", TRIG}, {"csc", "ReciprocalTrigonometricFunction", TRIG},
    {"asin", "InverseTrigonometricFunction", TRIG}, {"acos", "InverseTrigonometricFunction", TRIG},
    {"atan", "InverseTrigonometricFunction", TRIG}, {"acot", "InverseTrigonometricFunction", TRIG},
    {"asec", "InverseTrigonometricFunction", TRIG}, {"acsc", "InverseTrigonometricFunction", TRIG},
    {"atan2", "InverseTrigonometricFunction", TRIG},
    {"sinh", "HyperbolicFunction", HYPER}, {"cosh", "HyperbolicFunction", HYPER},
    {"tanh", "HyperbolicFunction", HYPER}, {"coth", "HyperbolicFunction", HYPER},
    {"asinh", "InverseHyperbolicFunction", HYPER}, {"acosh", "InverseHyperbolicFunction", HYPER},
    {"atanh", "InverseHyperbolicFunction", HYPER},
    {"Abs", "DefinedFunction", "sympy.functions.elementary.complexes"},
    {"sign", "DefinedFunction", "sympy.functions.elementary.complexes"},
    {"re", "DefinedFunction", "sympy.functions.elementary.complexes"},
    {"im", "DefinedFunction", "sympy.functions.elementary.complexes"},
    {"conjugate", "DefinedFunction", "sympy.functions.elementary.complexes"},
    {"arg", "DefinedFunction", "sympy.functions.elementary.complexes"},
    {"floor", "RoundFunction", "sympy.functions.elementary.integers"},
    {"ceiling", "RoundFunction", "sympy.functions.elementary.integers"},
    {"frac", "DefinedFunction", "sympy.functions.elementary.integers"},
    {"factorial", "CombinatorialFunction", "sympy.functions.combinatorial.factorials"},
    {"binomial", "CombinatorialFunction", "sympy.functions.combinatorial.factorials"},
    {"gamma", "DefinedFunction", "sympy.functions.special.gamma_functions"},
    {"Min", "MinMaxBase", "sympy.functions.elementary.miscellaneous"},
    {"Max", "MinMaxBase", "sympy.functions.elementary.miscellaneous"},
    {"Mod", "DefinedFunction", "sympy.core.mod"},
    {"Piecewise", "DefinedFunction", "sympy.functions.elementary.piecewise"},
    {"Sum", "AddWithLimits", "sympy.concrete.summations"},
    {"Derivative", "Expr", "sympy.core.function"},
    {"Integral", "AddWithLimits", "sympy.integrals.integrals"},
    {"Product", "ExprWithIntLimits", "sympy.concrete.products"},
};

/* Appends t's MRO to (v, n), each class once: a class already present moves to the end, so that
 * shared ancestors (Basic) come after every class deriving from them. */
static void mro_add(Type **v, size_t *n, Type *t)
{
    size_t m = tuple_len(t->mro);
    for (size_t i = 0; i < m; i++) {
        Type *k = (Type *)tuple_get(t->mro, i);
        if (k == &type_object)
            continue;
        for (size_t j = 0; j < *n; j++)
            if (v[j] == k) {
                memmove(v + j, v + j + 1, (*n - j - 1) * sizeof *v);
                (*n)--;
                break;
            }
        v[(*n)++] = k;
    }
}

static Type *make_class(const char *name, const char *module, const char *bases, NewFn new_, int op)
{
    SymType *st = gc_alloc(sizeof *st);
    Type *t = &st->t;
    st->op = op;
    t->base.type = &type_type;
    t->name = name;
    t->module = module;
    t->basicsize = sizeof(SympyObj);
    t->new = new_ ? new_ : new_abstract;
    Type *v[32];
    size_t n = 0, nb = 0;
    Obj *bt = tuple_new(4);
    char buf[128];
    const char *p = bases;
    while (*p) {
        const char *q = strchr(p, ' ');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        memcpy(buf, p, len);
        buf[len] = 0;
        Type *b = sympy_class(buf);
        if (!t->base_type)
            t->base_type = b;
        tuple_items(bt)[nb++] = (Obj *)b;
        mro_add(v, &n, b);
        p += len + (q != NULL);
    }
    if (!t->base_type) {
        t->repr = expr_str;
        t->str = expr_str;
        t->hash = expr_hash;
        t->compare = expr_compare;
        t->binop = expr_binop;
        t->unop = expr_unop;
        t->pow3 = expr_pow3;
        t->convert = expr_convert;
        t->format = expr_format;
        t->truth = expr_truth;
    }
    Obj *mro = tuple_new(n + 2);
    tuple_items(mro)[0] = (Obj *)t;
    for (size_t i = 0; i < n; i++)
        tuple_items(mro)[i + 1] = (Obj *)v[i];
    tuple_items(mro)[n + 1] = (Obj *)&type_object;
    t->mro = mro;
    t->bases = nb ? tuple_from_array(tuple_items(bt), nb) : tuple_pack(1, (Obj *)&type_object);
    if (nclasses == MAX_CLASSES)
        exc_raisef(&type_SystemError, "too many sympy classes");
    classes[nclasses++] = t;
    return t;
}

static void set_members(const char *cls, const MethodDef *methods, const GetSetDef *getsets)
{
    Type *t = sympy_class(cls);
    t->methods = methods;
    t->getsets = getsets;
}

void sympy_expr_init(Obj *module, Obj *hidden)
{
    for (size_t i = 0; i < sizeof class_specs / sizeof class_specs[0]; i++) {
        const ClassSpec *c = &class_specs[i];
        bool rel = c->new == new_relation;
        int op = -1;
        if (rel) {
            static const char *const rels[] = {"Equality", "Unequality", "StrictLessThan", "LessThan",
                                               "StrictGreaterThan", "GreaterThan"};
            for (int k = 0; k < 6; k++)
                if (strcmp(rels[k], c->name) == 0)
                    op = k;
        }
        Type *t = make_class(c->name, c->module, c->bases, c->new, op);
        if (rel)
            rel_class[op] = t;
    }
    for (int f = 1; f < SYM_FN_COUNT; f++) {
        const char *name = sym_fn_name(&(Sym){.kind = SYM_FN, .op = (uint8_t)f});
        const char *base = "DefinedFunction", *mod = "sympy.functions";
        for (size_t i = 0; i < sizeof fn_places / sizeof fn_places[0]; i++)
            if (strcmp(fn_places[i].name, name) == 0) {
                base = fn_places[i].base;
                mod = fn_places[i].module;
            }
        fn_class[f] = make_class(name, mod, base, new_function, f);
        fn_class[f]->base.type = &type_function_class;
    }
    type_ready(&type_function_class);
    sympy_basic_type = sympy_class("Basic");
    set_members("Basic", sympy_basic_methods, basic_getsets);
    set_members("Expr", sympy_expr_methods, NULL);
    set_members("Relational", NULL, rel_getsets);
    set_members("Rational", rational_methods, rational_getsets);
    set_members("Symbol", NULL, symbol_getsets);
    set_members("Pow", NULL, pow_getsets);
    set_members("Derivative", NULL, derivative_getsets);
    set_members("Integral", NULL, integral_getsets);
    set_members("Sum", NULL, integral_getsets);
    set_members("Product", NULL, integral_getsets);
    Type *tup = sympy_class("Tuple");
    tup->len = tuple_length;
    tup->getitem = tuple_item;
    tup->iter = tuple_iterate;
    for (size_t i = 0; i < nclasses; i++)
        type_ready(classes[i]);
    type_ready(&type_undefined_function);

    static const struct { SymKind kind; const char *name; } kinds[] = {
        {SYM_INTEGER, "Integer"}, {SYM_RATIONAL, "Rational"}, {SYM_FLOAT, "Float"},
        {SYM_INFINITY, "Infinity"}, {SYM_NEG_INFINITY, "NegativeInfinity"}, {SYM_NAN, "NaN"},
        {SYM_COMPLEX_INFINITY, "ComplexInfinity"}, {SYM_PI, "Pi"}, {SYM_E, "Exp1"},
        {SYM_I, "ImaginaryUnit"}, {SYM_GOLDEN_RATIO, "GoldenRatio"}, {SYM_EULER_GAMMA, "EulerGamma"},
        {SYM_CATALAN, "Catalan"}, {SYM_SYMBOL, "Symbol"}, {SYM_DUMMY, "Dummy"}, {SYM_TRUE, "BooleanTrue"},
        {SYM_FALSE, "BooleanFalse"}, {SYM_ADD, "Add"}, {SYM_MUL, "Mul"}, {SYM_POW, "Pow"},
        {SYM_AND, "And"}, {SYM_OR, "Or"}, {SYM_NOT, "Not"}, {SYM_TUPLE, "Tuple"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        kind_class[kinds[i].kind] = sympy_class(kinds[i].name);
    zero_class = sympy_class("Zero");
    one_class = sympy_class("One");
    negone_class = sympy_class("NegativeOne");
    half_class = sympy_class("Half");
    undef_class = sympy_class("AppliedUndef");
    c_atom = sympy_class("Atom");
    c_number = sympy_class("Number");
    c_rational = sympy_class("Rational");
    c_integer = sympy_class("Integer");
    c_function = sympy_class("Function");
    c_relational = sympy_class("Relational");
    c_boolean = sympy_class("Boolean");
    c_number_symbol = sympy_class("NumberSymbol");
    c_expr = sympy_class("Expr");
    true_obj = wrap_as(kind_class[SYM_TRUE], sym_true);
    false_obj = wrap_as(kind_class[SYM_FALSE], sym_false);

    static const char *const exported[] = {
        "Basic", "Atom", "Expr", "AtomicExpr", "Symbol", "Dummy", "Number", "Rational", "Integer", "Float",
        "NumberSymbol", "Add", "Mul", "Pow", "Function", "Equality", "Unequality", "StrictLessThan",
        "LessThan", "StrictGreaterThan", "GreaterThan", "Tuple", "And", "Or", "Not",
    };
    for (size_t i = 0; i < sizeof exported / sizeof exported[0]; i++)
        module_add(module, exported[i], (Obj *)sympy_class(exported[i]));
    static const char *const submodule_only[] = {"Relational", "Boolean", "BooleanTrue", "BooleanFalse"};
    for (size_t i = 0; i < sizeof submodule_only / sizeof submodule_only[0]; i++)
        dict_set_cstr(hidden, submodule_only[i], (Obj *)sympy_class(submodule_only[i]));
    for (int f = 1; f < SYM_FN_COUNT; f++)
        module_add(module, fn_class[f]->name, (Obj *)fn_class[f]);
    static const struct { const char *alias, *cls; } aliases[] = {
        {"Eq", "Equality"}, {"Ne", "Unequality"}, {"Lt", "StrictLessThan"}, {"Le", "LessThan"},
        {"Gt", "StrictGreaterThan"}, {"Ge", "GreaterThan"}, {"Rel", "Relational"}, {"ln", "log"},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        module_add(module, aliases[i].alias, (Obj *)sympy_class(aliases[i].cls));
    static const struct { const char *name; Sym **value; } consts[] = {
        {"pi", &sym_pi}, {"E", &sym_e}, {"I", &sym_i}, {"oo", &sym_oo}, {"zoo", &sym_zoo}, {"nan", &sym_nan},
        {"GoldenRatio", &sym_golden_ratio}, {"EulerGamma", &sym_euler_gamma}, {"Catalan", &sym_catalan},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        module_add(module, consts[i].name, sympy_wrap(*consts[i].value));
    module_add(module, "true", true_obj);
    module_add(module, "false", false_obj);
}

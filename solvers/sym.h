/* solvers/sym.h — the symbolic engine's expression nodes: what an expression is, the atoms
 * (numbers, constants, symbols), structural hash, equality and sympy's canonical argument order,
 * and the engine's typed errors.
 *
 * An expression is an immutable Sym node in the collected heap. Compound nodes (Add, Mul, Pow,
 * applied functions, relations, booleans, tuples) hold their arguments in sympy's canonical order
 * (Basic.compare), so that two equal expressions are built from equal argument lists and
 * sym_eq() is a structural comparison. Numbers are Integer (fmpz), Rational (fmpq, q > 1) and
 * Float (MPFR, with its precision in bits); nodes owning library memory are finalised.
 *
 * The constructors of this module build atoms and raw nodes only; the evaluating constructors
 * (x + y, sin(pi/6)) live in sym_arith.h and sym_fn.h. Call sym_init() once before gc_seal():
 * it builds the permanent constants (sym_zero, sym_pi, ...) and the small-integer cache.
 *
 * Errors: engine code reports a bad input with sym_raise(), which calls the handler installed by
 * the embedding program (the language binding turns it into a Python exception). The handler must
 * not return; without one, sym_raise() prints the message and aborts.
 */
#ifndef TIRBOX_SYM_H
#define TIRBOX_SYM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <flint/fmpq.h>
#include <flint/fmpz.h>
#include <mpfr.h>

typedef enum SymKind {
    SYM_INTEGER,            /* Integer: v.z */
    SYM_RATIONAL,           /* Rational p/q with q > 1: v.q */
    SYM_FLOAT,              /* Float: v.f, precision in bits = mpfr_get_prec */
    SYM_INFINITY,           /* oo */
    SYM_NEG_INFINITY,       /* -oo */
    SYM_NAN,                /* nan */
    SYM_COMPLEX_INFINITY,   /* zoo */
    SYM_PI,
    SYM_E,
    SYM_I,
    SYM_GOLDEN_RATIO,
    SYM_EULER_GAMMA,
    SYM_CATALAN,
    SYM_SYMBOL,             /* v.s: name and assumptions */
    SYM_DUMMY,              /* v.s: name, assumptions and a unique id */
    SYM_TRUE,
    SYM_FALSE,
    SYM_ADD,                /* args: the terms, numeric coefficient first */
    SYM_MUL,                /* args: the factors, numeric coefficient first */
    SYM_POW,                /* args: base, exponent */
    SYM_FN,                 /* an applied function; op is a SymFn; SYM_FN_UNDEF keeps v.s.name */
    SYM_REL,                /* a relation lhs, rhs; op is a SymRel */
    SYM_AND,
    SYM_OR,
    SYM_NOT,
    SYM_TUPLE,
    SYM_LIST,               /* a result list (solve, roots...): the binding makes it a Python list */
    SYM_DICT,               /* a result dict: args k0, v0, k1, v1...; a Python dict for the binding */
    SYM_MATRIX,             /* a Matrix: v.m.rows x v.m.cols entries, row-major, in args */
    SYM_KIND_COUNT
} SymKind;

/* Applied functions. The table in sym.c gives each its printed name and sympy's class key. */
typedef enum SymFn {
    SYM_FN_UNDEF,           /* Function('f')(x): the name is in v.s.name */
    SYM_FN_EXP, SYM_FN_LOG,
    SYM_FN_SIN, SYM_FN_COS, SYM_FN_TAN, SYM_FN_COT, SYM_FN_SEC, SYM_FN_CSC,
    SYM_FN_ASIN, SYM_FN_ACOS, SYM_FN_ATAN, SYM_FN_ACOT, SYM_FN_ASEC, SYM_FN_ACSC,
    SYM_FN_SINH, SYM_FN_COSH, SYM_FN_TANH, SYM_FN_COTH,
    SYM_FN_ASINH, SYM_FN_ACOSH, SYM_FN_ATANH,
    SYM_FN_ATAN2,
    SYM_FN_ABS, SYM_FN_SIGN, SYM_FN_RE, SYM_FN_IM, SYM_FN_CONJUGATE, SYM_FN_ARG,
    SYM_FN_FLOOR, SYM_FN_CEILING, SYM_FN_FRAC,
    SYM_FN_FACTORIAL, SYM_FN_BINOMIAL, SYM_FN_GAMMA,
    SYM_FN_MIN, SYM_FN_MAX, SYM_FN_MOD,
    SYM_FN_PIECEWISE,       /* Piecewise((expr, cond), ...): args are Tuples */
    SYM_FN_SUM, SYM_FN_PRODUCT,   /* Sum(f, (k, a, b)) and Product, unevaluated (sym_sum.h) */
    SYM_FN_DERIVATIVE,      /* Derivative(f, x, (y, 2)), unevaluated (sym_deriv.h) */
    SYM_FN_INTEGRAL,        /* Integral(f, x, (y, a, b)), unevaluated (sym_integrate.h) */
    /* combinatorial and number-theoretic functions (sym_comb.h) */
    SYM_FN_FACTORIAL2, SYM_FN_RF, SYM_FN_FF, SYM_FN_SUBFACTORIAL,
    SYM_FN_FIBONACCI, SYM_FN_LUCAS, SYM_FN_TRIBONACCI, SYM_FN_HARMONIC,
    SYM_FN_BERNOULLI, SYM_FN_BELL, SYM_FN_EULER, SYM_FN_CATALAN, SYM_FN_GENOCCHI,
    SYM_FN_PARTITION, SYM_FN_MOTZKIN, SYM_FN_MOBIUS, SYM_FN_PRIMENU, SYM_FN_PRIMEOMEGA,
    SYM_FN_REDUCED_TOTIENT, SYM_FN_KRONECKER, SYM_FN_CARMICHAEL, SYM_FN_ANDRE,
    /* special functions (sym_special.h) */
    SYM_FN_SECH, SYM_FN_CSCH, SYM_FN_ACOTH, SYM_FN_ASECH, SYM_FN_ACSCH, SYM_FN_LAMBERTW,
    SYM_FN_ERF, SYM_FN_ERFC, SYM_FN_ERFI, SYM_FN_ERFINV, SYM_FN_ZETA, SYM_FN_POLYLOG,
    SYM_FN_DIRICHLET_ETA, SYM_FN_LOGGAMMA, SYM_FN_POLYGAMMA, SYM_FN_LOWERGAMMA, SYM_FN_UPPERGAMMA,
    SYM_FN_BETA, SYM_FN_HEAVISIDE, SYM_FN_DIRAC_DELTA, SYM_FN_KRONECKER_DELTA, SYM_FN_LEVI_CIVITA,
    SYM_FN_SINC,
    SYM_FN_CROOTOF,         /* CRootOf(poly, index) (sym_rootof.h) */
    SYM_FN_SUBS,            /* Subs(Derivative(f(x), x), x, x0): a derivative at a point */
    SYM_FN_COUNT
} SymFn;

typedef enum SymRel { SYM_EQ, SYM_NE, SYM_LT, SYM_LE, SYM_GT, SYM_GE } SymRel;

/* Assumption facts, in alphabetical order (the order sympy stores a Symbol's assumptions in). */
typedef enum SymFact {
    SYM_F_ALGEBRAIC, SYM_F_ANTIHERMITIAN, SYM_F_COMMUTATIVE, SYM_F_COMPLEX, SYM_F_COMPOSITE,
    SYM_F_EVEN, SYM_F_EXTENDED_NEGATIVE, SYM_F_EXTENDED_NONNEGATIVE, SYM_F_EXTENDED_NONPOSITIVE,
    SYM_F_EXTENDED_NONZERO, SYM_F_EXTENDED_POSITIVE, SYM_F_EXTENDED_REAL, SYM_F_FINITE,
    SYM_F_HERMITIAN, SYM_F_IMAGINARY, SYM_F_INFINITE, SYM_F_INTEGER, SYM_F_IRRATIONAL,
    SYM_F_NEGATIVE, SYM_F_NONINTEGER, SYM_F_NONNEGATIVE, SYM_F_NONPOSITIVE, SYM_F_NONZERO,
    SYM_F_ODD, SYM_F_POSITIVE, SYM_F_PRIME, SYM_F_RATIONAL, SYM_F_REAL, SYM_F_TRANSCENDENTAL,
    SYM_F_ZERO,
    SYM_F_COUNT
} SymFact;

/* A set of known facts: bit f of `known` says fact f is decided, bit f of `value` its truth. */
typedef struct SymFacts { uint32_t known, value; } SymFacts;

/* Three-valued answers of assumption queries (sympy's True / False / None). */
typedef enum SymTri { SYM_NO = 0, SYM_YES = 1, SYM_MAYBE = 2 } SymTri;

typedef struct Sym Sym;

#define SYM_FLAG_FACTS 1u

struct Sym {
    uint8_t kind;           /* SymKind */
    uint8_t op;             /* SymFn for SYM_FN, SymRel for SYM_REL */
    uint16_t flags;         /* SYM_FLAG_*: caches filled in lazily */
    uint32_t n;             /* number of args */
    uint64_t hash;
    SymFacts facts;         /* cached assumptions (valid with SYM_FLAG_FACTS) */
    union {
        fmpz_t z;
        fmpq_t q;
        mpfr_t f;
        struct { const char *name; SymFacts facts; uint64_t id; } s;
        struct { uint32_t rows, cols; } m;
    } v;
    Sym *args[];
};

typedef enum SymErr {
    SYM_E_TYPE,             /* TypeError */
    SYM_E_VALUE,            /* ValueError */
    SYM_E_ZERO_DIVISION,    /* ZeroDivisionError */
    SYM_E_NOT_IMPLEMENTED,  /* NotImplementedError */
    SYM_E_LIMIT,            /* an input too large to attempt (reported as ValueError) */
    SYM_E_POLYNOMIAL,       /* sympy.polys.polyerrors.PolynomialError */
    SYM_E_SYMPIFY,          /* sympy.core.sympify.SympifyError */
    SYM_E_INCONSISTENT,     /* sympy.core.facts.InconsistentAssumptions */
    SYM_E_COMPUTATION,      /* sympy.polys.polyerrors.ComputationFailed */
    SYM_E_SHAPE,            /* sympy.matrices.exceptions.ShapeError (a ValueError) */
    SYM_E_NONSQUARE,        /* sympy.matrices.exceptions.NonSquareMatrixError */
    SYM_E_NONINVERTIBLE,    /* sympy.matrices.exceptions.NonInvertibleMatrixError */
    SYM_E_MATRIX,           /* sympy.matrices.exceptions.MatrixError */
    SYM_E_NONPOSDEF,        /* sympy.matrices.exceptions.NonPositiveDefiniteMatrixError */
    SYM_E_GENERATORS,       /* sympy.polys.polyerrors.GeneratorsNeeded */
    SYM_E_COUNT
} SymErr;

typedef void (*sym_error_handler)(SymErr kind, const char *message);

/* Installs the handler sym_raise() calls; it must not return. */
void sym_set_error_handler(sym_error_handler h);

/* Reports an error with a printf-style message; does not return. */
_Noreturn void sym_raise(SymErr kind, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Python's name for an error kind ("TypeError", "PolynomialError", ...). */
const char *sym_error_name(SymErr kind);

/* Python's qualified name for an error kind ("sympy.polys.polyerrors.PolynomialError"). */
const char *sym_error_qualname(SymErr kind);

/* Builds the permanent constants and caches; call once, before gc_seal(). */
void sym_init(void);

/* Permanent constants, valid after sym_init(). */
extern Sym *sym_zero, *sym_one, *sym_neg_one, *sym_two, *sym_half, *sym_neg_half;
extern Sym *sym_oo, *sym_neg_oo, *sym_zoo, *sym_nan;
extern Sym *sym_pi, *sym_e, *sym_i, *sym_golden_ratio, *sym_euler_gamma, *sym_catalan;
extern Sym *sym_true, *sym_false, *sym_empty_tuple;

/* Integer from a C long. */
Sym *sym_int(long v);

/* Integer from an fmpz (copied). */
Sym *sym_int_fmpz(const fmpz_t v);

/* Integer from an fmpz whose value is moved into the node (v is left zero). */
Sym *sym_int_move(fmpz_t v);

/* Rational p/q in lowest terms (an Integer when q divides p); q == 0 raises ZeroDivisionError. */
Sym *sym_rat(long p, long q);

/* Rational from an fmpq, normalised (an Integer when the denominator is 1). */
Sym *sym_rat_fmpq(const fmpq_t v);

/* Rational from numerator and denominator fmpz; q == 0 gives zoo (p != 0) or nan, as sympy. */
Sym *sym_rat_fmpz(const fmpz_t p, const fmpz_t q);

/* Float equal to v rounded to prec bits (prec >= 1). */
Sym *sym_float_mpfr(const mpfr_t v, long prec);

/* Float from a C double at 53 bits (sympy's Float(0.1)). */
Sym *sym_float_d(double v);

/* Float parsed from decimal text with dps significant digits (dps <= 0: sympy's default, 15 or
 * the number of digits given, whichever is larger); NULL on malformed text. */
Sym *sym_float_str(const char *text, long dps);

/* sympy's dps_to_prec and prec_to_dps. */
long sym_dps_to_prec(long dps);
long sym_prec_to_dps(long prec);

/* Symbol with the given assumptions (closed under sympy's rules; contradictions raise). */
Sym *sym_symbol(const char *name, SymFacts given);

/* A Dummy: like a Symbol, but unequal to every other Dummy. */
Sym *sym_dummy(const char *name, SymFacts given);

/* A fact set holding the single fact f with truth value v. */
SymFacts sym_fact(SymFact f, bool v);

/* The closure of a fact set under sympy's assumption rules; false when they contradict. */
bool sym_facts_close(SymFacts *f);

/* Name of a fact ("positive"). */
const char *sym_fact_name(SymFact f);

/* A fresh compound node of n arguments, to be filled and then finished with sym_finish(). */
Sym *sym_node(SymKind kind, int op, size_t n);

/* Computes a filled node's hash; returns the node. */
Sym *sym_finish(Sym *e);

/* A finished node with the given arguments, taken as they are (no evaluation, no sorting). */
Sym *sym_build(SymKind kind, int op, size_t n, Sym *const *args);

/* Applied undefined function name(args...), unevaluated. */
Sym *sym_undef_fn(const char *name, size_t n, Sym *const *args);

/* A Tuple of the given elements. */
Sym *sym_tuple(size_t n, Sym *const *items);

/* A result list of the given elements. */
Sym *sym_list(size_t n, Sym *const *items);

/* A result dict from parallel arrays of keys and values. */
Sym *sym_dict(size_t n, Sym *const *keys, Sym *const *vals);

/* Structural equality (sympy's ==). */
bool sym_eq(const Sym *a, const Sym *b);

/* The structural hash. */
static inline uint64_t sym_hash(const Sym *e) { return e->hash; }

/* sympy's Basic.compare: the canonical order of arguments (-1, 0, 1). */
int sym_cmp(const Sym *a, const Sym *b);

/* Sorts an array into canonical order with sym_cmp. */
void sym_sort_canonical(Sym **v, size_t n);

/* sympy's class name of a node ("Integer", "One", "Pow", "sin", "StrictLessThan", ...). */
const char *sym_class_name(const Sym *e);

/* Printed name of a function ("sin", "Abs", or an undefined function's name). */
const char *sym_fn_name(const Sym *e);

/* The SymFn named `name` ("sin", "Abs"...), or -1. */
int sym_fn_lookup(const char *name);

/* Number of arguments a function takes: fixed count, or -1 for any count (Min, Max). */
int sym_fn_arity(SymFn f);

/* Second and third parts of sympy's class key for a function: (4, index, name). */
int sym_fn_class_index(SymFn f);

static inline bool sym_is_number_kind(int k) { return k <= SYM_NAN; }

/* True for sympy Numbers: Integer, Rational, Float, oo, -oo, nan. */
static inline bool sym_is_num(const Sym *e) { return e->kind <= SYM_NAN; }

/* True for Integer and Rational. */
static inline bool sym_is_rational(const Sym *e)
{
    return e->kind == SYM_INTEGER || e->kind == SYM_RATIONAL;
}

static inline bool sym_is_int(const Sym *e) { return e->kind == SYM_INTEGER; }

/* True when e is the Integer v. */
bool sym_is_int_value(const Sym *e, long v);

static inline bool sym_is_zero_num(const Sym *e)
{
    return e->kind == SYM_INTEGER && fmpz_is_zero(e->v.z);
}

static inline bool sym_is_one(const Sym *e) { return e->kind == SYM_INTEGER && fmpz_is_one(e->v.z); }

static inline bool sym_is_symbol(const Sym *e)
{
    return e->kind == SYM_SYMBOL || e->kind == SYM_DUMMY;
}

/* True when e is an applied function f. */
static inline bool sym_is_fn(const Sym *e, SymFn f) { return e->kind == SYM_FN && e->op == f; }

/* True when e is a Sum, Product or Integral, which bind the variables of their limits. */
static inline bool sym_binds(const Sym *e)
{
    return e->kind == SYM_FN && (e->op == SYM_FN_SUM || e->op == SYM_FN_PRODUCT || e->op == SYM_FN_INTEGRAL);
}

/* Numerator and denominator of a Rational or Integer (denominator 1), copied into p and q. */
void sym_get_fmpq(fmpq_t out, const Sym *e);

/* A growable array of expressions in the collected heap. */
typedef struct SymVec { size_t n, cap; Sym **v; } SymVec;

/* Appends e. */
void sym_vec_push(SymVec *v, Sym *e);

/* An insertion-ordered map from expressions (by sym_eq) to expressions. */
typedef struct SymMap { size_t n, cap, mask; Sym **keys, **vals; uint32_t *index; } SymMap;

/* The value slot for key, created holding NULL (and *fresh set) when absent. */
Sym **sym_map_slot(SymMap *m, Sym *key, bool *fresh);

/* The value stored for key, or NULL. */
Sym *sym_map_get(const SymMap *m, const Sym *key);

/* symbols(spec, **assumptions): the Symbols named by a spec such as "x y", "x, y", "a0:5",
 * "x:z", "a:c0:2" or "x(:3)", appended to out. *as_seq tells whether sympy returns a tuple
 * (several names, or a trailing comma) rather than the single Symbol. Bad ranges raise
 * ValueError. */
void sym_symbols(const char *spec, SymFacts given, SymVec *out, bool *as_seq);

/* Copy of a string into the collected heap. */
char *sym_strdup(const char *s);

/* printf into a fresh collected string. */
char *sym_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

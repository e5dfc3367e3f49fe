/* runtime/modules/sympy.c — the `sympy` module and its submodules (see sympy.h). */
#include "runtime/modules/sympy.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_diophantine.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_funcs.h"
#include "runtime/modules/sympy_geometry.h"
#include "runtime/modules/sympy_matrix.h"
#include "runtime/modules/sympy_methods.h"
#include "runtime/modules/sympy_nt.h"
#include "runtime/modules/sympy_poly.h"
#include "runtime/modules/sympy_groebner.h"
#include "runtime/modules/sympy_polyfn.h"
#include "runtime/modules/sympy_dsolve.h"
#include "runtime/modules/sympy_rsolve.h"
#include "runtime/modules/sympy_series.h"
#include "runtime/modules/sympy_sets.h"
#include "runtime/modules/sympy_sieve.h"
#include "runtime/modules/sympy_utils.h"
#include "solvers/sym.h"

/* ---- exceptions ---------------------------------------------------------------------------- */

#define SYMPY_EXC(var, cname, mod, parent)                                                       \
    static Type var = {.base = {&type_type}, .name = cname, .module = mod, .base_type = parent, \
                       .flags = TF_BASETYPE}

SYMPY_EXC(type_sympify_error, "SympifyError", "sympy.core.sympify", &type_ValueError);
SYMPY_EXC(type_base_polynomial_error, "BasePolynomialError", "sympy.polys.polyerrors", &type_Exception);
SYMPY_EXC(type_polynomial_error, "PolynomialError", "sympy.polys.polyerrors", &type_base_polynomial_error);
SYMPY_EXC(type_computation_failed, "ComputationFailed", "sympy.polys.polyerrors", &type_base_polynomial_error);
SYMPY_EXC(type_generators_error, "GeneratorsError", "sympy.polys.polyerrors", &type_base_polynomial_error);
SYMPY_EXC(type_generators_needed, "GeneratorsNeeded", "sympy.polys.polyerrors", &type_generators_error);
SYMPY_EXC(type_inconsistent, "InconsistentAssumptions", "sympy.core.facts", &type_ValueError);
SYMPY_EXC(type_shape_error, "ShapeError", "sympy.matrices.exceptions", &type_ValueError);
SYMPY_EXC(type_nonsquare, "NonSquareMatrixError", "sympy.matrices.exceptions", &type_shape_error);
SYMPY_EXC(type_noninvertible, "NonInvertibleMatrixError", "sympy.matrices.exceptions", &type_ValueError);
SYMPY_EXC(type_matrix_error, "MatrixError", "sympy.matrices.exceptions", &type_Exception);
SYMPY_EXC(type_nonposdef, "NonPositiveDefiniteMatrixError", "sympy.matrices.exceptions", &type_ValueError);

static Type *const error_types[SYM_E_COUNT] = {
    [SYM_E_TYPE] = &type_TypeError,
    [SYM_E_VALUE] = &type_ValueError,
    [SYM_E_ZERO_DIVISION] = &type_ZeroDivisionError,
    [SYM_E_NOT_IMPLEMENTED] = &type_NotImplementedError,
    [SYM_E_LIMIT] = &type_ValueError,
    [SYM_E_POLYNOMIAL] = &type_polynomial_error,
    [SYM_E_SYMPIFY] = &type_sympify_error,
    [SYM_E_INCONSISTENT] = &type_inconsistent,
    [SYM_E_COMPUTATION] = &type_computation_failed,
    [SYM_E_SHAPE] = &type_shape_error,
    [SYM_E_NONSQUARE] = &type_nonsquare,
    [SYM_E_NONINVERTIBLE] = &type_noninvertible,
    [SYM_E_MATRIX] = &type_matrix_error,
    [SYM_E_NONPOSDEF] = &type_nonposdef,
    [SYM_E_GENERATORS] = &type_generators_needed,
};

static void raise_engine_error(SymErr kind, const char *message)
{
    exc_raisef(error_types[kind], "%s", message);
}

/* ---- S: the singleton registry ----------------------------------------------------------- */

typedef struct SingletonObj {
    Obj base;
    Obj *members;            /* name -> object */
} SingletonObj;

static Obj *s_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("S", kwnames);
    args_count("S", nargs, 1, 1);
    return sympy_wrap(sympy_sympify(args[0]));
}

static Obj *s_getattr(Obj *self, Obj *name)
{
    Obj *v = dict_get(((SingletonObj *)self)->members, name);
    return v ? v : obj_generic_getattr(self, name);
}

static Obj *s_repr(Obj *self)
{
    (void)self;
    return str_from_cstr("S");
}

static Type type_singleton_registry = {
    .base = {&type_type},
    .name = "SingletonRegistry",
    .module = "sympy.core.singleton",
    .basicsize = sizeof(SingletonObj),
    .repr = s_repr,
    .getattr = s_getattr,
    .call = s_call,
};

static Obj *make_singletons(void)
{
    SingletonObj *s = gc_alloc(sizeof *s);
    s->base.type = &type_singleton_registry;
    s->members = dict_new();
    static const struct { const char *name; Sym **value; } members[] = {
        {"Zero", &sym_zero}, {"One", &sym_one}, {"NegativeOne", &sym_neg_one}, {"Half", &sym_half},
        {"Infinity", &sym_oo}, {"NegativeInfinity", &sym_neg_oo}, {"ComplexInfinity", &sym_zoo},
        {"NaN", &sym_nan}, {"Pi", &sym_pi}, {"Exp1", &sym_e}, {"ImaginaryUnit", &sym_i},
        {"GoldenRatio", &sym_golden_ratio}, {"EulerGamma", &sym_euler_gamma}, {"Catalan", &sym_catalan},
        {"true", &sym_true}, {"false", &sym_false},
    };
    for (size_t i = 0; i < sizeof members / sizeof members[0]; i++)
        dict_set_cstr(s->members, members[i].name, sympy_wrap(*members[i].value));
    return (Obj *)s;
}

/* ---- the module ---------------------------------------------------------------------------- */

static Obj *sympy_template;      /* the namespace built at start-up, copied by the views */
static Obj *hidden;              /* names only the submodules export */

static Obj *f_parse_expr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("parse_expr", nargs, 1, 4);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "parse_expr() argument must be a string");
    return sympy_wrap(sympy_sympify(args[0]));
}

static void sympy_init_module(Obj *m)
{
    sym_init();
    sym_set_error_handler(raise_engine_error);
    static Type *const excs[] = {&type_sympify_error, &type_base_polynomial_error, &type_polynomial_error,
                                 &type_computation_failed, &type_inconsistent, &type_shape_error,
                                 &type_nonsquare, &type_noninvertible, &type_matrix_error, &type_nonposdef,
                                 &type_generators_error, &type_generators_needed};
    hidden = dict_new();
    for (size_t i = 0; i < sizeof excs / sizeof excs[0]; i++) {
        type_ready(excs[i]);
        bool star = excs[i] != &type_inconsistent && excs[i] != &type_noninvertible && excs[i] != &type_matrix_error &&
                    excs[i] != &type_nonposdef;
        dict_set_cstr(star ? module_dict(m) : hidden, excs[i]->name, (Obj *)excs[i]);
    }
    sympy_expr_init(m, hidden);
    sympy_methods_init(m);
    sympy_funcs_init(m, hidden);
    sympy_nt_init(m, hidden);
    sympy_sieve_init(m);
    sympy_matrix_init(m);
    sympy_poly_init(m);
    sympy_polyfn_init(m);
    sympy_groebner_init(m);
    sympy_utils_init(m);
    sympy_series_init();
    sympy_rsolve_init(m);
    sympy_dsolve_init(m);
    sympy_diophantine_init(m);
    type_ready(&type_singleton_registry);
    Obj *s = make_singletons();
    module_add(m, "S", s);
    sympy_sets_init(m, ((SingletonObj *)s)->members);
    sympy_geometry_init(m);
    module_add_function(m, "parse_expr", f_parse_expr);
    module_add(m, "__version__", str_from_cstr("1.14.0"));
    sympy_utils_placeholders(m);
    sympy_template = m;
}

const ModuleDef sympy_module = {"sympy", sympy_init_module, sympy_sieve_fresh};

/* ---- sympy.abc ----------------------------------------------------------------------------- */

static void abc_init(Obj *m)
{
    static const char *const greek[] = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lamda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    };
    char name[2] = {0, 0};
    for (int c = 0; c < 52; c++) {
        name[0] = (char)(c < 26 ? 'a' + c : 'A' + c - 26);
        module_add(m, name, sympy_wrap(sym_symbol(name, (SymFacts){0, 0})));
    }
    for (size_t i = 0; i < sizeof greek / sizeof greek[0]; i++)
        module_add(m, greek[i], sympy_wrap(sym_symbol(greek[i], (SymFacts){0, 0})));
}

const ModuleDef sympy_abc_module = {"sympy.abc", abc_init, NULL};

/* ---- views of the namespace ---------------------------------------------------------------- */

static void view_init(Obj *m)
{
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(module_dict(sympy_template), &pos, &k, &v))
        if (str_cstr(k)[0] != '_')
            dict_set(module_dict(m), k, v);
    pos = 0;
    while (dict_next(hidden, &pos, &k, &v))
        dict_set(module_dict(m), k, v);
}

const ModuleDef sympy_views[SYMPY_VIEWS] = {
    {"sympy.core", view_init, NULL},
    {"sympy.core.relational", view_init, NULL},
    {"sympy.core.symbol", view_init, NULL},
    {"sympy.solvers", view_init, NULL},
    {"sympy.solvers.inequalities", view_init, NULL},
    {"sympy.simplify", view_init, NULL},
    {"sympy.matrices", view_init, NULL},
    {"sympy.ntheory", view_init, sympy_sieve_fresh},
    {"sympy.ntheory.primetest", view_init, NULL},
    {"sympy.functions", view_init, NULL},
    {"sympy.geometry", view_init, NULL},
    {"sympy.polys", view_init, NULL},
    {"sympy.parsing", view_init, NULL},
    {"sympy.parsing.sympy_parser", view_init, NULL},
    {"sympy.core.numbers", view_init, NULL},
    {"sympy.core.sympify", view_init, NULL},
    {"sympy.core.function", view_init, NULL},
    {"sympy.core.singleton", view_init, NULL},
    {"sympy.core.add", view_init, NULL},
    {"sympy.core.mul", view_init, NULL},
    {"sympy.core.power", view_init, NULL},
    {"sympy.core.expr", view_init, NULL},
    {"sympy.ntheory.modular", view_init, NULL},
    {"sympy.ntheory.factor_", view_init, NULL},
    {"sympy.ntheory.residue_ntheory", view_init, NULL},
    {"sympy.ntheory.generate", view_init, sympy_sieve_fresh},
    {"sympy.functions.combinatorial", view_init, NULL},
    {"sympy.functions.combinatorial.numbers", view_init, NULL},
    {"sympy.functions.combinatorial.factorials", view_init, NULL},
    {"sympy.functions.elementary", view_init, NULL},
    {"sympy.functions.elementary.trigonometric", view_init, NULL},
    {"sympy.functions.elementary.exponential", view_init, NULL},
    {"sympy.functions.elementary.miscellaneous", view_init, NULL},
    {"sympy.functions.elementary.complexes", view_init, NULL},
    {"sympy.functions.elementary.integers", view_init, NULL},
    {"sympy.polys.polytools", view_init, NULL},
    {"sympy.sets", view_init, NULL},
    {"sympy.sets.sets", view_init, NULL},
    {"sympy.calculus", view_init, NULL},
    {"sympy.integrals", view_init, NULL},
    {"sympy.series", view_init, NULL},
    {"sympy.concrete", view_init, NULL},
    {"sympy.concrete.summations", view_init, NULL},
    {"sympy.logic", view_init, NULL},
    {"sympy.logic.boolalg", view_init, NULL},
    {"sympy.solvers.solvers", view_init, NULL},
    {"sympy.solvers.solveset", view_init, NULL},
    {"sympy.simplify.simplify", view_init, NULL},
    {"sympy.matrices.dense", view_init, NULL},
    {"sympy.ntheory.continued_fraction", view_init, NULL},
    {"sympy.ntheory.egyptian_fraction", view_init, NULL},
    {"sympy.ntheory.partitions_", view_init, NULL},
    {"sympy.ntheory.multinomial", view_init, NULL},
    {"sympy.ntheory.digits", view_init, NULL},
    {"sympy.functions.special", view_init, NULL},
    {"sympy.functions.special.zeta_functions", view_init, NULL},
    {"sympy.functions.special.gamma_functions", view_init, NULL},
    {"sympy.functions.special.error_functions", view_init, NULL},
    {"sympy.functions.special.delta_functions", view_init, NULL},
    {"sympy.functions.special.tensor_functions", view_init, NULL},
    {"sympy.functions.elementary.hyperbolic", view_init, NULL},
    {"sympy.utilities", view_init, NULL},
};

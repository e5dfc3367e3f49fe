/* runtime/modules/sympy_nt.c — further number-theory functions of the sympy namespace (see sympy_nt.h). */
#include "runtime/modules/sympy_nt.h"

#include <string.h>

#include "base/gc.h"

#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_funcs.h"
#include "runtime/modules/sympy_matrix.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_ntools.h"

/* Parses the arguments of NAME: `names` NULL-terminated, the first `required` of them required;
 * the values of a[] are sympified (NULL where not given). */
static void parse(const char *name, Obj **args, int nargs, Obj *kwnames, const char *const *names,
                  int required, Sym **out)
{
    Obj *a[8] = {NULL};
    args_parse(name, args, nargs, kwnames, names, required, a);
    for (int i = 0; names[i]; i++)
        out[i] = a[i] ? sympy_sympify(a[i]) : NULL;
}

static bool flag(Sym *e) { return e && e->kind != SYM_FALSE && !sym_is_zero_num(e); }

/* Functions of one integer: f_NAME applies the engine's sym_NAME and converts with CONV. */
#define NT_ONE(name, conv)                                                \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                     \
        (void)self;                                                       \
        args_no_kw(#name, kwnames);                                       \
        args_count(#name, nargs, 1, 1);                                   \
        return conv(sym_##name(sympy_sympify(args[0])));                  \
    }
#define NT_TWO(name, conv)                                                                  \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames)                   \
    {                                                                                       \
        (void)self;                                                                         \
        args_no_kw(#name, kwnames);                                                         \
        args_count(#name, nargs, 2, 2);                                                     \
        return conv(sym_##name(sympy_sympify(args[0]), sympy_sympify(args[1])));            \
    }

static Obj *as_bool(bool b) { return bool_from(b); }

NT_ONE(composite, sympy_int_result)
NT_ONE(compositepi, sympy_int_result)
NT_ONE(proper_divisor_count, sympy_wrap)
NT_ONE(abundance, sympy_int_result)
NT_ONE(is_perfect, as_bool)
NT_ONE(is_mersenne_prime, as_bool)
NT_ONE(is_carmichael, as_bool)
NT_ONE(mersenne_prime_exponent, sympy_int_result)
NT_ONE(factorrat, sympy_int_result)
NT_ONE(quadratic_residues, sympy_int_result)
NT_ONE(binomial_coefficients, sympy_int_result)
NT_ONE(binomial_coefficients_list, sympy_int_result)
NT_ONE(trailing, sympy_int_result)
NT_ONE(continued_fraction, sympy_result)
NT_ONE(continued_fraction_reduce, sympy_wrap)
NT_TWO(is_amicable, as_bool)
NT_TWO(multiplicity, sympy_int_result)
NT_TWO(is_quad_residue, as_bool)
NT_TWO(is_primitive_root, as_bool)
NT_TWO(multinomial_coefficients, sympy_int_result)
NT_TWO(integer_log, sympy_int_result)

static Obj *f_is_abundant(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return bool_from(obj_index_i64(f_abundance(self, args, nargs, kwnames)) > 0);
}

static Obj *f_is_deficient(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return bool_from(obj_index_i64(f_abundance(self, args, nargs, kwnames)) < 0);
}

static Obj *f_primorial(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "nth", NULL};
    Sym *a[2];
    parse("primorial", args, nargs, kwnames, names, 1, a);
    return sympy_int_result(sym_primorial(a[0], !a[1] || flag(a[1])));
}

static Obj *f_proper_divisors(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "generator", NULL};
    Sym *a[2];
    parse("proper_divisors", args, nargs, kwnames, names, 1, a);
    Obj *l = sympy_int_result(sym_proper_divisors(a[0]));
    return flag(a[1]) ? obj_iter(l) : l;
}

static Obj *root_result(Sym *r, bool all_roots) { return r ? sympy_int_result(r) : all_roots ? list_new(0) : None; }

static Obj *f_sqrt_mod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "p", "all_roots", NULL};
    Sym *a[3];
    parse("sqrt_mod", args, nargs, kwnames, names, 2, a);
    return root_result(sym_nthroot_mod(a[0], sym_two, a[1], flag(a[2])), flag(a[2]));
}

static Obj *f_nthroot_mod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "n", "p", "all_roots", NULL};
    Sym *a[4];
    parse("nthroot_mod", args, nargs, kwnames, names, 3, a);
    return root_result(sym_nthroot_mod(a[0], a[1], a[2], flag(a[3])), flag(a[3]));
}

static Obj *f_is_nthpow_residue(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "n", "m", NULL};
    Sym *a[3];
    parse("is_nthpow_residue", args, nargs, kwnames, names, 3, a);
    return bool_from(sym_is_nthpow_residue(a[0], a[1], a[2]));
}

static Obj *f_quadratic_congruence(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "b", "c", "n", NULL};
    Sym *a[4];
    parse("quadratic_congruence", args, nargs, kwnames, names, 4, a);
    return sympy_int_result(sym_quadratic_congruence(a[0], a[1], a[2], a[3]));
}

static Obj *f_discrete_log(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "a", "b", "order", "prime_order", NULL};
    Sym *a[5];
    parse("discrete_log", args, nargs, kwnames, names, 3, a);
    return sympy_int_result(sym_discrete_log(a[0], a[1], a[2]));
}

static Obj *f_continued_fraction_periodic(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"p", "q", "d", "s", NULL};
    Sym *a[4];
    parse("continued_fraction_periodic", args, nargs, kwnames, names, 2, a);
    return sympy_result(sym_continued_fraction_periodic(a[0], a[1], a[2] ? a[2] : sym_zero, a[3] ? a[3] : sym_one));
}

static Obj *f_continued_fraction_convergents(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("continued_fraction_convergents", kwnames);
    args_count("continued_fraction_convergents", nargs, 1, 1);
    Sym *terms = sympy_sympify(list_from_iterable(args[0]));
    return obj_iter(sympy_result(sym_continued_fraction_convergents(terms)));
}

static Obj *f_continued_fraction_iterator(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("continued_fraction_iterator", kwnames);
    args_count("continued_fraction_iterator", nargs, 1, 1);
    Sym *x = sympy_sympify(args[0]);
    if (!sym_is_rational(x))   /* the expansion of an irrational never ends */
        exc_raisef(&type_NotImplementedError, "continued_fraction_iterator of an irrational number");
    return obj_iter(sympy_result(sym_continued_fraction(x)));
}

static Obj *f_egyptian_fraction(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"r", "algorithm", NULL};
    Obj *a[2] = {NULL};
    args_parse("egyptian_fraction", args, nargs, kwnames, names, 1, a);
    if (a[1] && !(str_check(a[1]) && strcmp(str_cstr(a[1]), "Greedy") == 0))
        exc_raisef(&type_NotImplementedError, "egyptian_fraction: only the Greedy algorithm is supported");
    Sym *r;
    if (tuple_check(a[0]) && tuple_len(a[0]) == 2)
        r = sym_div(sympy_sympify(tuple_get(a[0], 0)), sympy_sympify(tuple_get(a[0], 1)));
    else if (sympy_check(a[0]))
        r = sympy_node(a[0]);
    else
        exc_raisef(&type_ValueError, "Value must be a Rational or tuple of ints");
    return sympy_result(sym_egyptian_fraction(r));
}

static Obj *f_real_root(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"arg", "n", "evaluate", NULL};
    Sym *a[3];
    parse("real_root", args, nargs, kwnames, names, 1, a);
    return sympy_wrap(sym_real_root(a[0], a[1] ? a[1] : sym_two));
}

static Obj *f_npartitions(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_count("npartitions", nargs, 1, 2);
    (void)kwnames;
    return sympy_wrap(sym_fn1(SYM_FN_PARTITION, sympy_sympify(args[0])));
}

/* digamma(x) and trigamma(x): sympy's polygamma(0, x) and polygamma(1, x). */
static Obj *polygamma_of(const char *name, long n, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return sympy_wrap(sym_fn2(SYM_FN_POLYGAMMA, sym_int(n), sympy_sympify(args[0])));
}

static Obj *f_digamma(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return polygamma_of("digamma", 0, args, nargs, kwnames);
}

static Obj *f_trigamma(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return polygamma_of("trigamma", 1, args, nargs, kwnames);
}

/* transpose(a) and adjoint(a): of a Matrix, its transpose (conjugated); a scalar is its own
 * transpose, its conjugate its adjoint. */
static Obj *transposed(const char *name, bool conj, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    if (!sympy_matrix_check(args[0])) {
        Sym *x = sympy_sympify(args[0]);
        return sympy_wrap(conj ? sym_fn1(SYM_FN_CONJUGATE, x) : x);
    }
    Sym *t = sym_matrix_transpose(sympy_matrix_node(args[0]));
    if (conj) {
        Sym **v = gc_alloc(t->n * sizeof(Sym *));
        for (uint32_t i = 0; i < t->n; i++)
            v[i] = sym_fn1(SYM_FN_CONJUGATE, t->args[i]);
        t = sym_matrix(t->v.m.rows, t->v.m.cols, v);
    }
    return sympy_matrix_from_node(t);
}

static Obj *f_transpose(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return transposed("transpose", false, args, nargs, kwnames);
}

static Obj *f_adjoint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return transposed("adjoint", true, args, nargs, kwnames);
}

static const struct { const char *name; NativeFn fn; } funcs[] = {
    {"transpose", f_transpose},
    {"adjoint", f_adjoint},
    {"digamma", f_digamma},
    {"trigamma", f_trigamma},
    {"primorial", f_primorial},
    {"composite", f_composite},
    {"compositepi", f_compositepi},
    {"proper_divisors", f_proper_divisors},
    {"proper_divisor_count", f_proper_divisor_count},
    {"abundance", f_abundance},
    {"is_perfect", f_is_perfect},
    {"is_abundant", f_is_abundant},
    {"is_deficient", f_is_deficient},
    {"is_amicable", f_is_amicable},
    {"is_mersenne_prime", f_is_mersenne_prime},
    {"mersenne_prime_exponent", f_mersenne_prime_exponent},
    {"multiplicity", f_multiplicity},
    {"factorrat", f_factorrat},
    {"sqrt_mod", f_sqrt_mod},
    {"nthroot_mod", f_nthroot_mod},
    {"quadratic_residues", f_quadratic_residues},
    {"is_quad_residue", f_is_quad_residue},
    {"is_primitive_root", f_is_primitive_root},
    {"discrete_log", f_discrete_log},
    {"is_nthpow_residue", f_is_nthpow_residue},
    {"quadratic_congruence", f_quadratic_congruence},
    {"is_carmichael", f_is_carmichael},
    {"binomial_coefficients", f_binomial_coefficients},
    {"binomial_coefficients_list", f_binomial_coefficients_list},
    {"multinomial_coefficients", f_multinomial_coefficients},
    {"continued_fraction", f_continued_fraction},
    {"continued_fraction_periodic", f_continued_fraction_periodic},
    {"continued_fraction_reduce", f_continued_fraction_reduce},
    {"continued_fraction_convergents", f_continued_fraction_convergents},
    {"continued_fraction_iterator", f_continued_fraction_iterator},
    {"egyptian_fraction", f_egyptian_fraction},
    {"integer_log", f_integer_log},
    {"trailing", f_trailing},
    {"real_root", f_real_root},
    {"npartitions", f_npartitions},
};

void sympy_nt_init(Obj *module)
{
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        module_add_function(module, funcs[i].name, funcs[i].fn);
    module_add(module, "rf", (Obj *)sympy_class("RisingFactorial"));
    module_add(module, "ff", (Obj *)sympy_class("FallingFactorial"));
    module_add(module, "Eijk", (Obj *)sympy_class("LeviCivita"));
}

/* runtime/modules/sympy_sieve.c — sympy's Sieve and randprime (see sympy_sieve.h). */
#include "runtime/modules/sympy_sieve.h"

#include <flint/ulong_extras.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_funcs.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_ntheory.h"
#include "solvers/sym_num.h"

/* The tables reach at most this far (primes up to it, totients and Mobius values below it). */
#define MAX_SIEVE 100000000L
/* Each table starts with six entries: 2 .. 13, and the totient and Mobius values of 0 .. 5. */
#define INITIAL 6

typedef struct SieveObj {
    Obj base;
    long nprimes, ntotient, nmobius;   /* the lengths of the three tables */
} SieveObj;

static Type sieve_type;

static SieveObj *sv(Obj *o) { return (SieveObj *)o; }

static long arg_long(Obj *o)
{
    Sym *e = sympy_sympify(o);
    if (!sym_is_num(e))
        exc_raisef(&type_TypeError, "expected a number, got %s", str_cstr(obj_repr(o)));
    e = sym_is_int(e) ? e : sym_num_ceiling(e);
    if (fmpz_cmp_si(e->v.z, MAX_SIEVE) > 0)
        exc_raisef(&type_ValueError, "sieve: %s is too large to sieve up to", str_cstr(obj_repr(o)));
    return fmpz_cmp_si(e->v.z, -1) < 0 ? -1 : fmpz_get_si(e->v.z);
}

static Obj *new_sieve(Type *type)
{
    SieveObj *s = gc_alloc(type->basicsize);
    s->base.type = type;
    s->nprimes = s->ntotient = s->nmobius = INITIAL;
    return (Obj *)s;
}

static Obj *sieve_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)kwnames;
    args_count("Sieve", nargs, 0, 1);
    return new_sieve(type);
}

/* The prime table holds the primes up to n. */
static void extend(SieveObj *s, long n)
{
    if (n > (long)n_nth_prime((ulong)s->nprimes))
        s->nprimes = (long)n_prime_pi((ulong)n);
}

static Obj *s_extend(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("extend", kwnames);
    args_count("extend", nargs, 1, 1);
    extend(sv(self), arg_long(args[0]));
    return None;
}

/* Extends by half the largest prime at a time until the table holds i primes, as sympy does. */
static void extend_to_no(SieveObj *s, long i)
{
    if (i > MAX_SIEVE / 20)
        exc_raisef(&type_ValueError, "sieve: index %ld is too large", i);
    while (s->nprimes < i) {
        budget_tick();
        extend(s, (long)(n_nth_prime((ulong)s->nprimes) * 3 / 2));
    }
}

static Obj *s_extend_to_no(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("extend_to_no", kwnames);
    args_count("extend_to_no", nargs, 1, 1);
    extend_to_no(sv(self), arg_long(args[0]));
    return None;
}

static Obj *s_primerange(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("primerange", kwnames);
    args_count("primerange", nargs, 1, 2);
    long a = nargs > 1 ? arg_long(args[0]) : 2, b = arg_long(args[nargs > 1 ? 1 : 0]);
    a = a < 2 ? 2 : a;
    if (a >= b)
        return obj_iter(list_new(0));
    extend(sv(self), b);
    return obj_iter(sympy_int_result(sym_primerange(sym_int(a), sym_int(b))));
}

/* (i, j): the indices of the primes just below and above n, equal when n is the ith prime. */
static Obj *s_search(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("search", kwnames);
    args_count("search", nargs, 1, 1);
    long n = arg_long(args[0]);
    if (n < 2)
        exc_raisef(&type_ValueError, "n should be >= 2 but got: %ld", n);
    extend(sv(self), n);
    long k = (long)n_prime_pi((ulong)n);
    return tuple_pack(2, int_from_i64(k), int_from_i64(n_is_prime((ulong)n) ? k : k + 1));
}

static bool sieve_contains(Obj *self, Obj *item)
{
    long n = arg_long(item);
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    extend(sv(self), n);
    return n_is_prime((ulong)n);
}

static Obj *sieve_getitem(Obj *self, Obj *key)
{
    if (!obj_is(key, &type_int))
        exc_raisef(&type_NotImplementedError, "Sieve slices are not supported");
    long i = arg_long(key);
    if (i < 1)
        exc_raisef(&type_IndexError, "Sieve indices start at 1.");
    extend_to_no(sv(self), i);
    return int_from_i64((int64_t)n_nth_prime((ulong)i));
}

/* totientrange and mobiusrange: the values for n in [max(a, 1), b), the table extended to b. */
static Obj *value_range(Obj *self, Obj **args, int nargs, Obj *kwnames, bool totient)
{
    const char *name = totient ? "totientrange" : "mobiusrange";
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
    long a = arg_long(args[0]), b = arg_long(args[1]);
    long *len = totient ? &sv(self)->ntotient : &sv(self)->nmobius;
    *len = b > *len ? b : *len;
    Obj *l = list_new(0);
    for (long n = a < 1 ? 1 : a; n < b; n++) {
        budget_tick();
        list_append(l, int_from_i64(totient ? (int64_t)n_euler_phi((ulong)n) : n_moebius_mu((ulong)n)));
    }
    return obj_iter(l);
}

static Obj *s_totientrange(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return value_range(self, args, nargs, kwnames, true);
}

static Obj *s_mobiusrange(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return value_range(self, args, nargs, kwnames, false);
}

static Obj *sieve_repr(Obj *self)
{
    SieveObj *s = sv(self);
    ulong t = (ulong)s->ntotient, m = (ulong)s->nmobius;
    return str_printf("<prime sieve (%ld): 2, 3, 5, ... %lu, %lu\n"
                      "totient sieve (%ld): 0, 1, 1, ... %lu, %lu\n"
                      "mobius sieve (%ld): 0, 1, -1, ... %d, %d>",
                      s->nprimes, (unsigned long)n_nth_prime((ulong)s->nprimes - 1),
                      (unsigned long)n_nth_prime((ulong)s->nprimes), s->ntotient,
                      (unsigned long)n_euler_phi(t - 2), (unsigned long)n_euler_phi(t - 1), s->nmobius,
                      n_moebius_mu(m - 2), n_moebius_mu(m - 1));
}

static const MethodDef sieve_methods[] = {
    {"extend", s_extend, 0}, {"extend_to_no", s_extend_to_no, 0}, {"primerange", s_primerange, 0},
    {"search", s_search, 0}, {"totientrange", s_totientrange, 0}, {"mobiusrange", s_mobiusrange, 0},
    {NULL, NULL, 0},
};

static Type sieve_type = {
    .base = {&type_type},
    .name = "Sieve",
    .module = "sympy.ntheory.generate",
    .basicsize = sizeof(SieveObj),
    .new = sieve_new,
    .repr = sieve_repr,
    .getitem = sieve_getitem,
    .contains = sieve_contains,
    .methods = sieve_methods,
};

/* randprime(a, b): a prime in [a, b) near a number drawn by the request's random.randrange,
 * None when a >= b. */
static Obj *f_randprime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("randprime", kwnames);
    args_count("randprime", nargs, 2, 2);
    Sym *a = sympy_sympify(args[0]), *b = sympy_sympify(args[1]);
    if (!sym_is_int(a) || !sym_is_int(b))
        exc_raisef(&type_ValueError, "randprime() takes integers");
    if (fmpz_cmp(a->v.z, b->v.z) >= 0)
        return None;
    Obj *random = module_import(str_from_cstr("random"));
    Obj *draw = obj_call2(obj_getattr(random, str_from_cstr("randrange")), sympy_int_obj(sym_sub(a, sym_one)),
                          sympy_int_obj(b));
    Sym *p = sym_nextprime(sympy_sympify(draw), 1);
    if (fmpz_cmp(p->v.z, b->v.z) >= 0)
        p = sym_prevprime(b);
    if (fmpz_cmp(p->v.z, a->v.z) < 0)
        exc_raisef(&type_ValueError, "no primes exist in the specified range");
    return sympy_int_obj(p);
}

void sympy_sieve_init(Obj *module)
{
    type_ready(&sieve_type);
    module_add(module, "Sieve", (Obj *)&sieve_type);
    module_add_function(module, "randprime", f_randprime);
}

void sympy_sieve_fresh(Obj *module) { module_add(module, "sieve", new_sieve(&sieve_type)); }

/* runtime/modules/sympy_expr.h — sympy expressions as objects of the language: the class
 * hierarchy with sympy's names and modules (Basic, Expr, Symbol, Integer, Add, sin, Equality...),
 * conversion between Python values and engine nodes (sympify, and back), and the behaviour every
 * expression shares: operators mixed with ints, floats and Fractions, comparison returning
 * relations, hashing, int()/float()/round()/format(), attributes (args, func, is_*), and the
 * methods of Basic and Expr (subs, evalf, expand, ...).
 *
 * An expression object wraps one immutable engine node (solvers/sym.h); its type is the sympy
 * class of the node, picked when the node is wrapped. The classes are built once at start-up.
 */
#ifndef TIRBOX_SYMPY_EXPR_H
#define TIRBOX_SYMPY_EXPR_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

typedef struct SympyObj {
    Obj base;
    Sym *e;
} SympyObj;

/* The root class Basic: every expression object is an instance of it. */
extern Type *sympy_basic_type;

/* True when o is an expression object. */
static inline bool sympy_check(const Obj *o) { return obj_is(o, sympy_basic_type); }

/* The node of an expression object. */
static inline Sym *sympy_node(const Obj *o) { return ((const SympyObj *)o)->e; }

/* The object for an engine node, of the node's sympy class. Result lists and dicts become Python
 * lists and dicts, matrices Matrix objects. */
Obj *sympy_wrap(Sym *e);

/* Like sympy_wrap, but Tuples of results become Python tuples too (solve's rows, factor lists). */
Obj *sympy_result(Sym *e);

/* The node of a number or expression (int, bool excluded, float, complex, Fraction, expression,
 * Matrix), as sympy's operators convert their operands; NULL for anything else. */
Sym *sympy_convert(Obj *o);

/* sympify(o): also strings (parsed), lists, tuples, dicts and None; SympifyError otherwise. */
Sym *sympy_sympify(Obj *o);

/* Like sympy_sympify, for a function argument: TypeError-free, names the function in errors. */
Sym *sympy_arg(Obj *o);

/* The assumptions given as keyword arguments (integer=True, positive=False ...); names listed
 * in `skip` (space-separated) and unknown names are ignored. */
SymFacts sympy_assumptions(Obj **args, int nargs, Obj *kwnames, const char *skip);

/* The value of keyword argument `name` of a native call, or NULL. */
Obj *sympy_kwarg(Obj **args, int nargs, Obj *kwnames, const char *name);


/* Python's True/False/None for a three-valued answer. */
Obj *sympy_tri(SymTri t);

/* An int object with the value of an Integer node. */
Obj *sympy_int_obj(const Sym *e);

/* The class object named `name` ("Symbol", "sin"), or NULL. */
Type *sympy_class(const char *name);

/* Builds the classes and adds them (and the constants pi, E, I, oo...) to the module; classes
 * that `from sympy import *` does not bind (Relational...) go into the dict `hidden`. */
void sympy_expr_init(Obj *module, Obj *hidden);

#endif

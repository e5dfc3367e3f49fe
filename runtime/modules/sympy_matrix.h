/* runtime/modules/sympy_matrix.h — sympy's Matrix (MutableDenseMatrix) as an object of the
 * language: construction from lists, indexing and slicing, item assignment, arithmetic with
 * scalars and matrices, and the linear algebra of the engine (det, inv, rref, eigenvects ...);
 * eye, zeros, ones and diag. The object keeps its own mutable entries and hands the engine an
 * immutable node (solvers/sym_matrix.h) for every operation. */
#ifndef TIRBOX_SYMPY_MATRIX_H
#define TIRBOX_SYMPY_MATRIX_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

/* True when o is a Matrix. */
bool sympy_matrix_check(const Obj *o);

/* The engine node holding o's current entries. */
Sym *sympy_matrix_node(Obj *o);

/* A new Matrix object with the entries of a SYM_MATRIX node. */
Obj *sympy_matrix_from_node(Sym *m);

/* Adds Matrix, eye, zeros, ones and diag to the module. */
void sympy_matrix_init(Obj *module);

#endif

/* solvers/sym_matrix.h — dense matrices of expressions, as sympy's Matrix.
 *
 * A matrix is an immutable SYM_MATRIX node (the binding keeps a mutable copy for item
 * assignment). Rational matrices use FLINT's exact fmpq_mat for determinants, inverses and
 * echelon forms; matrices with symbolic entries use fraction-free elimination with cancel, and
 * determinants of size up to 3 use sympy's explicit formulas, expanded as sympy does, so that
 * the printed results agree. Shape errors raise ShapeError (a ValueError), singular inverses
 * NonInvertibleMatrixError, as sympy.
 */
#ifndef TIRBOX_SYM_MATRIX_H
#define TIRBOX_SYM_MATRIX_H

#include "solvers/sym.h"

/* Matrix(rows, cols, entries) with entries row-major. */
Sym *sym_matrix(size_t rows, size_t cols, Sym *const *entries);

/* eye(n), zeros(r, c), ones(r, c). */
Sym *sym_matrix_eye(size_t n);
Sym *sym_matrix_fill(size_t rows, size_t cols, Sym *value);

/* Entry (i, j). */
static inline Sym *sym_matrix_at(const Sym *m, size_t i, size_t j) { return m->args[i * m->v.m.cols + j]; }

/* A + B, A - B, A*B (matrix product), c*A, -A, A**n (n < 0 through the inverse). */
Sym *sym_matrix_add(Sym *a, Sym *b);
Sym *sym_matrix_sub(Sym *a, Sym *b);
Sym *sym_matrix_mul(Sym *a, Sym *b);
Sym *sym_matrix_scale(Sym *m, Sym *c);
Sym *sym_matrix_pow(Sym *m, long n);

/* A.T */
Sym *sym_matrix_transpose(Sym *m);

/* A.det() */
Sym *sym_matrix_det(Sym *m);

/* A.inv() */
Sym *sym_matrix_inv(Sym *m);

/* A.adjugate(): the transposed cofactor matrix. */
Sym *sym_matrix_adjugate(Sym *m);

/* A.minor_submatrix(i, j): A without row i and column j (indices already in range). */
Sym *sym_matrix_minor_submatrix(Sym *m, size_t row, size_t col);

/* A.cofactor(i, j): the signed minor. */
Sym *sym_matrix_cofactor(Sym *m, size_t row, size_t col);

/* A.cofactor_matrix() */
Sym *sym_matrix_cofactor_matrix(Sym *m);

/* A.trace() */
Sym *sym_matrix_trace(Sym *m);

/* A.rref(): the reduced row echelon form and the pivot columns (a Tuple of Integers). */
Sym *sym_matrix_rref(Sym *m, Sym **pivots);

/* A.rank() */
long sym_matrix_rank(Sym *m);

/* A.nullspace() and A.columnspace(): SYM_LISTs of column matrices. */
Sym *sym_matrix_nullspace(Sym *m);
Sym *sym_matrix_columnspace(Sym *m);

/* A.charpoly(x) as an expression in x. */
Sym *sym_matrix_charpoly(Sym *m, Sym *x);

/* A.eigenvals(): SYM_DICT eigenvalue -> multiplicity in sympy's order. */
Sym *sym_matrix_eigenvals(Sym *m);

/* A.eigenvects(): SYM_LIST of (eigenvalue, multiplicity, [basis vectors]) tuples. */
Sym *sym_matrix_eigenvects(Sym *m);

/* A.LUsolve(b): the solution x of A*x = b. */
Sym *sym_matrix_solve(Sym *a, Sym *b);

/* u.dot(v), u.cross(v), u.norm() for vectors. */
Sym *sym_matrix_dot(Sym *u, Sym *v);
Sym *sym_matrix_cross(Sym *u, Sym *v);
Sym *sym_matrix_norm(Sym *m);

/* A.norm(ord) for ord 1, oo (and -oo or a number p for vectors); the 2-norm and Frobenius norm
 * of matrices are the callers'. */
Sym *sym_matrix_norm_ord(Sym *m, Sym *ord);

/* v.normalized(): v / v.norm() (the zero vector unchanged); ShapeError unless a vector. */
Sym *sym_matrix_normalized(Sym *m);

/* A.conjugate(): entrywise complex conjugate. */
Sym *sym_matrix_conjugate(Sym *m);

/* A.echelon_form(): sympy's fraction-free row echelon form (pivots not normalised). */
Sym *sym_matrix_echelon_form(Sym *m);

/* A.rowspace(): the non-zero rows of sympy's fraction-free echelon form, as row matrices. */
Sym *sym_matrix_rowspace(Sym *m);

/* Whether a matrix holds only rationals. */
bool sym_matrix_is_rational(Sym *m);

/* Whether an entry is zero (numbers directly, expressions after expand and cancel). */
bool sym_matrix_entry_is_zero(Sym *e);

#endif

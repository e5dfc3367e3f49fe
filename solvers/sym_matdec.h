/* solvers/sym_matdec.h — matrix decompositions (LU, QR, Cholesky, LDL, diagonalization) and the
 * solvers built on them (Gauss-Jordan with free parameters, triangular substitution, the
 * pseudo-inverse, singular values, the inverse modulo an integer), with sympy's pivoting, result
 * shapes, orders and error messages. Entries stay exact; loops consult the step budget.
 */
#ifndef TIRBOX_SYM_MATDEC_H
#define TIRBOX_SYM_MATDEC_H

#include "solvers/sym.h"

/* A.LUdecomposition(): sets L (unit lower, rows x rows) and U; returns the row swaps [[i, j], ...]. */
Sym *sym_matdec_lu(Sym *m, Sym **l, Sym **u);

/* A.QRdecomposition(): returns Q (orthonormal columns, one per independent column), sets R. */
Sym *sym_matdec_qr(Sym *m, Sym **r);

/* A.cholesky(hermitian): the lower factor L with A = L*L.H. */
Sym *sym_matdec_cholesky(Sym *m, bool hermitian);

/* A.LDLdecomposition(hermitian): returns unit lower L, sets the diagonal D. */
Sym *sym_matdec_ldl(Sym *m, bool hermitian, Sym **d);

/* A.eigenvects(simplify=True): rational eigenvectors scaled to clear their denominators. */
Sym *sym_matdec_eigenvects_simplified(Sym *m);

/* A.diagonalize(normalize): returns P, sets D with A = P*D*P**-1; MatrixError if impossible. */
Sym *sym_matdec_diagonalize(Sym *m, bool normalize, Sym **d);

/* A.is_diagonalizable() */
bool sym_matdec_is_diagonalizable(Sym *m);

/* A.jordan_form(): returns J (blocks by sorted eigenvalue, larger blocks first), sets P with
 * A = P*J*P**-1 (Jordan chains built from the null spaces of (A - l*I)**k). */
Sym *sym_matdec_jordan_form(Sym *m, Sym **p);

/* A.exp(): P*exp(J)*P**-1 from the Jordan form; real matrices get real (cos/sin) entries. */
Sym *sym_matdec_exp(Sym *m);

/* A**p for a symbolic or fractional p: P*J**p*P**-1 from the Jordan form. */
Sym *sym_matdec_pow(Sym *m, Sym *p);

/* A.gauss_jordan_solve(B): the general solution in parameters tau0, tau1, ... (set in *params). */
Sym *sym_matdec_gauss_jordan_solve(Sym *a, Sym *b, Sym **params);

/* A.lower_triangular_solve(B) (lower) or A.upper_triangular_solve(B). */
Sym *sym_matdec_triangular_solve(Sym *a, Sym *b, bool lower);

/* A.pinv(): the Moore-Penrose pseudo-inverse through a rank decomposition. */
Sym *sym_matdec_pinv(Sym *m);

/* A.solve_least_squares(b): the solution of A.H*A*x = A.H*b. */
Sym *sym_matdec_least_squares(Sym *a, Sym *b);

/* A.singular_values(): a SYM_LIST, in sympy's order (reverse default sort key). */
Sym *sym_matdec_singular_values(Sym *m);

/* A.condition_number(): the largest singular value over the smallest. */
Sym *sym_matdec_condition_number(Sym *m);

/* is_positive_definite (sign 1), is_negative_definite (-1) and the semidefinite variants (semi):
 * the signs of the eigenvalues of the Hermitian part. */
SymTri sym_matdec_definite(Sym *m, int sign, bool semi);

/* A.inv_mod(m) for an integer matrix. */
Sym *sym_matdec_inv_mod(Sym *m, Sym *modulus);

#endif

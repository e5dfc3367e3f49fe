from sympy import *
x, y, t, a, b, c, d = symbols('x y t a b c d')


def tr(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


A = Matrix([[2, 1], [1, 3]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
S = Matrix([[x, y, 1], [2, x, y], [1, 1, x]])
tr(lambda: A.diagonalize())
tr(lambda: Matrix([[4, 1], [2, 3]]).diagonalize())
tr(lambda: Matrix([[5, 4, 2], [4, 5, 2], [2, 2, 2]]).diagonalize())
tr(lambda: Matrix([[1, 2], [2, 1]]).diagonalize(normalize=True))
tr(lambda: Matrix([[0, -1], [1, 0]]).diagonalize())
tr(lambda: Matrix([[3, 0, 0], [0, 3, 0], [0, 0, 1]]).diagonalize())
tr(lambda: Matrix([[1, 1], [0, 1]]).diagonalize())
tr(lambda: Matrix([[1, 2, 3]]).diagonalize())
tr(lambda: (A.is_diagonalizable(), Matrix([[1, 1], [0, 1]]).is_diagonalizable()))
tr(lambda: (A.pow(3), A.pow(-1), A.pow(0)))
tr(lambda: (Matrix([1, 2, 3]).normalized(), Matrix([x, y]).normalized(), Matrix([0, 0]).normalized()))
tr(lambda: Matrix([[1, 2], [3, 4]]).normalized())
tr(lambda: (A.cofactor(0, 1), A.minor(0, 1), B.cofactor(-1, 0), B.minor(-1, 0)))
tr(lambda: (S.cofactor_matrix(), S.minor(1, 1), S.cofactor(0, 1), S.minor_submatrix(0, 1), S.adjugate()))
tr(lambda: B.minor_submatrix(3, 0))
tr(lambda: Matrix([[1, 2, 3]]).cofactor(0, 0))
tr(lambda: B.LUdecomposition())
tr(lambda: Matrix([[1, 2, 3], [2, 4, 7], [3, 6, 5]]).LUdecomposition())
tr(lambda: Matrix([[0, 1, 2], [0, 2, 5], [1, 1, 1]]).LUdecomposition())
tr(lambda: Matrix([[1, 2], [3, 4], [5, 6]]).LUdecomposition())
tr(lambda: Matrix([[x, 1], [2, x]]).LUdecomposition())
tr(lambda: A.QRdecomposition())
tr(lambda: Matrix([[1, 2], [3, 4], [5, 6]]).QRdecomposition())
tr(lambda: Matrix([[1, 1, 1], [1, 2, 3], [1, 3, 6]]).QRdecomposition())
tr(lambda: Matrix([[1, 2], [2, 4]]).QRdecomposition())
tr(lambda: Matrix([[0, 0], [0, 1]]).QRdecomposition())
tr(lambda: (A.cholesky(), Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]).cholesky()))
tr(lambda: Matrix([[1, 2], [3, 4]]).cholesky())
tr(lambda: Matrix([[1, 2], [2, 1]]).cholesky())
tr(lambda: Matrix([[x, 1], [1, x]]).cholesky())
tr(lambda: A.LDLdecomposition())
tr(lambda: (B.rref(pivots=False), A.eigenvals(multiple=True), Matrix([[1, 1], [0, 1]]).eigenvals(multiple=True)))
tr(lambda: B.gauss_jordan_solve(Matrix([1, 2, 3])))
tr(lambda: Matrix([[1, 2], [2, 4]]).gauss_jordan_solve(Matrix([1, 2])))
tr(lambda: Matrix([[1, 2, 3], [2, 4, 6]]).gauss_jordan_solve(Matrix([1, 2])))
tr(lambda: Matrix([[1, 2], [2, 4]]).gauss_jordan_solve(Matrix([[1, 2], [2, 4]])))
tr(lambda: Matrix([[0, 1], [0, 0]]).gauss_jordan_solve(Matrix([1, 0])))
tr(lambda: Matrix([[1, 2], [2, 4]]).gauss_jordan_solve(Matrix([1, 3])))
tr(lambda: (A.row_insert(1, Matrix([[5, 6]])), A.col_insert(1, Matrix([5, 6])), A.row_insert(-1, Matrix([[7, 8]]))))
tr(lambda: (A.col_insert(-5, Matrix([[1], [2]])), A.row_insert(5, Matrix([[7, 8], [9, 9]]))))
tr(lambda: A.row_insert(0, Matrix([[1, 2, 3]])))
tr(lambda: A.col_insert(0, Matrix([1, 2, 3])))
tr(lambda: (A.hstack(A, A), Matrix.hstack(Matrix([1, 2]), Matrix([[3, 4], [5, 6]])), Matrix.vstack(A, A), Matrix.hstack()))
tr(lambda: Matrix.hstack(Matrix([1, 2]), Matrix([3, 4, 5])))
tr(lambda: Matrix.vstack(Matrix([[1, 2]]), Matrix([[3, 4, 5]])))


def edit():
    M = B.copy()
    r = M.row_del(1)
    M.col_del(-1)
    M.row_swap(0, 1)
    M.col_swap(0, 1)
    return r, M


tr(edit)
tr(lambda: B.copy().row_del(5))
tr(lambda: (B.extract([0, 2], [1, 2]), B.extract([0, -1], [2]), B.extract(range(2), [0, 1])))
tr(lambda: A.extract([5], [0]))
tr(lambda: (A.multiply_elementwise(A), Matrix([[1, 2], [3, 4]]).multiply_elementwise(Matrix([[x, y], [1, 2]]))))
tr(lambda: A.multiply_elementwise(Matrix([[1, 2, 3]])))
tr(lambda: (A.is_symmetric(), B.is_symmetric(), Matrix([[1, 2]]).is_symmetric(), Matrix([[x, 1], [0, y]]).is_symmetric()))
tr(lambda: (A.is_diagonal(), eye(2).is_diagonal(), B.is_upper, Matrix([[1, 2], [0, 3]]).is_upper, Matrix([[1, 0], [2, 3]]).is_lower))
tr(lambda: (zeros(2).is_zero_matrix, A.is_zero_matrix, A.is_hermitian, Matrix([[0, 1], [-1, 0]]).is_anti_symmetric()))
tr(lambda: (Matrix([[0, 1], [0, 0]]).is_nilpotent(), Matrix([[1, 1], [0, 1]]).is_nilpotent()))
tr(lambda: (Matrix([[1, 2, 3], [2, 4, 6]]).rowspace(), B.rowspace(), Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]]).rowspace()))
tr(lambda: (Matrix([[1, 2], [3, 4]]).inv_mod(5), B.inv_mod(26)))
tr(lambda: Matrix([[1, 2], [2, 4]]).inv_mod(5))
tr(lambda: Matrix([[1, 2], [3, 4], [5, 6]]).inv_mod(7))
tr(lambda: (A.singular_values(), A.pinv(), Matrix([[1, 2], [3, 4], [5, 6]]).pinv()))
tr(lambda: (Matrix([[I, 1 + I], [x, 2]]).H, Matrix([[I, 1 + I], [x, 2]]).conjugate(), Matrix([[I, 1 + I], [x, 2]]).adjoint()))
tr(lambda: (Matrix([x**2, y]).jacobian([x, y]), Matrix([x * y, x + y, sin(x)]).jacobian(Matrix([x, y]))))
tr(lambda: Matrix([[1, 2], [3, 4]]).jacobian([x]))
tr(lambda: (hessian(x**2 * y, (x, y)), hessian(x**3 * y + y**2, Matrix([x, y]))))
tr(lambda: GramSchmidt([Matrix([1, 1]), Matrix([1, 0])]))
tr(lambda: GramSchmidt([Matrix([1, 1, 0]), Matrix([1, 0, 1]), Matrix([0, 1, 1])], True))
tr(lambda: (Matrix([[2, 1], [0, 3]]).upper_triangular_solve(Matrix([1, 1])), Matrix([[2, 0], [1, 3]]).lower_triangular_solve(Matrix([1, 1]))))
tr(lambda: A.lower_triangular_solve(Matrix([1, 1])))
tr(lambda: A.upper_triangular_solve(Matrix([1, 1])))
tr(lambda: (B.diagonal(), B.diagonal(1), A.values(), A.vec(), A.has(x), Matrix([x]).has(x), A.xreplace({1: 5})))
tr(lambda: (A.norm(1), A.norm(oo), A.norm('fro'), Matrix([3, -4]).norm(1), Matrix([3, -4]).norm(oo), Matrix([3, -4]).norm(-oo)))
tr(lambda: (Matrix([3, -4]).norm(3), Matrix([x, 1]).norm(1), Matrix([[2, -1], [1, 3]]).norm(2)))
tr(lambda: Matrix([[2, -1], [1, 3]]).norm(3))
for M in [Matrix([[1, 1], [0, 1]]), Matrix([[4, 1], [2, 3]]), Matrix([[5, 4, 2], [4, 5, 2], [2, 2, 2]]),
          Matrix([[3, 1, 0], [-1, 1, 0], [0, 0, 2]]), Matrix([[1, 1, 1], [0, 1, 1], [0, 0, 1]]),
          Matrix([[0, 1], [-1, 0]]), Matrix([[1, -1], [1, 3]]), Matrix([[2, 0, 0], [0, 2, 1], [0, 0, 2]]),
          Matrix([[1, 2, 3], [0, 1, 2], [0, 0, 1]]), Matrix([[2, 2, -1], [-1, -1, 1], [-1, -2, 2]]),
          Matrix([[1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 0], [0, 0, 0, 1]])]:
    tr(lambda: M.jordan_form())
tr(lambda: Matrix([[1, 1], [0, 1]]).jordan_form(calc_transform=False))
tr(lambda: Matrix([[1, 2, 3]]).jordan_form())
for M in [Matrix([[1, 2], [2, 1]]), Matrix([[1, 1], [0, 1]]), Matrix([[0, 1], [-1, 0]]), t * Matrix([[1, 2], [2, 1]]),
          Matrix([[1, 1], [-1, 1]]), Matrix([[0, 1], [0, 0]]), Matrix([[1, 2, 0], [0, 3, 0], [2, -4, 2]]),
          t * Matrix([[1, 1], [0, 1]])]:
    tr(lambda: M.exp())
tr(lambda: (Matrix([[1, 2], [3, 4]]).condition_number(), A.condition_number(), Matrix([[2, 0], [0, 1]]).condition_number()))
tr(lambda: (A.is_positive_definite, Matrix([[1, 2], [2, 1]]).is_positive_definite, Matrix([[1, 2], [0, 3]]).is_positive_definite))
tr(lambda: (Matrix([[-2, 1], [1, -3]]).is_negative_definite, Matrix([[1, 1], [1, 1]]).is_positive_semidefinite,
            Matrix([[1, 2], [2, 1]]).is_indefinite, A.is_indefinite))
tr(lambda: (wronskian([sin(x), cos(x)], x), wronskian([exp(x), x * exp(x)], x), wronskian([1, x, x**2], x)))
tr(lambda: (Matrix.eye(2), Matrix.zeros(2, 3), Matrix.ones(2), Matrix.diag(1, 2), diag(Matrix([[1, 2], [3, 4]]), 5)))
tr(lambda: (A.solve_least_squares(Matrix([1, 2])), Matrix([[1, 0], [1, 1], [1, 2]]).solve_least_squares(Matrix([1, 2, 4]))))
tr(lambda: (A.QRsolve(Matrix([1, 2])), A.cholesky_solve(Matrix([1, 2])), A.LDLsolve(Matrix([1, 2]))))
tr(lambda: (A.eigenvects(simplify=True), Matrix([[4, 1], [2, 3]]).eigenvects(simplify=True)))


def simp():
    M = Matrix([[sin(x)**2 + cos(x)**2, 1], [0, 1]])
    r = M.simplify()
    return r, M, simplify(Matrix([[sin(x)**2 + cos(x)**2]]))


tr(simp)
tr(lambda: (N(A / 3), Matrix([[x, 1], [0, y]]).integrate(x), Matrix([[x, 1], [0, y]]).limit(x, 0), A.doit()))
tr(lambda: (A.flat(), A.is_Matrix, isinstance(A, MatrixBase), trace(A), A.berkowitz_det()))
tr(lambda: (Matrix([[1, 2], [3, 4]]).lower_triangular(), Matrix([[1, 2], [3, 4]]).upper_triangular(), A.echelon_form()))
tr(lambda: Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).echelon_form())
for M in [Matrix([[1, 0], [5, 3]]), Matrix([[3, 0], [5, 1]]), Matrix([[3, 5], [0, 1]]), Matrix([[2, 0, 0], [0, 3, 4], [0, 4, 9]]),
          Matrix([[3, 0, 4], [0, 2, 0], [4, 0, 9]]), Matrix([[3, 4, 1], [4, 9, 0], [0, 0, 2]]),
          Matrix([[1, 2, 3], [0, 4, 5], [0, 0, 6]]), Matrix([[6, 0, 0], [5, 4, 0], [3, 2, 1]]),
          Matrix([[1, 2, 0], [2, 1, 0], [0, 0, 7]]), Matrix([[x, 1], [0, y]])]:
    tr(lambda: M.eigenvals())
tr(lambda: (Matrix([[a, b], [c, d]]).charpoly(x).as_expr(), Matrix([[1, t], [t, 2]]).charpoly(x).as_expr()))
tr(lambda: (Matrix([[a, 1], [1, a]]).charpoly(x).as_expr(), Matrix([[a, b, 0], [c, d, 1], [0, 1, a]]).charpoly(x).as_expr()))
tr(lambda: (Matrix([[1, 2], [3, 4]]).row_join(Matrix([5, 6])), Matrix([[1, 2], [3, 4]]).col_join(Matrix([[5, 6]]))))
tr(lambda: Matrix([[1, 2], [3, 4]]).row_join(Matrix([5, 6, 7])))
tr(lambda: Matrix([1, 2, 3]).cross([4, 5, 6]))
tr(lambda: (Matrix([[1, 2, x], [3, 4, 5], [6, 7, 8]]).inv(), Matrix([[x, 1, 2], [1, x, 1], [0, 1, 1]]).inv()))
tr(lambda: (Matrix([[1, a], [a, 1]]).inv(), Matrix([[2 * x, 1], [1, -x]]).inv()))
tr(lambda: (Matrix([[0.5, 0.25], [0.125, 1]]).eigenvals(), Matrix([[0.1, 0.2], [0.3, 0.4]]).eigenvals()))
tr(lambda: (Matrix([[1.0, 2.0], [3.0, 4.0]]).rref(), Matrix([[1.0, 2.0, 3], [3.0, 4.0, 5]]).rref(), Matrix([[1.0, 2.0], [2.0, 4.0]]).rref()))
tr(lambda: (Matrix([[1, 2], [3, 4]]).multiply(Matrix([[1], [1]])), Matrix([[1, 2], [3, 4]]).add(eye(2)), Matrix([1, 0, 0]).project(Matrix([1, 1, 0]))))
n = Symbol('n')
k = Symbol('k', integer=True, positive=True)
tr(lambda: (Matrix([[2, 1], [0, 2]])**n, Matrix([[1, 1], [0, 1]])**n, Matrix([[2, 1, 0], [0, 2, 1], [0, 0, 2]])**n))
tr(lambda: (Matrix([[1, 2], [2, 1]])**n, Matrix([[3, 0], [0, 2]])**n, Matrix([[4, 1], [2, 3]])**n, Matrix([[0, 1], [-1, 0]])**n))
tr(lambda: (Matrix([[2, 1], [1, 2]])**k, Matrix([[2, 1], [1, 2]])**(n + 1), (Matrix([[2, 1], [1, 2]])**n).subs(n, 5)))
tr(lambda: (Matrix([[4, 0], [0, 9]])**Rational(1, 2)))
tr(lambda: Matrix([[1, 2, 3]])**n)

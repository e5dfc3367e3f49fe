from sympy import *
x = Symbol('x')
M = Matrix([[1, 2], [3, 4]])
print(M, M.T, M.det(), M.inv(), M ** 2, M * 2, 2 * M, M / 2, -M, M + M, M - M, M * M)
print(M[0, 1], M[1, 0], M[0], M[-1], M[0, :], M[:, 1], M[1:3], M.shape, M.rows, M.cols, len(M), list(M))
print(Matrix([1, 2, 3]), Matrix(2, 2, [1, 2, 3, 4]), Matrix([]), eye(2), zeros(2, 3), ones(2), diag(1, 2, 3))
print(M.rref(), M.rank(), M.trace(), M.adjugate(), M.tolist(), M.row(0), M.col(1))
print(M.eigenvals(), Matrix([[2, 0], [0, 3]]).eigenvects())
print(Matrix([[1, 2], [2, 4]]).nullspace(), Matrix([[1, 2], [2, 4]]).columnspace())
b = Matrix([5, 6])
print(M.LUsolve(b), M.inv() * b, M @ b, Matrix([1, 2]).dot(Matrix([3, 4])), Matrix([1, 0, 0]).cross(Matrix([0, 1, 0])))
print(Matrix([3, 4]).norm(), Matrix([[x, 1], [2, x]]).det(), Matrix([[x, 1], [2, x]]).subs(x, 3))
print(M.applyfunc(lambda v: v * 10), M == Matrix([[1, 2], [3, 4]]), M == 1, M.is_square, det(M))
N2 = M.copy()
N2[0, 0] = 9
N2[1] = x
print(N2, M)
print(repr(M))
print(repr(Matrix([[1, 22], [333, 4]])))

# transpose and adjoint of matrices and scalars
from sympy import *
x = Symbol('x'); r = Symbol('r', real=True)
M = Matrix([[1, 2], [3, 4*I]])
N_ = Matrix([[1, 2, 3]])
for t in ["transpose(x)", "transpose(3)", "transpose(M)", "adjoint(M)", "adjoint(x)", "adjoint(r)", "adjoint(2+I)", "transpose(2+I)", "transpose(N_)", "adjoint(N_ * I)", "transpose(M) * M"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, 'EXC', type(e).__name__, e)

from sympy.abc import x, y, alpha, lamda, S
import sympy
from sympy.solvers import solve
from sympy.core.relational import Eq
print(x + y, alpha, lamda, S, sympy.sqrt(4), sympy.Symbol('t'), solve(Eq(x, 2), x), sympy.__version__)
import sympy as sp
print(sp.pi.evalf(), sp.Rational(1, 3), sp.symbols('m n'))

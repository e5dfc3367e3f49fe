import sympy
import sympy.core, sympy.geometry, sympy.solvers.inequalities
from sympy import symbols, simplify, Interval
x = symbols('x')
print(sympy.core.__file__)
print(sympy.geometry.__file__)
print(sympy.solvers.inequalities.__file__)
print(simplify(Interval(0, 1)))
try:
    from sympy.geometry import Sphere
except ImportError as e:
    print(e)
try:
    from sympy import NoSuchName
except ImportError as e:
    print(e)

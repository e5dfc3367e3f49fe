# Names imported from sympy's submodules, as model-written programs spell them.
from sympy.ntheory.modular import crt
from sympy.ntheory.factor_ import totient, factorint, divisors
from sympy.ntheory.residue_ntheory import primitive_root, n_order
from sympy.ntheory.generate import prime, primerange
from sympy.functions.combinatorial.numbers import fibonacci, catalan
from sympy.functions.combinatorial.factorials import binomial, factorial
from sympy.functions.elementary.trigonometric import sin, cos
from sympy.functions.elementary.miscellaneous import sqrt
from sympy.functions.elementary.integers import floor
from sympy.core.numbers import Rational, pi
from sympy.core.sympify import sympify
from sympy.polys.polytools import Poly, factor
from sympy.sets.sets import Interval
from sympy.solvers.solveset import solveset
from sympy.solvers.solvers import solve
from sympy.simplify.simplify import simplify
from sympy.concrete.summations import Sum
from sympy.logic.boolalg import And
import sympy.ntheory.modular
import sympy.functions.elementary.exponential as ex
from sympy.abc import x, n
print(crt([3, 5, 7], [2, 3, 2]), totient(36), factorint(360), divisors(28), primitive_root(11), n_order(3, 7))
print(prime(100), list(primerange(10, 30)), fibonacci(30), catalan(5), binomial(10, 4), factorial(6))
print(sin(pi / 6) + cos(pi / 3), sqrt(72), floor(Rational(-7, 2)), sympify('x**2 + 1'))
print(Poly(x**2 - 1, x).all_coeffs(), factor(x**2 - 1), Interval(0, 1), solveset(x**2 - 1, x), solve(x**2 - 4, x))
print(simplify((x**2 - 1) / (x - 1)), Sum(n, (n, 1, 10)).doit(), And(x > 0, x < 1), ex.exp(0))
print(sympy.ntheory.modular.crt([2, 3], [1, 2]), sympy.ntheory.modular.__name__, ex.__name__)

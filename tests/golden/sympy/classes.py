from sympy import *
from sympy.core.relational import Relational
x, y = symbols('x y')
for e in [x, Integer(5), S.Zero, S.One, S.NegativeOne, S.Half, Rational(2, 3), Float(1.5), oo, -oo, nan, zoo, pi, E, I,
          x + 1, 2 * x, x ** 2, sin(x), exp(x), log(x), Abs(x), Eq(x, 1), Ne(x, 1), x < 1, x <= 1, x > 1, x >= 1,
          S.true, S.false, Tuple(1, 2), factorial(x), Min(x, 1)]:
    print(type(e).__name__, type(e).__module__, e.func == type(e))
print(type(x), sin, cos(x).func, type(sin(x)))
print(isinstance(x, Symbol), isinstance(x, Expr), isinstance(x, Basic), isinstance(x, Atom), isinstance(Integer(2), Rational))
print(isinstance(x + 1, Add), isinstance(x * 2, Mul), isinstance(sin(x), Function), isinstance(Eq(x, 1), Relational))
print(issubclass(Integer, Number), issubclass(Symbol, Expr), issubclass(Equality, Relational), isinstance(S.Half, Integer))
print((x + 1).args, (x * y * 2).args, (x ** 2).args, sin(x).args, Integer(3).args, Eq(x, 2).args)
print((x * 2).func(x, 3), (x + 1).func(x, 5), Add(x, 1, 2), Mul(2, x, 3), Pow(x, 2), Pow(4, Rational(1, 2)))
print(x.is_integer, x.is_positive, x.is_real, Integer(7).is_prime, Integer(8).is_even, Rational(1, 2).is_integer)
print(sqrt(2).is_rational, sqrt(2).is_irrational, pi.is_irrational, (x + 1).is_number, Integer(2).is_number, I.is_real)
print(x.is_Symbol, Integer(2).is_Integer, Rational(1, 2).is_Rational, (x + 1).is_Add, (x * 2).is_Mul, (x ** 2).is_Pow)
print(Float(2.0).is_Float, x.is_Number, Integer(2).is_Number, Eq(x, 1).is_Relational, sin(x).is_Function, x.is_Atom)
n = Symbol('n', integer=True, positive=True)
print(n.is_integer, n.is_positive, n.is_nonnegative, n.is_real, n.is_zero, (n + 1).is_positive, (2 * n).is_even)
p = Symbol('p', positive=True)
print(p.is_positive, p.is_negative, sqrt(p ** 2), Symbol('q', real=True).is_complex)
print((x ** 2 + y).free_symbols == {x, y}, Integer(3).free_symbols, sorted((x + y).free_symbols, key=str))
print(Eq(x, 1).lhs, Eq(x, 1).rhs, (x < 2).lhs, (x < 2).rhs, Rational(3, 4).p, x.name, (x ** 3).base, (x ** 3).exp)
print(S.true is true, S.false, Eq(1, 1), Eq(1, 2), Eq(1, 1) == True, type(Eq(1, 1)).__name__)
print(sin.__name__, Symbol.__name__, Matrix.__name__)

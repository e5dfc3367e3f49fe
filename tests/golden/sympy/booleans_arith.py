from sympy import *
x = Symbol('x')
for t in ['(x+1).subs({x: None})', '(x+1).subs(x, None)', 'Eq(x,1) + 1', 'Eq(x,1) - Eq(x,2)', 'Eq(x,1) * 2', '-Eq(x,1)', '(x > 1) + 1', 'S.true + 1', 'str(Matrix([[3.4, x], [1.5, 2]]))', 'Matrix([Float(3.4)])', 'Matrix([[3.4, x], [1.5, 2]])', '[Float(3.4)]', 'Tuple(Float(3.4), 2)', '2 * Eq(x, 1)', 'Eq(x, 1) & (x > 0)', '~Eq(x, 1)']:
    try:
        print(t, '=>', repr(eval(t)))
    except Exception as e:
        print(t, '=>', type(e).__name__, e)

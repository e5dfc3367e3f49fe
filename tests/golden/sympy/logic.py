from sympy import *
x, y = symbols('x y')
for t in ['Not(x > 1)', 'Not(Eq(x, 1))', 'Not(S.true)', '~(x > 1)', '(x > 1) & (x < 2)', '(x > 1) | (x < 2)', 'Integer(5) & 3', 'Integer(5) | 3', 'x & y', 'And(x > 1, x < 2, x > 0)', 'And()', 'Or()', 'type(And(x>1, True))', 'Not(x)', 'And(x > 1, S.false)']:
    try:
        print(t, '=>', eval(t))
    except Exception as e:
        print(t, '=>', type(e).__name__, e)

from sympy import *
x = Symbol('x')
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, type(e).__module__, e)
show(lambda: bool(x > 1))
show(lambda: x + 'a')
show(lambda: x ^ 2)
show(lambda: int(x))
show(lambda: float(x + 1))
show(lambda: (x + 1).subs(None))
show(lambda: div(7, 2))
show(lambda: Matrix([[1, 2], [3, 4]]) * Matrix([[1, 2, 3]]))
show(lambda: Matrix([[1, 2], [2, 4]]).inv())
show(lambda: Integer('abc'))
show(lambda: symbols(''))
show(lambda: format(Integer(5), 'd'))
show(lambda: hash(Matrix([1])))
show(lambda: Eq(x))
show(lambda: round(x))
show(lambda: Matrix([[1, 2], [3, 4]])[2, 0])

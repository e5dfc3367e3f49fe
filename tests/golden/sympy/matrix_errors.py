from sympy import *
for f in [lambda: Matrix([[1,2],[3,4]]).dot(Matrix([[1,2],[3,4]])), lambda: Matrix([[1,2,3]]).det(), lambda: Matrix([[1,2,3]]).inv(), lambda: Matrix([1,2]).dot(Matrix([1,2,3])), lambda: Matrix([[1,2,3]]).eigenvals(), lambda: Matrix([[1,2,3]]).trace(), lambda: Matrix([[1,2,3]])**2, lambda: Matrix([[1,2,3]]).adjugate(), lambda: Matrix([[1,2,3]]).charpoly(), lambda: Float(24.0).is_integer, lambda: Float(24.5).is_integer, lambda: Float(0.0).is_integer, lambda: (Float(2.0)*Symbol('n', integer=True)).is_integer]:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(str(e)))

from sympy import *
x = symbols('x')
for e in ['integrate(Piecewise((x, x < 1), (2 - x, True)), (x, 0, 2))','integrate(Max(x, 1-x), (x, 0, 1))','integrate(Min(x, 2), (x, 0, 3))','integrate(Abs(sin(x)), (x, 0, 2*pi))','integrate(Abs(x-1)+Abs(x+1), (x, -2, 2))','integrate(Piecewise((x**2, x<0),(x, True)), (x, -1, 1))','integrate(Abs(cos(x)), (x, 0, pi))','integrate(x*Abs(x-2), (x, 0, 3))','integrate(sign(x-1), (x, 0, 3))','integrate(Piecewise((1, x>1),(0, True)), (x, 0, 3))','integrate(Abs(x**2-3*x+2), (x, 0, 3))', 'integrate(Max(x**2, x), (x, 0, 2))', 'integrate(Abs(sin(2*x)), (x, 0, pi))', 'integrate(Abs(x - 1), (x, 0, 3))', 'integrate(abs(x**3 - x), (x, -2, 2))', 'integrate(Min(x**2, 1), (x, -2, 2))', 'integrate(Piecewise((x, x <= 2), (4 - x, x <= 4), (0, True)), (x, 0, 5))', 'integrate(Abs(sin(x)), (x, 0, 3*pi/2))']:
  try: print(e, '=>', eval(e))
  except Exception as ex: print(e, '=>', type(ex).__name__, ex)

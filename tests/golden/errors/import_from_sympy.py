from sympy import nonexist

import math, sympy, itertools, fractions
print(math.__file__, sympy.__file__, hasattr(itertools, "__file__"), fractions.__file__)

# Range: canonical stop, empty Range(0, 0, 1), negative steps, len, iteration (sympy 1.14).
from sympy import *
print(Range(5,1), Range(5,1)==S.EmptySet, list(Range(5,1)), Range(1,10,2), list(Range(1,10,2)), Range(10,0,-3), len(Range(1,10,2)), Range(3), Range(0,oo), 5 in Range(1,10,2))
print(latex(Range(5,1)), latex(Range(1,10,2)), latex(Range(10,0,-3)))
try: Range(1,5,0)
except Exception as e: print(type(e).__name__, e)
print(list(Range(10,0,-3)), len(Range(10,0,-3)), len(Range(0,10,3)), list(Range(-5,5,4)))

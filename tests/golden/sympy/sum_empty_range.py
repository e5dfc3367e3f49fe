from sympy import *
k, n = symbols('k n')
print(summation(k, (k, 2, 1)), summation(k, (k, 5, 1)), summation(k**2, (k, n + 1, n)))
print(product(k, (k, 2, 1)), product(k, (k, 5, 1)), product(k, (k, n + 1, n)))
print(Sum(k, (k, 2, 1)).doit(), Product(k, (k, 2, 1)).doit())

# sympy.ntheory.digits: digits and is_palindromic
from sympy.ntheory import digits, is_palindromic
from sympy.ntheory.digits import digits as d2
print(digits(123), digits(123, 10), digits(255, 16), digits(-35), digits(0), digits(35, 2, 8), type(digits(5)[1]))
print(is_palindromic(121), is_palindromic(-121), is_palindromic(0x55, 16), is_palindromic(12), is_palindromic(7), is_palindromic(1221))
for a in [(35, 1), (35, 2, 3)]:
    try:
        print(digits(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(sum(digits(2**100)[1:]), [n for n in range(100, 200) if is_palindromic(n)])
import sympy
print(hasattr(sympy, 'digits'))

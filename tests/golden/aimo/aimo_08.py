# request: {"prelude": "sympy"}
# ---- int_of_sympy
x = symbols('x', real=True)
s = solve(x**2 - 49, x)
print(s, [int(v) for v in s], max(s))
print(int(sqrt(50)), int(Rational(22, 7)), float(pi))
print(type(s[0]).__name__, s[0].is_integer)
# ---- sorted_key
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(a, b) for a in range(1, 6) for b in range(1, 6) if a < b]
print(sorted(pairs, key=lambda t: (t[0]*t[1], -t[0]))[:5])
# ---- set_ops
A = set(range(1, 50, 3)); B = set(range(1, 50, 5))
print(A & B, len(A | B), sorted(A - B)[:5], A ^ B == (A | B) - (A & B))
print({x % 7 for x in range(100)}, frozenset([1, 2]))
# ---- class_def
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def dist2(self, o):
        return (self.x - o.x)**2 + (self.y - o.y)**2
pts = [Point(i, i*i % 7) for i in range(5)]
print(pts)
print(max(p.dist2(q) for p in pts for q in pts))
# ---- solve_none
x = symbols('x', real=True)
print(solve(x**2 + 1, x))
print(solve(exp(x) + 1, x))
print(solve(x**4 - 16, x))
# ---- attr_err
x = symbols('x', real=True)
e = x**2 + 1
print(e.degree())

# request: {"prelude": "sympy"}
# ---- poly_div
x = symbols('x', real=True)
q, r = div(x**5 + 2*x + 1, x**2 + 1, x)
print(q, r)
print(rem(x**100, x**2 - 1, x), gcd(x**4 - 1, x**6 - 1), lcm(x**2 - 1, x**2 + 2*x + 1))
# ---- geometry_tri
A, B, C = Point(0, 0), Point(4, 0), Point(1, 3)
T = Triangle(A, B, C)
print(T.area, T.perimeter)
print(T.circumcenter, T.circumradius, T.incenter, T.inradius)
print(T.centroid, T.orthocenter)
# ---- geometry_seg
s = Segment(Point(0, 0), Point(3, 4))
print(s.length, s.midpoint, s.slope)
print(Point(1, 2).distance(Point(4, 6)), Line(Point(0, 0), Point(1, 1)).distance(Point(2, 0)))
# ---- geom_sym
a = symbols('a', real=True)
P = Point(a, 2*a)
print(P.distance(Point(0, 0)))
print(solve(P.distance(Point(1, 0)) - 3, a))
# ---- random_seed
import random
random.seed(42)
print([random.randint(1, 100) for _ in range(5)])
print(random.random())
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.choice(xs), random.sample(range(100), 3), random.uniform(0, 1))
# ---- recursion_err
def f(n):
    return f(n + 1)
print(f(0))

# limit of expressions with Floats: converted to exact rationals first, as sympy's Limit.doit (sympy 1.14); the second part is the public record rstar-1e23cb089f.
from sympy import *
x=symbols('x')
print(limit(0.5*x+1.25, x, 2), limit(sin(0.3*x)/x, x, 0), limit(x**0.5, x, 4), limit(0.1*x, x, oo), limit((1+0.5/x)**x, x, oo), limit(2.5, x, 1), limit(x*0.333333, x, 3), limit(x*0.333333333333333, x, 3), limit(asin(0.5*sqrt(2)*x), x, 1), limit((x**2-0.25)/(x-0.5), x, 0.5))
import sympy as sp

# Define the edge length of the tetrahedron
edge_length = 1

# Define the coordinates of the vertices of the tetrahedron
A = sp.Matrix([0, 0, 0])
B = sp.Matrix([1, 0, 0])
C = sp.Matrix([0.5, sp.sqrt(3)/2, 0])
P = sp.Matrix([0.5, sp.sqrt(3)/6, sp.sqrt(6)/3])

# Define the midpoint D of PC
D = (P + C) / 2


# Define the parametric equation of line AD
t = sp.symbols('t')
E = A + t * (D - A)

# Define the normal vector of plane ABC
normal_ABC = (B - A).cross(C - A)

# Define the vector BE
BE = E - B

# Define the angle between BE and plane ABC
angle = sp.asin(BE.dot(normal_ABC) / (BE.norm() * normal_ABC.norm()))


# Determine the range of the angle
# Since E is on AD, t ranges from 0 to 1
# The angle will be minimum when t=0 (E=A) and maximum when t=1 (E=D)
angle_min = sp.limit(angle, t, 0)
angle_max = sp.limit(angle, t, 1)


# Now print the final answer
print(f"Range of values for the angle: [{angle_min}, {angle_max}]")

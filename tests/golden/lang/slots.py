class A:
    __slots__ = ('x', 'y')
a = A()
a.x = 1
try:
    a.z = 2
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    pass
b = B()
b.z = 3
print(a.x, b.z)
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", e)

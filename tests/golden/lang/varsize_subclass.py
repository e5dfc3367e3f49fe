class P(tuple):
    pass
p = P([1, 2])
p.x = 5
print(p, p.x, len(p), type(p).__name__, vars(p))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
s.tag = 1
print(s, s.shout(), s.tag, s + "x", isinstance(s, str))
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
class Pt3(Pt):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
q = Pt3(3, 4)
q.extra = 1
print(q, q.norm(), q.extra)

# classes deriving from built-in types: construction, inherited methods, __missing__
class D(dict):
    def __missing__(self, k):
        return k * 2


d = D(a=1)
print(d["a"], d[5], d, len(d), isinstance(d, dict), "b" in d)


class Graph(dict):
    def __init__(self, n):
        super().__init__()
        self.n = n


g = Graph(3)
g[1] = [2]
print(g, g.n, list(g.items()))


class L(list):
    def total(self):
        return sum(self)


l = L([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), l[1:], type(l[1:]).__name__, L(), L("ab"))


class I(int):
    def double(self):
        return self * 2


i = I(21)
print(i, i.double(), i + 1, type(i + 1).__name__, repr(i), I("7"), I(), I("ff", 16), i == 21, hash(i) == hash(21))


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(s, s.shout(), len(s), s + "x", s == "hi", {s: 1}["hi"], s[0], S(), S(5))


class T(tuple):
    pass


t = T([1, 2])
print(t, len(t), t[0], hash(t) == hash((1, 2)), T())


class F(float):
    pass


print(F(2.5) * 2, F("1.5"), F(), F(3) == 3.0)


class Ss(set):
    pass


ss = Ss([3, 1])
ss.add(2)
print(ss, len(ss), 2 in ss, Ss(), frozenset(Ss([5])))

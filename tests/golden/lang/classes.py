class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return self.name
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
a = Animal("generic")
print(d.speak(), a.speak(), d.kind, a.kind, Animal.count)
print(repr(d), str(d), [d, a], isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), v != Vec(0, 0), len(v), v[1], list(v), sorted([Vec(2, 1), Vec(1, 5)]))
x, y = v
print(x, y, max(Vec(1, 1), Vec(2, 0)))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        self._c = value
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls()
t = Temp.make()
t.celsius = 25
print(t.celsius, Temp.unit(), t.unit(), type(t).__name__)
class Base:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
class Child(Base):
    def __init__(self, extra):
        super().__init__()
        self.extra = extra
c = Child(5).add(1).add(2)
print(c.items, c.extra, hasattr(c, "items"), getattr(c, "nope", "default"))
setattr(c, "dyn", 9)
print(c.dyn, vars(c) == {"items": [1, 2], "extra": 5, "dyn": 9})
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Counter:
    def __init__(self): self.n = 0
    def __call__(self): self.n += 1; return self.n
    def __bool__(self): return self.n > 0
    def __hash__(self): return 7
cnt = Counter()
print(bool(cnt), cnt(), cnt(), bool(cnt), hash(cnt))
print(Animal, Dog.__name__, Dog.__qualname__)

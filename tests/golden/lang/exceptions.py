def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return 1 / 0
    return [1, 2][n]
for n in range(4):
    try:
        print(risky(n))
    except ValueError as e:
        print("ValueError:", e, e.args)
    except (ZeroDivisionError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", n)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, "custom")
except MyError as e:
    print(e.code, e, repr(e), e.args)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e)
e = None
try:
    assert 1 == 2, "math broke"
except AssertionError as err:
    print("assert:", err)
print(issubclass(KeyError, LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
try:
    raise Exception("a", 1)
except Exception as ex:
    print(ex, ex.args, str(ex), repr(ex))

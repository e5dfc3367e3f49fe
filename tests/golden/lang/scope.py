x = 10
def show():
    return x
def shadow():
    x = 20
    return x
print(show(), shadow(), x)
def outer():
    y = 1
    def middle():
        def inner():
            return y + 1
        return inner()
    return middle()
print(outer())
class K:
    attr = 5
    doubled = attr * 2
    lst = [attr for _ in range(2)] if False else [1]
print(K.attr, K.doubled, K.lst)
def make():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    return push
push = make()
push(1)
print(push(2))
import builtins
print(builtins.len([1, 2]), type(len).__name__)

a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print([*range(3), *"ab"], {**d, "c": 3}, (*[1, 2],))
t = 1,
print(t, len(t), type(t))
x = y = z = 0
x += 1
print(x, y, z)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
lst[1:2] = [7, 8, 9]
print(lst, lst[::-1], lst[::2], lst[-2:], lst[:-3])
del lst[0]
print(lst)
nums = [5, 3, 8]
nums[1] += 10
print(nums)
obj = type("O", (), {})()
obj.val = 1
obj.val *= 5
print(obj.val)

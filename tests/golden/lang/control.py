for i in range(5):
    if i == 1:
        continue
    elif i == 3:
        print("three")
    else:
        print(i)
else:
    print("loop done")
n = 0
while n < 10:
    n += 3
    if n > 7:
        break
else:
    print("not printed")
print("n =", n)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner else", i)
x = 5
print("big" if x > 3 else "small", 1 < x < 10, 1 < x > 10, x == 5 != 6)
print(not x, x and 0, 0 or x, None or [], [] and 1)
if (y := x * 2) > 5:
    print("walrus", y)
values = [3, 1, 4, 1, 5, 9, 2, 6]
while values:
    v = values.pop()
    if v == 4:
        break
print(values)
total = 0
for k, v in enumerate("abc", start=1):
    total += k
    print(k, v)
print(total)
pass

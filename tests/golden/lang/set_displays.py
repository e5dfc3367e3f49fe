print({-1, -2, 5, 1000000, 2**61, 2**62, 3.5, -0.5})
x=3
print({x, 1, 2, -1, -2})
print({}.fromkeys("ab"), "".maketrans("a", "b"))
print(sorted({(1,2),(0,5),(3,3)}))
a=[1,2]
print({*a, 3}, {*range(5), *"ab"[:0]})

print([x * 2 for x in range(5)])
print([(i, j) for i in range(3) for j in range(i)])
print({x % 3 for x in range(10)}, {k: k ** 2 for k in range(4)})
print([y for x in [[1, 2], [3], []] for y in x if y != 2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print(sum(i * i for i in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted({c for c in "mississippi"}), {w: len(w) for w in "the quick fox".split()})
n = 3
print([[j * n for j in range(i)] for i in range(n)])
print([v for v in range(20) if v % 2 if v % 3])

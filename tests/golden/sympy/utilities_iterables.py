# request: {"prelude": "sympy"}
from sympy.utilities.iterables import multiset_permutations, partitions, subsets, variations
print(list(partitions(5)))
print(list(partitions(6, k=3)), list(partitions(6, m=2)))
print(list(multiset_permutations([3,1,1,2])), list(multiset_permutations('abc', 2)))
print(list(subsets([1,2,3], 2)), list(variations([1,2,3], 2)))
print(list(multiset_permutations('ab', 3)), list(multiset_permutations('ab', 0)), list(multiset_permutations([])), list(multiset_permutations([2,1], 1)))
print(list(partitions(0)), list(partitions(-1)), list(partitions(4, size=True)), list(partitions(3, m=0)))
print(list(subsets([1,2])), list(subsets([1,2], 2, repetition=True)), list(variations([1,2], 2, repetition=True)))
print(list(multiset_permutations({1:2, 3:1})), len(list(multiset_permutations('aabbc'))), sum(1 for p in partitions(10)))
print(len(list(multiset_permutations('mississippi'))), sum(1 for _ in partitions(30, m=5, k=10)))
cnt = 0
for p in multiset_permutations([0, 0, 1, 1, 2]):
    if p[0] != 0:
        cnt += int(''.join(map(str, p))) % 7 == 0
print(cnt)
for p in partitions(7, m=3):
    print(p, end=' ')
print()
import sympy.utilities.iterables as it
print(list(it.subsets('abc')))

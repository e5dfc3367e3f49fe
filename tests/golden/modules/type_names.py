# __name__, __qualname__ and __module__ of the C-level types of the standard modules (CPython derives them from the dotted type name).
from collections import *
from fractions import Fraction
for t in (Counter, defaultdict, OrderedDict, deque, Fraction):
    print(t.__name__, t.__qualname__, t.__module__, t)
print(type(defaultdict(int)).__name__)
import itertools, functools, operator, datetime, decimal, re
for t in (itertools.permutations, itertools.count, functools.partial, operator.itemgetter, datetime.date, datetime.timedelta, decimal.Decimal, re.Match, re.Pattern, type(re.compile('a'))):
    print(t.__name__, t.__qualname__, t.__module__, t)
print(type(functools.lru_cache(None)(len)).__name__)

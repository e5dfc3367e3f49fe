# sympy's Sieve: the tables' growth, primerange, search, indexing, in; randprime's range checks
from sympy import sieve, Sieve, randprime, isprime, primerange
print(sieve)
print(list(sieve.primerange(1, 30)), type(next(sieve.primerange(1, 10))))
print(sieve[10], sieve[1], type(sieve[10]))
print(11 in sieve, 12 in sieve, 2 in sieve, 1 in sieve)
print(sieve.search(25), sieve.search(23))
sieve.extend(30)
print(sieve)
print(list(sieve.totientrange(1, 10)), list(sieve.mobiusrange(1, 10)))
s = Sieve()
print(s, s[5], s.extend_to_no(10))
print(list(sieve.primerange(10)))
try:
    sieve[0]
except Exception as e:
    print(type(e).__name__, e)
s = Sieve(); list(s.primerange(1, 31)); print(s)
s = Sieve(); print(s[20]); print(s)
s = Sieve(); print(50 in s, 97 in s); print(s)
s = Sieve(); print(s.search(100)); print(s)
s = Sieve(); print(list(s.totientrange(1, 20))); print(s)
s = Sieve(); print(list(s.primerange(5, 5)), list(s.primerange(20, 10)), list(s.primerange(-5, 12)), list(s.primerange(2.5, 11.5)))
try:
    s.search(1)
except Exception as e:
    print(type(e).__name__, e)
print(s.search(13), s.search(14), list(s.totientrange(0, 5)), list(s.mobiusrange(0, 4)))
print(randprime(10, 5), randprime(1, 3), randprime(2, 3))
for a, b in [(14, 17), (24, 28), (0, 1)]:
    try:
        print(randprime(a, b))
    except Exception as e:
        print(type(e).__name__, e)
p = randprime(100, 200)
print(isprime(p), 100 <= p < 200, type(p))
print(sum(sieve.primerange(1, 1000)), len(list(sieve.primerange(10**6, 10**6 + 1000))))

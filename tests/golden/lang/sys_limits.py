import sys
sys.setrecursionlimit(50)
sys.set_int_max_str_digits(1000)
print(len(str(10**999)))
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
try:
    str(10**1500)
except ValueError as e:
    print(e)

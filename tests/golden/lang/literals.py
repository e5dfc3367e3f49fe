print(1_000_000, 0x1F, 0o17, 0b1011, 0XfF, 1e3, 1.5e-3, .5, 5., 2j, 1.5J, 10**20)
print('single', "double", '''triple
line''', """t2""", 'it\'s', "say \"hi\"", r'raw\n', R"raw2\t")
print('tab\tnew\\n', '\x41\u00e9\U0001F600', '\101', 'a' 'b' "c")
print(b'bytes', b'\x00\xff', len(b'abc'))
print(repr('quote\'s'), repr("both ' and \""), repr('\n\t\\'))
x, y, name = 42, 3.14159, "world"
print(f"{x} {y:.2f} {name!r} {name.upper()} {x:>6} {x:<6}| {x:^7}|")
print(f"{x=}", f"{y = :.1f}", f"{{literal}}", f"{'nested' + f'{x}'}")
print(f"{x:08.3f} {x:,} {1234567.891:,.2f} {0.25:%} {255:#x} {255:b} {x!s:>5}")
w = 10
print(f"{y:{w}.{3}f}|", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print(f'''multi
{x}''')
print(0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 123456789012345678.0, -0.0, float('inf'), float('nan'))
print(True, False, None, ..., type(...))

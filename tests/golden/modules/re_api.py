# re: the module API, Match objects, empty-match rules, replacement templates, errors
import re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: re.search('a', 5), lambda: re.findall(r'\d*', 'a12'), lambda: re.findall(r'\d+|x', 'a12x3'),
    lambda: re.sub('x*', '-', 'abxd'), lambda: re.split(r'\b', 'a b'), lambda: re.split(r'(,)\s*', 'a, b,c', maxsplit=1),
    lambda: re.sub(r'(\w+)', lambda m: 5, 'ab'), lambda: re.sub(r'a', r'\q', 'a'), lambda: re.sub(r'a', r'\5', 'a'),
    lambda: re.sub(r'(a)', r'\g<2>', 'a'), lambda: re.sub(r'(a)', r'\g<x>', 'a'), lambda: re.sub(r'(a)|b', r'[\1]', 'ab'),
    lambda: re.sub(r'a', r'\-', 'a'), lambda: re.sub(r'(?P<n>a)', r'\g<n>\g<0>\n', 'a'),
    lambda: re.match(r'(\d+)-(\d+)', '12-34').groups(), lambda: re.match(r'(\d+)-(\d+)', '12-34'),
    lambda: re.match(r'(a)(b)?', 'a').groups(), lambda: re.match(r'(a)(b)?', 'a').groups('z'),
    lambda: re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict(), lambda: re.match(r'(?P<x>a)', 'a').group('z'),
    lambda: re.match(r'(?P<x>a)', 'a').group(2), lambda: re.match(r'(a)(b)', 'ab').group(0, 2),
    lambda: re.match(r'(a)(b)', 'ab')[1], lambda: re.match(r'(a)(b)', 'ab').span(2), lambda: re.match(r'(a)(b)?', 'a').span(2),
    lambda: re.match(r'(a)(b)?', 'a').lastindex, lambda: re.match(r'(?P<q>a)(b)?', 'a').lastgroup,
    lambda: re.compile('a+', re.I), lambda: re.compile('a+', re.I | re.M), lambda: re.compile('a+'),
    lambda: re.compile('a+').flags, lambda: re.compile('a+', re.I).flags, lambda: re.escape('a.b*c d-e'),
    lambda: re.compile(r'(?P<a>x)(y)').groups, lambda: re.fullmatch(r'\d+', '123a'), lambda: re.fullmatch(r'\d+', '123'),
    lambda: re.compile(r'\d+').findall('a1b22', 2), lambda: re.compile(r'\d+').search('a1b22', 0, 2),
    lambda: list(re.finditer(r'\d', 'a1b2')), lambda: re.subn(r'\d', '#', 'a1b2', count=1), lambda: re.split(r'\d', 'a1b2c'),
    lambda: re.split(r'x*', 'axbc'), lambda: re.findall(r'(a)(b)?', 'ab a'), lambda: re.search('(?i)HELLO', 'say hello').group(),
    lambda: re.search(r'^b', 'a\nb', re.M).span(), lambda: re.search(r'a.b', 'a\nb', re.S).group(),
    lambda: re.search(r'a.b', 'a\nb'), lambda: re.findall(r'\bcat\b', 'cat concat cat.'),
    lambda: re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), lambda: re.findall(r'[A-Z][a-z]+', 'Hello World Foo'),
    lambda: re.match(r'(\w+) \1', 'hello hello').group(), lambda: re.compile('('), lambda: re.error('x'),
    lambda: re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe').expand(r'\g<last>, \g<first>'),
    lambda: re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1b22c333'), lambda: re.search('x', 'abc'),
    lambda: bool(re.match('a', 'abc')), lambda: re.match('b', 'abc'), lambda: re.split(r'\s+', '  a  b c '),
    lambda: re.split(',', 'a,b,,c', 2), lambda: re.findall(r'-?\d+\.?\d*', 'x=-3.5, y=42, z=7.'),
    lambda: re.findall(r'\$?(\d+(?:,\d{3})*(?:\.\d+)?)', 'cost $1,234.50 and $99'),
    lambda: re.sub(r'\s+', ' ', 'a   b \t\n c').strip(), lambda: re.compile(r'(\d)(\d)').sub(r'\2\1', '1234'),
    lambda: re.match(r'(?:ab)+', 'ababx').group(), lambda: re.match(r'a{2,3}', 'aaaa').group(),
    lambda: re.match(r'a{2,3}?', 'aaaa').group(), lambda: re.match(r'a{,2}', 'aaa').group(), lambda: re.match(r'a{2}', 'a'),
    lambda: re.match(r'x{1,2', 'x{1,2').group(), lambda: re.search(r'(?<!\d)\d{2}(?!\d)', 'a123 45 6').group(),
    lambda: re.findall(r'(?i)[a-c]+', 'AbCdABC'), lambda: re.findall(r'[^aeiou\s]+', 'hello world'),
    lambda: re.findall(r'[\d.]+', 'v1.2.3 and 4'), lambda: re.findall(r'[-+]?\d+', '3-4+5'),
    lambda: re.findall(r'\W+', 'a, b! c'), lambda: re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(),
    lambda: re.match(r'(a+)+b', 'aaab').groups(), lambda: re.match(r'(?=a)a', 'a').group(),
    lambda: re.match(r'(a)|(b)', 'b').groups(), lambda: re.sub(r'(a)|(b)', r'[\1\2]', 'ab'),
    lambda: re.findall(r'(?x) \d+  # digits', 'a 12 b 3'), lambda: re.search(r'\Aab\Z', 'ab').span(),
    lambda: re.search(r'$', 'ab\n').span(), lambda: re.findall(r'^\w', 'ab\ncd', re.M), lambda: re.findall(r'\w$', 'ab\ncd\n', re.M),
    lambda: re.sub('', '-', 'abc'), lambda: re.split('', 'abc'), lambda: re.findall('', 'ab'),
    lambda: re.match(r'(?P<n>\d+)(?P=n)', '1212').group('n'), lambda: re.match(r'\x41\u0042\n?', 'AB').group(),
    lambda: re.findall(r'é+|ü', 'ééü e'), lambda: re.search(r'\w+', 'héllo wörld').group(), lambda: re.match('a*+a', 'aaa'),
    lambda: re.match('(?>a*)b', 'aab').group(), lambda: re.compile('[z-a]'), lambda: re.compile('a**'),
    lambda: re.compile('(?P<a>x)(?P<a>y)'), lambda: re.compile('(?<=a+)b'), lambda: re.compile('a\n('),
    lambda: re.compile(r'\d+') == re.compile(r'\d+'), lambda: re.purge(),
    lambda: re.match('(a)(?P<b>b)', 'ab').regs, lambda: re.match('ab', 'xab', 1),
    lambda: re.compile('ab').match('xab', 1).span(), lambda: re.compile('b$').search('ab\n', 0, 2).span(),
]
for t in tests:
    show(t)
text = "The year 1999 and 2024; call 555-1234 or email me@example.com!"
print(re.findall(r'\b\d{4}\b', text), re.search(r'[\w.]+@[\w.]+', text).group(), re.sub(r'\d', 'X', text))
for m in re.finditer(r'(\d+)-(\d+)', 'a 1-2 b 33-44'):
    print(m.group(0), m.group(1, 2), m.start(), m.end(2), m.span(), m.string[m.start():m.end()])

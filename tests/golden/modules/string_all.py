# string: constants, capwords, Template
import string
from string import Template

print(repr(string.whitespace), repr(string.printable), repr(string.punctuation))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(sum(c in string.ascii_lowercase for c in 'Hello World'), [c for c in 'a1b2' if c in string.digits])
t = Template('$who likes ${what} $$ $x')
for f in [lambda: t.substitute(who='tim', what='kung pao', x=1), lambda: t.substitute({'who': 1}),
          lambda: t.safe_substitute(who='a'), lambda: Template('$ x').substitute(), lambda: Template('ab\n $').substitute(),
          lambda: Template('${a').safe_substitute(), lambda: t.template, lambda: string.capwords(' hello   world  '),
          lambda: string.capwords('a-b-c', '-'), lambda: Template('$a$b').substitute({'a': 1}, b=2),
          lambda: Template('${1a}').substitute(), lambda: Template('$a_b1 and $ab').substitute(a_b1='X', ab=[1])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

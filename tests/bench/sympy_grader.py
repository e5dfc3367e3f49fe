#!/usr/bin/env python3
"""tests/bench/sympy_grader.py — the reference of the grading benchmark: a sympy-based answer
grader of the kind Python evaluation scripts use (ToRA's and Qwen2.5-Math's math_equal, the
hendrycks normalisation). Written for tirbox's bench, from the way those graders work: normalise
both answers (strip `$`, `\\boxed{}`, `\\left`/`\\right`, spacing, `\\text{}` units, `\\%`,
`^\\circ`), compare them as text, then as numbers (relative 1e-6), then element by element for
tuples, sets and intervals, then as sympy expressions: LaTeX turned into Python syntax and parsed
with sympy's parse_expr (implicit multiplication, `^` as power), equal when simplify(a - b) is 0;
equations compare lhs - rhs up to a constant factor; matrices entry by entry.

    sympy_grader.py PRED GOLD        prints True or False
    import sympy_grader; sympy_grader.equal(pred, gold, timeout_s=5)

A case that takes longer than timeout_s is answered False (as those scripts' timeouts do).
"""
import re
import signal
import sys

import sympy
from sympy.parsing.sympy_parser import (convert_xor, implicit_multiplication_application, parse_expr,
                                        standard_transformations)

TRANSFORMS = standard_transformations + (implicit_multiplication_application, convert_xor)
NAMES = {'pi': sympy.pi, 'e': sympy.E, 'i': sympy.I, 'oo': sympy.oo, 'sqrt': sympy.sqrt, 'ln': sympy.log,
         'log': sympy.log, 'sin': sympy.sin, 'cos': sympy.cos, 'tan': sympy.tan, 'sec': sympy.sec,
         'csc': sympy.csc, 'cot': sympy.cot, 'exp': sympy.exp, 'Abs': sympy.Abs, 'factorial': sympy.factorial,
         'binomial': sympy.binomial, 'asin': sympy.asin, 'acos': sympy.acos, 'atan': sympy.atan}


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def braced(s, i):
    """The content of the brace group starting at s[i] == '{' and the index after it."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == '{':
            depth += 1
        elif s[j] == '}':
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
    return s[i + 1:], len(s)


def last_boxed(s):
    k = max(s.rfind('\\boxed'), s.rfind('\\fbox'))
    if k < 0:
        return s
    j = s.find('{', k)
    return braced(s, j)[0] if j >= 0 else s[k + 6:]


def normalize(s):
    s = last_boxed(str(s)).strip()
    s = re.sub(r'\\text\{\s*(?:units?|cm|m|km|inches|feet|dollars|degrees|square units)\s*\}', '', s)
    s = re.sub(r'\\(?:text|textbf|mbox|mathrm|mathbf)\{([^{}]*)\}', r'\1', s)
    for a, b in (('\\left', ''), ('\\right', ''), ('\\!', ''), ('\\,', ''), ('\\;', ''), ('\\:', ''),
                 ('\\quad', ''), ('\\dfrac', '\\frac'), ('\\tfrac', '\\frac'), ('^\\circ', ''),
                 ('^{\\circ}', ''), ('\\%', ''), ('%', ''), ('\\$', ''), ('$', ''), ('\\displaystyle', ''),
                 ('\\{', '{'), ('\\}', '}')):
        s = s.replace(a, b)
    s = s.strip().rstrip('.').strip()
    if re.fullmatch(r'-?[\d,]+(\.\d+)?', s) and ',' in s and re.fullmatch(r'-?\d{1,3}(,\d{3})+(\.\d+)?', s):
        s = s.replace(',', '')
    s = re.sub(r'^[a-zA-Z]\s*=\s*', '', s)     # x = 3 -> 3
    return s


def latex_to_python(s):
    """LaTeX into text parse_expr reads."""
    out, i = [], 0
    while i < len(s):
        if s.startswith('\\frac', i):
            i += 5
            parts = []
            for _ in range(2):
                while i < len(s) and s[i] == ' ':
                    i += 1
                if i < len(s) and s[i] == '{':
                    body, i = braced(s, i)
                else:
                    body, i = s[i:i + 1], i + 1
                parts.append(latex_to_python(body))
            out.append('((%s)/(%s))' % tuple(parts))
        elif s.startswith('\\sqrt', i):
            i += 5
            root = '2'
            if i < len(s) and s[i] == '[':
                j = s.index(']', i)
                root, i = latex_to_python(s[i + 1:j]), j + 1
            if i < len(s) and s[i] == '{':
                body, i = braced(s, i)
            else:
                body, i = s[i:i + 1], i + 1
            out.append('((%s)**(1/(%s)))' % (latex_to_python(body), root))
        elif s[i] == '\\':
            m = re.match(r'\\([a-zA-Z]+)', s[i:])
            word = m.group(1) if m else s[i + 1:i + 2]
            i += 1 + len(word)
            out.append({'cdot': '*', 'times': '*', 'div': '/', 'pi': ' pi ', 'infty': ' oo ', 'ln': ' ln ',
                        'log': ' log ', 'sin': ' sin ', 'cos': ' cos ', 'tan': ' tan ', 'sec': ' sec ',
                        'csc': ' csc ', 'cot': ' cot ', 'exp': ' exp ', 'pm': '+', 'le': '<=', 'leq': '<=',
                        'ge': '>=', 'geq': '>=', 'neq': '!=', 'cup': ' U '}.get(word, ' %s ' % word))
        elif s[i] == '{':
            out.append('(')
            i += 1
        elif s[i] == '}':
            out.append(')')
            i += 1
        elif s[i] == '!':
            out.append(' factorial_ ')
            i += 1
        else:
            out.append(s[i])
            i += 1
    text = ''.join(out).replace('^', '**')
    text = re.sub(r'\|([^|]*)\|', r'Abs(\1)', text)
    # n! -> factorial(n) for a number or a parenthesised group before it
    text = re.sub(r'(\d+|\([^()]*\))\s*factorial_', r'factorial(\1)', text)
    return text


def to_sympy(s):
    return parse_expr(latex_to_python(s), local_dict=dict(NAMES), transformations=TRANSFORMS, evaluate=True)


def split_top(s):
    """Top-level comma-separated items of s (not inside brackets)."""
    items, depth, cur = [], 0, ''
    for c in s:
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        if c == ',' and depth == 0:
            items.append(cur)
            cur = ''
        else:
            cur += c
    items.append(cur)
    return [x.strip() for x in items]


def number(s):
    try:
        return float(s)
    except ValueError:
        return None


def scalar_equal(a, b):
    x, y = number(a), number(b)
    if x is not None and y is not None:
        return abs(x - y) <= 1e-6 * max(abs(x), abs(y)) or x == y
    try:
        ea, eb = to_sympy(a), to_sympy(b)
    except Exception:  # noqa: BLE001 -- anything sympy cannot read is not equal
        return False
    try:
        if sympy.simplify(ea - eb) == 0:
            return True
        va, vb = complex(sympy.N(ea)), complex(sympy.N(eb))
        return abs(va - vb) <= 1e-6 * max(abs(va), abs(vb))
    except Exception:  # noqa: BLE001
        return False


def equation_equal(a, b):
    la, ra = a.split('=', 1)
    lb, rb = b.split('=', 1)
    try:
        da = to_sympy(la) - to_sympy(ra)
        db = to_sympy(lb) - to_sympy(rb)
        if sympy.simplify(da - db) == 0:
            return True
        q = sympy.simplify(da / db)
        return q != 0 and q.is_number
    except Exception:  # noqa: BLE001
        return False


def matrix_rows(s):
    m = re.search(r'\\begin\{[pbv]?matrix\}(.*)\\end\{[pbv]?matrix\}', s, re.S) or \
        re.search(r'\\begin\{array\}\{[^}]*\}(.*)\\end\{array\}', s, re.S)
    if not m:
        return None
    return [[c.strip() for c in row.split('&')] for row in m.group(1).split('\\\\') if row.strip()]


def structural_equal(a, b):
    ma, mb = matrix_rows(a), matrix_rows(b)
    if ma is not None or mb is not None:
        return (ma is not None and mb is not None and len(ma) == len(mb) and
                all(len(x) == len(y) and all(scalar_equal(p, q) for p, q in zip(x, y)) for x, y in zip(ma, mb)))
    if '=' in a and '=' in b and a.count('=') == b.count('=') == 1:
        return equation_equal(a, b)
    ia, ib = split_top(a), split_top(b)
    wrapped = lambda s: len(s) >= 2 and s[0] in '([{' and s[-1] in ')]}'  # noqa: E731
    if wrapped(a) and wrapped(b):
        if (a[0] != b[0] or a[-1] != b[-1]) and '{' not in (a[0], b[0]):
            return False
        ia, ib = split_top(a[1:-1]), split_top(b[1:-1])
        if len(ia) != len(ib):
            return False
        if a[0] == '{':
            return all(any(scalar_equal(x, y) for y in ib) for x in ia) and \
                all(any(scalar_equal(y, x) for x in ia) for y in ib)
        return all(scalar_equal(x, y) for x, y in zip(ia, ib))
    if len(ia) > 1 or len(ib) > 1:
        return len(ia) == len(ib) and all(any(scalar_equal(x, y) for y in ib) for x in ia)
    return scalar_equal(a, b)


def equal(pred, gold, timeout_s=5):
    a, b = normalize(pred), normalize(gold)
    if a == b:
        return True
    if a.lower() == b.lower() and re.fullmatch(r'[A-Za-z ]+', a):
        return True
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        return structural_equal(a, b)
    except (Timeout, RecursionError):
        return False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: sympy_grader.py PRED GOLD')
    print(equal(sys.argv[1], sys.argv[2]))

# request: {"prelude": "pot", "var": "ans"}
x = Symbol('x')
ans = solve_it(Eq(3 * x + 2, 11), x)[x]

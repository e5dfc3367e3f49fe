# is_carmichael, is_nthpow_residue, quadratic_congruence, andre
from sympy import *
for t in ["is_carmichael(561)", "is_carmichael(560)", "is_carmichael(1)", "is_carmichael(-561)", "is_carmichael(0)", "[n for n in range(2, 10000) if is_carmichael(n)]",
          "is_nthpow_residue(2, 3, 7)", "is_nthpow_residue(1, 3, 7)", "is_nthpow_residue(0, 2, 7)", "is_nthpow_residue(3, 0, 7)", "is_nthpow_residue(2, 2, 0)", "is_nthpow_residue(2, -1, 7)",
          "is_nthpow_residue(5, 3, 10**9 + 7)", "is_nthpow_residue(4, 2, 10**9 + 7)", "[a for a in range(13) if is_nthpow_residue(a, 4, 13)]", "is_nthpow_residue(1, 0, 1)",
          "quadratic_congruence(2, 5, 3, 7)", "quadratic_congruence(1, 0, -1, 8)", "quadratic_congruence(0, 2, 3, 7)", "quadratic_congruence(2, 4, 2, 0)", "quadratic_congruence(4, 4, 1, 2)", "quadratic_congruence(3, 3, 3, 3)",
          "[andre(i) for i in range(12)]", "andre(Symbol('n'))", "andre(-1)", "andre(-2)", "type(andre(5))", "andre(oo)", "andre(30)", "latex(andre(Symbol('n')))"]:
    try:
        r = eval(t)
        print(t, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(t, 'EXC', type(e).__name__, e)

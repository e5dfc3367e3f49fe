# sympy.ntheory helpers: primorial, divisor predicates, residues, continued and Egyptian fractions
from sympy import *
x = Symbol('x')
tests = ["primorial(5)", "primorial(10, False)", "primorial(4, nth=False)", "primorial(1)", "primorial(0)", "composite(1)", "composite(5)", "composite(10)", "composite(0)",
         "compositepi(20)", "compositepi(3)", "compositepi(-3)", "compositepi(10)", "proper_divisors(12)", "proper_divisors(1)", "proper_divisors(-12)", "proper_divisors(0)",
         "list(proper_divisors(28, generator=True))", "proper_divisor_count(12)", "proper_divisor_count(1)", "multiplicity(2, 24)", "multiplicity(1, 5)", "multiplicity(2, Rational(1, 8))",
         "multiplicity(2, -8)", "multiplicity(3, 0)", "multiplicity(5, 10**20)", "factorrat(Rational(12, 35))", "factorrat(Rational(5, 6))", "factorrat(Rational(-5, 6))", "factorrat(Rational(49, 20))",
         "is_perfect(28)", "is_perfect(6)", "is_perfect(27)", "is_perfect(0)", "is_perfect(-6)", "is_perfect(1)", "is_mersenne_prime(31)", "is_mersenne_prime(8)", "is_mersenne_prime(7)",
         "is_mersenne_prime(2**61 - 1)", "is_mersenne_prime(2**67 - 1)", "is_mersenne_prime(0)", "mersenne_prime_exponent(3)", "mersenne_prime_exponent(10)", "mersenne_prime_exponent(51)", "mersenne_prime_exponent(52)", "mersenne_prime_exponent(0)",
         "is_abundant(12)", "is_abundant(13)", "is_abundant(0)", "is_abundant(-12)", "is_deficient(8)", "is_deficient(12)", "is_deficient(0)", "is_deficient(1)", "is_amicable(220, 284)", "is_amicable(284, 220)", "is_amicable(6, 6)", "is_amicable(1184, 1210)",
         "abundance(12)", "abundance(1)", "abundance(0)", "abundance(-12)", "is_primitive_root(3, 7)", "is_primitive_root(2, 7)", "is_primitive_root(3, 8)", "is_primitive_root(2, 8)", "is_primitive_root(3, 0)",
         "is_quad_residue(2, 7)", "is_quad_residue(3, 7)", "is_quad_residue(3, 8)", "is_quad_residue(-1, 13)", "is_quad_residue(2, 0)", "is_quad_residue(10**30, 10**30 + 57)", "[is_quad_residue(a, 72) for a in range(72)]",
         "[is_quad_residue(a, 16) for a in range(16)]", "sqrt_mod(2, 7)", "sqrt_mod(2, 7, True)", "sqrt_mod(3, 7)", "sqrt_mod(3, 7, True)", "sqrt_mod(0, 7)", "sqrt_mod(9, 27, True)", "sqrt_mod(1, 8, True)", "sqrt_mod(5, 11**3, True)",
         "sqrt_mod(2, 10**20 + 39)", "sqrt_mod(4, 0)", "sqrt_mod(2, 7, all_roots=True)", "quadratic_residues(7)", "quadratic_residues(12)", "quadratic_residues(1)", "quadratic_residues(0)",
         "nthroot_mod(2, 3, 7)", "nthroot_mod(1, 3, 7, True)", "nthroot_mod(8, 3, 11, True)", "nthroot_mod(4, 2, 12, True)", "nthroot_mod(3, 2, 7)", "nthroot_mod(2, 0, 7)",
         "discrete_log(7, 3, 2)", "discrete_log(11, 9, 3)", "discrete_log(41, 15, 7)", "discrete_log(8, 1, 2)", "discrete_log(7, 1, 3)", "discrete_log(10, 3, 0)", "discrete_log(1000003, 5, 2)", "discrete_log(10**9 + 7, 123456789, 5)",
         "binomial_coefficients(3)", "binomial_coefficients(4)", "binomial_coefficients(0)", "binomial_coefficients_list(4)", "binomial_coefficients_list(0)", "multinomial_coefficients(2, 2)", "multinomial_coefficients(3, 2)", "multinomial_coefficients(3, 3)",
         "multinomial_coefficients(1, 3)", "multinomial_coefficients(0, 0)", "multinomial_coefficients(4, 2)", "continued_fraction(Rational(415, 93))", "continued_fraction(sqrt(2))", "continued_fraction(Rational(-3, 7))", "continued_fraction(1 + sqrt(3))",
         "continued_fraction(pi)", "continued_fraction(Rational(1, 2) + sqrt(2))", "continued_fraction(Rational(7, 1))", "continued_fraction(3)", "continued_fraction(sqrt(7))", "continued_fraction((1 + sqrt(5))/2)", "continued_fraction(-sqrt(2))",
         "continued_fraction(sqrt(4))", "continued_fraction(Rational(1, 3)*sqrt(2) + Rational(1, 4))", "continued_fraction(sqrt(61))", "continued_fraction_periodic(3, 2, 7)", "continued_fraction_periodic(-2, 1, 3)", "continued_fraction_periodic(4, 3, 0)",
         "continued_fraction_periodic(1, 2, 9)", "continued_fraction_periodic(1, 2)", "continued_fraction_periodic(0, 1, 2)", "continued_fraction_reduce([1, 2, 3])", "continued_fraction_reduce([2, 1, 4])", "continued_fraction_reduce([])", "continued_fraction_reduce([x, 2])",
         "list(continued_fraction_convergents([1, 2, 3]))", "list(continued_fraction_convergents([0, 2, 1, 2]))", "list(continued_fraction_iterator(Rational(3, 7)))", "list(continued_fraction_iterator(Rational(415, 93)))",
         "egyptian_fraction(Rational(3, 7))", "egyptian_fraction(Rational(7, 3))", "egyptian_fraction(Rational(4, 13))", "egyptian_fraction(3)", "egyptian_fraction(Rational(1, 2))", "egyptian_fraction(Rational(-1, 2))", "egyptian_fraction((3, 7))", "egyptian_fraction(S(2))",
         "integer_log(125, 5)", "integer_log(100, 5)", "integer_log(0, 2)", "integer_log(8, 1)", "integer_log(-8, 2)", "integer_log(9, -3)", "integer_log(1, 2)", "integer_log(1000, 10)",
         "trailing(24)", "trailing(0)", "trailing(-12)", "trailing(2**100)", "real_root(-8, 3)", "real_root(8, 3)", "real_root(-32, 5)", "real_root(-2, 3)", "real_root(-8.0, 3)", "real_root(16, 4)", "real_root(-16, 4)", "real_root(Rational(-1, 8), 3)",
         "npartitions(10)", "rf(3, 4)", "ff(5, 3)", "type(rf(x, Symbol('k')))"]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r), type(r).__name__ if not isinstance(r, (list, tuple, dict)) else type(r).__name__ + ':' + ','.join(sorted({type(v).__name__ for v in (r.values() if isinstance(r, dict) else r)})))
    except Exception as e:
        print(t, 'EXC', type(e).__name__, e)

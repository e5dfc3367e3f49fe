# latex() of Sum, Product, Derivative, sets and Limit; Range canonical form (sympy 1.14).
from sympy import *
x,y,n,k=symbols('x y n k'); f=Function('f')
S1=Sum(k,(k,1,n))
for e in [Sum(1/n**2,(n,1,oo)), Sum(k,(k,1,n)), Sum(x**k/factorial(k),(k,0,oo)), Product(k,(k,1,n)), Sum(k*n, (k,1,n),(n,1,3)), Derivative(x**2,x), Derivative(f(x),x), Derivative(f(x),x,2), Derivative(x**2*y,x,y), Derivative(x**3*y,x,2,y), Derivative(sin(x),x)**2, 2*Derivative(f(x),x), Sum(1/n,(n,1,oo))+1, Derivative(x+1,x), Sum(k+1,(k,1,n)), Sum(k,(k,1,n))**2, Derivative(f(x,y),x,y), Derivative(f(x),x)+f(x)]:
  print(latex(e))
for e in [x*S1, S1*x, 2*S1, S1/x, Derivative(x**2,x)*y, y*Derivative(x**2,x), Derivative(2*x*y,x), Derivative(-x,x),Sum(-k,(k,1,n)), Sum(k**2/2,(k,1,n)), Derivative(x**2,x)/y, -S1, Sum(k,(k,1,n))+Sum(k**2,(k,1,n)), Sum(k,(k,1,n),(n,1,2)), Product(1-1/k**2,(k,2,oo)), Sum(exp(k),(k,0,n)), Sum(sin(k),(k,0,n)), Derivative(f(x), (x, 3)), Derivative(x*y, y, x, x), Derivative(x**2, x, evaluate=False)**3, Product(k,(k,1,n))*2, x*Product(k,(k,1,n)),Sum(k,(k,1,n))*Sum(k**2,(k,1,n))]:
  print(latex(e))
m=Symbol('m',integer=True)
print(latex(Derivative(x**m,x)), latex(Derivative(f(x), x, y)))

x=symbols('x')
for e in [Interval(0,1), Interval.open(0,1), Interval.Lopen(0,1), Interval.Ropen(0,1), Interval(-oo,oo), Interval(0,oo), Interval.open(-oo,2),FiniteSet(1,2,3), FiniteSet(), S.EmptySet, S.Reals, S.Integers, S.Naturals, S.Naturals0, S.Complexes, S.Rationals, Union(Interval(0,1),Interval(2,3)), Union(Interval(0,1),FiniteSet(5)), Complement(S.Reals, Interval(0,1)), Intersection(Interval(0,x), Interval(1,3)), ConditionSet(x, Eq(sin(x),x), S.Reals), Range(1,10,2), Range(0,5), FiniteSet(x, Rational(1,2)), Limit(sin(x)/x,x,0), Limit(1/x,x,0,'-'), Limit(x,x,oo), Limit(x**2+1,x,2,'+-'), Limit(x, x, -oo), Interval(Rational(1,2), sqrt(2)), S.UniversalSet, FiniteSet(1,2)-FiniteSet(2),Union(Interval(2,3), FiniteSet(0)),Union(FiniteSet(x), Interval(0,1), Interval(5,6)),Complement(Interval(0,5), FiniteSet(x)), Intersection(FiniteSet(x,1), Interval(0,3)), Range(10,0,-2), Range(0,2), Range(0,1), Range(0,3), Range(0,oo), Range(5,1), solveset(x**2-4,x), solveset(x**2>4,x,S.Reals), Limit(sin(x)/x,x,0).doit()]:
  print(latex(e))

# request: {"prelude": "sympy"}
c = Circle(Point(0, 0), 5)
for l in [Line(Point(-10, 1), Point(10, 3)), Line(Point(10, 3), Point(-10, 1)), Line(Point(0,0),Point(1,1)), Line(Point(0,0),Point(-1,1)), Line(Point(0,3),Point(1,3)), Line(Point(3,0),Point(3,1)), Line(Point(1,0),Point(0,2))]:
    print(c.intersection(l))


for p, q in [((-7, 1), (7, 2)), ((1, -9), (2, 9)), ((-5, -5), (5, 5)), ((0, 5), (5, 0)), ((-3, 4), (3, 4)), ((0, -6), (1, 6))]:
    print(c.intersection(Line(Point(*p), Point(*q))), Segment(Point(*p), Point(*q)).intersection(c))
print(Circle(Point(1, 2), 3).intersection(Line(Point(0, 0), Point(1, 3))))
c = Circle(Point(0, 0), 5)
for d in [Circle(Point(4, 0), 3), Circle(Point(0, 4), 3), Circle(Point(1, 1), 2), Circle(Point(3, 4), 5), Circle(Point(10, 0), 5),
          Circle(Point(0, 0), 2), Circle(Point(0, 0), 5), Circle(Point(6, 8), 5), Circle(Point(2, 3), 4), Circle(Point(-3, 1), Rational(7, 2))]:
    print(c.intersection(d))
print(Circle(Point(1, 2), 3).intersection(Circle(Point(4, 6), 4)))
a = symbols('a', positive=True)
print(Circle(Point(0, 0), 2).intersection(Circle(Point(2, 0), 2)))

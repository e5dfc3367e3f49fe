from sympy import *
x, y = symbols('x y')
tests = '''Point(1, 2)
Point(0.5, 1)
Point(1, 2, 3)
Point(1, 2).x
Point(0, 7).distance(Point(1, 0))
Point(1, 2) + Point(3, 4)
Point(1, 2) - Point(3, 4)
Point(1, 2) * 2
2 * Point(1, 2)
Point(1, 2) / 2
-Point(1, 2)
Point(1, 2).midpoint(Point(3, 4))
Point.midpoint(Point(1,2), Point(3, 4))
Point(1, 2) == Point(1, 2)
Point(1, 2).args
Segment(Point(0, 0), Point(3, 4))
Segment(Point(0, 0), Point(3, 4)).length
Segment(Point(0, 0), Point(3, 4)).midpoint
Segment((0, 0), (3, 4))
Line(Point(0, 0), Point(1, 1))
Line(Point(0, 0), Point(1, 1)).equation()
Line(Point(0, 1), Point(2, 5)).equation()
Line(Point(0, 1), Point(2, 5)).slope
Line(Point(0, 0), Point(1, 1)).intersection(Line(Point(0, 2), Point(2, 0)))
Circle(Point(0, 0), 5)
Circle(Point(0, 0), 5).area
Circle(Point(0, 0), 5).circumference
Circle(Point(1, 2), 3).equation()
Circle(Point(0, 0), 5).center
Circle(Point(0, 0), 5).radius
Polygon(Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1))
Polygon(Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)).area
Polygon((0, 0), (0, 1), (1, 1), (1, 0)).area
Polygon(Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)).perimeter
Polygon(Point(0, 0), Point(4, 0), Point(0, 3))
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).area
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).perimeter
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).angles
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).circumcenter
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).circumradius
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).incenter
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).inradius
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).centroid
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).vertices
Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).sides
Polygon(Point(0,0), Point(1,0), Point(1,1)).vertices
Point(1, 2).distance(Line(Point(0, 0), Point(1, 0)))
Line(Point(0, 0), Point(1, 0)).distance(Point(1, 2))
Circle(Point(0,0), 5).intersection(Line(Point(0, 0), Point(1, 0)))
Point3D(1, 2, 3)
Point(1, 2).evalf()
Polygon("C", "B")
Point(1, 2).distance(Point(x, 3))
Triangle(Point(0,0), Point(1,0), Point(0,1)).is_right()
Segment(Point(0,0), Point(1,1)).slope
Triangle(Point(0,0),Point(1,0),Point(0,1)).area
Triangle(Point(0,0),Point(0,1),Point(1,0)).area
Polygon(Point(0,0),Point(2,0),Point(2,2),Point(0,2)).centroid
Polygon(Point(0,0),Point(2,0),Point(2,2),Point(0,2)).sides
Polygon(Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)).angles
Line(Point(0,0), Point(0,1)).slope
Line(Point(0,0), Point(1,1)).intersection(Line(Point(0,1), Point(1,2)))
Point(1,2).distance(Point(4,6))
Point(x, 0).distance(Point(0, y))
Segment(Point(0,0), Point(1,1)).length
Point(1,2)[0]
list(Point(1,2))
Circle(Point(0,0), 5).equation()
Circle(Point(1,2), Rational(1,2)).area
Point(Rational(1,3), 0.25)
Point(sqrt(2), 1)
Point(1, 2).dot(Point(3, 4))
Triangle(Point(0,0), Point(3,0), Point(0,4)).orthocenter
Line(Point(0,0), Point(1,2)).perpendicular_line(Point(1,2))
Line(Point(0,0), Point(1,2)).parallel_line(Point(1,0))
Line(Point(0,0), Point(1,2)).is_parallel(Line(Point(1,0), Point(2,2)))
Line(Point(0,0), Point(1,2)).is_perpendicular(Line(Point(0,0), Point(2,-1)))
Point(1,2).is_collinear(Point(2,4), Point(3,6))
Point.is_collinear(Point(1,2), Point(2,4), Point(3,6))
Segment(Point(0,0), Point(2,0)).perpendicular_bisector()
Circle(Point(-3, -12), 6).center.distance(Point(x, y))
sqrt(Circle(Point(-3, -12), 6).center.distance(Point(x, y)))
simplify(Circle(Point(-3, -12), 6).center.distance(Point(x, y)))
0.5 * (Point(0, 7).distance(Point(1, 0)) + Point(1, 0).distance(Point(12, -2)))
type(Point(1, 2)).__name__, isinstance(Point(1, 2), Point)
Segment(Point(0, 0), Point(4, 0)).intersection(Segment(Point(2, -1), Point(2, 1)))
Triangle(Point(0, 0), Point(2, 0), Point(1, 3)).area'''.split('\n')
for t in tests:
    try:
        print(t, '=>', eval(t))
    except Exception as e:
        print(t, '=>', type(e).__name__, e)
print(FiniteSet(1.5, 2), Interval(0.5, 2.5), Circle(Point(0,0), 1.5), Segment(Point(0.5,0),Point(1,1)))
print(Line(Point(0,0), Point(0,2)).perpendicular_line(Point(0,1)))

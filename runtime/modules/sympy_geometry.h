/* runtime/modules/sympy_geometry.h — sympy.geometry in the plane (and Point3D): Point, Segment,
 * Line, Circle, Polygon and Triangle with the properties programs ask for (distance, midpoint,
 * length, slope, equation, intersection, area, perimeter, angles, centroid, circumcenter,
 * incenter ...), printed as sympy prints them (Point2D(1, 2), Segment2D(...), Triangle(...)). */
#ifndef TIRBOX_SYMPY_GEOMETRY_H
#define TIRBOX_SYMPY_GEOMETRY_H

#include "runtime/lang/obj.h"

/* Adds the geometry classes to the module. */
void sympy_geometry_init(Obj *module);

#endif

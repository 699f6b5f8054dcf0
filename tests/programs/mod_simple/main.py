# Two modules: `import geometry` and `from geometry import ...` used side by side.
import geometry
from geometry import Vector, dot, ORIGIN

a = Vector(1, 2)
b = geometry.Vector(3, -4)
print(a, b, a.add(b), dot(a, b), geometry.dot(b, b))
print(ORIGIN, geometry.ORIGIN, geometry.UNIT_COUNT, geometry.scale(a, 5))
path = [Vector(i, i * i) for i in range(4)]
print(path, geometry.length_sq(path[-1]), geometry.total(path))

# A package with __init__, submodules and a subpackage; relative and absolute imports.
import shapes
from shapes import circle
from shapes.square import Square, describe
from shapes.util.fmt import banner

print(banner("shapes"))
print(shapes.VERSION, shapes.registry_names())
c = circle.Circle(2)
s = Square(3)
print(c.area_x100(), s.area(), describe(s), circle.describe(c))
for name in shapes.registry_names():
    print(name, shapes.make(name, 4))
print(banner("done", width=12))

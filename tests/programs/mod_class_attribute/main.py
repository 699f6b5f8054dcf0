"""A class reached through its module (`shapes.Square.SIDES`): its class
attributes, static and class methods, methods as values and enum members,
as through the class's own name (it was "module attribute 'shapes.Square'
is not supported")."""

import shapes
from shapes import Square

print(shapes.Square.SIDES, shapes.Square.name, Square.SIDES)
print(shapes.Square.unit().area(), shapes.Square.doubled(3).area())
area = shapes.Square.area
print(area(shapes.Square(5)), shapes.Color.BLUE, shapes.Color.RED.value)
print(isinstance(Square(2), shapes.Square), shapes.Square(3).area())

"""json.JSONEncoder: a subclass overriding default, encode with the constructor's options, default= and the errors."""
import json
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class PointEncoder(json.JSONEncoder):
    def default(self, o: object) -> object:
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


enc = PointEncoder()
print(enc.encode([Point(1, 2), {"p": Point(3, 4)}, 2j]))
print(PointEncoder(indent=2, sort_keys=True).encode({"b": Point(0, 0), "a": [1.5, None, True]}))
print(PointEncoder(separators=(",", ":")).encode({"k": [Point(5, 6)]}))
print(json.JSONEncoder().encode({"a": [1, "é"]}), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(json.JSONEncoder(default=lambda o: str(o)).encode([Point(7, 8)]))
try:
    json.JSONEncoder().encode([object()])
except TypeError as e:
    print("TypeError:", e)
try:
    PointEncoder().encode(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder(allow_nan=False).encode(float("nan"))
except ValueError as e:
    print("ValueError:", e)
# cls= of dumps and dump: the encoder class, made with dumps' options
print(json.dumps([Point(1, 2), 3], cls=PointEncoder), json.dumps({"b": Point(3, 4), "a": 1}, cls=PointEncoder,
                                                                   indent=1, sort_keys=True))
print(json.dumps([1.5], cls=json.JSONEncoder, separators=(",", ":")))
try:
    json.dumps([object()], cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

"""Property setters (@x.setter): plain, chained through another setter,
overridden in a subclass, in a generic class, raising."""

from typing import Generic, TypeVar

T = TypeVar("T")


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._c = celsius
        self.writes = 0

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
        self.writes += 1

    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9


class Counter:
    def __init__(self) -> None:
        self._n = 0

    @property
    def n(self) -> int:
        return self._n

    @n.setter
    def n(self, v: int) -> None:
        print("set", v)
        self._n = v


class Loud(Counter):
    @property
    def n(self) -> int:
        return self._n * 10

    @n.setter
    def n(self, v: int) -> None:
        print("loud set", v)
        self._n = v + 1


class Slot(Generic[T]):
    def __init__(self, v: T) -> None:
        self._v = v
        self.history: list[T] = []

    @property
    def value(self) -> T:
        return self._v

    @value.setter
    def value(self, v: T) -> None:
        self.history.append(self._v)
        self._v = v


class Holder:
    def __init__(self) -> None:
        self.temp = Temperature(0.0)


s = Slot(1)
s.value = 2
s.value += 40
print(s.value, s.history)
w = Slot("a")
w.value = w.value + "b"
print(w.value, w.history)
h = Holder()
h.temp.celsius = 12.5
h.temp.celsius *= 2
print(h.temp.celsius, h.temp.writes)
t = Temperature(20.0)
print(t.celsius, t.fahrenheit)
t.celsius = 30.0
print(t.celsius, t.fahrenheit, t.writes)
t.fahrenheit = 212.0
print(t.celsius, t.writes)
try:
    t.celsius = -300.0
except ValueError as e:
    print("ValueError:", e)
print(t.celsius, t.writes)
cs: list[Counter] = [Counter(), Loud()]
for c in cs:
    c.n = 5
    c.n += 2
    print(c.n)
t.celsius = -500.0

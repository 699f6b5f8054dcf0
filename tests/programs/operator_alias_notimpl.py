"""Operator methods as classes write them: `__rmul__ = __mul__` (one method,
two names), and NotImplemented in a conditional expression
(`return x if ok else NotImplemented`: only in __eq__ here, where typeguard,
checking the reference run, lets NotImplemented pass for a bool)."""


class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x)

    def __radd__(self, o: int) -> "V":
        if o >= 0:
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, k: int) -> "V":
        return V(self.x * k)

    __rmul__ = __mul__

    def __eq__(self, o: object) -> bool:
        return self.x == o.x if isinstance(o, V) else NotImplemented

    def __repr__(self) -> str:
        return f"V({self.x})"


vs = [V(1), V(2), V(3)]
print(sum(vs, V(0)), 3 * V(2), V(2) * 3, V(1) == V(1), V(1) == 1, V(1) != "a", 4 + V(1))

"""super(C, obj) names the class above which the search starts: C.foo
calling super(B, self).foo() skips B's foo (it ran B's before)."""


class A:
    def __init__(self, x: int) -> None:
        self.x = x

    def foo(self, x: int) -> int:
        return x * 10

    def name(self) -> str:
        return "A"


class B(A):
    def __init__(self, x: int, y: int) -> None:
        super().__init__(x)
        self.y = y

    def foo(self, x: int) -> int:
        return super().foo(x + 1)

    def name(self) -> str:
        return "B>" + super().name()


class C(B):
    def __init__(self, x: int, y: int) -> None:
        super(C, self).__init__(x, y + 1)

    def foo(self, x: int) -> int:
        return super(B, self).foo(x + 1)   # A's foo, not B's

    def name(self) -> str:
        return "C>" + super(C, self).name() + "|" + super(B, self).name()


c = C(10, 20)
print(c.x, c.y, c.foo(10), B(1, 2).foo(10), c.name())

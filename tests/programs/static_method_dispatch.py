"""Static and class methods called through an instance are looked up on the
instance's class at run time, as any method: a subclass's redefinition runs
(unicc called the static type's), with keyword-only parameters added by the
override and a narrower result."""


class A:
    @classmethod
    def foo(cls, *, x: int = 0) -> str:
        return f"A.foo {cls.__name__} {x}"

    @staticmethod
    def bar(*, x: int = 0) -> str:
        return f"A.bar {x}"

    @staticmethod
    def baz() -> object:
        return None


class B(A):
    @classmethod
    def foo(cls, *, y: int = 0, x: int = 0) -> str:
        return f"B.foo {cls.__name__} {x} {y}"

    @staticmethod
    def bar(*, y: int = 0, x: int = 0) -> str:
        return f"B.bar {x} {y}"

    @staticmethod
    def baz() -> int:
        return 10


class C(B):
    pass


def use(a: A) -> None:
    print(a.foo(x=1), "|", a.bar(x=2), "|", a.baz())


calls = 0


def make(a: A) -> A:
    global calls
    calls += 1
    return a


for obj in [A(), B(), C()]:
    use(obj)
print(make(C()).bar(), calls)

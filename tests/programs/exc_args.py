"""BaseException.args: several constructor arguments, str() and repr() of
zero, one and several, KeyError's repr, user classes that call
super().__init__ with other arguments, that do not call it (args keeps what
the constructor got positionally), keyword arguments, __str__ overrides,
attributes, SystemExit.code and StopIteration.value."""


class MyErr(Exception):
    def __init__(self, a: int, b: str) -> None:
        super().__init__(a, b)
        self.a = a


class NoSuper(Exception):
    def __init__(self, a: int, b: str = "dflt") -> None:
        self.b = b


class Renamed(ValueError):
    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code


class Pretty(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what, 42)
        self.what = what

    def __str__(self) -> str:
        return f"pretty<{self.what}>"


class Empty(LookupError):
    pass


class KeyLike(KeyError):
    pass


def show(e: BaseException) -> None:
    print(f"[{e}]", repr(e), e.args, len(e.args))


show(ValueError(1, "x"))
show(ValueError())
show(ValueError(None))
show(ValueError(""))
show(ValueError(3.5, True, None, [1, 2]))
show(KeyError("k"))
show(KeyError(7))
show(KeyError("a", "b"))
show(KeyError())
show(KeyLike("kk"))
show(MyErr(3, "q"))
show(NoSuper(4, "z"))
show(NoSuper(5))
show(NoSuper(a=6, b="kw"))
show(Renamed(9))
show(Pretty("p"))
show(Empty())
show(Empty("only"))
show(Empty(1, 2))
show(OSError("x"))
show(OSError("e", "text"))
show(RuntimeError(("t", 1)))
m = MyErr(1, "w")
print(m.a, m.args[0], m.args[1])
r = Renamed(2)
print(r.code, str(r))
n = NoSuper(8)
n.b = "changed"
print(n.b, n.args)
first = ValueError(1, 2).args[0]
print(first)
try:
    raise MyErr(10, "ten")
except Exception as e:
    print("caught", e, e.args)
try:
    assert 1 > 2, 12
except AssertionError as e:
    show(e)
try:
    assert 1 > 2
except AssertionError as e:
    show(e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit("bye", 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
s = StopIteration(5)
print(s.value, s.args)
d: dict[tuple[int, int], str] = {}
try:
    print(d[(1, 2)])
except KeyError as e:
    show(e)
st: set[str] = set()
try:
    st.remove("gone")
except KeyError as e:
    show(e)
try:
    st.pop()
except KeyError as e:
    show(e)
try:
    d.popitem()
except KeyError as e:
    show(e)
raise MyErr(1, "final")

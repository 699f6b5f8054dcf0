"""A keyword given twice in one call, by a keyword and a `**d` key or by two
dicts' keys, whether it names a parameter or goes into **kwargs: CPython's
TypeError ("got multiple values for keyword argument"), raised before the
function runs; distinct keys merge in the call's order."""

from typing import Callable


def va(*args: int, **kw: int) -> str:
    return f"{args} {sorted(kw.items())}"


def named(a: int, b: int = 0, **kw: int) -> str:
    return f"{a} {b} {kw}"


class Box:
    def put(self, **kw: str) -> str:
        return ",".join(f"{k}={v}" for k, v in kw.items())


def attempt(label: str, f: Callable[[], str]) -> None:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)


def main() -> None:
    d = {"a": 1, "z": 26}
    e = {"z": 0}
    attempt("kw then dict", lambda: va(a=2, **d))
    attempt("dict then kw", lambda: va(**d, a=2))
    attempt("two dicts", lambda: va(**d, **e))
    attempt("distinct", lambda: va(1, q=5, **e))
    attempt("param twice", lambda: named(a=1, **d))
    attempt("param by dict", lambda: named(**d))
    attempt("param positional", lambda: named(1, **d))
    attempt("kwargs only", lambda: named(5, **e, y=1))
    s = {"k": "v"}
    attempt("method", lambda: Box().put(k="w", **s))
    attempt("method ok", lambda: Box().put(j="w", **s))

main()

"""Locals read where no assignment reached them raise UnboundLocalError (a NameError):
an empty loop, one branch, after del, after an except handler, in generators."""
from typing import Callable, Iterator


def after_del(n: int) -> int:
    x = n * 2
    y = x + 1
    del x
    if n > 5:
        x = 7
    return x + y


def del_twice() -> None:
    z = [1]
    del z
    del z


def handler_name() -> str:
    try:
        raise ValueError("boom")
    except ValueError as err:
        msg = str(err)
    return msg


def branches(k: int) -> float:
    if k == 1:
        v = 1.5
    elif k == 2:
        v = 2.5
    return v


def loop_first(n: int) -> int:
    out = 0
    prev: int
    for k in range(n):
        if k > 0:
            out += prev
        prev = k * 10
    return out


def while_var(n: int) -> int:
    while n > 0:
        last = n
        n -= 1
    return last


def gen(n: int) -> Iterator[int]:
    for q in range(n):
        yield q
    yield q


def in_try(n: int) -> int:
    try:
        w = 10 // n
    except ZeroDivisionError:
        pass
    return w


def flag_var(b: bool) -> bool:
    if b:
        ok = True
    return ok


print(handler_name(), after_del(9), loop_first(4), while_var(3), list(gen(3)), in_try(2), branches(2), flag_var(True))
tests: list[Callable[[], object]] = [
    lambda: after_del(2), lambda: del_twice(), lambda: branches(3),
    lambda: while_var(0), lambda: list(gen(0)), lambda: in_try(0), lambda: flag_var(False),
]
for t in tests:
    try:
        t()
        print("no error")
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    except NameError as e:
        print("NameError:", e)
def loop_var(n: int) -> int:
    for i in range(n):
        pass
    return i


def one_branch(flag: bool) -> str:
    if flag:
        s = "yes"
    return s


def summed(xs: list[int]) -> int:
    total = 0
    for x in xs:
        total += x
    return total


print(loop_var(3), one_branch(True), summed([1, 2]))
try:
    print(loop_var(0))
except NameError as e:
    print("NameError:", e)


def del_param(p: int) -> int:
    del p
    return p


def cleared(n: int) -> list[int]:
    out = []
    for k in range(n):
        try:
            if k % 2:
                raise KeyError(k)
            got = k
        except KeyError as ex:
            out.append(-1)
            continue
        out.append(got)
        del got
    return out


print(cleared(5))
try:
    del_param(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(one_branch(False))

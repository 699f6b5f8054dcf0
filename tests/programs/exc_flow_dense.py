"""try/except/else/finally with return, break and continue in finally and in
loops (a return in finally swallows the exception), exceptions raised in
except and finally blocks, nested re-raise with bare raise, except (A, B)."""


def f1() -> int:
    try:
        raise ValueError("x")
    finally:
        return 1


def f2() -> str:
    last = -1
    for i in range(3):
        last = i
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return f"i={last}"


def f3() -> list[int]:
    out: list[int] = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError:
            continue
        else:
            out.append(100 + i)
        finally:
            out.append(-i)
    return out


def f4() -> int:
    try:
        return 1
    finally:
        print("f4 finally")


def f5() -> int:
    try:
        try:
            return 1
        finally:
            raise ValueError("replaced")
    except ValueError as e:
        print("f5", e)
        return 2


def f6() -> int:
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("f6 x", x)


def f7() -> str:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
        finally:
            print("f7 inner finally")
    except ValueError as e:
        return f"f7 {e!r} {e.__context__!r}"


def f8() -> int:
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("f8 finally", n)
    return n


def f9() -> str:
    try:
        raise IndexError("i")
    except (KeyError, IndexError) as e:
        return f"f9 {type_name(e)} {e}"


def type_name(e: BaseException) -> str:
    if isinstance(e, IndexError):
        return "IndexError"
    if isinstance(e, KeyError):
        return "KeyError"
    return "other"


def f10() -> None:
    try:
        try:
            raise ValueError("first")
        except ValueError:
            try:
                raise TypeError("second")
            except TypeError:
                pass
            raise
    except ValueError as e:
        print("f10 reraised", e)


def f11() -> int:
    for i in range(3):
        try:
            try:
                if i == 2:
                    return i * 10
            finally:
                print("f11 inner", i)
        finally:
            print("f11 outer", i)
    return -1


def f12() -> str:
    r = ""
    for i in range(4):
        try:
            r += str(i)
            if i == 2:
                raise RuntimeError("stop")
        except RuntimeError:
            r += "E"
            break
        else:
            r += "e"
        finally:
            r += "f"
    else:
        r += "LOOPELSE"
    return r


def f13() -> int:
    try:
        raise ValueError("lost")
    except ValueError:
        return 5
    finally:
        print("f13 finally")


def f14() -> None:
    e2: Exception | None = None
    try:
        raise ValueError("named")
    except ValueError as e:
        e2 = e
    print("f14", repr(e2))


def f15() -> int:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            return 1
        finally:
            print("f15 finally")


def f16() -> str:
    try:
        try:
            raise ValueError("in")
        finally:
            print("f16 fin1")
    except KeyError:
        return "wrong"
    except ValueError as e:
        return f"right {e}"
    finally:
        print("f16 fin2")


def f17() -> int:
    total = 0
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 1:
                    break
                total += 10 * i + j
            finally:
                total += 100
    return total


print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
print(f8())
print(f9())
f10()
print(f11())
print(f12())
print(f13())
f14()
print(f15())
print(f16())
print(f17())

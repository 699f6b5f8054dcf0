# raise / try / except / else / finally ordering, with builtin exceptions and messages.


def risky(n: int) -> int:
    print("risky", n)
    if n == 0:
        raise ValueError("zero not allowed")
    if n < 0:
        raise KeyError("negative")
    return 100 // n


for n in [5, 0, -1, 3]:
    try:
        r = risky(n)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e, repr(str(e)))
    else:
        print("ok", r)
    finally:
        print("finally", n)

data = [1, 2, 3]
table = {"a": 1}
cases: list[str] = ["index", "key", "zero", "int", "none"]
for case in cases:
    try:
        if case == "index":
            print(data[10])
        elif case == "key":
            print(table["missing"])
        elif case == "zero":
            print(1 // (len(data) - 3))
        elif case == "int":
            print(int("12x"))
        else:
            print("no error")
    except IndexError as e:
        print("caught IndexError", e)
    except KeyError as e:
        print("caught KeyError", e)
    except ZeroDivisionError as e:
        print("caught ZeroDivisionError", e)
    except ValueError as e:
        print("caught ValueError", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare raise message:", repr(str(e)))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        print("handling inner, re-raising")
        raise
except TypeError as e:
    print("outer got", e)

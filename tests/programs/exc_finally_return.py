# return inside try/except/finally: which value wins, and when cleanup runs.


def plain() -> str:
    try:
        return "from try"
    finally:
        print("  cleanup plain")


def overridden() -> str:
    try:
        return "from try"
    finally:
        return "from finally"


def swallowed() -> str:
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


def except_return(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError:
        print("  divide by zero, returning -1")
        return -1
    finally:
        print("  finally for", n)


def counter_in_finally() -> list[int]:
    log: list[int] = []
    for i in range(4):
        try:
            if i == 2:
                return log
            log.append(i)
        finally:
            log.append(100 + i)
    return log


def loop_return() -> int:
    total = 0
    while True:
        try:
            total += 1
            if total == 3:
                return total * 100
        finally:
            print("  loop finally", total)


print(plain())
print(overridden())
print(swallowed())
print(except_return(5), except_return(0))
print(counter_in_finally())
print(loop_return())

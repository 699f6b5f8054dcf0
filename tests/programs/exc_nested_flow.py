# Exceptions propagating through several frames, cleanup order and re-raising with from.


def level3(n: int) -> int:
    print("    level3 start", n)
    try:
        if n == 2:
            raise ValueError(f"bad n {n}")
        return n * 10
    finally:
        print("    level3 cleanup", n)


def level2(n: int) -> int:
    print("  level2 start", n)
    try:
        return level3(n) + 1
    except KeyError:
        print("  level2 never catches this")
        return -1
    finally:
        print("  level2 cleanup", n)


def level1(n: int) -> int:
    try:
        return level2(n)
    except ValueError as e:
        print("level1 caught", e)
        raise RuntimeError(f"wrapped {e}")


for n in [1, 2]:
    try:
        print("result", level1(n))
    except RuntimeError as e:
        print("top caught", e)
results: list[str] = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise KeyError(i)
            results.append(f"ok{i}")
        except KeyError:
            results.append(f"inner{i}")
            if i == 3:
                raise
    except KeyError as e:
        results.append(f"outer{e}")
print(results)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally while propagating")
except ValueError as e:
    print("after finally", e)

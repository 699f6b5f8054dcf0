"""A generator expression passed to bytes(), bytearray() or bytearray.extend()
evaluates its first iterable once, when it is made, as CPython does (it was
evaluated twice: once making the generator, once by the loop run in place)."""

calls: list[str] = []


def n() -> int:
    calls.append("n")
    return 3


print(bytes(1 for _ in range(n())), calls)
print(bytearray(2 for _ in range(n())), calls)
print(list(1 for _ in range(n())), calls)
print(tuple(1 for _ in range(n())), calls)
print(set(1 for _ in range(n())), calls)
print(sum(1 for _ in range(n())), calls)
print("".join("a" for _ in range(n())), calls)
print(bytes([1 for _ in range(n())]), calls)
print(bytes(x for x in [n(), n()]), calls)
ba = bytearray()
ba.extend(x for x in range(n()))
print(ba, calls)

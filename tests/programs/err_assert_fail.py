# Assertions that pass, then one that fails with a message (uncaught AssertionError).


def checked_div(a: int, b: int) -> int:
    assert b != 0, "divisor must be nonzero"
    q = a // b
    assert q * b <= a
    return q


print(checked_div(10, 3), checked_div(-7, 2))
try:
    checked_div(1, 0)
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("caught bare:", repr(str(e)))
stack = [1, 2, 3]
while stack:
    top = stack.pop()
    print("popped", top)
    assert top > 1, f"stack bottom reached with {top}, remaining {stack}"

"""A Buffer over bytes is read only (bytes are immutable), as CPython's memoryview: every write raises TypeError, after the bounds check; views of bytearrays stay writable."""
from typing import Callable

from unicc_buf import Buffer

data = b"ab"
try:
    Buffer(data).set_u8(0, 0x7A)
except TypeError as e:
    print("TypeError", e)
print(data)
ba = bytearray(b"xyz")
v = Buffer(ba)
v.set_u8(1, 0x41)
print(ba, v.get_u8(1))
ro = Buffer(b"hello")
print(ro.get_u8(0), ro.slice(1, 3).get_u8(0), ro[4], len(ro.slice(1, 3)))


def put(b: Buffer) -> None:
    b[0] = 1


tries: list[Callable[[], None]] = [lambda: ro.write(0, b"J"), lambda: ro.slice(1, 5).set_u16_be(0, 1), lambda: v.set_u8(9, 1),
          lambda: put(ro), lambda: put(Buffer(ba).slice(2, 3)), lambda: ro.set_u8(99, 1)]
for f in tries:
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba, ro.tobytes())

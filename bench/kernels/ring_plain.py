"""Single-producer single-consumer ring as people write it in pure Python:
`int` head and tail indices kept to 32 bits by `& 0xFFFFFFFF` and masked
into a power-of-two `list[int]`.

argv: PAIRS, as ring.py (the same work, the same output); its C twin is
ring.c, whose uint32_t indices wrap where these are masked.
"""

import sys

ORDER = 8


class Ring:
    def __init__(self, order: int, start: int) -> None:
        self.slots = [0] * (1 << order)
        self.size = 1 << order
        self.mask = (1 << order) - 1
        self.head = start
        self.tail = start

    def push(self, v: int) -> bool:
        if (self.head - self.tail) & 0xFFFFFFFF == self.size:
            return False
        self.slots[self.head & self.mask] = v
        self.head = (self.head + 1) & 0xFFFFFFFF
        return True

    def pop(self) -> int:
        """The oldest value, or -1 when the ring is empty."""
        if self.head == self.tail:
            return -1
        v = self.slots[self.tail & self.mask]
        self.tail = (self.tail + 1) & 0xFFFFFFFF
        return v


def main(argv: list[str]) -> None:
    pairs = int(argv[1]) if len(argv) > 1 else 200000
    ring = Ring(ORDER, 0xFFFFFF00)
    for i in range(1 << (ORDER - 1)):
        ring.push(i)
    h = 0
    for i in range(pairs):
        if not ring.push(i):
            h ^= 1
        h = (h * 31 + ring.pop()) & 0xFFFFFFFF
    print(h, ring.head, ring.tail)


if __name__ == "__main__":
    main(sys.argv)

"""Single-producer single-consumer ring: u32 free-running head and tail
indices masked into a power-of-two list[int], as in a virtio or Xen ring.

argv: PAIRS.  The indices start just below 2**32 so that they wrap during
the run.  Half the ring is filled first, then PAIRS push/pop pairs run.
Prints a hash of the popped values and the final indices.
"""

import sys

from unicc_types import u32

ORDER = 8


class Ring:
    def __init__(self, order: int, start: u32) -> None:
        self.slots: list[int] = [0] * (1 << order)
        self.size = u32(1 << order)
        self.mask = u32((1 << order) - 1)
        self.head = start
        self.tail = start

    def push(self, v: int) -> bool:
        if self.head - self.tail == self.size:
            return False
        self.slots[int(self.head & self.mask)] = v
        self.head = self.head + u32(1)
        return True

    def pop(self) -> int:
        """The oldest value, or -1 when the ring is empty."""
        if self.head == self.tail:
            return -1
        v = self.slots[int(self.tail & self.mask)]
        self.tail = self.tail + u32(1)
        return v


def main(argv: list[str]) -> None:
    pairs = int(argv[1]) if len(argv) > 1 else 200000
    ring = Ring(ORDER, u32(0xFFFFFF00))
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

# GC churn: allocates far more in total than the heap holds (the test builds it
# with --heap 4M) while keeping a bounded window of recent rounds alive, then
# checks that nothing in the window was corrupted by a collection.  Strings
# span small size classes and multi-block large objects; dicts and a linked
# chain of small objects give the collector pointer-rich structures to trace.

ROUNDS = 9000
WINDOW = 8
ALPHA = "abcdefghijklmnopqrstuvwxyz"


class Node:
    def __init__(self, key: int, label: str, nxt: "Node | None") -> None:
        self.key = key
        self.label = label
        self.nxt = nxt


class Round:
    def __init__(self, n: int) -> None:
        self.n = n
        self.texts: list[str] = []
        self.index: dict[str, int] = {}
        self.chain: Node | None = None


def text_size(n: int, i: int) -> int:
    return 16 + (n * 37 + i * 101) % 3000


def make_round(n: int) -> Round:
    r = Round(n)
    for i in range(32):
        s = ALPHA[(n + i) % 26] * text_size(n, i) + str(i)
        r.texts.append(s)
        r.index[str(n) + ":" + str(i)] = len(s)
        r.chain = Node(i, ALPHA[i % 26] + str(n), r.chain)
    return r


def check_round(r: Round) -> int:
    """Recomputes what make_round stored; returns a checksum, -1 on damage."""
    total = 0
    for i, s in enumerate(r.texts):
        if len(s) != text_size(r.n, i) + len(str(i)) or s[0] != ALPHA[(r.n + i) % 26]:
            return -1
        if r.index[str(r.n) + ":" + str(i)] != len(s):
            return -1
        total += len(s)
    node = r.chain
    want = 31
    while node is not None:
        if node.key != want or node.label != ALPHA[want % 26] + str(r.n):
            return -1
        want -= 1
        node = node.nxt
    return total if want == -1 else -1


def main() -> None:
    window: list[Round] = []
    allocated = 0
    checksum = 0
    for n in range(ROUNDS):
        r = make_round(n)
        window.append(r)
        if len(window) > WINDOW:
            old = window.pop(0)
            got = check_round(old)
            if got < 0:
                print("damaged round", old.n)
                return
            checksum = (checksum * 31 + got) % 1000000007
        allocated += sum(len(s) for s in r.texts)
        if n % 1000 == 0:
            print(n, len(window), checksum)
    for r in window:
        checksum = (checksum * 31 + check_round(r)) % 1000000007
    print("checksum", checksum)
    print("allocated at least 400 MiB of text:", allocated >= 400 << 20)


main()

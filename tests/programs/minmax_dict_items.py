# min() and max() over a dict's items() (and over zip of pairs), with and
# without key=: each item is a (key, value) tuple, as CPython gives it.


class Entry:
    def __init__(self, mac: str, expires: int) -> None:
        self.mac = mac
        self.expires = expires


def main() -> None:
    entries = {"10.0.0.1": Entry("aa", 30), "10.0.0.7": Entry("bb", 10), "10.0.0.3": Entry("cc", 20)}
    first = min(entries.items(), key=lambda kv: kv[1].expires)
    print("first to expire:", first[0], first[1].mac)
    last = max(entries.items(), key=lambda kv: kv[1].expires)
    print("last to expire:", last[0], last[1].mac)
    counts = {"b": 2, "a": 2, "c": 1}
    print(min(counts.items()), max(counts.items()))
    print(max(counts.items(), key=lambda kv: kv[1]))     # ties: the first of the largest
    print(min(counts.items(), key=lambda kv: kv[1]))
    print(min({1: "x"}.items()))
    try:
        min({}.items())
    except ValueError as e:
        print(type(e).__name__, e)
    print(min({}.items(), default=None))
    print(max(zip("abc", [3, 1, 2]), key=lambda p: p[1]))


main()

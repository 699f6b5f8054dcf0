# The `in` / `not in` operators across str, bytes, list, tuple, dict, set and range.

print("ell" in "hello", "" in "", "x" not in "abc", "HE" in "hello".upper())
print(b"\x00" in b"a\x00b", b"zz" in b"zaz", 0 in b"\x00", 255 in bytearray(b"\xff"))
print(3 in [1, 2, 3], [1] in [[1], [2]], "a" in ["b", "a"], (1, 2) in [(1, 2)], 4 not in [1])
print(2 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
print(5 in {5, 6}, 7 in set(), 10 in range(0, 20, 5), 11 in range(0, 20, 5), -1 in range(-5, 0))
print(1.0 in [1, 2], True in [1], 0 in [False], None in [None], None in [0, ""])
words = {"apple", "pear"}
basket = ["apple", "kiwi", "pear", "plum", "apple"]
print([w for w in basket if w in words], [w for w in basket if w not in words])
stop = ("the", "a", "of")
text = "the art of the deal is a skill"
print([w for w in text.split() if w not in stop])


class Bag:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __contains__(self, x: int) -> bool:
        print("  checking", x)
        return x in self.items


bag = Bag([1, 3, 5])
print(3 in bag, 4 in bag, 4 not in bag)
grid = [[1, 2], [3, 4]]
print(any(4 in row for row in grid), all(1 in row for row in grid))

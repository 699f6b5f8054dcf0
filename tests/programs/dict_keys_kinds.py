# dict keys of every supported kind: int (incl. negative), str, bytes, tuples of them.

by_int: dict[int, str] = {}
for k in [5, -1, 0, 1000000007, -9223372036854775807, 5, 42]:
    by_int[k] = f"v{k}"
print(by_int, len(by_int), by_int[-1], 0 in by_int, 7 in by_int)
by_str = {"": 0, "a": 1, "\u00e9": 2, "long key with spaces": 3}
by_str["a"] += 10
print(by_str, by_str[""], "\u00e9" in by_str, "e" in by_str)
by_bytes: dict[bytes, int] = {b"\x00": 0, b"abc": 1, b"": 2}
by_bytes[b"abc"] = 7
by_bytes[bytes([0])] = 9
print(by_bytes, by_bytes[b"\x00"], b"ab" + b"c" in by_bytes)
by_tuple: dict[tuple[int, str, bytes], int] = {}
for i in range(3):
    by_tuple[(i, str(i), bytes([i]))] = i * i
print(by_tuple, by_tuple[(2, "2", b"\x02")], (1, "1", b"\x02") in by_tuple)
nested_keys: dict[tuple[tuple[int, int], str], bool] = {((1, 2), "x"): True, ((2, 1), "x"): False}
print(nested_keys[((2, 1), "x")], len(nested_keys))
many: dict[int, int] = {}
for i in range(1000):
    many[i * 7919 % 1009] = i
print(len(many), many[0], many[1], many[1008], sum(many.values()))
for k in list(many):
    if k % 10:
        del many[k]
print(len(many), list(many.items())[:5])
for k in range(0, 1009, 100):
    many[k] = -k
print(list(many.items())[-5:], len(many))
words: dict[str, list[int]] = {}
for pos, w in enumerate("a b a c b a".split()):
    words.setdefault(w, []).append(pos)
print(words, sorted(words, key=lambda w: -len(words[w])))

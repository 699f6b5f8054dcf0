# `x in {3, 4, 5}` and `x not in ("a", "b")`: membership in a display of int
# or str literals (compiled as comparisons, no container built), next to
# the forms that still build one.

calls = 0


def probe(v: int) -> int:
    global calls
    calls += 1
    return v


hits = 0
for i in range(-3, 12):
    if i in {3, 4, 5}:
        hits += 1
    if i not in [0, -1, 2 ** 3, 1 << 2]:
        hits += 10
    if i in (7,):
        hits += 100
    print(i, i in {3, 4, 5, 4}, i not in (-2, 9), i in [-(2 ** 62), 9223372036854775807, 10])
print(hits)
print(probe(4) in {1, 2, 4}, probe(5) not in {5}, calls)
flag = True
print(flag in {1, 2}, False in (0,), True in [2, 3], flag not in {0})
for word in ["yes", "no", "", "é", "maybe"]:
    print(word, word in {"yes", "no"}, word not in ("", "é"), word in ["maybe", "yes", "no", "é"])
x = 2.0
print(x in {1, 2, 3}, 2 in {1.0, 2.5}, 1 < 2 in {2}, (3 in {1, 2, 3}) == True)
big = 1 << 40
print(big in {1 << 40, 3}, -big in (-(1 << 40),), big + 1 in {1 << 40})

"""A set operation as the right operand of `&`: mypy types `t | {x}` in
`s & (t | {x})` as set[object] (the context AbstractSet[object]) though its
items are all ints; unicc stores it like s and computes s & it on ints
(found by tests/gen_programs.py, seed 100008)."""


def ops(s: set[int], t: set[int], x: int) -> None:
    print(sorted(s & (t | {x})), sorted(s & (t ^ {x, 1})), sorted(s & (t - {x})))
    print(sorted(s & (t & {x, 2})), sorted(s & ({x} | t)), sorted(s & (t | {x} | {x + 1})))
    print(sorted(set(range(0, 4)) & (t | {x % 7})), sorted(s ^ (t | {x})), sorted(s - (t | {x})))
    print(sorted(s & (s & (t | {x}))), sorted(s & (t | set([x]))), sorted(s & (t | {w for w in [x, 0]})))
    u = s & (t | {x})
    u.add(-1)
    print(sorted(u), len(s & (t | {x})), 2 in s & (t | {x}))


ops({1, 2, 3}, {2, 9}, 3)
ops(set(), {1}, 0)
ops({5, -5}, set(), -5)

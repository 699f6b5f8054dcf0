def main() -> None:
    # set.update and set.union add a list's items one by one, in order: the
    # order a set of ints iterates in depends on it (negative ints collide)
    z0 = {1}
    z0.update([46, 0, -2, -100])
    print(z0)
    z0.update({7, -9}, range(-20, -17), (64, -64))
    print(z0)
    z1 = {1}
    print(z1.union([46, 0, -2, -100]), z1 | {46, 0, -2, -100}, z1.union({5}, [-5, 9]))
    print(z1.intersection([1, 46]), z1.difference([1]), z1.issubset([1, 2]), z1.symmetric_difference([3]))
    z1 |= {46, 0, -2, -100}
    print(z1, z1.union())
    words = {"a"}
    words.update("bc")
    words.update(["d"])
    print(sorted(words), sorted(words.union("xy")))
    empty: set[int] = set()
    empty.update(x * -7 for x in range(6))
    print(empty)


main()

# a set of ints merged into a set[float]: item by item, each int a float
sf: set[float] = {0.5}
si: set[int] = {1, 2}
sf.update(si)
print(len(sf), sum(sf))


def from_dicts() -> None:
    # a dict's keys go in after one resize for all of them, a set's table is
    # merged: with colliding ints both decide the order the result iterates in
    d = {k: str(k) for k in (40, 8, 24, 56, 72)}
    print(set(d))
    s = {3}
    s.update(d)
    print(s)
    print({1}.union(d), {2}.union([9], d))
    e = {k: 0 for k in range(-40, 60, 7)}
    print(set(e), {5, 13}.union(e), set(set(e)), set({-7, 9, -3, 25, 41, 57}))
    t: set[int] = set()
    t.update({k: k for k in (64, 128, 0, 32, 96, 16)}, {})
    print(t)
    names = set({"x": 1, "y": 2})
    names.update({"z": 3})
    print(sorted(names))


from_dicts()

# List aliasing: shared rows from [row] * n, copies vs references, mutation through aliases.

shared = [[0] * 3] * 3
shared[0][0] = 9
print(shared, shared[0] is shared[2])
separate = [[0] * 3 for _ in range(3)]
separate[0][0] = 9
print(separate, separate[0] is separate[2])
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
b.append(4)
c.append(5)
print(a, b, c, d, a is b, a is c, a == b, a == d)


def mutate(xs: list[int]) -> None:
    xs.append(99)
    xs[0] = -1


def rebind(xs: list[int]) -> None:
    xs = [0]
    xs.append(1)


mutate(a)
rebind(a)
print(a, b)
outer = [a, a]
outer[0].append(100)
print(outer, len(outer[1]))
t = ([1], [2])
t[0].append(10)
print(t)
d2: dict[str, list[int]] = {"k": a}
d2["k"].clear()
print(a, b, d2)
m = [[1, 2], [3, 4]]
copy_shallow = m[:]
copy_shallow[0][0] = 100
copy_shallow[1] = [0, 0]
print(m, copy_shallow)
x = [0]
y = x
x += [1]
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)

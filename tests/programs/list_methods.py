# list methods: append extend insert pop remove index count reverse clear copy sort.

xs: list[int] = []
for i in range(5):
    xs.append(i * i)
    print("append", xs)
xs.extend([100, 200])
xs.extend(range(3))
print("extend", xs)
xs.insert(0, -1)
xs.insert(3, 42)
xs.insert(100, 999)
xs.insert(-1, 7)
print("insert", xs)
print("pop", xs.pop(), xs.pop(0), xs.pop(2), xs)
xs.remove(100)
print("remove", xs)
print("index", xs.index(16), xs.index(0), "count", xs.count(0), xs.count(77))
xs.reverse()
print("reverse", xs)
ys = xs.copy()
ys.sort()
print("sorted copy", ys, "original", xs)
xs.sort(reverse=True)
print("sort desc", xs)
del xs[0]
del xs[1:3]
print("del", xs)
xs[1:2] = [5, 5, 5]
print("slice assign", xs)
xs.clear()
print("clear", xs, len(xs))
stack: list[str] = []
for tok in "a b c".split():
    stack.append(tok)
while stack:
    print("popped", stack.pop(), "left", stack)
queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)

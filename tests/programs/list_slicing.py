# list slicing with steps, slice assignment and deletion.

xs = list(range(10))
print(xs[2:7], xs[:4], xs[6:], xs[-3:], xs[::2], xs[::-1], xs[7:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = [20, 30]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
ys[1:1] = [-1, -2]
print(ys)
del ys[::3]
print(ys)
del ys[-2:]
print(ys)
zs = xs[:]
zs[len(zs):] = [10, 11]
print(zs, zs[-4::-4])
chunks = [xs[i:i + 3] for i in range(0, len(xs), 3)]
print(chunks)
windows = [sum(xs[i:i + 4]) for i in range(len(xs) - 3)]
print(windows)
rotated = xs[3:] + xs[:3]
print(rotated, rotated[::-1][:3])
words = "one two three four five".split()
print(words[1:-1], words[::-2], [w[::-1] for w in words[:2]])
n = len(xs)
for k in range(0, n, 4):
    print(k, xs[k:], xs[:k], xs[k::3])

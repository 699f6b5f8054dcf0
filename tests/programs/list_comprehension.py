# List comprehensions with conditions, nesting and closures over locals.

squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares, evens, pairs, sep="\n")
flat = [c for row in [[1, 2], [3], [], [4, 5, 6]] for c in row]
print(flat)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix, transposed)
words = ["Hello", "World", "of", "Comprehensions"]
print([w.lower() for w in words if len(w) > 2], [w[0] for w in words])
print([len(w) if len(w) > 4 else -1 for w in words])
factor = 10
scaled = [x * factor for x in range(4)]
print(scaled)


def divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


print({n: divisors(n) for n in range(1, 13)})
perfect = [n for n in range(2, 500) if sum(divisors(n)) - n == n]
print("perfect", perfect)
print([[x for x in range(n)] for n in range(4)])
print(sorted({x % 5 for x in range(20)}), {w: len(w) for w in words})
x = 99
_ = [x for x in range(3)]
print("x still", x)
flags = [True, False]
print([not v for v in flags], [v * 10 for v in range(3)], {v: v / 2 for v in [1.0, 3.0]}, [v for v in "ab"])

# sorted() and list.sort with key=, reverse=, stability, and tuple keys.

people = [("ann", 31), ("bob", 25), ("cy", 40), ("dee", 25), ("ed", 31), ("flo", 19)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: len(p[0])))


def second(p: tuple[str, int]) -> int:
    return p[1]


people.sort(key=second)
print(people)
nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
print(sorted(nums, key=lambda n: (n % 3, n)))
words = ["banana", "pie", "Apple", "cherry", "fig", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=lambda w: w[-1], reverse=True)
print(words)
print(sorted("hello world"), sorted([3.5, 1.0, 2.25]), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({"b": 1, "a": 2}.items()), sorted((3, 1, 2)))
matrix = [[3, 1], [2, 2], [1, 3]]
matrix.sort(key=lambda r: r[1] - r[0])
print(matrix)
print(max(people, key=second), min(people, key=lambda p: p[0]))

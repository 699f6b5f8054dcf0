# Comparisons, chained comparisons, min/max/abs on ints.


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif 0 < n < 10:
        return "small"
    elif 10 <= n <= 99:
        return "medium"
    return "large"


for n in [-5, 0, 3, 9, 10, 50, 99, 100, 1000]:
    print(n, classify(n), n != 50, n >= 10, n > 99)

a, b, c = 3, 7, 5
print(a < b < c, a < c < b, a < b > c, a == 3 == a, a != b != a)
print(min(a, b, c), max(a, b, c), min([4, 2, 8]), max([4, 2, 8]))
print(min(-3, 3, key=abs), max(-4, 3, key=abs))
print(1 < 2 and 2 < 3, 1 > 2 or 3 > 2, not 1 > 2)
nums = [5, -2, 17, 0, -9, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(sum(nums), sum(nums, 100), abs(-9223372036854775807))
largest = nums[0]
smallest = nums[0]
for n in nums:
    if n > largest:
        largest = n
    if n < smallest:
        smallest = n
print("largest", largest, "smallest", smallest)
print(True == 1, False == 0, True + True, 3 * True)

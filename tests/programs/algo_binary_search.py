# Binary search (exact, lower bound) over sorted lists of ints and strs.


def bsearch(xs: list[int], target: int) -> int:
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            print(f"  found {target} in {steps} steps")
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    print(f"  {target} missing after {steps} steps")
    return -1


def lower_bound(xs: list[str], target: str) -> int:
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


nums = [n * 3 for n in range(50)]
for t in [0, 3, 75, 147, 148, -1, 200]:
    print(t, bsearch(nums, t))
words = sorted(["pear", "apple", "fig", "kiwi", "banana", "cherry", "date"])
print(words)
for w in ["apple", "b", "cherry", "zzz", "", "grape"]:
    i = lower_bound(words, w)
    print(repr(w), i, words[i] if i < len(words) else None)

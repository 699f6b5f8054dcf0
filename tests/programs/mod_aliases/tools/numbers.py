# Number helpers imported under aliases.
LIMITS = (0, 10)


def clamp(v: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, v))


def mean_floor(xs: list[int]) -> int:
    return sum(xs) // len(xs)

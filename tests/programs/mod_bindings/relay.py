from counter import count, step

step()
total = count * 10


def snapshot() -> int:
    return count

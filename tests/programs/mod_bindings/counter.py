count = 0
items: list[int] = []


def step() -> None:
    global count
    count += 1
    items.append(count)

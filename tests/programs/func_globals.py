# Module-level constants and globals read and rebound from functions.

MAX_ITEMS = 5
GREETING = "hi"
PRIMES = (2, 3, 5, 7, 11)
counter = 0
registry: dict[str, int] = {}
history: list[int] = []


def bump(by: int = 1) -> int:
    global counter
    counter += by
    history.append(counter)
    return counter


def register(name: str) -> None:
    if len(registry) >= MAX_ITEMS:
        print("registry full, dropping", name)
        return
    registry[name] = bump()


def reset() -> None:
    global counter, history
    counter = 0
    history = []


for n in ["a", "b", "c", "d", "e", "f", "g"]:
    register(n)
print(counter, registry, history)
print(bump(10), bump(), counter)
reset()
print(counter, history)
bump(3)
print(counter, history, GREETING * 2, sum(PRIMES), PRIMES[-1])


def uses_constant(x: int) -> bool:
    return x in PRIMES


print([x for x in range(12) if uses_constant(x)])

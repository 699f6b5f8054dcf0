# IntEnum: members, values, names, comparisons with ints, iteration, use as keys.
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 4


class Level(IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30


print(Color.RED, Color.GREEN.value, Color.BLUE.name, int(Color.BLUE), repr(Color.RED))
print(Color.RED.value == 1, Color.RED < Color.BLUE, Color.GREEN + 1, Color.RED | Color.BLUE)
print(list(Color), [c.name for c in Color], [c.value for c in Level], len(Color))
print(Color(2), Color(4).name, Level(20) is Level.MID, f"{Level.HIGH}", str(Level.LOW))


def rank(level: Level) -> str:
    if level >= Level.HIGH:
        return "urgent"
    if level == Level.MID:
        return "normal"
    return "later"


for lv in Level:
    print(lv.name, lv.value, rank(lv))
costs = {Level.LOW: 1, Level.MID: 5, Level.HIGH: 25}
print(costs[Level.MID], sum(costs.values()), sorted(costs, reverse=True))
mask = 0
for c in [Color.RED, Color.BLUE]:
    mask |= c
print(mask, [c.name for c in Color if mask & c])
print(max(Level), min(Color), sorted([Level.HIGH, Level.LOW, Level.MID]))

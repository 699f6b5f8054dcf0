# error: 4:1: '|' of set[float] and set[int] (items stored differently) is not supported
sf: set[float] = {0.5}
si: set[int] = {1, 2}
sf |= si
print(len(sf))

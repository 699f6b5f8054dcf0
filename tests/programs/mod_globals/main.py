# Globals of another module: mutated through functions, read through the module object.
import counter
import settings
from settings import LIMIT, NAMES

print(LIMIT, NAMES, settings.LIMIT)
for name in NAMES:
    counter.hit(name)
counter.hit("alpha")
print(counter.total, counter.snapshot())
settings.NAMES.append("delta")
print(NAMES, settings.NAMES, NAMES is settings.NAMES)
counter.reset()
print(counter.total, counter.snapshot())
counter.hit("x")
print(counter.total, counter.over_limit(), settings.describe())

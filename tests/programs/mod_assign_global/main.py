"""`module.name = value` of a compiled module's variable assigns that
module's own global: its functions and every `module.name` see it, while a
name copied by `from module import name` keeps the value it was given."""

import settings
from settings import count as count_then

print(settings.describe())
settings.verbose = True
settings.limit = 3
import worker

print(worker.work(4), settings.count, count_then)
settings.limit = None
print(settings.describe())
print(settings.history)
settings.history = ["reset"]
settings.record("after")
print(settings.history, len(settings.history))


def toggle() -> bool:
    settings.verbose = not settings.verbose
    return settings.verbose


print(toggle(), toggle(), settings.describe())

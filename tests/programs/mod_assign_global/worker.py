"""Assigns settings' variables when imported, and in its functions."""

import settings

settings.count += 10
settings.label = settings.label + "+worker"


def work(n: int) -> int:
    for i in range(n):
        settings.count += i
        settings.record(f"step{i}")
    settings.scale = settings.scale * 2
    return settings.count

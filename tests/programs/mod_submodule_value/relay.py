"""A module that imports another: relay.units is that module."""

from tools import units as units   # re-exported: relay.units
from tools import names as names

calls = 0


def through() -> int:
    global calls
    calls += 1
    return units.scale(calls)

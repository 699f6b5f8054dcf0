# object() as a sentinel: identity, ==, hash, repr's shape, in sets and lists.
from typing import Optional, Union

_MISSING = object()
OTHER = object()


def get(d: dict[str, int], k: str, default: object = _MISSING) -> object:
    if k in d:
        return d[k]
    if default is _MISSING:
        raise KeyError(k)
    return default


print(_MISSING is _MISSING, _MISSING is OTHER, _MISSING == OTHER, _MISSING != OTHER, _MISSING == _MISSING)
print(get({"a": 1}, "a"), get({"a": 1}, "b", None), get({}, "x", 5))
try:
    get({}, "y")
except KeyError as e:
    print("KeyError", e)
r = repr(_MISSING)
print(r.startswith("<object object at 0x"), r.endswith(">"), str(OTHER) == repr(OTHER))
print(type(_MISSING).__name__, isinstance(_MISSING, object), hash(_MISSING) == hash(_MISSING))
s = {_MISSING, OTHER, _MISSING}
print(len(s), _MISSING in s, object() in s)
objs = [object() for _ in range(3)]
print(len({id(o) for o in objs}), objs[0] is objs[1], objs.index(objs[2]))

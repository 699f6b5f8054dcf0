"""isinstance(x, type(None)) and type(None) among isinstance's classes."""


def kind(v: object) -> str:
    if isinstance(v, (int, type(None))):
        return "int-or-none"
    if isinstance(v, (type(None), str)):
        return "str"
    return "other"


def opt(x: int | None) -> bool:
    return isinstance(x, type(None))


n = 5
print([kind(v) for v in [1, None, "s", 2.5, True]], opt(None), opt(3))
print(isinstance(n, type(None)), isinstance(n, (type(None), int)), isinstance(None, type(None)))

# Module-level constants and a mutable list shared with importers.
LIMIT = 3
NAMES: list[str] = ["alpha", "beta", "gamma"]


def describe() -> str:
    return f"limit={LIMIT} names={len(NAMES)}"

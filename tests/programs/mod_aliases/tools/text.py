# Text helpers imported under aliases.
SEP = " | "


def shout(s: str) -> str:
    return s.upper() + "!"


def words(s: str) -> list[str]:
    return s.split()

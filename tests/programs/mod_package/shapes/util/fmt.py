# Text helper used from two packages up.


def banner(text: str, width: int = 16) -> str:
    return f"{text:=^{width}}"

"""A module imported only when a flag says so."""

print("tracing: loaded")
level = 2


def log(msg: str) -> str:
    return f"trace[{level}] {msg}"


class Span:
    def __init__(self, name: str) -> None:
        self.name = name

"""User-facing errors: reported as `path:line:col: error: ...`, exit status 2."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in the user's program or command line; never a traceback."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def located(path: str, line: int, col: int, msg: str) -> str:
    return f"{path}:{line}:{col + 1}: error: {msg}"

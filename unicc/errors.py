"""User-facing errors: reported as `path:line:col: error: ...`, exit status 2.

Every stage reports all it finds (mypy, the validator, the IR builder one
function at a time); the command line prints the messages sorted by file,
line and column, each error followed by its notes, and ends with mypy's
summary line `Found N errors in M files`.
"""

from __future__ import annotations

import re


class UserError(Exception):
    """A mistake in the user's program or command line; never a traceback."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def located(path: str, line: int, col: int, msg: str) -> str:
    return f"{path}:{line}:{col + 1}: error: {msg}"


# `path:line:col: severity: text` (col is absent from some of mypy's messages)
LOCATION = re.compile(r"(?P<path>.+?):(?P<line>\d+):(?:(?P<col>\d+):)? (?P<severity>error|warning|note): ")


def location(msg: str) -> tuple[str, int, int] | None:
    """The file, line and (1-based) column a message is about."""
    m = LOCATION.match(msg)
    return (m["path"], int(m["line"]), int(m["col"] or 0)) if m else None


def sort_messages(messages: list[str]) -> list[str]:
    """The messages one per line, by file, line and column; a note stays after
    the error or warning it belongs to, and equal messages are said once."""
    groups: list[list[str]] = []
    for line in (ln for m in messages for ln in m.split("\n")):
        m = LOCATION.match(line)
        if m is not None and m["severity"] == "note" and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    unique = list(dict.fromkeys(tuple(g) for g in groups))
    unique.sort(key=lambda g: (0, *loc) if (loc := location(g[0])) else (1, "", 0, 0))   # unlocated last
    return [line for g in unique for line in g]


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(messages: list[str]) -> str | None:
    """mypy's last line, `Found 3 errors in 2 files`, for located errors."""
    paths = [loc[0] for m in messages for line in m.split("\n")
             if ": error: " in line and (loc := location(line)) is not None]
    if not paths:
        return None
    return f"Found {plural(len(paths), 'error')} in {plural(len(set(paths)), 'file')}"

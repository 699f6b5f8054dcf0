"""`os.path`: whether a path names something, a file or a directory, and
join of two paths."""

from __future__ import annotations

import unicc_files as sys_


def _mode(path: str) -> int:
    sys_.check_path(path)
    return sys_.sys_mode(-1, path)


def exists(path: str) -> bool:
    return _mode(path) >= 0


def isfile(path: str) -> bool:
    m = _mode(path)
    return m >= 0 and m & sys_.S_IFMT == sys_.S_IFREG


def isdir(path: str) -> bool:
    m = _mode(path)
    return m >= 0 and m & sys_.S_IFMT == sys_.S_IFDIR


def join(a: str, b: str) -> str:
    if b.startswith("/"):
        return b
    if not a or a.endswith("/"):
        return a + b
    return a + "/" + b

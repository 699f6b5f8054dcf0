"""Python's `os`, the little of it a program's files need on the unix
target: removing files, making and removing directories, the process id,
and `os.path`'s tests of a path.  The unikernel targets have no file system:
there these raise OSError (errno ENOSYS).

`import os` finds this package rather than typeshed's stub (and typeshed's
builtins.pyi takes PathLike from it).  What is not here is mypy's "Module
has no attribute" error.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Protocol, TypeVar

import unicc_files as sys_
from os import path as path

AnyStr_co = TypeVar("AnyStr_co", str, bytes, covariant=True)

sep = "/"
linesep = "\n"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class PathLike(Protocol[AnyStr_co]):
    @abstractmethod
    def __fspath__(self) -> AnyStr_co: ...


def _call(result: int, name: str) -> None:
    if result < 0:
        raise sys_.error(-result, name)


def remove(path: str) -> None:
    sys_.check_path(path)
    _call(sys_.sys_unlink(path), path)


def unlink(path: str) -> None:
    remove(path)


def mkdir(path: str, mode: int = 0o777) -> None:
    sys_.check_path(path)
    _call(sys_.sys_mkdir(path, mode), path)


def rmdir(path: str) -> None:
    sys_.check_path(path)
    _call(sys_.sys_rmdir(path), path)


def getpid() -> int:
    return sys_.sys_getpid()

"""The file system calls of the unix target, for open() (stdlib/cpython/io.py)
and the os stand-in (stdlib/cpython/os/).

Each @extern function is one system call in runtime/platform/unix/files.c
that returns -errno on failure; `error` turns that into the OSError subclass
and message CPython raises.  The image targets have no file system: their
runtimes define none of these symbols, and unicc rejects open() there where
it is called (frontend/validate.py).  Under CPython the real io and os run
and this module is never imported, so the bodies are not reference code.
"""

from __future__ import annotations

from unicc_rt import extern

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_CLOEXEC = 0o2000000
S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000
EISDIR = 21
ENOSYS = 38   # what the bodies below say: they run nowhere

# strerror() of glibc for the errnos a file operation commonly meets
STRERROR = {
    1: "Operation not permitted", 2: "No such file or directory", 5: "Input/output error",
    9: "Bad file descriptor", 13: "Permission denied", 17: "File exists", 20: "Not a directory",
    21: "Is a directory", 22: "Invalid argument", 24: "Too many open files", 28: "No space left on device",
    30: "Read-only file system", 36: "File name too long", 39: "Directory not empty",
    38: "Function not implemented", 40: "Too many levels of symbolic links",
}


def error(errno: int, filename: str | None = None) -> OSError:
    """CPython's exception for a failed call: the subclass its errno selects,
    and `[Errno N] strerror: 'filename'`."""
    text = f"[Errno {errno}] {STRERROR.get(errno, f'Unknown error {errno}')}"
    if filename is not None:
        text += f": {filename!r}"
    if errno == 2:
        return FileNotFoundError(text)
    if errno == 1 or errno == 13:
        return PermissionError(text)
    if errno == 17:
        return FileExistsError(text)
    if errno == 21:
        return IsADirectoryError(text)
    if errno == 20:
        return NotADirectoryError(text)
    return OSError(text)


def check_path(path: str) -> None:
    if "\0" in path:
        raise ValueError("embedded null byte")


@extern("rt_unix_file_open")
def sys_open(path: str, flags: int, mode: int) -> int:
    return -ENOSYS


@extern("rt_unix_file_read")
def sys_read(fd: int, buf: bytearray, n: int) -> int:
    return -ENOSYS


@extern("rt_unix_file_write")
def sys_write(fd: int, data: bytes | bytearray, start: int, end: int) -> int:
    return -ENOSYS


@extern("rt_unix_file_seek")
def sys_seek(fd: int, offset: int, whence: int) -> int:
    return -ENOSYS


@extern("rt_unix_file_close")
def sys_close(fd: int) -> int:
    return -ENOSYS


@extern("rt_unix_file_mode")
def sys_mode(fd: int, path: str) -> int:
    """st_mode of the open file fd, or (fd < 0) of path; -errno on failure."""
    return -ENOSYS


@extern("rt_unix_unlink")
def sys_unlink(path: str) -> int:
    return -ENOSYS


@extern("rt_unix_mkdir")
def sys_mkdir(path: str, mode: int) -> int:
    return -ENOSYS


@extern("rt_unix_rmdir")
def sys_rmdir(path: str) -> int:
    return -ENOSYS


@extern("rt_unix_getpid")
def sys_getpid() -> int:
    return -ENOSYS

"""Python's `io`: the file objects open() returns, StringIO, BytesIO, and the
objects sys.stdout and sys.stderr are.

For a program that uses files, streams or os, `import io` finds this module
rather than typeshed's stub, and so does typeshed's builtins.pyi, so `open()`
is typed with these classes (frontend/check.py: stdlib/cpython_io is on
mypy's path only for such programs).  The text
classes derive from typing.TextIO and the binary ones from typing.BinaryIO,
as in typeshed, so they flow into `IO[str]`, `TextIO` and `BinaryIO`
parameters.  unicc lowers open() as a call of `_open` below (irbuild
builtin_funcs.py) and rejects it on a target without a file system; the
system calls are in unicc_files.

Differences from CPython: an OSError has no errno/strerror/filename attributes (its
message is CPython's), text files are UTF-8 only, `newline` is None, '' or
'\\n', and a text file's tell() is the byte position of the next character.
"""

from __future__ import annotations

from types import TracebackType
from typing import BinaryIO, Iterable, Iterator, TextIO

from typing_extensions import Buffer

import unicc_files as sys_
from unicc_rt import extern

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
CLOSED = "I/O operation on closed file."


class UnsupportedOperation(OSError, ValueError):
    pass


def _fail(result: int, name: str | None = None) -> int:
    """A system call's result, raised as CPython's OSError when negative."""
    if result < 0:
        raise sys_.error(-result, name)
    return result


# ---- text --------------------------------------------------------------------------------------

class TextIOBase(TextIO):
    """What every text stream has; an operation a stream lacks raises
    UnsupportedOperation, as in CPython."""

    def __init__(self) -> None:
        self._closed = False

    def _check(self) -> None:
        if self._closed:
            raise ValueError(CLOSED)

    def close(self) -> None:
        self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def encoding(self) -> str:
        return "utf-8"

    def fileno(self) -> int:
        raise UnsupportedOperation("fileno")

    def flush(self) -> None:
        self._check()

    def isatty(self) -> bool:
        self._check()
        return False

    def readable(self) -> bool:
        self._check()
        return False

    def writable(self) -> bool:
        self._check()
        return False

    def seekable(self) -> bool:
        self._check()
        return False

    def read(self, n: int = -1, /) -> str:
        raise UnsupportedOperation("read")

    def readline(self, limit: int = -1, /) -> str:
        raise UnsupportedOperation("readline")

    def readlines(self, hint: int = -1, /) -> list[str]:
        lines: list[str] = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def seek(self, offset: int, whence: int = 0, /) -> int:
        raise UnsupportedOperation("seek")

    def tell(self) -> int:
        raise UnsupportedOperation("tell")

    def truncate(self, size: int | None = None, /) -> int:
        raise UnsupportedOperation("truncate")

    def write(self, s: str, /) -> int:
        raise UnsupportedOperation("write")

    def writelines(self, lines: Iterable[str], /) -> None:
        self._check()
        for s in lines:
            self.write(s)

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self) -> Iterator[str]:
        self._check()
        return self

    def __enter__(self) -> TextIOBase:
        self._check()
        return self

    def __exit__(self, type: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None, /) -> None:
        self.close()


def _complete(data: bytes) -> int:
    """How much of data is whole UTF-8 sequences: an incomplete one at the end
    waits for the next chunk."""
    n = len(data)
    i = n - 1
    while i >= 0 and i >= n - 3:
        c = data[i]
        if c < 0x80:
            return n
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return i if n - i < need else n
        i -= 1
    return n


class TextIOWrapper(TextIOBase):
    """A text file: UTF-8 over a binary file, with universal newlines on
    reading (newline=None) and its writes gathered until a flush."""

    def __init__(self, buffer: BufferedIOBase, encoding: str | None = None, errors: str | None = None,
                 newline: str | None = None, line_buffering: bool = False) -> None:
        super().__init__()
        if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise LookupError(f"unknown encoding: {encoding} (unicc's text files are UTF-8)")
        if errors is not None and errors != "strict":
            raise ValueError(f"errors={errors!r} is not supported by unicc")
        if newline is not None and newline not in ("", "\n"):
            raise ValueError(f"newline={newline!r} is not supported by unicc")
        self._buffer = buffer
        self._can_read = buffer.readable()    # asked once: each read and write checks
        self._can_write = buffer.writable()
        self._encoding = encoding if encoding is not None else "UTF-8"
        self._translate = newline is None
        self._mode = "r"
        self._pending: list[str] = []
        self._pending_n = 0
        self._text = ""         # decoded text not yet read, from _tpos
        self._tpos = 0
        self._tail = b""        # bytes of an incomplete UTF-8 sequence
        self._cr = False        # a '\r' held back: it may begin '\r\n'

    @property
    def buffer(self) -> BinaryIO:
        return self._buffer

    @property
    def encoding(self) -> str:
        return self._encoding

    @property
    def name(self) -> str:
        return self._buffer.name

    @property
    def mode(self) -> str:
        return self._mode

    def __repr__(self) -> str:
        return f"<_io.TextIOWrapper name={self.name!r} mode={self._mode!r} encoding={self._encoding!r}>"

    def __enter__(self) -> TextIOWrapper:
        self._check()
        return self

    def _check_read(self) -> None:
        self._check()
        if not self._can_read:
            raise UnsupportedOperation("not readable")
        if self._pending:
            self._flush_pending()

    def _flush_pending(self) -> None:
        data = "".join(self._pending).encode("utf-8")
        self._pending = []
        self._pending_n = 0
        self._buffer.write(data)

    def _decode(self, data: bytes, final: bool) -> str:
        if self._tail:
            data = self._tail + data
        cut = len(data) if final else _complete(data)
        self._tail = data[cut:]
        text = data[:cut].decode("utf-8")
        if self._cr:
            text = "\r" + text
            self._cr = False
        if not self._translate or "\r" not in text:
            return text
        if text.endswith("\r") and not final:
            self._cr = True
            text = text[:-1]
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _more(self) -> bool:
        """Decode the next chunk of the file onto the unread text; False at its end."""
        data = self._buffer.read1(DEFAULT_BUFFER_SIZE)
        text = self._decode(data, not data)
        if self._tpos:
            self._text = self._text[self._tpos:] + text
            self._tpos = 0
        else:
            self._text += text
        return len(data) > 0

    def read(self, n: int = -1, /) -> str:
        self._check_read()
        if n < 0:
            rest = self._decode(self._buffer.read(), True)
            s = self._text[self._tpos:] + rest if self._tpos or self._text else rest
            self._text = ""
            self._tpos = 0
            return s
        while len(self._text) - self._tpos < n and self._more():
            pass
        s = self._text[self._tpos:self._tpos + n]
        self._tpos += len(s)
        return s

    def readline(self, limit: int = -1, /) -> str:
        self._check_read()
        while True:
            j = self._text.find("\n", self._tpos)
            if j >= 0:
                end = j + 1
                break
            if not self._more():
                end = len(self._text)
                break
        if 0 <= limit < end - self._tpos:
            end = self._tpos + limit
        s = self._text[self._tpos:end]
        self._tpos = end
        return s

    def _unread(self) -> None:
        """Give the text read ahead back to the file (before a write, seek or tell)."""
        back = len(self._text[self._tpos:].encode("utf-8")) + len(self._tail) + (1 if self._cr else 0)
        self._text = ""
        self._tpos = 0
        self._tail = b""
        self._cr = False
        if back:
            self._buffer.seek(-back, SEEK_CUR)

    def write(self, s: str, /) -> int:
        self._check()
        if not self._can_write:
            raise UnsupportedOperation("not writable")
        if self._text or self._tail or self._cr:
            self._unread()
        self._pending.append(s)
        self._pending_n += len(s)
        if self._pending_n >= DEFAULT_BUFFER_SIZE:
            self._flush_pending()
        return len(s)

    def flush(self) -> None:
        self._check()
        if self._pending:
            self._flush_pending()
        self._buffer.flush()

    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._pending:
                self._flush_pending()
        finally:
            self._closed = True
            self._buffer.close()

    def fileno(self) -> int:
        return self._buffer.fileno()

    def readable(self) -> bool:
        self._check()
        return self._buffer.readable()

    def writable(self) -> bool:
        self._check()
        return self._buffer.writable()

    def seekable(self) -> bool:
        self._check()
        return True

    def tell(self) -> int:
        self._check()
        if self._pending:
            self._flush_pending()
        if self._text or self._tail or self._cr:
            self._unread()
        return self._buffer.tell()

    def seek(self, offset: int, whence: int = 0, /) -> int:
        self._check()
        if whence == SEEK_CUR and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if self._pending:
            self._flush_pending()
        if whence == SEEK_CUR:
            return self.tell()
        self._text = ""
        self._tpos = 0
        self._tail = b""
        self._cr = False
        return self._buffer.seek(offset, whence)

    def truncate(self, size: int | None = None, /) -> int:
        raise UnsupportedOperation("truncate")


class StringIO(TextIOBase):
    """Text in memory.  Writes at the end are gathered and joined when the
    text is next needed whole."""

    def __init__(self, initial_value: str | None = "", newline: str | None = "\n") -> None:
        super().__init__()
        if newline is not None and newline != "\n":
            raise ValueError(f"newline={newline!r} is not supported by unicc")
        self._value = initial_value or ""
        self._parts: list[str] = []
        self._size = len(self._value)
        self._pos = 0

    def __enter__(self) -> StringIO:
        self._check()
        return self

    def _check(self) -> None:
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _whole(self) -> str:
        if self._parts:
            self._value += "".join(self._parts)
            self._parts = []
        return self._value

    def getvalue(self) -> str:
        self._check()
        return self._whole()

    def write(self, s: str, /) -> int:
        self._check()
        n = len(s)
        if self._pos == self._size:
            self._parts.append(s)
            self._size += n
            self._pos = self._size
            return n
        v = self._whole()
        if self._pos > self._size:
            v += "\0" * (self._pos - self._size)
        self._value = v[:self._pos] + s + v[self._pos + n:]
        self._size = len(self._value)
        self._pos += n
        return n

    def read(self, n: int = -1, /) -> str:
        self._check()
        v = self._whole()
        end = self._size if n < 0 else min(self._size, self._pos + n)
        if end <= self._pos:
            return ""
        s = v[self._pos:end]
        self._pos = end
        return s

    def readline(self, limit: int = -1, /) -> str:
        self._check()
        v = self._whole()
        if self._pos >= self._size:
            return ""
        j = v.find("\n", self._pos)
        end = self._size if j < 0 else j + 1
        if 0 <= limit < end - self._pos:
            end = self._pos + limit
        s = v[self._pos:end]
        self._pos = end
        return s

    def tell(self) -> int:
        self._check()
        return self._pos

    def seek(self, offset: int, whence: int = 0, /) -> int:
        self._check()
        if whence == SEEK_SET:
            if offset < 0:
                raise ValueError(f"Negative seek position {offset}")
            self._pos = offset
        elif whence == SEEK_CUR or whence == SEEK_END:
            if offset != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == SEEK_END:
                self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size: int | None = None, /) -> int:
        self._check()
        n = self._pos if size is None else size
        if n < 0:
            raise ValueError(f"Negative size value {n}")
        if n < self._size:
            self._value = self._whole()[:n]
            self._size = n
        return n

    def readable(self) -> bool:
        self._check()
        return True

    def writable(self) -> bool:
        self._check()
        return True

    def seekable(self) -> bool:
        self._check()
        return True


@extern("rt_print_str")
def _console_write(fd: int, s: str) -> None:
    pass


@extern("rt_flush")
def _console_flush() -> None:
    pass


class _Console(TextIOBase):
    """sys.stdout and sys.stderr: the runtime's console streams (stdout is
    buffered and flushed before anything goes to stderr, and at exit)."""

    def __init__(self, fd: int, name: str) -> None:
        super().__init__()
        self._fd = fd
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    @property
    def mode(self) -> str:
        return "w"

    def write(self, s: str, /) -> int:
        self._check()
        _console_write(self._fd, s)
        return len(s)

    def flush(self) -> None:
        self._check()
        _console_flush()

    def fileno(self) -> int:
        return self._fd

    def writable(self) -> bool:
        self._check()
        return True

    def __repr__(self) -> str:
        return f"<_io.TextIOWrapper name={self._name!r} mode='w' encoding='utf-8'>"


_STDOUT = _Console(1, "<stdout>")
_STDERR = _Console(2, "<stderr>")


def _console(fd: int) -> TextIO:
    """sys.stdout (1) or sys.stderr (2)."""
    return _STDERR if fd == 2 else _STDOUT


def _data(s: Buffer) -> bytes:
    """What a binary write takes: bytes or a bytearray (a memoryview is rejected)."""
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    raise TypeError("a bytes-like object is required")


def _newline(data: bytes, start: int) -> int:
    """data.find(b"\n", start), which unicc's bytes.find does not take yet."""
    for i in range(start, len(data)):
        if data[i] == 10:
            return i
    return -1


def _newline_in(data: bytearray, start: int) -> int:
    for i in range(start, len(data)):
        if data[i] == 10:
            return i
    return -1


# ---- binary ------------------------------------------------------------------------------------

class BufferedIOBase(BinaryIO):
    """What every binary stream has; an operation a stream lacks raises
    UnsupportedOperation, as in CPython."""

    def __init__(self) -> None:
        self._closed = False

    def _check(self) -> None:
        if self._closed:
            raise ValueError(CLOSED)

    def close(self) -> None:
        self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def name(self) -> str:
        raise AttributeError("name")

    def fileno(self) -> int:
        raise UnsupportedOperation("fileno")

    def flush(self) -> None:
        self._check()

    def isatty(self) -> bool:
        self._check()
        return False

    def readable(self) -> bool:
        self._check()
        return False

    def writable(self) -> bool:
        self._check()
        return False

    def seekable(self) -> bool:
        self._check()
        return False

    def read(self, n: int = -1, /) -> bytes:
        raise UnsupportedOperation("read")

    def read1(self, n: int = -1, /) -> bytes:
        return self.read(n)

    def readline(self, limit: int = -1, /) -> bytes:
        raise UnsupportedOperation("readline")

    def readlines(self, hint: int = -1, /) -> list[bytes]:
        lines: list[bytes] = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def seek(self, offset: int, whence: int = 0, /) -> int:
        raise UnsupportedOperation("seek")

    def tell(self) -> int:
        raise UnsupportedOperation("tell")

    def truncate(self, size: int | None = None, /) -> int:
        raise UnsupportedOperation("truncate")

    def write(self, s: Buffer, /) -> int:
        raise UnsupportedOperation("write")

    def writelines(self, lines: Iterable[Buffer], /) -> None:
        self._check()
        for s in lines:
            self.write(s)

    def __next__(self) -> bytes:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self) -> Iterator[bytes]:
        self._check()
        return self

    def __enter__(self) -> BufferedIOBase:
        self._check()
        return self

    def __exit__(self, type: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None, /) -> None:
        self.close()


class BytesIO(BufferedIOBase):
    """Bytes in memory."""

    def __init__(self, initial_bytes: Buffer = b"") -> None:
        super().__init__()
        self._buf = bytearray(_data(initial_bytes))
        self._pos = 0

    def __enter__(self) -> BytesIO:
        self._check()
        return self

    def getvalue(self) -> bytes:
        self._check()
        return bytes(self._buf)

    def write(self, b: Buffer, /) -> int:
        self._check()
        s = _data(b)
        n = len(s)
        size = len(self._buf)
        if self._pos == size:
            self._buf += s
        else:
            if self._pos > size:
                self._buf += bytes(self._pos - size)
            self._buf[self._pos:self._pos + n] = s
        self._pos += n
        return n

    def read(self, n: int = -1, /) -> bytes:
        self._check()
        size = len(self._buf)
        end = size if n < 0 else min(size, self._pos + n)
        if end <= self._pos:
            return b""
        s = bytes(self._buf[self._pos:end])
        self._pos = end
        return s

    def readline(self, limit: int = -1, /) -> bytes:
        self._check()
        size = len(self._buf)
        if self._pos >= size:
            return b""
        j = _newline_in(self._buf, self._pos)
        end = size if j < 0 else j + 1
        if 0 <= limit < end - self._pos:
            end = self._pos + limit
        s = bytes(self._buf[self._pos:end])
        self._pos = end
        return s

    def tell(self) -> int:
        self._check()
        return self._pos

    def seek(self, offset: int, whence: int = 0, /) -> int:
        self._check()
        if whence == SEEK_SET:
            if offset < 0:
                raise ValueError(f"negative seek value {offset}")
            self._pos = offset
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + offset)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buf) + offset)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size: int | None = None, /) -> int:
        self._check()
        n = self._pos if size is None else size
        if n < 0:
            raise ValueError(f"negative size value {n}")
        if n < len(self._buf):
            self._buf = self._buf[:n]
        return n

    def readable(self) -> bool:
        self._check()
        return True

    def writable(self) -> bool:
        self._check()
        return True

    def seekable(self) -> bool:
        self._check()
        return True


class FileIO(BufferedIOBase):
    """A binary file: reads through a buffer of DEFAULT_BUFFER_SIZE, writes
    gathered until a flush.  open() makes its subclasses BufferedReader,
    BufferedWriter and BufferedRandom, and FileIO itself for buffering=0."""

    def __init__(self, fd: int, name: str, mode: str, readable: bool, writable: bool) -> None:
        super().__init__()
        self._fd = fd
        self._name = name
        self._mode = mode
        self._readable = readable
        self._writable = writable
        self._rbuf = b""        # read ahead, unread from _rpos
        self._rpos = 0
        self._wbuf = bytearray()
        self._scratch = bytearray()

    @property
    def name(self) -> str:
        return self._name

    @property
    def mode(self) -> str:
        return self._mode

    def __repr__(self) -> str:
        return f"<_io.{type(self).__name__} name={self._name!r}>"

    def __enter__(self) -> FileIO:
        self._check()
        return self

    def _closed_error(self, message: str) -> None:
        if self._closed:
            raise ValueError(message)

    def _check_read(self, what: str) -> None:
        if not self._readable:
            raise UnsupportedOperation(what)
        self._closed_error(f"{what} of closed file")
        if self._wbuf:
            self._flush_writes()

    def _flush_writes(self) -> None:
        data = self._wbuf
        self._wbuf = bytearray()
        _fail(sys_.sys_write(self._fd, data, 0, len(data)))

    def _raw_read(self, n: int) -> bytes:
        if len(self._scratch) < n:
            self._scratch = bytearray(n)
        got = _fail(sys_.sys_read(self._fd, self._scratch, n))
        return bytes(self._scratch[:got])

    def _fill(self) -> bool:
        """Read the next chunk into the buffer (what was unread stays); False at the end."""
        data = self._raw_read(DEFAULT_BUFFER_SIZE)
        if self._rpos < len(self._rbuf):
            self._rbuf = self._rbuf[self._rpos:] + data
        else:
            self._rbuf = data
        self._rpos = 0
        return len(data) > 0

    def read(self, n: int = -1, /) -> bytes:
        self._check_read("read")
        if n < 0:
            parts = [self._rbuf[self._rpos:]]
            self._rbuf = b""
            self._rpos = 0
            while True:
                data = self._raw_read(65536)
                if not data:
                    return b"".join(parts)
                parts.append(data)
        while len(self._rbuf) - self._rpos < n and self._fill():
            pass
        s = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(s)
        return s

    def read1(self, n: int = -1, /) -> bytes:
        """At most n bytes (any number if n < 0) with at most one system call."""
        self._check_read("read")
        if self._rpos >= len(self._rbuf):
            self._fill()
        end = len(self._rbuf) if n < 0 else min(len(self._rbuf), self._rpos + n)
        s = self._rbuf[self._rpos:end]
        self._rpos = end
        return s

    def readline(self, limit: int = -1, /) -> bytes:
        self._check_read("readline")
        while True:
            j = _newline(self._rbuf, self._rpos)
            if j >= 0:
                end = j + 1
                break
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= limit < end - self._rpos:
            end = self._rpos + limit
        s = self._rbuf[self._rpos:end]
        self._rpos = end
        return s

    def _unread(self) -> None:
        back = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if back:
            _fail(sys_.sys_seek(self._fd, -back, SEEK_CUR))

    def write(self, b: Buffer, /) -> int:
        if not self._writable:
            raise UnsupportedOperation("write")
        self._closed_error("write to closed file")
        s = _data(b)
        if self._rbuf:
            self._unread()
        n = len(s)
        if n >= DEFAULT_BUFFER_SIZE:
            if self._wbuf:
                self._flush_writes()
            _fail(sys_.sys_write(self._fd, s, 0, n))
            return n
        self._wbuf += s
        if len(self._wbuf) >= DEFAULT_BUFFER_SIZE:
            self._flush_writes()
        return n

    def flush(self) -> None:
        if self._closed:
            raise ValueError("flush of closed file" if self._writable else CLOSED)
        if self._wbuf:
            self._flush_writes()

    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._wbuf:
                self._flush_writes()
        finally:
            self._closed = True
            sys_.sys_close(self._fd)

    def fileno(self) -> int:
        self._check()
        return self._fd

    def readable(self) -> bool:
        self._check()
        return self._readable

    def writable(self) -> bool:
        self._check()
        return self._writable

    def seekable(self) -> bool:
        self._check()
        return True

    def tell(self) -> int:
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if self._wbuf:
            self._flush_writes()
        pos = _fail(sys_.sys_seek(self._fd, 0, SEEK_CUR))
        return pos - (len(self._rbuf) - self._rpos)

    def seek(self, offset: int, whence: int = 0, /) -> int:
        self._closed_error("seek of closed file")
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError(f"whence value {whence} unsupported")
        if self._wbuf:
            self._flush_writes()
        if whence == SEEK_CUR:
            offset -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return _fail(sys_.sys_seek(self._fd, offset, whence))


class BufferedReader(FileIO):
    pass


class BufferedWriter(FileIO):
    pass


class BufferedRandom(FileIO):
    pass


_MODE_CHARS = "xrwa+tb"


def _open(file: str, mode: str = "r", buffering: int = -1, encoding: str | None = None,
          errors: str | None = None, newline: str | None = None, closefd: bool = True) -> object:
    """open(): CPython's checks of the mode and arguments, then the file object
    its mode asks for."""
    for i in range(len(mode)):
        if mode[i] not in _MODE_CHARS or mode[i] in mode[i + 1:]:
            raise ValueError(f"invalid mode: {mode!r}")
    creating = "x" in mode
    reading = "r" in mode
    writing = "w" in mode
    appending = "a" in mode
    updating = "+" in mode
    text = "t" in mode
    binary = "b" in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if int(creating) + int(reading) + int(writing) + int(appending) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if not closefd:
        raise ValueError("Cannot use closefd=False with file name")
    sys_.check_path(file)
    flags = sys_.O_CLOEXEC
    if updating:
        flags |= sys_.O_RDWR
    elif reading:
        flags |= sys_.O_RDONLY
    else:
        flags |= sys_.O_WRONLY
    if creating:
        flags |= sys_.O_CREAT | sys_.O_EXCL
    elif writing:
        flags |= sys_.O_CREAT | sys_.O_TRUNC
    elif appending:
        flags |= sys_.O_CREAT | sys_.O_APPEND
    fd = _fail(sys_.sys_open(file, flags, 0o666), file)
    st = sys_.sys_mode(fd, file)
    if st >= 0 and st & sys_.S_IFMT == sys_.S_IFDIR:
        sys_.sys_close(fd)
        raise sys_.error(sys_.EISDIR, file)
    readable = reading or updating
    writable = not reading or updating
    raw = "xb" if creating else "ab" if appending else "rb" if reading or updating else "wb"
    if updating:
        raw += "+"
    f: FileIO
    if buffering == 0:
        f = FileIO(fd, file, raw, readable, writable)
    elif updating:
        f = BufferedRandom(fd, file, raw, readable, writable)
    elif reading:
        f = BufferedReader(fd, file, raw, readable, writable)
    else:
        f = BufferedWriter(fd, file, raw, readable, writable)
    if binary:
        return f
    t = TextIOWrapper(f, encoding, errors, newline)
    t._mode = mode
    return t

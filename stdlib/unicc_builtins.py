"""Methods of the builtin types written in the subset itself.

A method call `x.m(...)` on a builtin type T that has no runtime function of
its own (unicc/irbuild/primitives.py) compiles as a call of `T_m(x, ...)`
from this module, when it defines one.  Under CPython these functions never
run: the real methods do, and the differential programs compare the two.
No program imports this module, so its top level never runs: the functions
use literals, never module globals.
The signatures keep CPython's parameter names (keyword calls work) and the
bodies raise CPython's exceptions with CPython's messages.
"""

from __future__ import annotations

from typing import Iterable, Iterator

# ---- str ------------------------------------------------------------------

def str_removeprefix(self: str, prefix: str) -> str:
    if self.startswith(prefix):
        return self[len(prefix):]
    return self


def str_removesuffix(self: str, suffix: str) -> str:
    if suffix and self.endswith(suffix):
        return self[:len(self) - len(suffix)]
    return self


def str_isascii(self: str) -> bool:
    for c in self:
        if ord(c) > 127:
            return False
    return True


def str_casefold(self: str) -> str:
    # Unicode's full case folding (CaseFolding.txt, status C and F) is str.lower()
    # but for the code points listed here (each to 1-3 code points, 0-padded) and
    # Cherokee, whose lower case letters fold to the upper case ones.
    if self.isascii():
        return self.lower()
    keys = ("\u00b5\u00df\u0149\u017f\u01f0\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
            "\u0587\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9b"
            "\u1e9e\u1f50\u1f52\u1f54\u1f56\u1f80\u1f81\u1f82\u1f83\u1f84\u1f85\u1f86\u1f87\u1f88\u1f89\u1f8a"
            "\u1f8b\u1f8c\u1f8d\u1f8e\u1f8f\u1f90\u1f91\u1f92\u1f93\u1f94\u1f95\u1f96\u1f97\u1f98\u1f99\u1f9a"
            "\u1f9b\u1f9c\u1f9d\u1f9e\u1f9f\u1fa0\u1fa1\u1fa2\u1fa3\u1fa4\u1fa5\u1fa6\u1fa7\u1fa8\u1fa9\u1faa"
            "\u1fab\u1fac\u1fad\u1fae\u1faf\u1fb2\u1fb3\u1fb4\u1fb6\u1fb7\u1fbc\u1fbe\u1fc2\u1fc3\u1fc4\u1fc6"
            "\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2\u1fe3\u1fe4\u1fe6\u1fe7\u1ff2\u1ff3\u1ff4\u1ff6\u1ff7"
            "\u1ffc\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\ufb13\ufb14\ufb15\ufb16\ufb17")
    folds = ("\u03bc\x00\x00ss\x00\u02bcn\x00s\x00\x00j\u030c\x00\u03b9\x00\x00\u03b9\u0308\u0301\u03c5\u0308\u0301\u03c3\x00\x00"
             "\u03b2\x00\x00\u03b8\x00\x00\u03c6\x00\x00\u03c0\x00\x00\u03ba\x00\x00\u03c1\x00\x00\u03b5\x00\x00\u0565\u0582\x00\u0432\x00\x00"
             "\u0434\x00\x00\u043e\x00\x00\u0441\x00\x00\u0442\x00\x00\u0442\x00\x00\u044a\x00\x00\u0463\x00\x00\ua64b\x00\x00h\u0331\x00t\u0308"
             "\x00w\u030a\x00y\u030a\x00a\u02be\x00\u1e61\x00\x00ss\x00\u03c5\u0313\x00\u03c5\u0313\u0300\u03c5\u0313\u0301"
             "\u03c5\u0313\u0342\u1f00\u03b9\x00\u1f01\u03b9\x00\u1f02\u03b9\x00\u1f03\u03b9\x00\u1f04\u03b9\x00\u1f05"
             "\u03b9\x00\u1f06\u03b9\x00\u1f07\u03b9\x00\u1f00\u03b9\x00\u1f01\u03b9\x00\u1f02\u03b9\x00\u1f03\u03b9\x00"
             "\u1f04\u03b9\x00\u1f05\u03b9\x00\u1f06\u03b9\x00\u1f07\u03b9\x00\u1f20\u03b9\x00\u1f21\u03b9\x00\u1f22\u03b9"
             "\x00\u1f23\u03b9\x00\u1f24\u03b9\x00\u1f25\u03b9\x00\u1f26\u03b9\x00\u1f27\u03b9\x00\u1f20\u03b9\x00\u1f21"
             "\u03b9\x00\u1f22\u03b9\x00\u1f23\u03b9\x00\u1f24\u03b9\x00\u1f25\u03b9\x00\u1f26\u03b9\x00\u1f27\u03b9\x00"
             "\u1f60\u03b9\x00\u1f61\u03b9\x00\u1f62\u03b9\x00\u1f63\u03b9\x00\u1f64\u03b9\x00\u1f65\u03b9\x00\u1f66\u03b9"
             "\x00\u1f67\u03b9\x00\u1f60\u03b9\x00\u1f61\u03b9\x00\u1f62\u03b9\x00\u1f63\u03b9\x00\u1f64\u03b9\x00\u1f65"
             "\u03b9\x00\u1f66\u03b9\x00\u1f67\u03b9\x00\u1f70\u03b9\x00\u03b1\u03b9\x00\u03ac\u03b9\x00\u03b1\u0342\x00"
             "\u03b1\u0342\u03b9\u03b1\u03b9\x00\u03b9\x00\x00\u1f74\u03b9\x00\u03b7\u03b9\x00\u03ae\u03b9\x00\u03b7\u0342"
             "\x00\u03b7\u0342\u03b9\u03b7\u03b9\x00\u03b9\u0308\u0300\u03b9\u0308\u0301\u03b9\u0342\x00\u03b9\u0308"
             "\u0342\u03c5\u0308\u0300\u03c5\u0308\u0301\u03c1\u0313\x00\u03c5\u0342\x00\u03c5\u0308\u0342\u1f7c"
             "\u03b9\x00\u03c9\u03b9\x00\u03ce\u03b9\x00\u03c9\u0342\x00\u03c9\u0342\u03b9\u03c9\u03b9\x00ff\x00fi\x00fl\x00ff"
             "ifflst\x00st\x00\u0574\u0576\x00\u0574\u0565\x00\u0574\u056b\x00\u057e\u0576\x00\u0574\u056d\x00")
    out: list[str] = []
    for c in self:
        n = ord(c)
        if n < 0xb5:
            out.append(c.lower())
        elif 0x13a0 <= n <= 0x13f5:
            out.append(c)
        elif 0x13f8 <= n <= 0x13fd or 0xab70 <= n <= 0xabbf:
            out.append(chr(n - 8) if n < 0x1400 else chr(n - 0xab70 + 0x13a0))
        else:
            i = keys.find(c)
            out.append(c.lower() if i < 0 else folds[3 * i:3 * i + 3].rstrip("\x00"))
    return "".join(out)


def str_istitle(self: str) -> bool:
    cased = False
    after_cased = False
    for c in self:
        # the letters of category Lt start a word in title case, as upper case ones do
        if c.isupper() or c in "ǅǈǋǲᾈᾉᾊᾋᾌᾍᾎᾏᾘᾙᾚᾛᾜᾝᾞᾟᾨᾩᾪᾫᾬᾭᾮᾯᾼῌῼ":
            if after_cased:
                return False
            after_cased = cased = True
        elif c.islower():
            if not after_cased:
                return False
            cased = True
        else:
            after_cased = False
    return cased


def str_expandtabs(self: str, tabsize: int = 8) -> str:
    out: list[str] = []
    column = 0
    for c in self:
        if c == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.append(" " * spaces)
                column += spaces
        else:
            out.append(c)
            column = 0 if c == "\n" or c == "\r" else column + 1
    return "".join(out)


def clamp_range(n: int, start: int | None, end: int | None) -> tuple[int, int]:
    """start and end of a search as CPython's slice arithmetic resolves them."""
    lo = 0 if start is None else start
    hi = n if end is None else end
    if lo < 0:
        lo = max(lo + n, 0)
    if hi < 0:
        hi = max(hi + n, 0)
    return lo, min(hi, n)


def maketrans_str(x: str, y: str) -> dict[int, int]:
    """str.maketrans(x, y)."""
    if len(x) != len(y):
        raise ValueError("the first two maketrans arguments must have equal length")
    table: dict[int, int] = {}
    for i in range(len(x)):
        table[ord(x[i])] = ord(y[i])
    return table


def str_translate(self: str, table: dict[int, int]) -> str:
    out: list[str] = []
    for c in self:
        code = ord(c)
        out.append(chr(table[code]) if code in table else c)
    return "".join(out)


def str_splitlines(self: str, keepends: bool = False) -> list[str]:
    lines: list[str] = []
    start = 0
    i = 0
    n = len(self)
    while i < n:
        c = self[i]
        if c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
            end = i + 2 if c == "\r" and i + 1 < n and self[i + 1] == "\n" else i + 1
            lines.append(self[start:end if keepends else i])
            start = i = end
        else:
            i += 1
    if start < n:
        lines.append(self[start:])
    return lines


def builtin_format(value: object, spec: str) -> str:
    """format(value, spec) of a value typed object: by its class at run time
    (irbuild/strings.py format_value)."""
    if isinstance(value, bool):
        flag: bool = value   # (unboxed, so formatted as a bool)
        return format(flag, spec)
    if isinstance(value, int):
        n: int = value
        return format(n, spec)
    if isinstance(value, float):
        x: float = value
        return format(x, spec)
    return format(str(value), spec)


def str_format(self: str, *args: object, **kwargs: object) -> str:
    """fmt.format(...) of a format string made at run time (a literal one is
    compiled as an f-string, irbuild/strings.py)."""
    out: list[str] = []
    numbering = [0, 0]   # the next automatic index; 0 undecided, 1 automatic, 2 manual
    _format_into(self, args, kwargs, out, numbering, 2)
    return "".join(out)


def _format_into(fmt: str, args: tuple[object, ...], kwargs: dict[str, object], out: list[str],
                 numbering: list[int], depth: int) -> None:
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{" and fmt[i + 1:i + 2] == "{" or c == "}" and fmt[i + 1:i + 2] == "}":
            out.append(c)
            i += 2
        elif c == "}":
            raise ValueError("Single '}' encountered in format string")
        elif c == "{":
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            name, conv, spec, i = _parse_field(fmt, i + 1)
            out.append(_format_field(name, conv, spec, args, kwargs, numbering, depth))
        else:
            j = i
            while j < n and fmt[j] != "{" and fmt[j] != "}":
                j += 1
            out.append(fmt[i:j])
            i = j


def _parse_field(fmt: str, i: int) -> tuple[str, str, str, int]:
    """The name, conversion and spec of the field from i, and the index
    after its '}', with CPython's errors for a field left open."""
    n, start = len(fmt), i
    while i < n and fmt[i] not in ":!}":
        if fmt[i] == "[":
            while i < n and fmt[i] != "]":
                i += 1
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name, conv = fmt[start:i], ""
    if fmt[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = fmt[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if fmt[i] != ":" and fmt[i] != "}":
            raise ValueError("expected ':' after conversion specifier")
    if fmt[i] == "}":
        return name, conv, "", i + 1
    level, k = 0, i + 1   # the spec, its nested fields counted
    while k < n:
        if fmt[k] == "{":
            level += 1
        elif fmt[k] == "}":
            if level == 0:
                return name, conv, fmt[i + 1:k], k + 1
            level -= 1
        k += 1
    raise ValueError("unmatched '{' in format spec")


def _format_field(name: str, conv: str, spec: str, args: tuple[object, ...], kwargs: dict[str, object],
                  numbering: list[int], depth: int) -> str:
    value = _field_value(name, args, kwargs, numbering)   # first, then the spec's own fields
    if "{" in spec:
        if depth <= 1:
            raise ValueError("Max string recursion exceeded")
        parts: list[str] = []
        _format_into(spec, args, kwargs, parts, numbering, depth - 1)
        spec = "".join(parts)
    if conv == "r":
        value = repr(value)
    elif conv == "s":
        value = str(value)
    elif conv == "a":
        value = ascii(value)
    elif conv != "":
        raise ValueError("Unknown conversion specifier " + conv)
    return format(value, spec)


def _field_value(name: str, args: tuple[object, ...], kwargs: dict[str, object], numbering: list[int]) -> object:
    if "." in name or "[" in name:
        raise ValueError("'.' and '[' in a replacement field of a format string made at run time are not "
                         "supported by unicc")
    if name == "":
        if numbering[1] == 2:
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        numbering[1] = 1
        index = numbering[0]
        numbering[0] += 1
    elif name.isdigit() and name.isascii():
        if numbering[1] == 1:
            raise ValueError("cannot switch from automatic field numbering to manual field specification")
        numbering[1] = 2
        index = int(name)
    else:
        if name not in kwargs:
            raise KeyError(name)
        return kwargs[name]
    if index >= len(args):
        raise IndexError("Replacement index " + str(index) + " out of range for positional args tuple")
    return args[index]


# ---- bytes ----------------------------------------------------------------

def fill_byte(method: str, fillchar: bytes) -> int:
    if len(fillchar) != 1:
        raise TypeError(f"{method}() argument 2 must be a byte string of length 1, not bytes")
    return fillchar[0]


def bytes_ljust(self: bytes, width: int, fillchar: bytes = b" ") -> bytes:
    fill = fill_byte("ljust", fillchar)
    return self + bytes([fill]) * (width - len(self)) if width > len(self) else self


def bytes_rjust(self: bytes, width: int, fillchar: bytes = b" ") -> bytes:
    fill = fill_byte("rjust", fillchar)
    return bytes([fill]) * (width - len(self)) + self if width > len(self) else self


def bytes_center(self: bytes, width: int, fillchar: bytes = b" ") -> bytes:
    fill = fill_byte("center", fillchar)
    pad = width - len(self)
    if pad <= 0:
        return self
    left = pad // 2 + (pad & width & 1)
    return bytes([fill]) * left + self + bytes([fill]) * (pad - left)


def bytes_zfill(self: bytes, width: int) -> bytes:
    pad = width - len(self)
    if pad <= 0:
        return self
    if self and (self[0] == 43 or self[0] == 45):   # b"+", b"-"
        return self[:1] + b"0" * pad + self[1:]
    return b"0" * pad + self


def bytes_removeprefix(self: bytes, prefix: bytes) -> bytes:
    if self.startswith(prefix):
        return self[len(prefix):]
    return self


def bytes_removesuffix(self: bytes, suffix: bytes) -> bytes:
    if suffix and self.endswith(suffix):
        return self[:len(self) - len(suffix)]
    return self


def bytes_isascii(self: bytes) -> bool:
    for c in self:
        if c > 127:
            return False
    return True


def is_upper_byte(c: int) -> bool:
    return 65 <= c <= 90


def is_lower_byte(c: int) -> bool:
    return 97 <= c <= 122


def is_digit_byte(c: int) -> bool:
    return 48 <= c <= 57


def is_space_byte(c: int) -> bool:
    return c == 32 or 9 <= c <= 13


def bytes_isalpha(self: bytes) -> bool:
    if not self:
        return False
    for c in self:
        if not (is_upper_byte(c) or is_lower_byte(c)):
            return False
    return True


def bytes_isdigit(self: bytes) -> bool:
    if not self:
        return False
    for c in self:
        if not is_digit_byte(c):
            return False
    return True


def bytes_isalnum(self: bytes) -> bool:
    if not self:
        return False
    for c in self:
        if not (is_upper_byte(c) or is_lower_byte(c) or is_digit_byte(c)):
            return False
    return True


def bytes_isspace(self: bytes) -> bool:
    if not self:
        return False
    for c in self:
        if not is_space_byte(c):
            return False
    return True


def bytes_islower(self: bytes) -> bool:
    cased = False
    for c in self:
        if is_upper_byte(c):
            return False
        cased = cased or is_lower_byte(c)
    return cased


def bytes_isupper(self: bytes) -> bool:
    cased = False
    for c in self:
        if is_lower_byte(c):
            return False
        cased = cased or is_upper_byte(c)
    return cased


def bytes_istitle(self: bytes) -> bool:
    cased = False
    after_cased = False
    for c in self:
        if is_upper_byte(c):
            if after_cased:
                return False
            after_cased = cased = True
        elif is_lower_byte(c):
            if not after_cased:
                return False
            cased = True
        else:
            after_cased = False
    return cased


def swap_byte(c: int) -> int:
    if is_upper_byte(c) or is_lower_byte(c):
        return c ^ 32
    return c


def bytes_swapcase(self: bytes) -> bytes:
    return bytes([swap_byte(c) for c in self])


def bytes_capitalize(self: bytes) -> bytes:
    out = bytearray(self.lower())
    if out and is_lower_byte(out[0]):
        out[0] = out[0] - 32
    return bytes(out)


def bytes_title(self: bytes) -> bytes:
    out = bytearray(len(self))
    after_cased = False
    for i in range(len(self)):
        c = self[i]
        if is_upper_byte(c) or is_lower_byte(c):
            out[i] = c | 32 if after_cased else c & ~32
            after_cased = True
        else:
            out[i] = c
            after_cased = False
    return bytes(out)


def bytes_expandtabs(self: bytes, tabsize: int = 8) -> bytes:
    out = bytearray()
    column = 0
    for c in self:
        if c == 9:
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.extend(b" " * spaces)
                column += spaces
        else:
            out.append(c)
            column = 0 if c == 10 or c == 13 else column + 1
    return bytes(out)


def bytes_index(self: bytes, sub: bytes, start: int | None = None, end: int | None = None) -> int:
    lo, hi = clamp_range(len(self), start, end)
    i = self[lo:hi].find(sub) if lo <= len(self) else -1
    if i < 0:
        raise ValueError("subsection not found")
    return lo + i


def bytes_rindex(self: bytes, sub: bytes, start: int | None = None, end: int | None = None) -> int:
    lo, hi = clamp_range(len(self), start, end)
    i = self[lo:hi].rfind(sub) if lo <= len(self) else -1
    if i < 0:
        raise ValueError("subsection not found")
    return lo + i


def bytes_splitlines(self: bytes, keepends: bool = False) -> list[bytes]:
    lines: list[bytes] = []
    start = 0
    i = 0
    n = len(self)
    while i < n:
        c = self[i]
        if c == 10 or c == 13:
            end = i + 2 if c == 13 and i + 1 < n and self[i + 1] == 10 else i + 1
            lines.append(self[start:end if keepends else i])
            start = i = end
        else:
            i += 1
    if start < n:
        lines.append(self[start:])
    return lines


def bytes_rsplit(self: bytes, sep: bytes | None = None, maxsplit: int = -1) -> list[bytes]:
    parts: list[bytes] = []
    end = len(self)
    if sep is None:
        while True:
            while end > 0 and is_space_byte(self[end - 1]):
                end -= 1
            if end == 0:
                break
            start = end
            if maxsplit == 0:
                start = 0
            else:
                while start > 0 and not is_space_byte(self[start - 1]):
                    start -= 1
            parts.append(self[start:end])
            end = start
            maxsplit -= 1
    else:
        if not sep:
            raise ValueError("empty separator")
        while maxsplit != 0:
            i = self[:end].rfind(sep)
            if i < 0:
                break
            parts.append(self[i + len(sep):end])
            end = i
            maxsplit -= 1
        parts.append(self[:end])
    parts.reverse()
    return parts


# ---- bytearray ------------------------------------------------------------
# A method of bytes that bytearray does not define here runs on the bytearray
# itself (the same layout) and a bytes result is copied into a bytearray
# (irbuild/methods.py); these are the ones whose results need more.

def bytearray_remove(self: bytearray, value: int) -> None:
    i = self.find(bytes([value]))
    if i < 0:
        raise ValueError("value not found in bytearray")
    del self[i]


def bytearray_copy(self: bytearray) -> bytearray:
    return bytearray(self)


def bytearray_strip(self: bytearray, chars: bytes | None = None) -> bytearray:
    return bytearray(bytes(self).strip(chars))


def bytearray_lstrip(self: bytearray, chars: bytes | None = None) -> bytearray:
    return bytearray(bytes(self).lstrip(chars))


def bytearray_rstrip(self: bytearray, chars: bytes | None = None) -> bytearray:
    return bytearray(bytes(self).rstrip(chars))


def bytearray_split(self: bytearray, sep: bytes | None = None, maxsplit: int = -1) -> list[bytearray]:
    return [bytearray(p) for p in bytes(self).split(sep, maxsplit)]


def bytearray_rsplit(self: bytearray, sep: bytes | None = None, maxsplit: int = -1) -> list[bytearray]:
    return [bytearray(p) for p in bytes_rsplit(bytes(self), sep, maxsplit)]


def bytearray_splitlines(self: bytearray, keepends: bool = False) -> list[bytearray]:
    return [bytearray(p) for p in bytes_splitlines(bytes(self), keepends)]


def bytearray_startswith(self: bytearray, prefix: bytes) -> bool:
    return bytes(self).startswith(prefix)


def bytearray_endswith(self: bytearray, suffix: bytes) -> bool:
    return bytes(self).endswith(suffix)


# ---- int and float --------------------------------------------------------

def int_bit_length(self: int) -> int:
    n = -self if self < 0 else self
    bits = 0
    while n:
        n >>= 1
        bits += 1
    return bits


def int_bit_count(self: int) -> int:
    n = -self if self < 0 else self
    ones = 0
    while n:
        n &= n - 1
        ones += 1
    return ones


def int_conjugate(self: int) -> int:
    return self


def int_as_integer_ratio(self: int) -> tuple[int, int]:
    return self, 1


def float_is_integer(self: float) -> bool:
    return self % 1.0 == 0.0   # nan and inf leave nan


def float_as_integer_ratio(self: float) -> tuple[int, int]:
    if self != self:
        raise ValueError("cannot convert NaN to integer ratio")
    if self - self != 0.0:
        raise OverflowError("cannot convert Infinity to integer ratio")
    numerator = self
    denominator = 1
    while numerator % 1.0 != 0.0:   # doubling a double is exact
        numerator *= 2.0
        denominator *= 2
    return int(numerator), denominator


def float_conjugate(self: float) -> float:
    return self


# ---- ascii() and !a ---------------------------------------------------------

def builtin_ascii(text: str) -> str:
    """ascii(x) from repr(x): each non-ASCII character as \\xhh, \\uhhhh or \\Uhhhhhhhh."""
    out: list[str] = []
    digits = "0123456789abcdef"
    for ch in text:
        c = ord(ch)
        if c < 0x80:
            out.append(ch)
            continue
        width = 2 if c < 0x100 else 4 if c < 0x10000 else 8
        out.append("\\x" if width == 2 else "\\u" if width == 4 else "\\U")
        for shift in range(4 * (width - 1), -1, -4):
            out.append(digits[(c >> shift) & 15])
    return "".join(out)


# ---- f(**d): CPython's messages when the dict does not fit the parameters (irbuild/kwargs_spread.py) ----

def missing_arguments(qualname: str, kind: str, names: list[str]) -> str:
    """"f() missing 2 required positional arguments: 'a' and 'b'"."""
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    plural = "argument" if len(names) == 1 else "arguments"
    return f"{qualname}() missing {len(names)} required {kind} {plural}: {listed}"


def repeated_keyword(merged: str, seen: list[str], keys: list[str]) -> str:
    """The message for the first of keys already in seen, as CPython's
    merging of a call's keyword arguments gives it ('' when none); the keys
    are added to seen."""
    for k in keys:
        if k in seen:
            return f"{merged} got multiple values for keyword argument '{k}'"
        seen.append(k)
    return ""


def unexpected_keyword(qualname: str, keys: list[str], params: str, positional_only: str) -> str:
    """The message for the first key of keys that names no parameter (params:
    the names a keyword may give, separated by spaces), as CPython's: a key
    naming a positional-only parameter is reported first, with all such keys."""
    names, only = params.split(" "), positional_only.split(" ")
    for k in keys:
        if k not in names:
            passed = [x for x in keys if x in only]
            if passed:
                return (f"{qualname}() got some positional-only arguments passed as keyword arguments: "
                        f"'{', '.join(passed)}'")
            return f"{qualname}() got an unexpected keyword argument '{k}'"
    return ""


# ---- zip(*iterables) ----------------------------------------------------------

def zip_star(iterables: Iterable[Iterable[object]]) -> Iterator[tuple[object, ...]]:
    """zip(*xs): one tuple per position, as many items as xs has iterables
    (known only at run time, so mypy types them Any: objects here); it stops
    at the shortest, and makes nothing when xs is empty."""
    its = [iter(x) for x in iterables]
    if not its:
        return
    while True:
        items: list[object] = []
        for it in its:
            try:
                items.append(next(it))
            except StopIteration:
                return
        yield tuple(items)


# ---- a, b = iterable ------------------------------------------------------------

def unpack_items(xs: Iterable[object], n: int) -> list[object]:
    """The n items of an iterable unpacked into n targets, with CPython's
    ValueErrors; an iterator is read at most n + 1 times."""
    out: list[object] = []
    for x in xs:
        if len(out) == n:
            raise ValueError(f"too many values to unpack (expected {n})")
        out.append(x)
    if len(out) < n:
        raise ValueError(f"not enough values to unpack (expected {n}, got {len(out)})")
    return out


# ---- slice objects (irbuild/slices.py: three object fields) -------------------

def slice_bound(v: object) -> int:
    """A part of a slice as an index, or CPython's TypeError (bools are ints)."""
    if isinstance(v, int):
        return int(v)
    raise TypeError("slice indices must be integers or None or have an __index__ method")


def slice_step(s: slice) -> int:
    if s.step is None:
        return 1
    step = slice_bound(s.step)
    if step == 0:
        raise ValueError("slice step cannot be zero")
    return step


def slice_parts(s: slice) -> tuple[int, int, int, int]:
    """(start, stop, step, has) as the runtime's slicing functions take a
    `[a:b:c]`'s: `has` 1 when start is given, 2 when stop is; CPython looks
    at the step first."""
    step = slice_step(s)
    start = 0 if s.start is None else slice_bound(s.start)
    stop = 0 if s.stop is None else slice_bound(s.stop)
    return (start, stop, step, (s.start is not None) + 2 * (s.stop is not None))


def slice_clamp(v: object, length: int, low: int, high: int) -> int:
    i = slice_bound(v)
    if i < 0:
        i += length
    return min(max(i, low), high)


def slice_indices(self: slice, length: int, /) -> tuple[int, int, int]:
    if length < 0:
        raise ValueError("length should not be negative")
    step = slice_step(self)
    low, high = (-1, length - 1) if step < 0 else (0, length)
    start = (high if step < 0 else low) if self.start is None else slice_clamp(self.start, length, low, high)
    stop = (low if step < 0 else high) if self.stop is None else slice_clamp(self.stop, length, low, high)
    return (start, stop, step)


def slice_repr(s: slice) -> str:
    return f"slice({s.start!r}, {s.stop!r}, {s.step!r})"


def slice_eq(a: slice, b: object) -> bool:
    if not isinstance(b, slice):
        return False
    return a is b or (a.start, a.stop, a.step) == (b.start, b.stop, b.step)


def slice_hash(s: slice) -> int:
    raise TypeError("unhashable type: 'slice'")

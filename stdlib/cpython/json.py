"""CPython's `json` module for compiled programs (under CPython its own runs):
`dumps` and `loads` with CPython's output, number handling and
`JSONDecodeError` messages.

Typing: typeshed's `loads` returns Any, which the subset does not have.
Here it returns `JSON`, the union of what a JSON document holds (dicts of
str keys, lists, str, int, float, bool, None, nested), which `isinstance`
narrows: after `if isinstance(v, dict)`, `v` is a `dict[str, JSON]` whose
values narrow in turn.  Under CPython the same program type-checks against
typeshed (Any narrows the same way).  `dumps` takes any object: lists,
tuples and dicts of any item type are read through the runtime's iterators,
which box their items, so a `dict[str, int]` is walked like a
`dict[str, object]`.  `dump` writes the pieces of `iterencode` as CPython
does, one fp.write each (what comes before an object it cannot encode is
written before the error); `load` is loads(fp.read()).  The hooks
of `loads` (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
`parse_constant`) and `JSONDecoder` (`decode`, `raw_decode`) give `object`
(typeshed's Any): narrow it.  `cls=` of `dumps` and `dump` is an encoder
class (a `JSONEncoder` subclass), of `loads` a decoder class (`JSONDecoder`'s).
`JSONEncoder` subclasses override `default`, `encode` or `iterencode`
(whose pieces are those of CPython's Python encoder, json/encoder.py).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Protocol, Union, cast, overload

from unicc_rt import extern

JSON = Union[dict[str, "JSON"], list["JSON"], str, int, float, bool, None]


@extern("rt_iter")
def _iter(o: object) -> Iterator[object]:
    """An iterator over a list, tuple or dict (its keys) of any item type,
    whose items come out boxed."""
    return iter(cast(Iterable[object], o))


@extern("rt_dict_values")
def _dict_values(d: object) -> object:
    """A list of d's values, of the dict's own kind (read it through _iter)."""
    return list(cast(dict[object, object], d).values())


class JSONDecodeError(ValueError):
    def __init__(self, msg: str, doc: str, pos: int) -> None:
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---- dumps -----------------------------------------------------------------

def _needs_escape(c: int, ensure_ascii: bool) -> bool:
    """Whether the UTF-8 byte c is escaped (a byte of a non-ASCII character
    is, when ensure_ascii)."""
    return c < 0x20 or c == 0x22 or c == 0x5C or (c >= 0x7F and ensure_ascii)


def _quote(s: str, ensure_ascii: bool) -> str:
    """s as a JSON string: a scan of its UTF-8 bytes (iterating over the str
    would make a string per character), the escaped text built as bytes."""
    try:
        data = s.encode()
    except UnicodeEncodeError:   # a lone surrogate
        return _quote_chars(s, ensure_ascii)
    n = len(data)
    i = 0
    while i < n and not _needs_escape(data[i], ensure_ascii):
        i += 1
    if i == n:
        return '"' + s + '"'
    out = bytearray(b'"')
    start = 0
    while i < n:
        c = data[i]
        if not _needs_escape(c, ensure_ascii):
            i += 1
            continue
        if start < i:
            out += data[start:i]
        if c < 0x80:
            _put_escape(out, c)
            i += 1
        else:   # a non-ASCII character, written as \uXXXX (a surrogate pair above U+FFFF)
            width = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            cp = c & (0x3F >> (width - 1))
            for k in range(i + 1, i + width):
                cp = (cp << 6) | (data[k] & 0x3F)
            _put_hex4(out, cp)
            i += width
        start = i
    if start < n:
        out += data[start:n]
    out += b'"'
    return out.decode()


def _put_hex4(out: bytearray, cp: int) -> None:
    if cp >= 0x10000:
        cp -= 0x10000
        _put_hex4(out, 0xD800 | (cp >> 10))
        cp = 0xDC00 | (cp & 0x3FF)
    out += b"\\u"
    for shift in (12, 8, 4, 0):
        out.append(_HEX_DIGITS[(cp >> shift) & 15])


_HEX_DIGITS = b"0123456789abcdef"
_SHORT_ESCAPES = {0x22: b'\\"', 0x5C: b"\\\\", 0x0A: b"\\n", 0x0D: b"\\r", 0x09: b"\\t", 0x08: b"\\b", 0x0C: b"\\f"}


def _put_escape(out: bytearray, c: int) -> None:
    """The escape of the ASCII character c."""
    esc = _SHORT_ESCAPES.get(c)
    if esc is None:
        _put_hex4(out, c)
    else:
        out += esc


def _quote_chars(s: str, ensure_ascii: bool) -> str:
    """_quote of a str with a lone surrogate (it has no UTF-8), character by
    character (without ensure_ascii the surrogate stays as it is)."""
    out: list[str] = ['"']
    for ch in s:
        n = ord(ch)
        if n < 0x80 and _needs_escape(n, ensure_ascii) or n >= 0x80 and ensure_ascii:
            b = bytearray()
            if n < 0x80:
                _put_escape(b, n)
            else:
                _put_hex4(b, n)
            out.append(b.decode())
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _type_name(o: object) -> str:
    return type(o).__name__


class _Encoder:
    def __init__(self, skipkeys: bool, ensure_ascii: bool, check_circular: bool, allow_nan: bool,
                 indent: str | None, item_sep: str, key_sep: str,
                 default: Callable[[object], object] | None, sort_keys: bool) -> None:
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.indent = indent
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.default = default
        self.sort_keys = sort_keys
        self.out: list[str] = []
        self.markers: set[int] = set()
        self.key_memo: dict[str, str] = {}
        # CPython encodes with its Python encoder (json/encoder.py's
        # _make_iterencode) for dump and where indent is given, with its C one
        # otherwise: their messages and what dump has written differ
        self.py_encoder = indent is not None

    def float_text(self, f: float) -> str:
        if f != f:
            text = "NaN"
        elif f == float("inf"):
            text = "Infinity"
        elif f == -float("inf"):
            text = "-Infinity"
        else:
            return repr(f)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant" +
                             (": " + repr(f) if self.py_encoder else ""))
        return text

    def enter(self, o: object) -> None:
        if self.check_circular:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers.add(id(o))

    def leave(self, o: object) -> None:
        if self.check_circular:
            self.markers.discard(id(o))

    def encode(self, o: object, level: int) -> None:
        if isinstance(o, str):
            self.out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            self.out.append("null")
        elif isinstance(o, bool):
            self.out.append("true" if o else "false")
        elif isinstance(o, int):
            self.out.append(str(int(o)))
        elif isinstance(o, float):
            self.out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            if self.default is None:
                raise TypeError(f"Object of type {_type_name(o)} is not JSON serializable")
            self.enter(o)
            self.encode(self.default(o), level)
            self.leave(o)

    def open(self, bracket: str, level: int) -> str:
        """The bracket and what goes before the first item; returns the separator."""
        if self.indent is None:
            self.out.append(bracket)
            return self.item_sep
        newline = "\n" + self.indent * (level + 1)
        self.out.append(bracket + newline)
        return self.item_sep + newline

    def close(self, bracket: str, level: int) -> None:
        if self.indent is not None:
            self.out.append("\n" + self.indent * level)
        self.out.append(bracket)

    def encode_list(self, o: object, level: int) -> None:
        sep = ""
        for x in _iter(o):
            if sep:
                self.out.append(sep)
            else:
                self.enter(o)
                sep = self.open("[", level)
            self.encode(x, level + 1)
        if not sep:
            self.out.append("[]")
            return
        self.close("]", level)
        self.leave(o)

    def key_text(self, k: object) -> str | None:
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.float_text(k)
        if isinstance(k, bool):
            return "true" if k else "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return str(int(k))
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {_type_name(k)}")

    def quoted_key(self, k: object) -> str | None:
        """The key as written, with the separator after it; str keys are
        remembered, as a document repeats its keys (CPython's C encoder
        memoizes them too)."""
        if isinstance(k, str):
            memo = self.key_memo.get(k)
            if memo is None:
                memo = _quote(k, self.ensure_ascii) + self.key_sep
                self.key_memo[k] = memo
            return memo
        text = self.key_text(k)
        return None if text is None else _quote(text, self.ensure_ascii) + self.key_sep

    def encode_dict(self, o: object, level: int) -> None:
        keys = list(_iter(o))
        if not keys:
            self.out.append("{}")
            return
        values = list(_iter(_dict_values(o)))
        self.enter(o)
        sep = self.open("{", level)
        first = True
        order = _sorted_order(keys) if self.sort_keys else None
        for j in range(len(keys)):
            i = j if order is None else order[j]
            key = self.quoted_key(keys[i])
            if key is None:
                continue
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(key)
            self.encode(values[i], level + 1)
        self.close("}", level)
        self.leave(o)


    # ---- the pieces CPython's Python encoder (json/encoder.py) yields ----
    # what iterencode gives and dump writes: a scalar item with the separator
    # before it, a container's bracket and what follows it, a key and its
    # separator apart

    def scalar(self, o: object) -> str | None:
        """The text of a value that is no container, or None."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        if o is None:
            return "null"
        if isinstance(o, bool):
            return "true" if o else "false"
        if isinstance(o, int):
            return str(int(o))
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def chunks(self, o: object, level: int) -> Iterator[str]:
        if isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
            return
        if isinstance(o, dict):
            yield from self.dict_chunks(o, level)
            return
        text = self.scalar(o)
        if text is not None:
            yield text
            return
        if self.default is None:
            raise TypeError(f"Object of type {_type_name(o)} is not JSON serializable")
        self.enter(o)
        yield from self.chunks(self.default(o), level)
        self.leave(o)

    def list_chunks(self, o: object, level: int) -> Iterator[str]:
        items = list(_iter(o))
        if not items:
            yield "[]"
            return
        self.enter(o)
        buf = "["
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep += "\n" + self.indent * level
            buf += "\n" + self.indent * level
        for i, x in enumerate(items):
            if i:
                buf = sep
            text = self.scalar(x)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.chunks(x, level)
        if self.indent is not None:
            yield "\n" + self.indent * (level - 1)
        yield "]"
        self.leave(o)

    def dict_chunks(self, o: object, level: int) -> Iterator[str]:
        keys = list(_iter(o))
        if not keys:
            yield "{}"
            return
        values = list(_iter(_dict_values(o)))
        self.enter(o)
        yield "{"
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep += "\n" + self.indent * level
            yield "\n" + self.indent * level
        order = _sorted_order(keys) if self.sort_keys else None
        first = True
        for j in range(len(keys)):
            i = j if order is None else order[j]
            key = self.key_text(keys[i])
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield _quote(key, self.ensure_ascii)
            yield self.key_sep
            text = self.scalar(values[i])
            if text is not None:
                yield text
            else:
                yield from self.chunks(values[i], level)
        if self.indent is not None:
            yield "\n" + self.indent * (level - 1)
        yield "}"
        self.leave(o)


def _sorted_order(keys: list[object]) -> list[int]:
    """The positions of keys in sorted order (the keys of one dict: all str,
    or all numbers), or the TypeError of comparing a str with another type."""
    strs: list[str] = []
    nums: list[float] = []
    other = ""
    for k in keys:
        if isinstance(k, str):
            strs.append(k)
        elif isinstance(k, (int, float)):
            nums.append(float(k))
        else:
            other = _type_name(k)
    if strs and (nums or other) or (nums and other):
        a = "str" if strs else "int"
        b = other if other else ("int" if strs else "float")
        raise TypeError(f"'<' not supported between instances of '{b}' and '{a}'")
    if strs:
        return sorted(range(len(keys)), key=lambda i: strs[i])
    if nums:
        return sorted(range(len(keys)), key=lambda i: nums[i])
    return list(range(len(keys)))


class _Writer(Protocol):
    def write(self, s: str, /) -> object: ...


class _Reader(Protocol):
    def read(self, n: int = -1, /) -> str | bytes: ...


def dump(obj: object, fp: _Writer, *, skipkeys: bool = False, ensure_ascii: bool = True,
         check_circular: bool = True, allow_nan: bool = True, cls: type[JSONEncoder] | None = None,
         indent: None | int | str = None, separators: tuple[str, str] | None = None,
         default: Callable[[object], object] | None = None, sort_keys: bool = False) -> None:
    """dumps written to fp in the pieces of iterencode, one fp.write each, as
    CPython writes them (what comes before an object that cannot be encoded
    is written before the error)."""
    if cls is not None:
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                     allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                     sort_keys=sort_keys).iterencode(obj)
    else:
        enc = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys)
        enc.py_encoder = True
        chunks = enc.chunks(obj, 0)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj: object, *, skipkeys: bool = False, ensure_ascii: bool = True,
          check_circular: bool = True, allow_nan: bool = True, cls: type[JSONEncoder] | None = None,
          indent: None | int | str = None, separators: tuple[str, str] | None = None,
          default: Callable[[object], object] | None = None, sort_keys: bool = False) -> str:
    if cls is not None:   # an encoder class (a JSONEncoder subclass overriding default)
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys).encode(obj)
    enc = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys)
    enc.encode(obj, 0)
    return "".join(enc.out)


def _encoder(skipkeys: bool, ensure_ascii: bool, check_circular: bool, allow_nan: bool,
             indent: None | int | str, separators: tuple[str, str] | None,
             default: Callable[[object], object] | None, sort_keys: bool) -> _Encoder:
    if isinstance(indent, int):
        step: str | None = " " * indent
    else:
        step = indent
    if separators is not None:
        item_sep, key_sep = separators
    elif indent is not None:
        item_sep, key_sep = ",", ": "
    else:
        item_sep, key_sep = ", ", ": "
    return _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, step, item_sep, key_sep,
                    default, sort_keys)


class JSONEncoder:
    """The encoder class, for subclasses that override `default` (what to
    encode for an object JSON has no form for), `encode` or `iterencode`,
    and for `cls=` of dumps and dump.  iterencode gives the pieces CPython's
    Python encoder gives; with _one_shot (encode's call) and no indent, the
    C encoder's text and messages, in pieces of its own."""

    def __init__(self, *, skipkeys: bool = False, ensure_ascii: bool = True, check_circular: bool = True,
                 allow_nan: bool = True, sort_keys: bool = False, indent: None | int | str = None,
                 separators: tuple[str, str] | None = None,
                 default: Callable[[object], object] | None = None) -> None:
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        self.item_separator = ", " if indent is None else ","
        self.key_separator = ": "
        if separators is not None:
            self.item_separator, self.key_separator = separators
        self.default_function = default

    def default(self, o: object) -> object:
        raise TypeError(f"Object of type {_type_name(o)} is not JSON serializable")

    def encode(self, o: object) -> str:
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return "".join(self.iterencode(o, True))

    def iterencode(self, o: object, _one_shot: bool = False) -> Iterator[str]:
        fallback = self.default_function if self.default_function is not None else self.default
        enc = _encoder(self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan, self.indent,
                       (self.item_separator, self.key_separator), fallback, self.sort_keys)
        if _one_shot and self.indent is None:
            enc.encode(o, 0)
            return iter(enc.out)
        enc.py_encoder = True
        return enc.chunks(o, 0)


# ---- loads -----------------------------------------------------------------

_HEX = "0123456789abcdef"


class _Hooks:
    """What loads makes of objects, numbers and constants instead of dicts,
    floats and ints (its keyword arguments)."""

    def __init__(self, object_hook: Callable[[dict[str, object]], object] | None,
                 parse_float: Callable[[str], object] | None, parse_int: Callable[[str], object] | None,
                 parse_constant: Callable[[str], object] | None,
                 object_pairs_hook: Callable[[list[tuple[str, object]]], object] | None) -> None:
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.object_pairs_hook = object_pairs_hook


class _Parser:
    """A recursive-descent parser over the UTF-8 bytes of the document, as
    CPython's scanner (_json.c) parses, with its messages and positions."""

    def __init__(self, doc: str, hooks: _Hooks | None = None) -> None:
        self.doc = doc
        self.data = doc.encode()
        self.ascii = len(self.data) == len(doc)
        self.pos = 0
        self.hooks = hooks

    def error(self, msg: str, at: int) -> JSONDecodeError:
        chars = at if self.ascii else len(self.data[:at].decode())
        return JSONDecodeError(msg, self.doc, chars)

    def skip_ws(self) -> None:
        data = self.data
        pos = self.pos
        n = len(data)
        while pos < n:
            c = data[pos]
            if c != 0x20 and c != 0x0A and c != 0x0D and c != 0x09:
                break
            pos += 1
        self.pos = pos

    def match(self, word: bytes) -> bool:
        if self.data[self.pos:self.pos + len(word)] == word:
            self.pos += len(word)
            return True
        return False

    def value(self) -> object:
        data = self.data
        pos = self.pos
        if pos >= len(data):
            raise self.error("Expecting value", pos)
        c = data[pos]
        if c == 0x22:   # "
            return self.string()
        if c == 0x7B:   # {
            return self.obj()
        if c == 0x5B:   # [
            return self.array()
        if 0x30 <= c <= 0x39 or c == 0x2D and not (pos + 1 < len(data) and data[pos + 1] == 0x49):
            return self.number()
        if c == 0x6E and self.match(b"null"):
            return None
        if c == 0x74 and self.match(b"true"):
            return True
        if c == 0x66 and self.match(b"false"):
            return False
        for word, at in ((b"NaN", 0x4E), (b"Infinity", 0x49), (b"-Infinity", 0x2D)):
            if c == at and self.match(word):
                h = self.hooks
                if h is not None and h.parse_constant is not None:
                    return h.parse_constant(word.decode())   # a hook's value, held as JSON's object
                return float(word.decode())
        return self.number()

    def number(self) -> object:
        data = self.data
        start = pos = self.pos
        n = len(data)
        if pos < n and data[pos] == 0x2D:
            pos += 1
        if pos < n and data[pos] == 0x30:
            pos += 1
        elif pos < n and 0x31 <= data[pos] <= 0x39:
            while pos < n and 0x30 <= data[pos] <= 0x39:
                pos += 1
        else:
            raise self.error("Expecting value", start)
        is_float = False
        if pos + 1 < n and data[pos] == 0x2E and 0x30 <= data[pos + 1] <= 0x39:
            pos += 2
            while pos < n and 0x30 <= data[pos] <= 0x39:
                pos += 1
            is_float = True
        if pos < n and (data[pos] == 0x65 or data[pos] == 0x45):
            e = pos + 1
            if e < n and (data[e] == 0x2B or data[e] == 0x2D):
                e += 1
            if e < n and 0x30 <= data[e] <= 0x39:
                while e < n and 0x30 <= data[e] <= 0x39:
                    e += 1
                pos = e
                is_float = True
        self.pos = pos
        h = self.hooks
        if not is_float and pos - start < 19 and (h is None or h.parse_int is None):
            return self.small_int(start, pos)
        text = self.doc[start:pos] if self.ascii else data[start:pos].decode()
        if is_float:
            if h is not None and h.parse_float is not None:
                return h.parse_float(text)
            return float(text)
        if h is not None and h.parse_int is not None:
            return h.parse_int(text)
        return int(text)

    def small_int(self, start: int, end: int) -> int:
        """The value of the digits (after a '-') from start to end, fewer than 19."""
        data = self.data
        negative = data[start] == 0x2D
        v = 0
        for i in range(start + 1 if negative else start, end):
            v = v * 10 + data[i] - 0x30
        return -v if negative else v

    def hex4(self, at: int) -> int:
        """The 4 hex digits at `at`, or -1."""
        data = self.data
        if at + 4 > len(data):
            return -1
        v = 0
        for i in range(at, at + 4):
            d = _HEX.find(chr(data[i]).lower())
            if d < 0:
                return -1
            v = v * 16 + d
        return v

    def string(self) -> str:
        data = self.data
        n = len(data)
        begin = self.pos          # the opening quote
        pos = begin + 1
        chunk = pos
        parts: list[str] | None = None
        while True:
            if pos >= n:
                raise self.error("Unterminated string starting at", begin)
            c = data[pos]
            if c == 0x22:
                break
            if c < 0x20:
                raise self.error("Invalid control character at", pos)
            if c != 0x5C:
                pos += 1
                continue
            if parts is None:
                parts = []
            if chunk < pos:
                parts.append(self.text(chunk, pos))
            if pos + 1 >= n:
                raise self.error("Unterminated string starting at", begin)
            e = data[pos + 1]
            if e == 0x75:   # u
                v = self.hex4(pos + 2)
                if v < 0:
                    raise self.error("Invalid \\uXXXX escape", pos + 1)
                pos += 6
                if 0xD800 <= v <= 0xDBFF and pos + 6 <= n and data[pos] == 0x5C and data[pos + 1] == 0x75:
                    low = self.hex4(pos + 2)
                    if low < 0:
                        raise self.error("Invalid \\uXXXX escape", pos + 1)
                    if 0xDC00 <= low <= 0xDFFF:
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                parts.append(chr(v))
            else:
                esc = _UNESCAPE.get(e)
                if esc is None:
                    raise self.error("Invalid \\escape", pos)
                parts.append(esc)
                pos += 2
            chunk = pos
        self.pos = pos + 1
        if parts is None:
            return self.text(chunk, pos)
        if chunk < pos:
            parts.append(self.text(chunk, pos))
        return "".join(parts)

    def text(self, start: int, end: int) -> str:
        """The document's text from byte start to byte end."""
        return self.doc[start:end] if self.ascii else self.data[start:end].decode()

    def obj(self) -> object:
        data = self.data
        self.pos += 1
        self.skip_ws()
        result: dict[str, object] = {}
        h = self.hooks
        pairs: list[tuple[str, object]] | None = [] if h is not None and h.object_pairs_hook is not None else None
        if self.pos < len(data) and data[self.pos] == 0x7D:
            self.pos += 1
            return self.made(result, pairs)
        while True:
            if self.pos >= len(data) or data[self.pos] != 0x22:
                raise self.error("Expecting property name enclosed in double quotes", self.pos)
            key = self.string()
            self.skip_ws()
            if self.pos >= len(data) or data[self.pos] != 0x3A:
                raise self.error("Expecting ':' delimiter", self.pos)
            self.pos += 1
            self.skip_ws()
            if pairs is not None:
                pairs.append((key, self.value()))
            else:
                result[key] = self.value()
            self.skip_ws()
            if self.pos < len(data) and data[self.pos] == 0x7D:
                self.pos += 1
                return self.made(result, pairs)
            if self.pos >= len(data) or data[self.pos] != 0x2C:
                raise self.error("Expecting ',' delimiter", self.pos)
            self.pos += 1
            self.skip_ws()

    def made(self, result: dict[str, object], pairs: list[tuple[str, object]] | None) -> object:
        """An object's value: the dict, or what object_pairs_hook (given the
        pairs in order, repeated keys kept) or object_hook make of it."""
        h = self.hooks
        if h is None:
            return result
        if pairs is not None and h.object_pairs_hook is not None:
            return h.object_pairs_hook(pairs)
        if h.object_hook is not None:
            return h.object_hook(result)
        return result

    def array(self) -> object:
        data = self.data
        self.pos += 1
        self.skip_ws()
        result: list[object] = []
        if self.pos < len(data) and data[self.pos] == 0x5D:
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            if self.pos < len(data) and data[self.pos] == 0x5D:
                self.pos += 1
                return result
            if self.pos >= len(data) or data[self.pos] != 0x2C:
                raise self.error("Expecting ',' delimiter", self.pos)
            self.pos += 1
            self.skip_ws()


_UNESCAPE = {0x22: '"', 0x5C: "\\", 0x2F: "/", 0x62: "\b", 0x66: "\f", 0x6E: "\n", 0x72: "\r", 0x74: "\t"}


def _document(s: str | bytes | bytearray) -> str:
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    raw = s if isinstance(s, bytes) else bytes(s)
    return raw[3:].decode() if raw.startswith(b"\xef\xbb\xbf") else raw.decode()


def _parse(doc: str, hooks: _Hooks | None) -> object:
    p = _Parser(doc, hooks)
    p.skip_ws()
    v = p.value()
    p.skip_ws()
    if p.pos != len(p.data):
        raise p.error("Extra data", p.pos)
    return v


def _hooks(object_hook: Callable[[dict[str, object]], object] | None,
           parse_float: Callable[[str], object] | None, parse_int: Callable[[str], object] | None,
           parse_constant: Callable[[str], object] | None,
           object_pairs_hook: Callable[[list[tuple[str, object]]], object] | None) -> _Hooks | None:
    if object_hook is None and parse_float is None and parse_int is None and parse_constant is None and \
            object_pairs_hook is None:
        return None
    return _Hooks(object_hook, parse_float, parse_int, parse_constant, object_pairs_hook)


@overload
def loads(s: str | bytes | bytearray) -> JSON: ...
@overload
def loads(s: str | bytes | bytearray, *, cls: type[JSONDecoder] | None = None,
          object_hook: Callable[[dict[str, object]], object] | None = None,
          parse_float: Callable[[str], object] | None = None, parse_int: Callable[[str], object] | None = None,
          parse_constant: Callable[[str], object] | None = None,
          object_pairs_hook: Callable[[list[tuple[str, object]]], object] | None = None) -> object: ...
def loads(s: str | bytes | bytearray, *, cls: type[JSONDecoder] | None = None,
          object_hook: Callable[[dict[str, object]], object] | None = None,
          parse_float: Callable[[str], object] | None = None, parse_int: Callable[[str], object] | None = None,
          parse_constant: Callable[[str], object] | None = None,
          object_pairs_hook: Callable[[list[tuple[str, object]]], object] | None = None) -> object:
    """A document's value; with hooks, what they make of its parts (typed
    object: typeshed's Any, which the subset does not have; narrow it);
    with cls, what that decoder class's decode makes of it."""
    if cls is not None:
        dec = cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                  parse_constant=parse_constant, object_pairs_hook=object_pairs_hook)
        return dec.decode(_document(s))
    return _parse(_document(s), _hooks(object_hook, parse_float, parse_int, parse_constant, object_pairs_hook))


def load(fp: _Reader) -> JSON:
    return cast(JSON, _parse(_document(fp.read()), None))


class JSONDecoder:
    """The decoder class: decode(s) is loads(s) with the hooks given here;
    raw_decode(s, idx) parses one value from idx and says where it ended."""

    def __init__(self, *, object_hook: Callable[[dict[str, object]], object] | None = None,
                 parse_float: Callable[[str], object] | None = None, parse_int: Callable[[str], object] | None = None,
                 parse_constant: Callable[[str], object] | None = None, strict: bool = True,
                 object_pairs_hook: Callable[[list[tuple[str, object]]], object] | None = None) -> None:
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def hooks(self) -> _Hooks | None:
        return _hooks(self.object_hook, self.parse_float, self.parse_int, self.parse_constant,
                      self.object_pairs_hook)

    def decode(self, s: str) -> object:
        return _parse(_document(s), self.hooks())

    def raw_decode(self, s: str, idx: int = 0) -> tuple[object, int]:
        p = _Parser(s, self.hooks())
        if idx:
            p.pos = len(s[:idx].encode())
        v = p.value()
        end = p.pos if p.ascii else len(p.data[:p.pos].decode())
        return v, end

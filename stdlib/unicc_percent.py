"""printf-style formatting: `str % args`, `bytes % args`, `bytearray % args`.

The compiler lowers `fmt % args` of a str, bytes or bytearray `fmt` into a
call of `str_percent`, `bytes_percent` or `bytearray_percent` (only a
program that formats this way gets these functions compiled in).  `args`
comes boxed: a tuple as it is, any other value as an object; when `args`
is a dict, `mapping` is a copy of it with its keys and values boxed, for
the `%(key)s` lookups.  The numbers are formatted by the same code as
format() and f-strings (`format(x, spec)`); this module only parses the
format and lays out sign, prefix and padding as CPython 3.11 does, with its
error messages.  bytes are formatted as latin-1 text, one character per
byte.
"""

from __future__ import annotations

from unicc_rt import extern


@extern("rt_dict_keys")
def _dict_keys(d: dict[object, object]) -> list[object]:
    """A list of d's keys, of the dict's own kind (read it through iter())."""
    return list(d.keys())


@extern("rt_dict_values")
def _dict_values(d: dict[object, object]) -> list[object]:
    return list(d.values())


def _boxed(d: dict[object, object]) -> dict[object, object]:
    """d with its keys and values boxed: a dict of any static type passed as an object."""
    keys = _dict_keys(d)
    ki = iter(keys)
    vi = iter(_dict_values(d))
    m: dict[object, object] = {}
    for _ in range(len(keys)):
        k = next(ki)
        m[k] = next(vi)
    return m


def str_percent(fmt: str, args: object, mapping: dict[object, object] | None) -> str:
    return _format(fmt, args, mapping, False)


def bytes_percent(fmt: bytes, args: object, mapping: dict[object, object] | None) -> bytes:
    return _format(fmt.decode("latin-1"), args, mapping, True).encode("latin-1")


def bytearray_percent(fmt: bytearray, args: object, mapping: dict[object, object] | None) -> bytearray:
    return bytearray(_format(fmt.decode("latin-1"), args, mapping, True).encode("latin-1"))


def _type_name(v: object) -> str:
    """type(v).__name__ of the builtin types (the subset has no type())."""
    if v is None:
        return "NoneType"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, bytes):
        return "bytes"
    if isinstance(v, bytearray):
        return "bytearray"
    if isinstance(v, list):
        return "list"
    if isinstance(v, tuple):
        return "tuple"
    if isinstance(v, dict):
        return "dict"
    if isinstance(v, set):
        return "set"
    r = repr(v)
    if r.startswith("<") and " object at " in r:   # object.__repr__: <module.Name object at 0x...>
        name = r[1:r.index(" object at ")]
        return name[name.rfind(".") + 1:]
    return "object"


def _ascii(s: str) -> str:
    """ascii(): repr()'s text with every non-ASCII character escaped."""
    out: list[str] = []
    for ch in s:
        c = ord(ch)
        if c < 128:
            out.append(ch)
        elif c < 0x100:
            out.append("\\x" + format(c, "02x"))
        elif c < 0x10000:
            out.append("\\u" + format(c, "04x"))
        else:
            out.append("\\U" + format(c, "08x"))
    return "".join(out)


def _is_mapping(v: object, is_bytes: bool) -> bool:
    """CPython's test for a mapping argument: a type with __getitem__ that is
    not a tuple nor the format's own type."""
    if isinstance(v, tuple):
        return False
    if isinstance(v, str):
        return False
    if isinstance(v, bytes) or isinstance(v, bytearray):
        return not is_bytes
    return isinstance(v, dict) or isinstance(v, list)


def _as_bytes_text(v: object) -> str:
    if isinstance(v, bytes):
        return v.decode("latin-1")
    if isinstance(v, bytearray):
        return v.decode("latin-1")
    raise TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + _type_name(v) + "'")


def _format(fmt: str, args: object, mapping: dict[object, object] | None, is_bytes: bool) -> str:
    items: list[object] = []
    if isinstance(args, tuple):
        it = iter(args)   # next() boxes each item by its kind
        for _ in range(len(args)):
            items.append(next(it))
        arglen = len(items)
        argidx = 0
    else:
        items.append(args)
        arglen = -1
        argidx = -2
    if mapping is None and isinstance(args, dict):
        mapping = _boxed(args)
    is_map = _is_mapping(args, is_bytes)
    out: list[str] = []
    n = len(fmt)
    pos = 0
    while pos < n:
        nxt = fmt.find("%", pos)
        if nxt < 0:
            out.append(fmt[pos:])
            break
        if nxt > pos:
            out.append(fmt[pos:nxt])
        pos = nxt + 1
        if pos < n and fmt[pos] == "%":   # only right after the '%'; "%5%" is a conversion
            out.append("%")
            pos += 1
            continue
        # one conversion specifier, as CPython's unicode_format_arg_parse
        if pos < n and fmt[pos] == "(":
            if not is_map:
                raise TypeError("format requires a mapping")
            pos += 1
            start = pos
            depth = 1
            while pos < n and depth > 0:
                if fmt[pos] == ")":
                    depth -= 1
                elif fmt[pos] == "(":
                    depth += 1
                pos += 1
            if depth > 0:
                raise ValueError("incomplete format key")
            key = fmt[start:pos - 1]
            if mapping is None:
                if isinstance(args, list):
                    raise TypeError("list indices must be integers or slices, not "
                                    + ("bytes" if is_bytes else "str"))
                raise TypeError("format requires a mapping")
            if is_bytes:
                cur = mapping[key.encode("latin-1")]
            else:
                cur = mapping[key]
            items = [cur]
            arglen = -1
            argidx = -2
        minus = plus = blank = alt = zero = False
        while pos < n:
            c = fmt[pos]
            if c == "-":
                minus = True
            elif c == "+":
                plus = True
            elif c == " ":
                blank = True
            elif c == "#":
                alt = True
            elif c == "0":
                zero = True
            else:
                break
            pos += 1
        width = -1
        if pos < n and fmt[pos] == "*":
            if argidx >= arglen:
                raise TypeError("not enough arguments for format string")
            w = items[argidx if arglen >= 0 else 0]
            argidx += 1
            if not isinstance(w, int):
                raise TypeError("* wants int")
            width = w
            if width < 0:
                minus = True
                width = -width
            pos += 1
        else:
            while pos < n and "0" <= fmt[pos] <= "9":
                width = (0 if width < 0 else width) * 10 + ord(fmt[pos]) - 48
                if width > 0x7FFFFFFF:
                    raise ValueError("width too big")
                pos += 1
        prec = -1
        if pos < n and fmt[pos] == ".":
            prec = 0
            pos += 1
            if pos < n and fmt[pos] == "*":
                if argidx >= arglen:
                    raise TypeError("not enough arguments for format string")
                p = items[argidx if arglen >= 0 else 0]
                argidx += 1
                if not isinstance(p, int):
                    raise TypeError("* wants int")
                prec = max(p, 0)
                pos += 1
            else:
                while pos < n and "0" <= fmt[pos] <= "9":
                    prec = prec * 10 + ord(fmt[pos]) - 48
                    if prec > 0x7FFFFFFF:
                        raise ValueError("precision too big")
                    pos += 1
        while pos < n and fmt[pos] in "hlL":
            pos += 1
        if pos >= n:
            raise ValueError("incomplete format")
        ch = fmt[pos]
        pos += 1
        if argidx >= arglen:
            raise TypeError("not enough arguments for format string")
        v = items[argidx if arglen >= 0 else 0]
        argidx += 1
        numeric = True
        if ch == "s" or ch == "r" or ch == "a" or ch == "b":
            numeric = False
            if is_bytes and (ch == "s" or ch == "b"):
                s = _as_bytes_text(v)
            elif ch == "s":
                s = str(v)
            elif ch == "r" and not is_bytes:
                s = repr(v)
            elif ch == "a" or ch == "r":
                s = _ascii(repr(v))
            else:
                s = ""
                _unsupported(ch, pos)
            if prec >= 0 and len(s) > prec:
                s = s[:prec]
        elif ch in "diuoxX":
            s = _int_text(v, ch, prec, alt, is_bytes)
        elif ch in "eEfFgG":
            s = _float_text(v, ch, prec, alt, is_bytes)
        elif ch == "c":
            numeric = False
            s = _char(v, is_bytes)
        else:
            s = ""
            _unsupported(ch, pos)
        out.append(_layout(s, ch, numeric, width, minus, plus, blank, alt, zero))
    if argidx < arglen and not is_map:
        raise TypeError("not all arguments converted during " + ("bytes" if is_bytes else "string")
                        + " formatting")
    return "".join(out)


def _unsupported(ch: str, pos: int) -> None:
    c = ord(ch)
    shown = ch if 31 <= c <= 126 else "?"
    raise ValueError("unsupported format character '" + shown + "' (0x" + format(c, "x") + ") at index "
                     + str(pos - 1))


def _int_text(v: object, ch: str, prec: int, alt: bool, is_bytes: bool) -> str:
    if isinstance(v, int):
        x = v
    elif isinstance(v, float) and ch in "diu":
        f: float = v   # int(v) of v: object narrowed to float is not compiled
        x = int(f)
    elif ch in "oxX":
        raise TypeError("%" + ch + " format: an integer is required, not " + _type_name(v))
    else:
        raise TypeError("%" + ("d" if is_bytes and ch == "i" else ch) + " format: a real number is required, not " + _type_name(v))
    kind = "d" if ch in "diu" else ch
    digits = format(x, kind)
    neg = digits.startswith("-")
    if neg:
        digits = digits[1:]
    if prec > len(digits):
        digits = "0" * (prec - len(digits)) + digits
    prefix = "0" + ch if alt and kind != "d" else ""
    return ("-" if neg else "") + prefix + digits


def _float_text(v: object, ch: str, prec: int, alt: bool, is_bytes: bool) -> str:
    if isinstance(v, float):
        x = v
    elif isinstance(v, int):
        k: int = v   # float(v) of v: object narrowed to int would parse a str
        x = float(k)
    elif is_bytes:
        raise TypeError("float argument required, not " + _type_name(v))
    else:
        raise TypeError("must be real number, not " + _type_name(v))
    return format(x, ("#." if alt else ".") + str(6 if prec < 0 else prec) + ch)


def _char(v: object, is_bytes: bool) -> str:
    if is_bytes:
        if isinstance(v, bytes) and len(v) == 1:
            return v.decode("latin-1")
        if isinstance(v, bytearray) and len(v) == 1:
            return v.decode("latin-1")
        if isinstance(v, int):
            if not 0 <= v < 256:
                raise OverflowError("%c arg not in range(256)")
            return chr(v)
        raise TypeError("%c requires an integer in range(256) or a single byte")
    if isinstance(v, str):
        if len(v) == 1:
            return v
    elif isinstance(v, int):
        if not 0 <= v < 0x110000:
            raise OverflowError("%c arg not in range(0x110000)")
        return chr(v)
    raise TypeError("%c requires int or char")


def _layout(s: str, ch: str, numeric: bool, width: int, minus: bool, plus: bool, blank: bool, alt: bool,
            zero: bool) -> str:
    """Sign, 0x/0o prefix and padding around a converted value, as CPython's
    unicode_format_arg_output."""
    if width <= len(s) and not (numeric and (plus or blank)):
        return s
    sign = ""
    body = s
    if numeric:
        if body.startswith("-") or body.startswith("+"):
            sign = body[0]
            body = body[1:]
        elif plus:
            sign = "+"
        elif blank:
            sign = " "
    prefix = ""
    if alt and ch in "oxX":
        prefix = body[:2]
        body = body[2:]
    pad = width - len(sign) - len(prefix) - len(body)
    if pad <= 0:
        return sign + prefix + body
    if minus:
        return sign + prefix + body + " " * pad
    if numeric and zero:
        return sign + prefix + "0" * pad + body
    return " " * pad + sign + prefix + body

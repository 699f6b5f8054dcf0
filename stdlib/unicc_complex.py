"""The builtin `complex` type, written in the subset itself.

A complex object is a builtin class of two float fields, `real` and `imag`
(unicc/irbuild/complexes.py declares it; `complex(x, y)` of two floats and
`z.real`/`z.imag` of a value this module has narrowed to complex are its
allocation and field loads).  Every other operation on complex numbers
compiles as a call of a function of this module, with CPython 3.11's
algorithms (Objects/complexobject.c) so that results agree to the bit.

Operands are `object`: mypy lets an int or a float stand for a complex (a
parameter `z: complex` may receive 3), and the value stays what it is, as
in CPython, so each function looks at what it got.  Like unicc_builtins,
no program imports this module: its functions use literals, never globals.
"""

from __future__ import annotations

from unicc_rt import extern
from unicc_types import i64


@extern("sqrt")
def _sqrt(x: float) -> float:
    return float(x ** 0.5)


def _finite(x: float) -> bool:
    return x - x == 0.0


def _re(x: object) -> float:
    if isinstance(x, complex):
        return x.real
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    raise TypeError(f"unsupported operand type for complex: '{type(x).__name__}'")


def _im(x: object) -> float:
    if isinstance(x, complex):
        return x.imag
    return 0.0


def complex_real(x: object) -> float:
    return _re(x)


def complex_imag(x: object) -> float:
    return _im(x)


def complex_conjugate(x: object) -> complex:
    return complex(_re(x), -_im(x))


def complex_of(x: object) -> complex:
    """complex(x) of one number."""
    if isinstance(x, complex):
        return x
    return complex(_re(x), 0.0)


def complex_new(r: object, i: object) -> complex:
    """complex(r, i) where either is a complex (complex_new_impl)."""
    cr = _re(r)
    ci = _re(i)
    if isinstance(i, complex):
        cr -= i.imag
    if isinstance(r, complex):
        ci += r.imag
    return complex(cr, ci)


def _float_end(s: str, i: int) -> int:
    """Where the longest float at s[i:] ends (i: none), as PyOS_string_to_double."""
    n = len(s)
    j = i
    if j < n and s[j] in "+-":
        j += 1
    low = s[j:j + 8].lower()
    if low.startswith("infinity"):
        return j + 8
    if low.startswith("inf") or low.startswith("nan"):
        return j + 3
    digits = 0
    while j < n and s[j].isdigit() and s[j].isascii():
        j += 1
        digits += 1
    if j < n and s[j] == ".":
        j += 1
        while j < n and s[j].isdigit() and s[j].isascii():
            j += 1
            digits += 1
    if digits == 0:
        return i
    if j < n and s[j] in "eE":
        k = j + 1
        if k < n and s[k] in "+-":
            k += 1
        if k < n and s[k].isdigit() and s[k].isascii():
            while k < n and s[k].isdigit() and s[k].isascii():
                k += 1
            j = k
    return j


def complex_from_str(text: str) -> complex:
    """complex(str): <float>, <float>j, <float><signed-float>j, <float><sign>j,
    <sign>j and j, in optional parentheses, with surrounding whitespace."""
    s = text.strip()
    bracket = s.startswith("(")
    if bracket:
        if not s.endswith(")"):
            raise ValueError("complex() arg is a malformed string")
        s = s[1:-1].strip()
    n = len(s)
    x = 0.0
    y = 0.0
    i = 0
    end = _float_end(s, 0)
    if end != 0:
        z = float(s[:end])
        i = end
        if i < n and s[i] in "+-":
            x = z
            end = _float_end(s, i)
            if end != i:
                y = float(s[i:end])
                i = end
            else:
                y = 1.0 if s[i] == "+" else -1.0
                i += 1
            if i >= n or s[i] not in "jJ":
                raise ValueError("complex() arg is a malformed string")
            i += 1
        elif i < n and s[i] in "jJ":
            i += 1
            y = z
        else:
            x = z
    else:
        if i < n and s[i] in "+-":
            y = 1.0 if s[i] == "+" else -1.0
            i += 1
        else:
            y = 1.0
        if i >= n or s[i] not in "jJ":
            raise ValueError("complex() arg is a malformed string")
        i += 1
    if i != n:
        raise ValueError("complex() arg is a malformed string")
    return complex(x, y)


# ---- arithmetic ------------------------------------------------------------

def _prod(ar: float, ai: float, br: float, bi: float) -> complex:
    return complex(ar * br - ai * bi, ar * bi + ai * br)


def _quot(ar: float, ai: float, br: float, bi: float) -> complex:
    """_Py_c_quot (Smith's method); a zero divisor raises."""
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    return complex(float("nan"), float("nan"))


def _real_op(op: int, a: object, b: object) -> object:
    """a op b of two numbers neither of which is a complex (a value typed complex
    may hold an int or a float): CPython's int or float arithmetic."""
    if isinstance(a, int) and isinstance(b, int):
        x = int(a)
        y = int(b)
        if op == 0:
            return x + y
        if op == 1:
            return x - y
        if op == 2:
            return x * y
        if op == 3:
            return x / y
        if y >= 0:
            return x ** y
        return float(x) ** float(y)
    p = _re(a)
    q = _re(b)
    if op == 0:
        return p + q
    if op == 1:
        return p - q
    if op == 2:
        return p * q
    if op == 3:
        return p / q
    return p ** q


def complex_add(a: object, b: object) -> object:
    if isinstance(a, complex) or isinstance(b, complex):
        return complex(_re(a) + _re(b), _im(a) + _im(b))
    return _real_op(0, a, b)


def complex_sub(a: object, b: object) -> object:
    if isinstance(a, complex) or isinstance(b, complex):
        return complex(_re(a) - _re(b), _im(a) - _im(b))
    return _real_op(1, a, b)


def complex_mul(a: object, b: object) -> object:
    if isinstance(a, complex) or isinstance(b, complex):
        return _prod(_re(a), _im(a), _re(b), _im(b))
    return _real_op(2, a, b)


def complex_truediv(a: object, b: object) -> object:
    if isinstance(a, complex) or isinstance(b, complex):
        return _quot(_re(a), _im(a), _re(b), _im(b))
    return _real_op(3, a, b)


def _powu(xr: float, xi: float, n: int) -> complex:
    """c_powu: x ** n by squaring, 0 <= n <= 100."""
    r = complex(1.0, 0.0)
    pr = xr
    pi = xi
    mask = 1
    while n >= mask:
        if n & mask:
            r = _prod(r.real, r.imag, pr, pi)
        mask <<= 1
        p = _prod(pr, pi, pr, pi)
        pr = p.real
        pi = p.imag
    return r


def complex_pow(a: object, b: object) -> object:
    """a ** b where a or b is a complex and b is integral (complex_pow's c_powi;
    for other exponents a program imports cmath, whose _power computes them)."""
    if not (isinstance(a, complex) or isinstance(b, complex)):
        return _real_op(4, a, b)
    ar = _re(a)
    ai = _im(a)
    br = _re(b)
    if _im(b) != 0.0 or not _finite(br) or br > 100.0 or br < -100.0 or br != float(int(br)):
        raise ValueError("complex ** a non-integral exponent or one beyond 100 is not supported by unicc "
                         "in a program that does not import cmath")
    n = int(br)
    if n == 0:
        r = complex(1.0, 0.0)
    elif n > 0:
        r = _powu(ar, ai, n)
    else:
        d = _powu(ar, ai, -n)
        try:
            r = _quot(1.0, 0.0, d.real, d.imag)
        except ZeroDivisionError:
            raise ZeroDivisionError("0.0 to a negative or complex power") from None
    if not (_finite(r.real) or r.real != r.real) or not (_finite(r.imag) or r.imag != r.imag):
        raise OverflowError("complex exponentiation")
    return r


def complex_neg(a: object) -> object:
    if isinstance(a, complex):
        return complex(-a.real, -a.imag)
    if isinstance(a, int):
        return -int(a)
    return -_re(a)


def complex_pos(a: object) -> object:
    if isinstance(a, complex):
        return complex(a.real, a.imag)
    if isinstance(a, int):
        return +int(a)
    return _re(a)


def _number(x: object) -> bool:
    return isinstance(x, complex) or isinstance(x, float) or isinstance(x, int)


def complex_eq(a: object, b: object) -> bool:
    if isinstance(a, complex) or isinstance(b, complex):
        if not (_number(a) and _number(b)):
            return False
        return _re(a) == _re(b) and _im(a) == _im(b)
    return a == b


def complex_bool(a: object) -> bool:
    return _re(a) != 0.0 or _im(a) != 0.0


# ---- abs, hash, repr ----------------------------------------------------------

def _hypot_kernel(ax: float, ay: float) -> float:
    """glibc's hypot kernel without FMA (Borges' correction), ax >= ay."""
    h = _sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    return h - (t1 + t2) / (2.0 * h)


def _hypot(x: float, y: float) -> float:
    """C's hypot as CPython's complex abs calls it (glibc 2.35+), for finite x, y."""
    x = abs(x)
    y = abs(y)
    ax = y if x < y else x
    ay = x if x < y else y
    scale = 2.409919865102884e-181   # 2**-600
    if ax > 6.703903964971299e+153:   # 2**511
        if ay <= ax * 5.551115123125783e-17:   # 2**-54
            return ax + ay
        return _hypot_kernel(ax * scale, ay * scale) / scale
    if ay < 1.4916681462400413e-154:   # 2**-511
        if ax >= ay / 5.551115123125783e-17:
            return ax + ay
        return _hypot_kernel(ax / scale, ay / scale) * scale
    if ay <= ax * 5.551115123125783e-17:
        return ax + ay
    return _hypot_kernel(ax, ay)


def complex_abs(a: object) -> float:
    if not isinstance(a, complex):
        r = _re(a)
        return -r if r < 0.0 else r
    x = a.real
    y = a.imag
    if not (_finite(x) and _finite(y)):
        if x - x != x - x and x == x:   # infinite
            return -x if x < 0.0 else x
        if y - y != y - y and y == y:
            return -y if y < 0.0 else y
        return float("nan")
    r = _hypot(x, y)
    if not _finite(r):
        raise OverflowError("absolute value too large")
    return r


def complex_hash(a: complex) -> int:
    """CPython's: hash(real) + 1000003 * hash(imag), wrapping at 64 bits, -1 -> -2."""
    h = i64(hash(a.real)) + i64(1000003) * i64(hash(a.imag))
    n = int(h)
    return -2 if n == -1 else n


def _part(x: float, sign: bool) -> str:
    """A float as complex's repr writes it: repr without a trailing '.0',
    with a '+' in front of a non-negative (or NaN) imaginary part."""
    s = repr(x)
    if s.endswith(".0"):
        s = s[:-2]
    if sign and not s.startswith("-"):
        s = "+" + s
    return s


def complex_repr(a: complex) -> str:
    x = a.real
    if x == 0.0 and repr(x)[0] != "-":
        return _part(a.imag, False) + "j"
    return "(" + _part(x, False) + _part(a.imag, True) + "j)"


def _plain(x: float, spec: str, alt: bool) -> str:
    """A part in repr style (no format type): float's format without '.0';
    with '#', a point always (1. and 1.e+16, as the C library's %#)."""
    s = format(x, spec)
    s = s[:-2] if s.endswith(".0") else s
    if alt and "." not in s and x - x == 0.0:
        e = s.find("e")
        s = s + "." if e < 0 else s[:e] + "." + s[e:]
    return s


def complex_format(z: object, spec: str) -> str:
    """format(z, spec) as complex.__format__ (format_complex_internal)."""
    if isinstance(z, int) and not isinstance(z, complex):
        return format(int(z), spec)
    if isinstance(z, float):
        return format(float(z), spec)
    re = _re(z)
    im = _im(z)
    n = len(spec)
    i = 0
    fill = " "
    align = ">"
    if n >= 2 and spec[1] in "<>=^":
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    flags = ""
    if i < n and spec[i] == "z":
        flags += "z"
        i += 1
    if i < n and spec[i] == "#":
        flags += "#"
        i += 1
    if i < n and spec[i] == "0":
        fill = "0"
        i += 1
    start = i
    while i < n and spec[i].isdigit() and spec[i].isascii():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if i < n and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    precision = ""
    if i < n and spec[i] == ".":
        start = i
        i += 1
        while i < n and spec[i].isdigit() and spec[i].isascii():
            i += 1
        if i == start + 1:
            raise ValueError("Format specifier missing precision")
        precision = spec[start:i]
    kind = spec[i] if i < n else ""
    if i + 1 < n:
        raise ValueError(f"Invalid format specifier '{spec}' for object of type 'complex'")
    if kind != "" and kind not in "eEfFgGn":
        raise ValueError(f"Unknown format code '{kind}' for object of type 'complex'")
    if fill == "0":
        raise ValueError("Zero padding is not allowed in complex format specifier")
    if align == "=":
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    skip_re = False
    parens = False
    if kind == "":
        skip_re = re == 0.0 and repr(re)[0] != "-"
        parens = not skip_re
    if kind == "n":
        kind = "g"
    if kind == "" and precision != "":
        kind = "g"
    im_sign = sign if skip_re else "+"
    if kind == "":
        alt = "#" in flags
        flags = flags.replace("#", "")
        text = _plain(im, im_sign + flags + grouping, alt)
        if not skip_re:
            text = _plain(re, sign + flags + grouping, alt) + text
    else:
        tail = flags + grouping + (precision or ".6") + kind
        text = format(im, im_sign + tail)
        if not skip_re:
            text = format(re, sign + tail) + text
    text = "(" + text + "j)" if parens else text + "j"
    pad = width - len(text)
    if pad <= 0:
        return text
    if align == "<":
        return text + fill * pad
    if align == "^":
        return fill * (pad // 2) + text + fill * (pad - pad // 2)
    return fill * pad + text

"""CPython's `re` for compiled programs (under CPython its own module runs),
for str patterns: a parser from the pattern to a tree of nodes, and a
backtracking matcher over that tree with explicit continuations, which tries
alternatives first to last and repeats greedy-first (lazy-first for `*?`),
leftmost match first, as CPython's sre does.

Not implemented (re.error says so): look-behind, conditional groups,
possessive and atomic groups, inline flags other than at the start,
findall() with several groups (typed list[str], the items would be tuples),
split() where a group does not take part (typed list[str], CPython puts
None), Match.group() of several groups; bytes patterns are a TypeError."""

from __future__ import annotations

from typing import Callable, Iterator, overload

__all__ = ["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn",
           "split", "escape", "error", "Pattern", "Match", "I", "IGNORECASE", "M", "MULTILINE",
           "S", "DOTALL", "X", "VERBOSE", "A", "ASCII", "U", "UNICODE", "NOFLAG"]

NOFLAG = 0
I = IGNORECASE = 2  # noqa: E741 (CPython's name)
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256


class error(Exception):
    def __init__(self, msg: str, pattern: str | None = None, pos: int | None = None) -> None:
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = 0
        self.colno = 0
        text = msg
        if pattern is not None and pos is not None:
            text = f"{msg} at position {pos}"
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                text = f"{text} (line {self.lineno}, column {self.colno})"
        super().__init__(text)


# Node kinds.  A sequence is a list of nodes matched one after another.
_LIT = 0        # one character: text
_ANY = 1        # `.`
_SET = 2        # a class: items, negate
_AT = 3         # an anchor: text is one of ^ $ A Z b B
_GROUP = 4      # a capturing group: index, alts
_ALT = 5        # a non-capturing group / alternation: alts
_REPEAT = 6     # lo, hi (-1: unbounded), greedy, alts (the body)
_BACKREF = 7    # index
_LOOK = 8       # look-ahead: alts, negate


class _Node:
    def __init__(self, kind: int) -> None:
        self.kind = kind
        self.text = ""
        self.alts: list[list[_Node]] = []
        # class items: (lo, hi) code point ranges, and categories "d" "D" "w" "W" "s" "S"
        self.ranges: list[tuple[int, int]] = []
        self.cats = ""
        self.negate = False
        self.index = 0
        self.lo = 0
        self.hi = -1
        self.greedy = True


def _is_word(c: str, ascii_only: bool) -> bool:
    if ascii_only:
        return c.isascii() and (c.isalnum() or c == "_")
    return c.isalnum() or c == "_"


def _is_cat(c: str, cat: str, ascii_only: bool) -> bool:
    low = cat.lower()
    if low == "d":
        got = c.isdecimal() and (c.isascii() or not ascii_only)
    elif low == "w":
        got = _is_word(c, ascii_only)
    else:
        got = c in " \t\n\r\x0b\x0c" if ascii_only else c.isspace()
    return got != (cat != low)


def _is_name(name: str) -> bool:
    # str.isidentifier() for the names programs use (letters, digits, _)
    return name != "" and not name[0].isdigit() and all(c.isalnum() or c == "_" for c in name)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\x0c", "v": "\x0b", "a": "\x07", "0": "\x00"}


class _Parser:
    def __init__(self, pattern: str, flags: int) -> None:
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 0
        self.names: dict[str, int] = {}
        self.open: list[int] = []   # indexes of the groups being parsed

    def error(self, msg: str, pos: int) -> error:
        return error(msg, self.p, pos)

    def peek(self) -> str:
        self.skip_verbose()
        return self.p[self.i] if self.i < len(self.p) else ""

    def skip_verbose(self) -> None:
        if not self.flags & VERBOSE:
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in " \t\n\r\x0b\x0c":
                self.i += 1
            elif c == "#":
                while self.i < len(self.p) and self.p[self.i] != "\n":
                    self.i += 1
            else:
                return

    def parse(self) -> list[list[_Node]]:
        self.leading_flags()
        alts = self.alternation()
        if self.i < len(self.p):
            raise self.error("unbalanced parenthesis", self.i)
        return alts

    def leading_flags(self) -> None:
        # `(?aiLmsux)` at the start of the pattern: global flags
        while self.p.startswith("(?", self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in "aimsux":
            j = self.i + 2
            while j < len(self.p) and self.p[j] in "aimsux":
                j += 1
            if j >= len(self.p) or self.p[j] != ")":
                return
            for c in self.p[self.i + 2:j]:
                self.flags |= {"a": ASCII, "i": IGNORECASE, "m": MULTILINE, "s": DOTALL,
                               "u": UNICODE, "x": VERBOSE}[c]
            self.i = j + 1

    def alternation(self) -> list[list[_Node]]:
        alts = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self) -> list[_Node]:
        seq: list[_Node] = []
        while True:
            c = self.peek()
            if c == "" or c == "|" or c == ")":
                return seq
            start = self.i
            if c in "*+?{" and self.repeat_bounds(True) is not None:
                raise self.error("nothing to repeat", start)
            atom = self.atom()
            while True:
                self.skip_verbose()
                at = self.i
                bounds = self.repeat_bounds(False)
                if bounds is None:
                    break
                if atom.kind == _AT:
                    raise self.error("nothing to repeat", at)
                if atom.kind == _REPEAT:
                    raise self.error("multiple repeat", at)
                rep = _Node(_REPEAT)
                rep.lo, rep.hi = bounds
                if self.i < len(self.p) and self.p[self.i] == "?":
                    rep.greedy = False
                    self.i += 1
                elif self.i < len(self.p) and self.p[self.i] == "+":
                    raise self.error("possessive repeats are not supported by unicc's re", self.i)
                rep.alts = [[atom]]
                atom = rep
            seq.append(atom)

    def repeat_bounds(self, probe: bool) -> tuple[int, int] | None:
        """The bounds of the quantifier at i (moving past it unless probe),
        or None; `{` not followed by a valid bound is a literal."""
        if self.i >= len(self.p):
            return None
        c = self.p[self.i]
        simple = {"*": (0, -1), "+": (1, -1), "?": (0, 1)}
        if c in simple:
            if not probe:
                self.i += 1
            return simple[c]
        if c != "{":
            return None
        j = self.p.find("}", self.i)
        if j < 0:
            return None
        body = self.p[self.i + 1:j]
        lo_text, comma, hi_text = body.partition(",")
        if not (lo_text == "" or lo_text.isdigit()) or not (hi_text == "" or hi_text.isdigit()):
            return None
        if not lo_text.isascii() or not hi_text.isascii() or (not comma and not lo_text):
            return None
        lo = int(lo_text) if lo_text else 0
        hi = (int(hi_text) if hi_text else -1) if comma else lo
        if hi >= 0 and hi < lo:
            raise self.error("min repeat greater than max repeat", self.i + 1)
        if not probe:
            self.i = j + 1
        return (lo, hi)

    def atom(self) -> _Node:
        c = self.p[self.i]
        start = self.i
        self.i += 1
        if c == ".":
            return _Node(_ANY)
        if c == "^" or c == "$":
            n = _Node(_AT)
            n.text = c
            return n
        if c == "[":
            return self.char_class(start)
        if c == "(":
            return self.group(start)
        if c == "\\":
            return self.escape(start)
        n = _Node(_LIT)
        n.text = c
        return n

    def group(self, start: int) -> _Node:
        index = 0
        n = _Node(_ALT)
        if self.p.startswith("?", self.i):
            self.i += 1
            if self.i >= len(self.p):
                raise self.error("unexpected end of pattern", self.i)
            kind = self.p[self.i]
            self.i += 1
            if kind == ":":
                pass
            elif kind == "P" and self.p.startswith("<", self.i):
                end = self.p.find(">", self.i)
                if end < 0:
                    raise self.error("missing >, unterminated name", self.i + 1)
                name = self.p[self.i + 1:end]
                if not name:
                    raise self.error("missing group name", self.i + 1)
                if not _is_name(name):
                    raise self.error(f"bad character in group name '{name}'", self.i + 1)
                if name in self.names:
                    raise self.error(f"redefinition of group name '{name}' as group "
                                     f"{self.groups + 1}; was group {self.names[name]}", self.i + 1)
                self.i = end + 1
                self.groups += 1
                index = self.groups
                self.names[name] = index
            elif kind == "P" and self.p.startswith("=", self.i):
                end = self.p.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated name", self.i + 1)
                name = self.p[self.i + 1:end]
                if name not in self.names:
                    raise self.error(f"unknown group name '{name}'", self.i + 1)
                self.i = end + 1
                ref = _Node(_BACKREF)
                ref.index = self.names[name]
                return ref
            elif kind == "#":
                end = self.p.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated comment", self.i)
                self.i = end + 1
                empty = _Node(_ALT)
                empty.alts = [[]]    # matches the empty string
                return empty
            elif kind in "aimsux" and self.p.find(")", self.i) >= 0 and all(
                    c in "aimsux" for c in self.p[self.i:self.p.find(")", self.i)]):
                raise self.error("global flags not at the start of the expression", start)
            elif kind == "=" or kind == "!":
                n = _Node(_LOOK)
                n.negate = kind == "!"
            else:
                raise self.error(f"unknown or unsupported extension ?{kind} (unicc's re supports "
                                 "(?:...), (?P<name>...), (?P=name), (?=...), (?!...), (?#...))", start + 1)
        else:
            self.groups += 1
            index = self.groups
        if index:
            n = _Node(_GROUP)
            n.index = index
            self.open.append(index)
        n.alts = self.alternation()
        if self.i >= len(self.p) or self.p[self.i] != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1
        if index:
            self.open.pop()
        return n

    def escape(self, start: int) -> _Node:
        if self.i >= len(self.p):
            raise self.error("bad escape (end of pattern)", start)
        c = self.p[self.i]
        self.i += 1
        if c in "AZbB":
            n = _Node(_AT)
            n.text = c
            return n
        if c in "dDwWsS":
            n = _Node(_SET)
            n.cats = c
            return n
        if c.isdigit() and c != "0":
            j = self.i
            while j < len(self.p) and j < self.i + 1 and self.p[j].isdigit():
                j += 1
            index = int(self.p[self.i - 1:j])
            if index > self.groups:
                raise self.error(f"invalid group reference {index}", start + 1)
            if index in self.open:
                raise self.error("cannot refer to an open group", start)
            self.i = j
            ref = _Node(_BACKREF)
            ref.index = index
            return ref
        n = _Node(_LIT)
        n.text = self.literal_escape(c, start)
        return n

    def literal_escape(self, c: str, start: int) -> str:
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c == "x" or c == "u" or c == "U":
            size = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.p[self.i:self.i + size]
            if len(digits) < size or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise self.error(f"incomplete escape \\{c}{digits}", start)
            self.i += size
            return chr(int(digits, 16))
        if c.isascii() and c.isalnum():
            raise self.error(f"bad escape \\{c}", start)
        return c

    def char_class(self, start: int) -> _Node:
        n = _Node(_SET)
        if self.p.startswith("^", self.i):
            n.negate = True
            self.i += 1
        first = True
        while True:
            if self.i >= len(self.p):
                raise self.error("unterminated character set", start)
            c = self.p[self.i]
            if c == "]" and not first:
                self.i += 1
                return n
            first = False
            item_start = self.i
            lo = self.class_char(n)
            if lo < 0:
                continue
            if self.p.startswith("-", self.i) and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.i += 1
                hi = self.class_char(n)
                if hi < 0:
                    raise self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
                if hi < lo:
                    raise self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
                n.ranges.append((lo, hi))
            else:
                n.ranges.append((lo, lo))

    def class_char(self, n: _Node) -> int:
        """The code point of the class member at i, or -1 after adding a
        category (`\\d`...) to n."""
        c = self.p[self.i]
        self.i += 1
        if c != "\\":
            return ord(c)
        if self.i >= len(self.p):
            raise self.error("unterminated character set", self.i - 1)
        e = self.p[self.i]
        self.i += 1
        if e in "dDwWsS":
            n.cats += e
            return -1
        if e == "b":
            return 8
        return ord(self.literal_escape(e, self.i - 2))


# Continuation kinds: what to do after the current sequence matched.
_K_SEQ = 0      # match seq from i, then next
_K_CLOSE = 1    # close group index (opened at start), then next
_K_REPEAT = 2   # one more iteration of node done (count iterations, this one from start)
_K_FULL = 3     # the match must end at the end
_K_NONEMPTY = 4  # the match may not end at start


class _K:
    def __init__(self, kind: int, nxt: _K | None) -> None:
        self.kind = kind
        self.next = nxt
        self.seq: list[_Node] = []
        self.i = 0
        self.node = _Node(_ALT)
        self.count = 0
        self.start = 0


def _seq_k(seq: list[_Node], i: int, nxt: _K | None) -> _K | None:
    if i == len(seq) and nxt is not None:
        return nxt
    k = _K(_K_SEQ, nxt)
    k.seq = seq
    k.i = i
    return k


class _Matcher:
    def __init__(self, pattern: Pattern, string: str, end: int) -> None:
        self.s = string
        self.end = end
        self.flags = pattern.flags
        self.ascii = bool(pattern.flags & ASCII)
        self.caps = [-1] * (2 * pattern.groups + 2)
        self.lastindex = -1

    def char_ok(self, n: _Node, c: str) -> bool:
        if n.kind == _LIT:
            if c == n.text:
                return True
            return bool(self.flags & IGNORECASE) and c.lower() == n.text.lower()
        if n.kind == _ANY:
            return c != "\n" or bool(self.flags & DOTALL)
        got = self.in_set(n, c)
        if not got and self.flags & IGNORECASE:
            got = self.in_set(n, c.lower()) or self.in_set(n, c.upper())
        return got != n.negate

    def in_set(self, n: _Node, c: str) -> bool:
        if len(c) != 1:
            return False
        o = ord(c)
        for lo, hi in n.ranges:
            if lo <= o <= hi:
                return True
        for cat in n.cats:
            if _is_cat(c, cat, self.ascii):
                return True
        return False

    def at(self, kind: str, pos: int) -> bool:
        s = self.s
        if kind == "^":
            return pos == 0 or (bool(self.flags & MULTILINE) and s[pos - 1] == "\n")
        if kind == "$":
            if pos == self.end or (pos == self.end - 1 and s[pos] == "\n"):
                return True
            return bool(self.flags & MULTILINE) and pos < self.end and s[pos] == "\n"
        if kind == "A":
            return pos == 0
        if kind == "Z":
            return pos == self.end
        if self.end == 0:
            return False    # as sre: neither \b nor \B matches in an empty string
        before = pos > 0 and _is_word(s[pos - 1], self.ascii)
        after = pos < self.end and _is_word(s[pos], self.ascii)
        return (before != after) == (kind == "b")

    def match(self, seq: list[_Node], i: int, pos: int, k: _K | None) -> int:
        """The end of a match of seq[i:] at pos followed by k, or -1."""
        while i < len(seq):
            n = seq[i]
            if n.kind == _LIT or n.kind == _ANY or n.kind == _SET:
                if pos >= self.end or not self.char_ok(n, self.s[pos]):
                    return -1
                pos += 1
            elif n.kind == _AT:
                if not self.at(n.text, pos):
                    return -1
            elif n.kind == _BACKREF:
                a, b = self.caps[2 * n.index], self.caps[2 * n.index + 1]
                if a < 0:
                    return -1
                got = self.s[a:b]
                have = self.s[pos:min(pos + len(got), self.end)]
                if have != got and not (self.flags & IGNORECASE and have.lower() == got.lower()):
                    return -1
                pos += len(got)
            elif n.kind == _LOOK:
                saved = list(self.caps)
                found = self.alts(n.alts, pos, None) >= 0
                if found == n.negate:
                    self.caps = saved
                    return -1
                if n.negate:
                    self.caps = saved
            else:
                return self.node(n, pos, _seq_k(seq, i + 1, k))
            i += 1
        return self.cont(k, pos)

    def alts(self, alts: list[list[_Node]], pos: int, k: _K | None) -> int:
        for seq in alts:
            r = self.match(seq, 0, pos, k)
            if r >= 0:
                return r
        return -1

    def node(self, n: _Node, pos: int, k: _K | None) -> int:
        if n.kind == _ALT:
            return self.alts(n.alts, pos, k)
        if n.kind == _GROUP:
            close = _K(_K_CLOSE, k)
            close.i = n.index
            close.start = pos
            return self.alts(n.alts, pos, close)
        body = n.alts[0][0]
        if body.kind == _LIT or body.kind == _ANY or body.kind == _SET:
            return self.simple_repeat(n, [body], pos, k)
        if body.kind == _ALT and len(body.alts) == 1 and body.alts[0] and all(
                x.kind == _LIT or x.kind == _ANY or x.kind == _SET for x in body.alts[0]):
            return self.simple_repeat(n, body.alts[0], pos, k)
        return self.repeat(n, 0, pos, k)

    def simple_repeat(self, n: _Node, chars: list[_Node], pos: int, k: _K | None) -> int:
        # a repeat of a fixed run of characters (`a*`, `(?:ab)*`): count how
        # many times it matches, then try the continuation after each count
        # (most first when greedy), without a recursion per iteration
        w = len(chars)
        count = 0
        while (n.hi < 0 or count < n.hi) and self.chars_at(chars, pos + count * w):
            count += 1
        if count < n.lo:
            return -1
        counts = range(count, n.lo - 1, -1) if n.greedy else range(n.lo, count + 1)
        for c in counts:
            r = self.cont(k, pos + c * w)
            if r >= 0:
                return r
        return -1

    def chars_at(self, chars: list[_Node], pos: int) -> bool:
        if pos + len(chars) > self.end:
            return False
        for j, x in enumerate(chars):
            if not self.char_ok(x, self.s[pos + j]):
                return False
        return True

    def repeat(self, n: _Node, count: int, pos: int, k: _K | None) -> int:
        """Iterations of n after count of them, from pos."""
        again = _K(_K_REPEAT, k)
        again.node = n
        again.count = count + 1
        again.start = pos
        more = n.hi < 0 or count < n.hi
        if n.greedy:
            if more:
                r = self.alts(n.alts, pos, again)
                if r >= 0:
                    return r
            return self.cont(k, pos) if count >= n.lo else -1
        if count >= n.lo:
            r = self.cont(k, pos)
            if r >= 0:
                return r
        return self.alts(n.alts, pos, again) if more else -1

    def cont(self, k: _K | None, pos: int) -> int:
        if k is None:
            return pos
        if k.kind == _K_SEQ:
            return self.match(k.seq, k.i, pos, k.next)
        if k.kind == _K_CLOSE:
            g = k.i
            old = (self.caps[2 * g], self.caps[2 * g + 1], self.lastindex)
            self.caps[2 * g] = k.start
            self.caps[2 * g + 1] = pos
            self.lastindex = g
            r = self.cont(k.next, pos)
            if r < 0:
                self.caps[2 * g], self.caps[2 * g + 1], self.lastindex = old
            return r
        if k.kind == _K_REPEAT:
            if pos == k.start and k.count > k.node.lo:
                return self.cont(k.next, pos)   # as sre: an empty iteration ends the loop
            return self.repeat(k.node, k.count, pos, k.next)
        if k.kind == _K_NONEMPTY:
            return pos if pos != k.start else -1
        return pos if pos == self.end else -1


class Match:
    def __init__(self, pattern: Pattern, string: str, pos: int, endpos: int,
                 caps: list[int], lastindex: int) -> None:
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        self.lastindex: int | None = lastindex if lastindex > 0 else None
        self.lastgroup: str | None = None
        for name, index in pattern.groupindex.items():
            if index == lastindex:
                self.lastgroup = name

    def _index(self, g: int | str) -> int:
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError("no such group")
        if 0 <= g <= self.re.groups:
            return g
        raise IndexError("no such group")

    def _group(self, g: int | str) -> str | None:
        i = self._index(g)
        a, b = self._caps[2 * i], self._caps[2 * i + 1]
        return None if a < 0 else self.string[a:b]

    # m.group(1, 2) (several groups at once) is not offered: its overload
    # with *args does not compile yet; mypy rejects the call
    @overload
    def group(self) -> str: ...
    @overload
    def group(self, g: int | str) -> str | None: ...

    def group(self, g: int | str = 0) -> str | None:
        return self._group(g)

    def __getitem__(self, g: int | str) -> str | None:
        return self._group(g)

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        out: list[str | None] = []
        for i in range(1, self.re.groups + 1):
            got = self._group(i)
            out.append(default if got is None else got)
        return tuple(out)

    def groupdict(self, default: str | None = None) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for name, index in self.re.groupindex.items():
            got = self._group(index)
            out[name] = default if got is None else got
        return out

    def start(self, g: int | str = 0) -> int:
        return self._caps[2 * self._index(g)]

    def end(self, g: int | str = 0) -> int:
        return self._caps[2 * self._index(g) + 1]

    def span(self, g: int | str = 0) -> tuple[int, int]:
        i = self._index(g)
        return (self._caps[2 * i], self._caps[2 * i + 1])

    def expand(self, template: str) -> str:
        return _expand(self.re, template, self)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"<re.Match object; span=({self._caps[0]}, {self._caps[1]}), match={self.group()!r}>"


class Pattern:
    def __init__(self, pattern: str, flags: int) -> None:
        if not isinstance(pattern, str):
            raise TypeError("unicc's re supports str patterns only")
        parser = _Parser(pattern, flags)
        self._alts = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | (0 if parser.flags & ASCII else UNICODE)
        self.groups = parser.groups
        self.groupindex: dict[str, int] = dict(parser.names)

    def _at(self, string: str, start: int, endpos: int, pos: int, full: bool) -> Match | None:
        m = _Matcher(self, string, endpos)
        end = m.alts(self._alts, start, _K(_K_FULL, None) if full else None)
        if end < 0:
            return None
        m.caps[0] = start
        m.caps[1] = end
        return Match(self, string, pos, endpos, m.caps, m.lastindex)

    def _bounds(self, string: str, pos: int, endpos: int | None) -> tuple[int, int]:
        n = len(string)
        end = n if endpos is None else max(0, min(endpos, n))
        return (max(0, min(pos, n)), end)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        a, b = self._bounds(string, pos, endpos)
        return self._at(string, a, b, a, False) if a <= b else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        a, b = self._bounds(string, pos, endpos)
        return self._at(string, a, b, a, True) if a <= b else None

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        a, b = self._bounds(string, pos, endpos)
        for start in range(a, b + 1):
            m = self._at(string, start, b, a, False)
            if m is not None:
                return m
        return None

    def _search(self, string: str, a: int, b: int, pos: int, advance: bool) -> Match | None:
        """The leftmost match from a; if advance, not the empty one at a."""
        for start in range(a, b + 1):
            final = None
            if advance and start == a:
                final = _K(_K_NONEMPTY, None)
                final.start = start
            m = _Matcher(self, string, b)
            end = m.alts(self._alts, start, final)
            if end >= 0:
                m.caps[0] = start
                m.caps[1] = end
                return Match(self, string, pos, b, m.caps, m.lastindex)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        # Python 3.7+: after an empty match the next one may start at the
        # same place but may not be empty there
        a, b = self._bounds(string, pos, endpos)
        start = a
        advance = False
        while start <= b:
            m = self._search(string, start, b, a, advance)
            if m is None:
                return
            yield m
            advance = m.end() == m.start()
            start = m.end()

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        # typed list[str] (typeshed's is list[Any]): with several groups
        # CPython makes tuples, which this signature cannot hold
        if self.groups > 1:
            raise error("findall() of a pattern with several groups is not supported by unicc's re "
                        "(its items would be tuples); use finditer() and m.groups()")
        if self.groups == 1:
            return [m._group(1) or "" for m in self.finditer(string, pos, endpos)]
        return [m.group() for m in self.finditer(string, pos, endpos)]

    def subn(self, repl: str | Callable[[Match], str], string: str, count: int = 0) -> tuple[str, int]:
        pieces: list[str] = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            pieces.append(_expand(self, repl, m) if isinstance(repl, str) else repl(m))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return ("".join(pieces), n)

    def sub(self, repl: str | Callable[[Match], str], string: str, count: int = 0) -> str:
        return self.subn(repl, string, count)[0]

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        # typed list[str] (typeshed's items are str | Any): a group that
        # did not take part, None in CPython's result, is an error
        out: list[str] = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            for g in m.groups():
                if g is None:
                    raise error("split() where a group did not take part in a match (CPython puts None "
                                "in the list) is not supported by unicc's re")
                out.append(g)
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self) -> str:
        return f"re.compile({self.pattern!r})"


def _expand(pattern: Pattern, template: str, m: Match) -> str:
    """A replacement template with `\\1`, `\\g<1>`, `\\g<name>` and escapes."""
    out: list[str] = []
    i = 0
    while i < len(template):
        c = template[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(template):
            raise error("bad escape (end of pattern)", template, i)
        e = template[i + 1]
        if e == "g":
            end = template.find(">", i + 2)
            if not template.startswith("<", i + 2):
                raise error("missing <", template, i + 2)
            if end < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = template[i + 3:end]
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error(f"invalid group reference {index}", template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif _is_name(name):
                raise IndexError(f"unknown group name '{name}'")
            else:
                raise error(f"bad character in group name '{name}'", template, i + 3)
            out.append(m._group(index) or "")
            i = end + 1
        elif e.isdigit() and e != "0":
            j = i + 2
            if j < len(template) and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error(f"invalid group reference {index}", template, i + 1)
            out.append(m._group(index) or "")
            i = j
        elif e in _ESCAPES or e == "\\":
            out.append(_ESCAPES.get(e, e))
            i += 2
        elif e.isascii() and e.isalpha():
            raise error(f"bad escape \\{e}", template, i)
        else:
            out.append("\\" + e)
            i += 2
    return "".join(out)


def compile(pattern: str | Pattern, flags: int = 0) -> Pattern:
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return Pattern(pattern, flags)


def match(pattern: str | Pattern, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).fullmatch(string)


def search(pattern: str | Pattern, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).search(string)


def findall(pattern: str | Pattern, string: str, flags: int = 0) -> list[str]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: str | Pattern, string: str, flags: int = 0) -> Iterator[Match]:
    return compile(pattern, flags).finditer(string)


def sub(pattern: str | Pattern, repl: str | Callable[[Match], str], string: str,
        count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: str | Pattern, repl: str | Callable[[Match], str], string: str,
         count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: str | Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern: str) -> str:
    # CPython escapes the special characters and whitespace
    return "".join("\\" + c if c in _ESCAPED else c for c in pattern)


_ESCAPED = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c"

"""CPython's `textwrap` for compiled programs (under CPython its own module
runs): `TextWrapper`, `wrap`, `fill`, `shorten`, `dedent`, `indent`.

CPython splits text with regular expressions; `_split` below is a scanner
that yields exactly the chunks `TextWrapper.wordsep_re` (or
`wordsep_simple_re`) would, so lines break where CPython breaks them."""

from __future__ import annotations

from typing import Callable

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace textwrap knows: ASCII only, as in CPython's module.
_whitespace = "\t\n\x0b\x0c\r "


def _is_ws(c: str) -> bool:
    return c in _whitespace


def _is_not_ws(c: str) -> bool:
    return not _is_ws(c)


def _is_word(c: str) -> bool:
    # `\w` of a str pattern.
    return c.isalnum() or c == "_"


def _is_letter(c: str) -> bool:
    # `[^\d\W]`: a word character that is not a decimal digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c: str) -> bool:
    # `[\w!"'&.,?]`
    return _is_word(c) or c in "!\"'&.,?"


def _is_dash(c: str) -> bool:
    return c == "-"


def _is_margin(c: str) -> bool:
    return c == " " or c == "\t"


def _span(text: str, i: int, inside: Callable[[str], bool]) -> int:
    """The end of the run of characters from i that are `inside`."""
    while i < len(text) and inside(text[i]):
        i += 1
    return i


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _is_letter(text[i])


def _dashes_then_word(text: str, i: int) -> int:
    """Length of the run of two or more '-' at i followed by a word
    character (`-{2,}(?=\\w)`), or 0."""
    j = _span(text, i, _is_dash)
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j - i
    return 0


def _hyphen_breaks(text: str, j: int) -> bool:
    """text[j] is '-' and CPython's hyphenated-word branch ends a chunk
    after it."""
    if j >= len(text) or text[j] != "-":
        return False
    behind = (_letter_at(text, j - 2) and _letter_at(text, j - 1)) or (
        _letter_at(text, j - 3) and text[j - 2] == "-" and _letter_at(text, j - 1)
    )
    if not behind:
        return False
    if not _letter_at(text, j + 1):
        return False
    if _letter_at(text, j + 2):
        return True
    return j + 2 < len(text) and text[j + 2] == "-" and _letter_at(text, j + 3)


def _split_on_hyphens(text: str) -> list[str]:
    chunks: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        if _is_ws(text[i]):
            j = _span(text, i, _is_ws)
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]):
            dashes = _dashes_then_word(text, i)
            if dashes:
                chunks.append(text[i : i + dashes])
                i += dashes
                continue
        # A word: the shortest run of non-whitespace after which one of
        # CPython's three endings matches.
        j = i + 1
        while True:
            if _hyphen_breaks(text, j):
                j += 1
                break
            if j == n or _is_ws(text[j]):
                break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text: str) -> list[str]:
    chunks: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        j = _span(text, i, _is_ws) if _is_ws(text[i]) else _span(text, i, _is_not_ws)
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk: str) -> bool:
    # `[a-z][\.\!\?][\"\']?\Z`
    n = len(chunk)
    if n >= 1 and chunk[n - 1] in "\"'":
        n -= 1
    return n >= 2 and chunk[n - 1] in ".!?" and "a" <= chunk[n - 2] <= "z"


class TextWrapper:
    width: int
    initial_indent: str
    subsequent_indent: str
    expand_tabs: bool
    replace_whitespace: bool
    fix_sentence_endings: bool
    break_long_words: bool
    drop_whitespace: bool
    break_on_hyphens: bool
    tabsize: int
    max_lines: int | None
    placeholder: str

    def __init__(
        self,
        width: int = 70,
        initial_indent: str = "",
        subsequent_indent: str = "",
        expand_tabs: bool = True,
        replace_whitespace: bool = True,
        fix_sentence_endings: bool = False,
        break_long_words: bool = True,
        drop_whitespace: bool = True,
        break_on_hyphens: bool = True,
        tabsize: int = 8,
        *,
        max_lines: int | None = None,
        placeholder: str = " [...]",
    ) -> None:
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text: str) -> str:
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join([" " if c in _whitespace else c for c in text])
        return text

    def _split(self, text: str) -> list[str]:
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks: list[str]) -> None:
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int) -> None:
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks: list[str]) -> list[str]:
        lines: list[str] = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line: list[str] = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (
                max_lines is None
                or len(lines) + 1 < max_lines
                or (not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()))
                and cur_len <= width
            ):
                lines.append(indent + "".join(cur_line))
                continue
            placed = False
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    placed = True
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not placed:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text: str) -> list[str]:
        return self._split(self._munge_whitespace(text))

    def wrap(self, text: str) -> list[str]:
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text: str) -> str:
        return "\n".join(self.wrap(text))


def wrap(
    text: str,
    width: int = 70,
    *,
    initial_indent: str = "",
    subsequent_indent: str = "",
    expand_tabs: bool = True,
    tabsize: int = 8,
    replace_whitespace: bool = True,
    fix_sentence_endings: bool = False,
    break_long_words: bool = True,
    break_on_hyphens: bool = True,
    drop_whitespace: bool = True,
    max_lines: int | None = None,
    placeholder: str = " [...]",
) -> list[str]:
    w = TextWrapper(
        width,
        initial_indent,
        subsequent_indent,
        expand_tabs,
        replace_whitespace,
        fix_sentence_endings,
        break_long_words,
        drop_whitespace,
        break_on_hyphens,
        tabsize,
        max_lines=max_lines,
        placeholder=placeholder,
    )
    return w.wrap(text)


def fill(
    text: str,
    width: int = 70,
    *,
    initial_indent: str = "",
    subsequent_indent: str = "",
    expand_tabs: bool = True,
    tabsize: int = 8,
    replace_whitespace: bool = True,
    fix_sentence_endings: bool = False,
    break_long_words: bool = True,
    break_on_hyphens: bool = True,
    drop_whitespace: bool = True,
    max_lines: int | None = None,
    placeholder: str = " [...]",
) -> str:
    w = TextWrapper(
        width,
        initial_indent,
        subsequent_indent,
        expand_tabs,
        replace_whitespace,
        fix_sentence_endings,
        break_long_words,
        drop_whitespace,
        break_on_hyphens,
        tabsize,
        max_lines=max_lines,
        placeholder=placeholder,
    )
    return w.fill(text)


def shorten(
    text: str,
    width: int,
    *,
    initial_indent: str = "",
    subsequent_indent: str = "",
    expand_tabs: bool = True,
    tabsize: int = 8,
    replace_whitespace: bool = True,
    fix_sentence_endings: bool = False,
    break_long_words: bool = True,
    break_on_hyphens: bool = True,
    drop_whitespace: bool = True,
    placeholder: str = " [...]",
) -> str:
    w = TextWrapper(
        width,
        initial_indent,
        subsequent_indent,
        expand_tabs,
        replace_whitespace,
        fix_sentence_endings,
        break_long_words,
        drop_whitespace,
        break_on_hyphens,
        tabsize,
        max_lines=1,
        placeholder=placeholder,
    )
    return w.fill(" ".join(text.strip().split()))


def dedent(text: str) -> str:
    """Remove the longest run of spaces and tabs common to the start of
    every line that is not blank; lines of only spaces and tabs become
    empty (CPython 3.11's behaviour)."""
    lines = text.split("\n")
    for k in range(len(lines)):
        line = lines[k]
        if line and _span(line, 0, _is_margin) == len(line):
            lines[k] = ""
    margin: str | None = None
    for line in lines:
        i = _span(line, 0, _is_margin)
        if i == len(line):
            continue
        ind = line[:i]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for k in range(min(len(margin), len(ind))):
                if margin[k] != ind[k]:
                    margin = margin[:k]
                    break
    if margin:
        m = margin
        lines = [line[len(m) :] if line.startswith(m) else line for line in lines]
    return "\n".join(lines)


def indent(text: str, prefix: str, predicate: Callable[[str], bool] | None = None) -> str:
    """Add prefix to the lines of text for which predicate is true (by
    default, lines that are not only whitespace)."""
    out: list[str] = []
    for line in text.splitlines(True):
        if (line.strip() != "") if predicate is None else predicate(line):
            out.append(prefix)
        out.append(line)
    return "".join(out)

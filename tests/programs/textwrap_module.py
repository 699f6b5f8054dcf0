"""textwrap (stdlib/cpython/textwrap.py when compiled, CPython's own under
CPython): wrap/fill/shorten/dedent/indent and TextWrapper's options; the
chunking must match CPython's word-splitting regexes (hyphens, em-dashes,
long words, tabs, non-ASCII letters and digits)."""

import textwrap
from textwrap import TextWrapper, dedent, fill, indent, shorten, wrap

TEXTS = [
    "",
    "   ",
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "The quick brown fox jumps over the lazy dog. " * 3,
    "this-is-a-hyphenated-word and a well-known long-standing co-operation",
    "em--dash between--words and -- alone, end--",
    "a--b x--1 ab-cd a-b-c-d-e 12-34 ab-12 --flag foo-- -x",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "tabs\there\tand\tthere\n\nnew lines\r\nand\x0bvertical\x0cfeed",
    "naïve café résumé — über-groß straße ² ³ 42-x ünï-cödé-wörds",
    "Mr. Smith went to D.C. Then he left! Did he? 'Yes.' \"No!\" ok.",
    "x" * 25 + "-" + "y" * 25,
    "----------",
    "a\u00a0b\u00a0c d\u2003e",
]

for width in (1, 5, 10, 17, 30):
    for t in TEXTS:
        print(width, wrap(t, width))

w = TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ")
for t in TEXTS[2:6]:
    print(w.fill(t))
w.width = 12
print(w.wrap(TEXTS[3]))

for opts in (
    TextWrapper(12, break_on_hyphens=False),
    TextWrapper(12, break_long_words=False),
    TextWrapper(12, break_long_words=False, break_on_hyphens=False),
    TextWrapper(12, drop_whitespace=False),
    TextWrapper(12, expand_tabs=False),
    TextWrapper(12, replace_whitespace=False, expand_tabs=False),
    TextWrapper(12, tabsize=3),
    TextWrapper(12, tabsize=0),
    TextWrapper(25, fix_sentence_endings=True),
    TextWrapper(9, max_lines=2),
    TextWrapper(9, max_lines=1, placeholder="..."),
    TextWrapper(15, max_lines=3, placeholder=" (more)", subsequent_indent="> "),
    TextWrapper(10, max_lines=2, drop_whitespace=False),
):
    for t in TEXTS:
        print(repr(opts.wrap(t)))

print(fill(TEXTS[4], 15, initial_indent="-> ", subsequent_indent="   "))
print(fill(TEXTS[10], 20, fix_sentence_endings=True))
print(wrap(TEXTS[8], 10, expand_tabs=False, replace_whitespace=False))
print(wrap(TEXTS[7], 10, break_long_words=False))
print(textwrap.fill("one two three four five six seven", 10, max_lines=2, placeholder=" ~"))

for t in TEXTS:
    for width in (6, 12, 30, 80):
        try:
            print(repr(shorten(t, width)))
        except ValueError as e:
            print(type(e).__name__, e)
print(shorten("Hello  world!", width=12))
print(shorten("Hello  world!", width=11))
print(shorten("Hello world!", width=10, placeholder="..."))
print(shorten("Hello world", 11, placeholder=""))

for bad_width in (0, -3):
    try:
        wrap("abc", bad_width)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    wrap("abc def ghi", 4, max_lines=1, placeholder=" [....]")
except ValueError as e:
    print(type(e).__name__, e)
try:
    TextWrapper(5, subsequent_indent="    ", max_lines=2).wrap("aaa bbb ccc")
except ValueError as e:
    print(type(e).__name__, e)
print(wrap("", 10), fill("", 10) == "", wrap("   \n  ", 10))

DEDENTS = [
    "",
    "no indent\n  some\n",
    "    four\n    four\n",
    "  two\n    four\n  two",
    "\tone tab\n\ttab\n",
    "\t mixed\n  \tother\n",
    "    a\n\n    b\n      \n    c\n",
    "  x\n   \n \t\n  y",
    "        \n",
    "   foo\r\n   bar\r\n",
    "  hello\n\tworld\n",
    "line\n",
]
for t in DEDENTS:
    print(repr(dedent(t)))

def short_lines(line: str) -> bool:
    return len(line) < 6

for t in ["a\nbb\n\nccc\n", "  \n x\r\ny\rz", "", "\n\n", "one line", "end\n  "]:
    print(repr(indent(t, "> ")), repr(indent(t, "+", short_lines)), repr(indent(t, "#", lambda s: True)))

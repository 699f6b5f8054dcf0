"""re (stdlib/cpython_re/re.py when compiled, CPython's own under CPython):
the pattern syntax (classes, anchors, groups, backreferences, greedy and
lazy repeats, flags), the matching order (leftmost, first alternative,
greedy first), empty matches in findall/sub/split (Python 3.7+), and
re.error's messages."""

import re

CASES: list[tuple[str, str, int]] = [
    (r"abc", "xxabcxx", 0),
    (r"a.c", "abc a\nc", 0),
    (r"a.c", "a\nc", re.S),
    (r"[a-z0-9_]+", "Hello_World 42!", 0),
    (r"[^aeiou ]+", "programming is fun", 0),
    (r"\d+", "a12b345c٣٤", 0),
    (r"\d+", "a12b345c٣٤", re.A),
    (r"\w+", "héllo wörld_1 x²", 0),
    (r"\w+", "héllo wörld_1", re.ASCII),
    (r"\s+", "a \t\nb\u00a0c\u2003d", 0),
    (r"\S+\s*", "one two  three", 0),
    (r"\D\W", "a1 b!c", 0),
    (r"^\w+", "first line\nsecond line", 0),
    (r"^\w+", "first line\nsecond line", re.M),
    (r"\w+$", "first line\nsecond line\n", 0),
    (r"\w+$", "first line\nsecond line\n", re.M),
    (r"\Aab|cd\Z", "ab cd ab cd", 0),
    (r"\bfoo\b", "foo foobar afoo foo.", 0),
    (r"\Boo\B", "foo foobar boob", 0),
    (r"(a)(b)?", "ab a", 0),
    (r"(a|ab)(c|bcd)(d*)", "abcd", 0),
    (r"(?:ab)+", "ababab abx", 0),
    (r"(?P<key>\w+)=(?P<value>\w*)", "a=1, bb=, c=33", 0),
    (r"(\w)\1", "hello aabbc", 0),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\"", 0),
    (r"a*", "baaa", 0),
    (r"a*?", "baaa", 0),
    (r"a+?", "aaa", 0),
    (r"a??b", "ab b", 0),
    (r"<.*>", "<a><b>", 0),
    (r"<.*?>", "<a><b>", 0),
    (r"a{2}", "aaaaa", 0),
    (r"a{2,}", "aaaaa a aa", 0),
    (r"a{1,3}", "aaaaa", 0),
    (r"a{1,3}?", "aaaaa", 0),
    (r"a{,2}", "aaa", 0),
    (r"x{", "x{ x{a}", 0),
    (r"(ab|a)*c", "ababac", 0),
    (r"(a*)*b", "aaab", 0),
    (r"(a*)+", "aa", 0),
    (r"(a|b)*?c", "abbac", 0),
    (r"((a)|b)+", "ab", 0),
    (r"(?:(a)|b)*", "ab", 0),
    (r"hello", "Hello HELLO hello", re.I),
    (r"[a-c]+", "ABCabcd", re.IGNORECASE),
    (r"(?i)straße", "STRAßE", 0),
    (r"(?im)^x", "X\nx", 0),
    (r"""\d+  # digits
         \.   # a dot
         \d*""", "pi 3.14 and 2.", re.X),
    (r"\.\\\n\t", ".\\\n\t", 0),
    (r"\x41\u00e9", "Aé", 0),
    (r"[\d.]+|[-+*/]", "3.5+2*-1", 0),
    (r"[]a]+", "a]]b", 0),
    (r"[a-]+", "a-b", 0),
    (r"foo(?=bar)", "foobaz foobar", 0),
    (r"foo(?!bar)", "foobar foobaz", 0),
    (r"", "abc", 0),
    (r"x*", "axxb", 0),
    (r"\b", "ab cd", 0),
    (r"$", "ab\n", 0),
    (r"^", "a\nb\n", re.M),
    (r"(a)|(b)", "ab", 0),
    (r"(a)(?:x)?|(b)", "bab", 0),
    (r"\B", "", 0),
    (r"\B", "ab", 0),
    (r"a(?#a comment)b", "ab", 0),
    (r"a(?!b){,2}", "ac", 0),
    (r"(a*)*b|(a*)+c", "aac", 0),
]

for pattern, text, flags in CASES:
    p = re.compile(pattern, flags)
    print(repr(pattern), p.groups, sorted(p.groupindex.items()))
    m = p.search(text)
    if m is not None:
        print("  search", m.span(), repr(m.group()), m.groups(), m.groups("-"), m.groupdict(),
              m.lastindex, m.lastgroup)
    else:
        print("  search None")
    m = p.match(text)
    print("  match", None if m is None else m.span())
    m = p.fullmatch(text)
    print("  fullmatch", None if m is None else m.span())
    if p.groups < 2:
        print("  findall", p.findall(text))
    print("  groups", [mm.groups("") for mm in p.finditer(text)])
    print("  finditer", [mm.span() for mm in p.finditer(text)])
    print("  sub", repr(p.sub("<>", text)), p.subn("#", text, 2))
    if p.groups == 0:
        print("  split", p.split(text), p.split(text, 1))

# group access
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(, (?P<title>\w+))?", "Jane Doe rest")
assert m is not None
print(m.group(), m.group(1), m.group("last"), m.group(2), m.group("title"), m[0], m["first"], m[3])
print(m.start(), m.end(), m.span(2), m.start("last"), m.end(4), m.span("title"))
print(m.string, m.re.pattern, m.pos, m.endpos, bool(m), m.expand(r"\2, \g<first> \g<1>!"))
print(repr(m.groups()), m.groupdict("?"))
for bad in (5, "nope"):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)

# pos and endpos
p = re.compile(r"\w+")
m1, m2 = p.search("ab cd ef", 2), p.match("ab cd ef", 3)
assert m1 is not None and m2 is not None
print(m1.group(), m2.group(), p.match("ab cd ef", 2))
print(p.findall("ab cd ef", 1, 7), re.compile(r"^\w").search("ab", 1), re.compile(r"d$").search("abcd", 0, 3))
print(re.compile(r"c$").search("abcd", 0, 3))

# sub: templates and functions
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>|\g<1>]", "a bc"))
print(re.sub(r"\d", lambda mm: str(int(mm.group()) * 2), "a1b2c9"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"a|(b)", r"[\1]", "abc"))
print(re.sub("", "-", "abc"), re.subn(r"\s+", " ", "a  b \t c\n"))
print(re.sub(r"(a)", r"\n\t\\1", "a"))
print(re.sub(r"o", "0", "foo boo", count=2))

# split
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(-|\+)", "1-2+3"), re.split(r"((a)(b)c)", "xabcyz"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"\s+", "  lead and trail  ", 2))
print(re.split(r"(?m)^", "one\ntwo\nthree"))

# findall shapes
print(re.findall(r"(\w)\d?", "a1 b c3"), re.findall(r"\w(\d)?", "a1 b c3"))
print(re.findall(r"(\w+)", "x yy"), re.findall(r"\w(?:\d)", "a1b2"))
print(re.findall(r"", "ab"), re.findall(r"a|", "bab"))

# escape, flags, repr
print(re.escape("a.b*c? (x) [y] {z} ^$ | \\ - + # & ~ é_1 \t\n"))
print(re.compile("a", re.I | re.M).flags == re.compile("(?im)a").flags, re.compile("x").flags)
print(re.match(r"\w+", "abc"), re.compile("a+b"))
print(re.compile(re.compile("abc")).pattern)
print(bool(re.match(r"[\w.-]+@[\w-]+\.[\w.]+", "john.doe-1@example.co.uk")))

# errors
for bad_pattern in ("(ab", "ab)", "*a", "a**", "a{2}*", "[abc", "a|*", r"\q", "(?P<n>a)(?P<n>b)",
                    r"(a)\2", "[z-a]", "x\n(y", "+", "a{3,1}", "(?P=nope)", "(?", "a)b(c", r"(a\1)", "^*", "a(?i)b"):
    try:
        re.compile(bad_pattern)
        print("compiled", repr(bad_pattern))
    except re.error as e:
        print("re.error", repr(bad_pattern), e, e.msg, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", e)

# long subjects: repeats of fixed runs of characters iterate without recursing
long_text = "ab" * 20000
m = re.match(r"(?:ab)*", long_text)
assert m is not None
print(m.end(), len(re.findall(r"\w+", "word " * 20000)), re.sub(r"(a)(b)", r"\2\1", long_text)[:10])

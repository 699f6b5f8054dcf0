"""Word frequencies: str.split() and a dict[str, int] over generated text.

argv: SIZE REPEAT.  About SIZE bytes of text are generated from a fixed LCG:
words from a fixed list, some with a number appended, separated by spaces
and now and then a newline.  The words are counted REPEAT times, each time
into a new dict.  Prints the ten most frequent words of the last count
(count descending, then word ascending), the number of distinct words and
the number of words counted in all.
"""

import sys

WORDS = """the of and to in is that it for was on are as with his they at be this
from have or by one had not but what all were when we there can an your which
their said if do will each about how up out them then she many some so these
would other into has more her two like him see time could no make than first
been its who now people my made over did down only way find use may water long
little very after words called just where most know get through back much go
good new write our me man too any day same right look think also around another
came come work three word must because does part even place well such here take
why things help put years different away again off went old number""".split()


def generate(size: int) -> str:
    parts: list[str] = []
    length = 0
    x = 12345
    while length < size:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        # The lesser of two picks: the words early in the list are the common ones.
        word = WORDS[min((x >> 8) % len(WORDS), (x >> 16) % len(WORDS))]
        if (x >> 20) % 8 == 0:
            word += str((x >> 4) % 100)
        sep = "\n" if (x >> 12) % 16 == 0 else " "
        parts.append(word)
        parts.append(sep)
        length += len(word) + 1
    return "".join(parts)


def count(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def main(argv: list[str]) -> None:
    size = int(argv[1]) if len(argv) > 1 else 1 << 20
    repeat = int(argv[2]) if len(argv) > 2 else 1
    text = generate(size)
    counts: dict[str, int] = {}
    total = 0
    for _ in range(repeat):
        counts = count(text)
        total += sum(counts.values())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print(" ".join(f"{w}={n}" for w, n in top))
    print(len(counts), total)


if __name__ == "__main__":
    main(sys.argv)

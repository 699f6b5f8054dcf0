# Word frequency count with dicts, sorting by (-count, word), and a text histogram.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def tokenize(text: str) -> list[str]:
    words: list[str] = []
    for raw in text.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            words.append(w)
    return words


words = tokenize(TEXT)
print(len(words), words[:8])
freq: dict[str, int] = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print(f"{word:<12}{count:>3} {'#' * count}")
print(len(freq), sum(freq.values()), [w for w, c in ranked if c == 1])
by_len: dict[int, list[str]] = {}
for w in sorted(freq):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, by_len[length])
first_seen: dict[str, int] = {}
for i, w in enumerate(words):
    if w not in first_seen:
        first_seen[w] = i
print(list(first_seen.items())[:6])

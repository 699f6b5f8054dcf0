# split, rsplit, splitlines, join and partition-like manipulations.

line = "alpha,beta,,gamma"
print(line.split(","), line.split(",", 1), line.rsplit(",", 1))
print("  a  b   c ".split(), " x ".split(" "), "".split(), "".split(","))
print("one two three".split(" "), "a-b-c-d".split("-", 2))
print("l1\nl2\r\nl3\n".splitlines(), "no newline".splitlines())
parts = ["x", "y", "z"]
print("".join(parts), ", ".join(parts), "->".join(["solo"]), "+".join([]))
print(" ".join(str(i) for i in range(5)), "|".join(reversed(parts)))
csv = "name:age:city\nann:31:oslo\nbob:25:rome\ncy:40:lima"
rows = [r.split(":") for r in csv.split("\n")]
header = rows[0]
for row in rows[1:]:
    pairs = []
    for k, v in zip(header, row):
        pairs.append(k + "=" + v)
    print("; ".join(pairs))
ages = [int(r[1]) for r in rows[1:]]
print(ages, sum(ages))
path = "/usr/local/lib/python3.11"
comps = path.split("/")
print(comps, len(comps), "/".join(comps[:-1]), comps[-1].split("."))
print("a b".partition(" "), "key=value=x".partition("="), "none".partition(":"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[::2], " ".join(w.capitalize() for w in words))
print(" ".join(sorted(words)), " ".join(sorted(words, key=len)))

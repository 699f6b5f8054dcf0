# Reads sys.argv (the harness passes "alpha beta") and processes the arguments.
import sys

args = sys.argv[1:]
print(len(args), args)
for i, a in enumerate(args):
    print(i, a, a.upper(), a[::-1], len(a))
print(" ".join(sorted(args, reverse=True)), sys.argv[0].endswith(".py") or len(sys.argv[0]) > 0)
counts: dict[str, int] = {}
for a in args:
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
if "beta" in args:
    print("beta given at", args.index("beta"))

# sys.exit with a non-zero code after output; finally clauses still run.
import sys


def work(n: int) -> int:
    return n * n


results = [work(i) for i in range(5)]
print(results)
try:
    if sum(results) > 10:
        print("too big, exiting with 3")
        sys.exit(3)
finally:
    print("cleanup runs")
print("unreachable")

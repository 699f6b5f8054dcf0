# Formatting strings and mixed values into aligned text tables.

rows: list[tuple[str, int, float]] = [
    ("widget", 3, 2.5),
    ("gadget", 12, 10.0),
    ("thingamajig", 1, 199.999),
    ("x", 1000, 0.015),
]
header = f"{'item':<12}{'qty':>6}{'price':>10}{'total':>12}"
print(header)
print("=" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>6}{price:>10.2f}{total:>12.2f}")
print("-" * len(header))
print(f"{'TOTAL':<12}{'':>6}{'':>10}{grand:>12.2f}")
print(f"{'|'}{'centered':^20}{'|'}")
print(f"{'|'}{'centered':-^21}{'|'}")
for w in range(1, 6):
    print(f"[{'ab':>{w}}] [{'ab':<{w}}] [{'ab':^{w}}]")
label = "id"
ident = 7
print(f"{label}={ident:03d}", f"{label!r:>6}", f"{str(ident):>4}", f"{ident!s:<3}|")
grid = [[1, 20, 300], [4000, 5, 60]]
for r in grid:
    print(" ".join(f"{c:5d}" for c in r))
print(f"{'%'}", f"{'{'}", f"{100}%", f"{'a' 'b'}")

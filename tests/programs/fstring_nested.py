# f-strings with nested expressions: method calls, indexing, conditionals, dict lookups, repr.

user = {"name": "Ada", "city": "London"}
langs = ["python", "c", "ocaml"]
names = ["x", "yy", "zzz"]
n = 7
print(f"{user['name']} of {user['city']} knows {len(langs)} languages: {', '.join(langs)}")
print(f"first: {names[0]!r}, last: {names[-1].upper()}, joined: {'/'.join(names)}")
print(f"{n} is {'odd' if n % 2 else 'even'}; squared {n ** 2}; halves {n // 2} {n / 2}")
print(f"{[x * 2 for x in range(n) if x % 3 == 0]} {sum(range(n))} {max(names, key=len)}")
print(f"{'nested ' + f'{n:03d}'} {f'{3.14159:.2f}':>8}|")
print(f"{n!r} {str(n)!r} {names!r} {(1, 'a')!s} {None} {True}")
print(f"{{literal}} {{{n}}} {'{'}{n}{'}'}")
for i, w in enumerate(names):
    print(f"{i:>2}: {w:<4}|{w:>4}|{w:^5}| len={len(w)} rev={w[::-1]}")
width = 10
for v in [1, 10, 100]:
    print(f"{v:>{width}}|{v:<{width // 2}}|{v:0{width}d}|{v:+{width}d}")
record = ("widget", 3, 4.5)
print(f"{record[0]:*<10}{record[1]:>3}{record[2]:>8.3f}")
print(f"{'a' * 3}{'-' * n}{'b' * 0}|", f"{n}" f"{n}" "plain")

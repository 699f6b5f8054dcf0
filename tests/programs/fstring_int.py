# f-string integer format specs: d x X o b, width, fill, alignment, sign, zero padding.

values = [0, 7, 42, 255, -255, 4096, 65535, -1, 9223372036854775807]
for v in values:
    print(f"{v}|{v:d}|{v:x}|{v:X}|{v:o}|{v:b}|")
    print(f"{v:10d}|{v:<10d}|{v:>10d}|{v:^10d}|{v:010d}|{v:+d}|{v: d}|")
    print(f"{v:#x}|{v:#X}|{v:#o}|{v:#b}|{v:08x}|{v:#010x}|{v:*^12}|{v:_>8x}|")
print(f"{1234567:,}|{1234567:_}|{-1234567:,d}|{255:_b}|")
print(f"{5:=+6}|{-5:=6}|{5:0=6}|{-42:06}|{42:<06}|")
width = 7
for v in [1, 22, 333]:
    print(f"[{v:{width}}] [{v:<{width}}] [{v:0{width}x}]")
print(format(255, "x"), format(255, "#06x"), format(-7, "b"), format(12, ""), format(12))
print(f"{'left':<10}|{'right':>10}|{'mid':^9}|{'fill':*^10}|{'trunc':.3}|{'pad':-<6.2}|")
n = 3
items = ["a", "bb", "ccc"]
print(f"{n} items: {items} first={items[0]!r} total={sum(len(i) for i in items)}")
print(f"{{braces}} {n * 2} {n if n > 2 else -n} {'nested ' + str(n)}")
table = [(1, "one", 1), (10, "ten", 100), (255, "max-byte", 65025)]
for num, name, sq in table:
    print(f"{num:>5} | {name:<9} | {sq:>7,} | 0x{num:04X} | {num:08b}")

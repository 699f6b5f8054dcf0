# Formatting floats with f-strings: .Nf, width, sign, alignment, e/g/%.

values = [0.0, 1.0, -1.5, 3.14159265, 2.5, 1234567.891, 0.000123, 100.0, -0.004]
for v in values:
    print(f"[{v}] [{v:.2f}] [{v:10.3f}] [{v:<10.1f}] [{v:^12.2f}] [{v:+.1f}] [{v:08.2f}]")
for v in values:
    print(f"[{v:.0f}] [{v:.5f}] [{v:>15.4f}] [{v:=+12.3f}] [{v:x<9.1f}]")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{float('inf')} {float('-inf'):8} {float('nan'):.2f} {-0.0:.1f}")
print(format(2.0, ".3f"), format(1 / 3, ".10f"), format(2 / 3, "12.5f"), str(1 / 7))
x = 12.0
print(f"{x:*>10.2f}", f"{x:_<9}", f"{x: .3f}", f"{-x: .3f}")
w = 12
p = 4
print(f"{3.14159:{w}.{p}f}|")
table = [("apple", 1.25, 3), ("kiwi", 0.5, 12), ("melon", 3.999, 1)]
for name, price, qty in table:
    print(f"{name:<8}{price:>8.2f}{qty:>4d}{price * qty:>10.2f}")

# int(s), int(s, base), and conversion back with str/hex/oct/bin/format.

texts = ["0", "42", "-17", "  99  ", "+5", "007", "1_000"]
for t in texts:
    print(repr(t), int(t))

print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1011", 2), int("0b1011", 0))
print(int("z", 36), int("zz", 36), int("-10", 3), int("12", 5))
print(int(3.9), int(-3.9), int(True), int(False))

for v in [0, 1, 255, 4096, -31, 9223372036854775807]:
    print(v, str(v), hex(v), oct(v), bin(v))
    print("  fmt", format(v, "x"), format(v, "o"), format(v, "b"), format(v, "d"))


def to_base(n: int, base: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        out = digits[n % base] + out
        n //= base
    return sign + out


for base in [2, 7, 16, 36]:
    s = to_base(123456, base)
    print(base, s, int(s, base))
print(to_base(-255, 16), int(to_base(-255, 16), 16))

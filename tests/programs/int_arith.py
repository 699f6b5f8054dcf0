# Basic 64-bit integer arithmetic, precedence and augmented assignment.


def show(label: str, value: int) -> None:
    print(label, value)


a = 17
b = 5
show("a + b", a + b)
show("a - b", a - b)
show("b - a", b - a)
show("a * b", a * b)
show("a // b", a // b)
show("a % b", a % b)
show("-a", -a)
show("+a", +a)
show("prec", a + b * 3 - 2)
show("paren", (a + b) * (3 - 2))
show("neg mul", -a * -b)
x = 1
for i in range(1, 11):
    x *= i
    print("fact", i, x)
total = 0
for i in range(100):
    total += i * i
show("sum squares", total)
y = 1000
y -= 1
y //= 7
y %= 13
show("augmented", y)
big = 9223372036854775807
show("max", big)
show("min", -big - 1)
show("max - 1", big - 1)
show("half", big // 2)
c = 123456789
d = 987654321
show("prod", c * d)
show("abs", abs(-42))
show("abs0", abs(0))
show("hex literal", 0xFF + 0o17 + 0b1011)
show("underscore", 1_000_000 + 2_500)

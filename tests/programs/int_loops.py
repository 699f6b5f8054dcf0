# while/for loops with break, continue and else clauses over ints.

n = 0
while n < 20:
    n += 1
    if n % 3 == 0:
        continue
    if n > 14:
        break
    print("while", n)
else:
    print("never printed")
print("after while", n)

for i in range(2, 30):
    for j in range(2, i):
        if i % j == 0:
            print(i, "=", j, "*", i // j)
            break
    else:
        print(i, "is prime")

count = 0
while True:
    count += 1
    if count * count > 200:
        break
print("count", count)

k = 10
while k > 0:
    k -= 3
else:
    print("while else ran with", k)

for x in range(10, 0, -2):
    print("down", x)
for x in range(0):
    print("empty")
else:
    print("empty else")

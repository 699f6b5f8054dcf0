# finally clauses run when break, continue and return leave a try block.


def find_first_even(xs: list[int]) -> int:
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("  checked", x)
    return -1


print(find_first_even([1, 3, 4, 5]), find_first_even([1, 3]))

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print("while finally", n)


def nested(flag: int) -> str:
    try:
        try:
            if flag == 0:
                return "inner return"
            if flag == 1:
                raise ValueError("boom")
        finally:
            print("  inner finally", flag)
        return "normal"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("  outer finally", flag)


for f in range(3):
    print(nested(f))


def override() -> int:
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("finally overriding with continue")
                continue
    return 99


print(override())

# Reverse Polish calculator with error handling for bad tokens and stack underflow.


class CalcError(Exception):
    pass


def evaluate(expr: str) -> int:
    stack: list[int] = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "%"):
            if len(stack) < 2:
                raise CalcError(f"stack underflow at {tok!r}")
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a // b)
            else:
                stack.append(a % b)
        else:
            stack.append(int(tok))
        print("   ", tok, stack)
    if len(stack) != 1:
        raise CalcError(f"leftover stack {stack}")
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "7 0 /", "1 +", "1 2", "9 x *", "-7 2 /", "-7 2 %"]:
    try:
        print(e, "=", evaluate(e))
    except CalcError as err:
        print(e, "-> calc error:", err)
    except ZeroDivisionError as err:
        print(e, "-> division error:", err)
    except ValueError as err:
        print(e, "-> bad token:", err)

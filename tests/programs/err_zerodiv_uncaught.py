# Ends with an uncaught ZeroDivisionError from integer floor division.


def average_step(values: list[int]) -> int:
    return (values[-1] - values[0]) // (len(values) - 1)


for vals in [[1, 5, 9], [10, 20], [0, 100, 200, 300], [7]]:
    print(vals, average_step(vals))
print("unreachable")

"""Decorated functions of another module: imported by name and read as
module attributes; a decorator of another module used here; a decorated
generator; a decorator factory returning lambdas."""

from decorated import count, double, ident, traced
import decorated


@traced
def later(s: str) -> str:
    return s * 2


def main() -> None:
    print(double(3), double(3, scale=5), decorated.double(1), decorated.double(2, scale=4), ident(1))
    print(list(count(3)))
    print(later("ab"))


main()

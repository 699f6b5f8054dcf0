# error: 6:11: the items of a value of type list[int] | list[str] are stored differently by the types of the union
# The same for indexing: a list[int] stores machine integers, a list[str] objects.


def first(xs: list[int] | list[str]) -> None:
    print(xs[0])


first([1])

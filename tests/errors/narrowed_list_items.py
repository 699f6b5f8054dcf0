# error: 6:19: the items of a list narrowed by isinstance to list[Any] are not supported
def first(v: object) -> None:
    if isinstance(v, list):
        print(len(v), v)
        if v:
            print(v[0])


first([1, 2])

# error: 4:14: a sequence pattern on a value of type object is not supported by unicc
def first(x: object) -> object:
    match x:
        case [a, *_]:
            return a
        case _:
            return None


print(first([1, 2]))

# error: 8:5: the items of a value of type dict[str, float] | dict[str, str] are stored differently by the types of the union
# A dict[str, float] keeps its values unboxed, a dict[str, str] as objects:
# a value that may be either cannot be read with one kind (unicc once read
# the float's bits as an object pointer).


def show(d: dict[str, float] | dict[str, str]) -> None:
    for v in d.values():
        print(v)


show({"a": 1.5})

from functools import singledispatch


class Tree:
    pass


class Leaf(Tree):
    pass


class Node(Tree):
    def __init__(self, value: int, left: Tree, right: Tree) -> None:
        self.value = value
        self.left = left
        self.right = right


class Big(Node):
    pass


@singledispatch
def calc_sum(x: Tree) -> int:
    raise TypeError("invalid type for x")


@calc_sum.register(Leaf)
def sum_leaf(x: Leaf) -> int:
    return 0


@calc_sum.register
def sum_node(x: Node) -> int:
    return x.value + calc_sum(x.left) + calc_sum(x.right)


@calc_sum.register(Big)
def sum_big(x: Node) -> int:
    return 1000 + sum_node(x)


@singledispatch
def show(x: object) -> str:
    return "object"


@show.register(int)
def show_int(x: int) -> str:
    return f"int {x + 1}"


@show.register(str)
def show_str(x: str) -> str:
    return "str " + x.upper()


@show.register(bool)
def show_bool(x: bool) -> str:
    return f"bool {not x}"


def build(n: int) -> Tree:
    if n == 0:
        return Leaf()
    return Node(n, build(n - 1), build(n - 1))


print(calc_sum(build(5)), calc_sum(Big(1, Leaf(), Leaf())), sum_leaf(Leaf()))
try:
    calc_sum(Tree())
except TypeError as e:
    print(type(e).__name__, e)
print(show(3), show("ab"), show(True), show(2.5), show([1]))

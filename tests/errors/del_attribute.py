# error: 10:1: del


class Node:
    def __init__(self) -> None:
        self.value = 1


n = Node()
del n.value
print("deleted")

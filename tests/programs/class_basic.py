# Classes with annotated fields, __init__, methods, class constants and mutation.


class Account:
    RATE = 2
    owner: str
    balance: int
    log: list[str]

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount: int) -> None:
        self.balance += amount
        self.log.append(f"+{amount}")

    def withdraw(self, amount: int) -> bool:
        if amount > self.balance:
            self.log.append(f"!{amount}")
            return False
        self.balance -= amount
        self.log.append(f"-{amount}")
        return True

    def interest(self) -> int:
        return self.balance * Account.RATE // 100

    def summary(self) -> str:
        return f"{self.owner}: {self.balance} [{', '.join(self.log)}]"


a = Account("ann", 100)
b = Account("bob")
a.deposit(50)
print(a.withdraw(500), a.withdraw(30), a.summary())
b.deposit(7)
b.deposit(3)
print(b.summary(), b.interest(), a.interest(), Account.RATE, a.RATE)
accounts = [a, b, Account("cy", 1000)]
for acc in accounts:
    acc.deposit(1)
print([x.balance for x in accounts], sum(x.balance for x in accounts))
richest = max(accounts, key=lambda x: x.balance)
print(richest.owner, richest is accounts[2], a is b, a == a)


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
q = p.moved(3, -5).moved(-10, 0)
print(p.x, p.y, q.x, q.y, q.manhattan())
p.x = 99
print(p.x, p.manhattan())

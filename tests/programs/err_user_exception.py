# Ends with an uncaught user-defined exception carrying a formatted message.


class InsufficientFunds(Exception):
    def __init__(self, needed: int, available: int) -> None:
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed


class Wallet:
    def __init__(self, amount: int) -> None:
        self.amount = amount

    def spend(self, cost: int) -> None:
        if cost > self.amount:
            raise InsufficientFunds(cost, self.amount)
        self.amount -= cost
        print("spent", cost, "left", self.amount)


w = Wallet(20)
try:
    w.spend(50)
except InsufficientFunds as e:
    print("handled:", e, e.needed)
for cost in [5, 10, 8]:
    w.spend(cost)

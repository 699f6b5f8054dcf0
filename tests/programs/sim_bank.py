# A small bank simulation: classes, a dict registry, custom exceptions and a transaction log.


class BankError(Exception):
    pass


class UnknownAccount(BankError):
    def __init__(self, number: int) -> None:
        super().__init__(f"no account {number}")


class Overdraft(BankError):
    def __init__(self, number: int, amount: int, balance: int) -> None:
        super().__init__(f"account {number}: cannot take {amount}, balance {balance}")


class Bank:
    def __init__(self) -> None:
        self.balances: dict[int, int] = {}
        self.next_number = 1000
        self.log: list[tuple[str, int, int]] = []

    def open(self, deposit: int) -> int:
        number = self.next_number
        self.next_number += 1
        self.balances[number] = deposit
        self.log.append(("open", number, deposit))
        return number

    def _get(self, number: int) -> int:
        if number not in self.balances:
            raise UnknownAccount(number)
        return self.balances[number]

    def transfer(self, src: int, dst: int, amount: int) -> None:
        have = self._get(src)
        self._get(dst)
        if amount > have:
            raise Overdraft(src, amount, have)
        self.balances[src] -= amount
        self.balances[dst] += amount
        self.log.append(("xfer", src, amount))


bank = Bank()
a = bank.open(100)
b = bank.open(50)
c = bank.open(0)
ops = [(a, b, 30), (b, c, 80), (c, a, 10), (a, 9999, 1), (b, a, 200), (a, c, 70)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok   {src}->{dst} {amt:>4}  {bank.balances}")
    except Overdraft as e:
        print("fail overdraft:", e)
    except BankError as e:
        print("fail other:", e)
print(bank.log)
print(sum(bank.balances.values()), max(bank.balances, key=lambda n: bank.balances[n]))

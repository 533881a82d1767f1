class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, balance={self.balance})"

class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 250)
bank.transfer(alice, bob, 40)
print(alice, bob)
print("interest:", bob.add_interest())
for attempt in (1000, -5, 10):
    try:
        if attempt < 0:
            alice.deposit(attempt)
        else:
            bank.transfer(alice, bob, attempt)
        print("transferred", attempt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(alice.history)
print(bob.history)
print("bank total:", bank.total())
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))

from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self):
        ...
    def describe(self):
        return "runs " + self.run()

class Impl(Base):
    def run(self):
        return "impl"

print(Impl().describe())
try:
    Base()
except TypeError as e:
    print(e)
class Partial(Base):
    pass
try:
    Partial()
except TypeError as e:
    print(e)
print(isinstance(Impl(), Base), issubclass(Impl, Base))

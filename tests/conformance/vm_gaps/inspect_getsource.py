import inspect
class A:
    '''doc'''
    def m(self,
          x=(1,
             2)):
        return 1

    @staticmethod
    def s():
        pass


def top(a):
    # comment
    if a:
        return [
    1,
        ]
    return 0


print(inspect.getsource(A.m), end="")
print(inspect.getsource(top), end="")
print(inspect.getsourcelines(A.s)[1])
print(inspect.getsource(lambda: 0).strip())

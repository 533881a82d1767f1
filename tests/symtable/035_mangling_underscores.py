class __:
    __x = 1
class _A_:
    __y = 2

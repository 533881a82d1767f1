# __builtins__ is the builtins module in __main__ and its dict in an imported module
kind = type(__builtins__).__name__
if __name__ == '__main__':
    print(kind)

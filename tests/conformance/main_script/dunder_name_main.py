"""A module docstring for the main script."""
import sys

def main():
    print("__name__ is", __name__)
    print("doc:", __doc__)
    print("module in sys.modules:", __name__ in sys.modules)
    print(sys.modules["__main__"].__doc__)
    return 0

if __name__ == "__main__":
    print("running as script")
    main()

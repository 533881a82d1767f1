import sys

def main():
    try:
        print("in try")
        sys.exit(4)
    finally:
        print("finally runs before exit")

main()

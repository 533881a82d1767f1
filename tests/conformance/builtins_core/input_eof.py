import sys
print("reading from an empty stdin")
try:
    line = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", repr(e))
print(sys.stdin.read() == "")

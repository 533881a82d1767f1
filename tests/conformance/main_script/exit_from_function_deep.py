import sys

def level3():
    print("deep exit")
    sys.exit(2)

def level2():
    try:
        level3()
    except Exception:
        print("Exception does not catch SystemExit")

level2()
print("never printed")

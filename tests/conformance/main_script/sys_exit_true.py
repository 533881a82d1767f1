import sys
print("True is 1")
sys.exit(True)

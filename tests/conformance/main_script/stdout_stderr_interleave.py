import sys
for i in range(3):
    print("out", i)
    print("err", i, file=sys.stderr)
sys.stderr.write("raw stderr\n")
sys.stdout.write("raw stdout\n")

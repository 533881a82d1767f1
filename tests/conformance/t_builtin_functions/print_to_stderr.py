import sys
print("out1")
print("err1", file=sys.stderr)
sys.stdout.flush()
print("out2")
sys.stderr.write("err2\n")
print("err3", "x", sep="|", file=sys.stderr)

# A script whose argument parsing fails: usage and the error go to stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser(prog="convert", description="Convert numbers.")
parser.add_argument("value", type=int, help="the number")
parser.add_argument("--base", type=int, choices=[2, 8, 16], default=10)
args = parser.parse_args(["12"])
print(args.value, args.base)
parser.parse_args(["12", "--base", "3"])
print("not reached")

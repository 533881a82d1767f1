# --help prints to stdout and exits with status 0.
import argparse

parser = argparse.ArgumentParser(prog="greet", formatter_class=argparse.RawDescriptionHelpFormatter,
                                 description="Say hello.\n\n  Indented lines\n  stay as written.")
parser.add_argument("name", nargs="+", help="who to greet")
parser.add_argument("-s", "--shout", action="store_true", help="use capitals")
parser.add_argument("--times", type=int, default=1, help="repeat count")
args = parser.parse_args(["Ann", "Bob", "--times", "2"])
for _ in range(args.times):
    print("Hello", " and ".join(args.name))
parser.parse_args(["--help"])

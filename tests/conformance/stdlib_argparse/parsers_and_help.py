import argparse, sys, io

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(args)
        res = ns
    except SystemExit as e:
        res = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = so, se
    print(args, "->", res)
    if out.getvalue(): print("OUT:", out.getvalue(), sep="\n", end="")
    if err.getvalue(): print("ERR:", err.getvalue(), sep="\n", end="")

p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and has a fairly long description to wrap.", epilog="See the docs.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="how many")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="tags to add")
p.add_argument("--dry-run", action="store_true", help="do nothing")
p.add_argument("--ratio", type=float)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
for args in [["a"], ["a", "b", "-vv", "--num", "5"], ["-h"], [], ["a", "--num", "x"], ["a", "--mode", "medium"],
             ["a", "b", "c"], ["a", "--tag", "x", "--tag=y", "--dry"], ["a", "--num"], ["--version"], ["a", "-n7", "-vvv"],
             ["a", "--ratio", "-1.5"], ["a", "--bogus"], ["a", "--", "-x"], ["--nu", "4", "a"], ["a", "--d"]]:
    run(p, args)

q = argparse.ArgumentParser(prog="git")
q.add_argument("--debug", action="store_true")
sub = q.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", help="update remote", aliases=["p"])
pu.add_argument("remote", nargs="+")
pu.add_argument("--force", "-f", action="store_true")
for args in [["commit", "-m", "hi"], ["push", "origin", "main", "-f"], ["p", "x"], ["-h"], ["commit", "-h"], ["commit"], ["pull"], [], ["--debug", "push"]]:
    run(q, args)

r = argparse.ArgumentParser(prog="mx")
g = r.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true")
g.add_argument("--xml", action="store_true")
r.add_argument("files", nargs="*")
r.add_argument("--size", nargs=2, type=int, metavar=("W", "H"))
grp = r.add_argument_group("output", "Output options")
grp.add_argument("-o", "--output", default="-")
r.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
for args in [["--json", "a", "b"], ["--json", "--xml"], [], ["-h"], ["--xml", "--size", "1", "2"], ["--xml", "--size", "1"], ["--json", "--no-color"]]:
    run(r, args)

s = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
s.add_argument("--level", type=int, default=2, help="the level")
s.add_argument("--name", default="x", help="the name")
s.add_argument("items", nargs="+", help="items")
s.add_argument("--const", nargs="?", const="C", default="D")
s.add_argument("--x", dest="xx", action="store_const", const=42)
s.add_argument("--e", action="extend", nargs="+", type=int)
run(s, ["-h"])
run(s, ["a", "--const", "--e", "1", "2", "--e", "3", "--x"])
run(s, ["a", "--level", "--name"])
def positive(v):
    n = int(v)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return n
t = argparse.ArgumentParser(prog="t", add_help=False)
t.add_argument("n", type=positive)
t.add_argument("rest", nargs=argparse.REMAINDER)
run(t, ["0"]); run(t, ["5", "a", "-b", "--c"])
print(t.format_usage(), end="")
ns = argparse.Namespace(a=1, b="x")
print(ns, vars(ns), "a" in ns, ns == argparse.Namespace(a=1, b="x"))
print(p.parse_known_args(["a", "--zzz", "q"]))
long = argparse.ArgumentParser(prog="a_program_with_a_long_name")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar=f"VALUE{i}", help=f"option {i}")
long.add_argument("input_file")
long.add_argument("output_files", nargs="*")
long.print_help()

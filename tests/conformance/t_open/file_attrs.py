import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "attr.txt")
try:
    with open(p, "w", encoding="latin-1", errors="strict") as f:
        print(f.name == p, f.mode, f.encoding, f.errors, f.closed, f.line_buffering, f.isatty(), type(f.buffer).__name__, f.fileno() > 2)
    with open(p, "rb") as f:
        print(f.name == p, f.mode, type(f.raw).__name__, hasattr(f, "encoding"))
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read())
    with open(p, "r", encoding="utf-8") as f:
        print(f.encoding)
finally:
    os.remove(p)
    os.rmdir(d)

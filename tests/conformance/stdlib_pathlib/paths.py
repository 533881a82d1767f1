# pathlib: pure path algebra, then file-system work in a private temporary directory.
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath('/usr//lib/./python3.12/site.tar.gz')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, repr(p.drive))
print(list(p.parents), p.parents[0], len(p.parents))
print(repr(Path('a/b')), repr(Path()), str(PurePath('')), PurePath('//x'), PurePath('///x'), PurePath('a', '/b', 'c'))
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('s'))
print(PurePath('a') / 'b' / 'c', '/x' / PurePath('y'), PurePath('a').joinpath('b', 'c'))
print(p.relative_to('/usr'), PurePath('a/b').relative_to('a/c', walk_up=True), p.is_absolute(), PurePath('a').is_absolute())
print(p.is_relative_to('/usr'), p.is_relative_to('/etc'))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('/*.py'),
      PurePath('a/b.py').match('a/*.p[xy]'))
for name in ['.bashrc', 'a.', 'a..b', 'x', '..', '.']:
    q = PurePath(name)
    print(repr(name), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem))
for bad in [lambda: p.relative_to('/etc'), lambda: p.with_suffix('x'), lambda: PurePath('/').with_name('a'),
            lambda: p.with_name('a/b'), lambda: p.with_suffix('.')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(PurePath('a') == PurePosixPath('a'), PurePath('a') == 'a', hash(PurePath('a/b')) == hash(PurePath('a//b')))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]), PurePath('a') < PurePath('b'))
print(os.fspath(PurePath('q/r')), bytes(PurePath('q')), PurePath('/a b').as_uri(), PurePath('x').as_posix())
print(type(Path('x')).__name__, type(PurePath('x')).__name__, isinstance(Path('x'), PurePath))

d = Path(tempfile.mkdtemp())
(d / 'sub' / 'deep').mkdir(parents=True)
(d / 'sub').mkdir(exist_ok=True)
try:
    (d / 'sub').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    (d / 'no' / 'x').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
f = d / 'a.txt'
print(f.write_text('hello\n'), repr(f.read_text()), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
(d / 'sub' / 'b.py').write_bytes(b'x=1')
(d / 'sub' / 'deep' / 'c.py').touch()
(d / '.hidden.py').touch()
print(sorted(x.relative_to(d).as_posix() for x in d.iterdir()))
print(sorted(str(x.relative_to(d)) for x in d.glob('*.txt')))
print(sorted(str(x.relative_to(d)) for x in d.rglob('*.py')))
print(sorted(str(x.relative_to(d)) for x in d.glob('sub/*')))
print(sorted(str(x.relative_to(d)) for x in d.glob('**/*.py')))
print(sorted(str(x.relative_to(d)) for x in d.glob('s?b/[a-c].py')))
g = f.rename(d / 'b.txt')
print(g.name, f.exists(), g.exists())
h = g.replace(d / 'c.txt')
print(h.name, g.exists(), h.read_text() == 'hello\n')
h.unlink()
h.unlink(missing_ok=True)
try:
    h.unlink()
except FileNotFoundError as e:
    print(e.strerror, os.path.basename(e.filename))
try:
    h.read_text()
except FileNotFoundError as e:
    print(e.strerror)
print(d.resolve() == d.resolve().resolve(), Path.cwd() == Path(os.getcwd()), Path('x').absolute() == Path.cwd() / 'x')
with (d / 'w.txt').open('w') as fh:
    fh.write('abc')
print((d / 'w.txt').read_text())
(d / 'ln').symlink_to(d / 'w.txt')
print((d / 'ln').is_symlink(), (d / 'w.txt').is_symlink(), (d / 'ln').readlink().name, (d / 'ln').samefile(d / 'w.txt'))
for root, dirs, files in os.walk(d, topdown=False):
    for n in files + [x for x in dirs if os.path.islink(os.path.join(root, x))]:
        (Path(root) / n).unlink()
    for n in dirs:
        if not os.path.islink(os.path.join(root, n)):
            (Path(root) / n).rmdir()
d.rmdir()
print(d.exists())

# os records (stat_result, uname, environ) and CPython's error texts for bad paths.
import os.path, pathlib, os
print(isinstance(pathlib.Path('x'), os.PathLike), issubclass(str, os.PathLike))
r = repr(os.stat('/'))
print(r[:24], 'st_ctime=' in r, type(os.stat('/')).__module__, os.stat_result.__name__)
print(type(os.environ).__name__, os.uname().sysname, os.uname()[0], os.get_exec_path()[:0])
try: os.get_terminal_size()
except OSError as e: print(e)
print(os.stat(b'/').st_mode == os.stat('/').st_mode, os.listdir(b'/')[:0], os.getcwdb() == os.getcwd().encode())
try: os.stat(3.5)
except TypeError as e: print(e)
try: os.stat('')
except OSError as e: print(e)
try: os.listdir('/nonexist_z')
except OSError as e: print(e)
try: os.rmdir('/nonexist_z')
except OSError as e: print(e)
print(os.path.join(pathlib.Path('a'), 'b'), os.path.exists(''), os.path.isdir(pathlib.Path('/')))
class P:
    def __fspath__(self): return 3
try: os.fspath(P())
except TypeError as e: print(e)
for f in (os.listdir, os.rmdir, os.remove, os.chdir, os.mkdir, os.lstat, os.scandir):
    try: f(2.5)
    except TypeError as e: print(e)
print(os.listdir.__name__, os.rmdir.__name__)

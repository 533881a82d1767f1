import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode))
print(os.strerror(errno.ENOENT))
try:
    open("/nonexistent/file/for/errno")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir("/")
except OSError as e:
    print(e.errno == errno.EEXIST, type(e).__name__)
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:6])
print(OSError(errno.EPERM, "x").__class__.__name__, OSError(errno.ECHILD, "x").__class__.__name__)

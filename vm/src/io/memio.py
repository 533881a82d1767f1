# io.StringIO and io.BytesIO for pyvm's native `io` module, compiled on first use
# (`io.__getattr__`). In-memory streams with the file-object interface of CPython's _io.

def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


def _size(v):
    if v is None:
        return -1
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__)
    return f(v)


def _unsupported(name):
    import io
    return io.UnsupportedOperation(name)


class _MemIO:
    def __init__(self, initial, empty, name):
        self._buf = empty if initial is None else initial
        self._pos = 0
        self._closed = False
        self._empty = empty
        self._name = name

    def _check(self):
        if self._closed:
            if self._empty == b"":
                raise ValueError("I/O operation on closed file.")
            raise ValueError("I/O operation on closed file")

    def fileno(self):
        raise _unsupported("fileno")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence == 0:
            if pos < 0:
                if self._empty == b"":
                    raise ValueError("negative seek value %d" % pos)
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        size = _size(size)
        self._check()
        if size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        data = self._buf[start:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        size = _size(size)
        self._check()
        start = min(self._pos, len(self._buf))
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def readlines(self, hint=-1):
        hint = _size(hint)
        self._check()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def write(self, data):
        self._check()
        if self._empty == "":
            if not isinstance(data, str):
                raise TypeError("string argument expected, got '%s'" % type(data).__name__)
            data = self._translate(data)
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            data = bytes(data)
        n = len(data)
        if self._pos > len(self._buf):
            pad = self._pos - len(self._buf)
            self._buf = self._buf + (b"\0" * pad if self._empty == b"" else "\0" * pad)
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + n:]
        self._pos += n
        return n

    def _line_end(self, start):
        i = self._buf.find(b"\n" if self._empty == b"" else "\n", start)
        return len(self._buf) if i < 0 else i + 1

    def _translate(self, data):
        return data

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_MemIO):
    line_buffering = False
    encoding = None
    errors = None

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        _MemIO.__init__(self, "", "", "StringIO")
        self._newline = newline
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def detach(self):
        raise _unsupported("detach")

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != "":
            return None
        return (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"),
                ("\n", "\r\n"), ("\r", "\n", "\r\n"))[self._seen]

    def _translate(self, data):
        nl = self._newline
        if nl is None or nl == "":
            crlf = data.count("\r\n")
            if crlf:
                self._seen |= 4
            if data.count("\r") > crlf:
                self._seen |= 1
            if data.count("\n") > crlf:
                self._seen |= 2
            if nl is None:
                data = data.replace("\r\n", "\n").replace("\r", "\n")
        elif nl != "\n":
            data = data.replace("\n", nl)
        return data

    def _line_end(self, start):
        buf = self._buf
        nl = self._newline
        if nl == "":
            i = buf.find("\n", start)
            j = buf.find("\r", start)
            if j >= 0 and (i < 0 or j < i):
                return j + 2 if buf[j + 1:j + 2] == "\n" else j + 1
            return len(buf) if i < 0 else i + 1
        if nl is None:
            nl = "\n"
        i = buf.find(nl, start)
        return len(buf) if i < 0 else i + len(nl)


class BytesIO(_MemIO):
    def __init__(self, initial_bytes=b""):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        _MemIO.__init__(self, bytes(initial_bytes) if initial_bytes is not None else b"", b"", "BytesIO")

    def readinto(self, buffer):
        self._check()
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def getbuffer(self):
        return memoryview(bytearray(self._buf))

    def read1(self, size=-1):
        return self.read(size)


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"

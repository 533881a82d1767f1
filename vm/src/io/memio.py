# io.StringIO and io.BytesIO for pyvm's native `io` module, compiled on first use
# (`io.__getattr__`). In-memory streams with the file-object interface of CPython's _io.

class _MemIO:
    def __init__(self, initial, empty, name):
        self._buf = empty if initial is None else initial
        self._pos = 0
        self._closed = False
        self._empty = empty
        self._name = name

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

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
        self._check()
        if whence == 0:
            if pos < 0:
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
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        data = self._buf[start:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        nl = "\n" if self._empty == "" else b"\n"
        start = min(self._pos, len(self._buf))
        i = self._buf.find(nl, start)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, data):
        self._check()
        if self._empty == "":
            if not isinstance(data, str):
                raise TypeError("string argument expected, got '%s'" % type(data).__name__)
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

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_MemIO):
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        _MemIO.__init__(self, initial_value or "", "", "StringIO")


class BytesIO(_MemIO):
    def __init__(self, initial_bytes=b""):
        _MemIO.__init__(self, bytes(initial_bytes) if initial_bytes is not None else b"", b"", "BytesIO")

    def getbuffer(self):
        return memoryview(bytearray(self._buf))

    def read1(self, size=-1):
        return self.read(size)


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"

"""pyvm's glob: filename pattern expansion (*, ?, [seq], and ** with recursive=True) on top of
os.scandir and fnmatch."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return iter(_glob(pathname, root_dir, recursive, include_hidden))


def _join(a, b):
    if not a:
        return b
    return os.path.join(a, b)


def _glob(pathname, root_dir, recursive, include_hidden):
    isb = isinstance(pathname, bytes)
    sep = b'/' if isb else '/'
    empty = pathname[:0]
    if not has_magic(pathname):
        if pathname.endswith(sep):
            if os.path.isdir(_join(root_dir, pathname) if root_dir else pathname):
                return [pathname]
        elif os.path.lexists(_join(root_dir, pathname) if root_dir else pathname):
            return [pathname]
        return []
    absolute = pathname.startswith(sep)
    parts = pathname.split(sep)
    dirs_only = pathname.endswith(sep)
    if absolute:
        results = [sep]
        parts = parts[1:]
        while parts and not parts[0]:
            parts = parts[1:]
    else:
        results = [empty]
    if dirs_only:
        parts = [p for p in parts[:-1]]
    parts = [p for p in parts if p]
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        new = []
        for base in results:
            real = _join(root_dir, base) if root_dir else base
            if recursive and part == (b'**' if isb else '**'):
                new.extend(_rlist(base, real, include_hidden, isb, last and not dirs_only))
            elif not has_magic(part):
                c = _join(base, part) if base else part
                rc = _join(root_dir, c) if root_dir else c
                if (os.path.lexists(rc) if last and not dirs_only else os.path.isdir(rc)):
                    new.append(c)
            else:
                for name, is_dir in _list(real or (b'.' if isb else '.')):
                    if (not last or dirs_only) and not is_dir:
                        continue
                    if _hidden(name) and not include_hidden and not _hidden(part):
                        continue
                    if fnmatch.fnmatchcase(name, part):
                        new.append(_join(base, name) if base else name)
        results = new
    if dirs_only:
        results = [r + sep if not r.endswith(sep) else r for r in results]
    return results


def _hidden(name):
    return name[:1] in ('.', b'.')


def _list(path):
    try:
        with os.scandir(path) as it:
            out = []
            for e in it:
                try:
                    out.append((e.name, e.is_dir()))
                except OSError:
                    out.append((e.name, False))
            return out
    except OSError:
        return []


def _rlist(base, real, include_hidden, isb, with_files):
    """base itself (as '' or base) and everything below it, directories only unless with_files."""
    out = [base]
    stack = [(base, real)]
    found = []
    while stack:
        b, r = stack.pop(0)
        for name, is_dir in _list(r or (b'.' if isb else '.')):
            if _hidden(name) and not include_hidden:
                continue
            p = _join(b, name) if b else name
            if is_dir:
                found.append(p)
                if not os.path.islink(_join(r, name) if r else name):
                    stack.append((p, _join(r, name) if r else name))
            elif with_files:
                found.append(p)
    if with_files:
        # '**' as the last part: the base itself (as 'base/') when it is not '', then all.
        return ([os.path.join(base, base[:0])] if base else []) + found
    return out + found


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in s for c in (b'*', b'?', b'['))
    return any(c in s for c in '*?[')


def escape(pathname):
    """Escape all special characters."""
    isb = isinstance(pathname, bytes)
    out = []
    for ch in (pathname.decode('latin-1') if isb else pathname):
        out.append('[' + ch + ']' if ch in '*?[' else ch)
    r = ''.join(out)
    return r.encode('latin-1') if isb else r

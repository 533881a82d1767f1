"""A minimal ``pydoc``: what the ``help()`` builtin prints (pyvm's own, written in Python).

``help(obj)`` renders functions, built-in functions, classes and modules the way CPython's
plain-text ``pydoc`` does for their common parts (header, signature, indented docstring, a
class's methods); the interactive help utility (``help()`` with no argument) is not provided.
"""

import inspect
import sys

__all__ = ["help", "render_doc", "getdoc"]


def getdoc(obj):
    """The object's docstring, cleaned as ``inspect.cleandoc`` does, or ''."""
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return ""
    return inspect.cleandoc(doc)


def _indent(text, prefix="    "):
    if not text:
        return ""
    return "\n".join((prefix + line).rstrip() for line in text.split("\n")) + "\n"


def _signature(obj):
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        text = getattr(obj, "__text_signature__", None)
        return text.replace("$", "") if isinstance(text, str) else "(...)"


def _routine(obj, name=None, owner=None):
    name = name or obj.__name__
    doc = getdoc(obj)
    if not doc and owner is not None:
        # As inspect.getdoc: a method without a docstring shows the one it overrides.
        for base in owner.__mro__[1:]:
            if name in base.__dict__:
                doc = getdoc(base.__dict__[name])
                if doc:
                    break
    return name + _signature(obj) + "\n" + _indent(doc)


def _class(cls):
    bases = ", ".join(b.__name__ if b.__module__ == cls.__module__
                      else b.__module__ + "." + b.__qualname__ for b in cls.__bases__)
    lines = ["class %s(%s)" % (cls.__name__, bases) if bases else "class " + cls.__name__]
    try:
        argspec = str(inspect.signature(cls))
    except (TypeError, ValueError):
        argspec = ""
    if argspec and argspec != "()":
        lines.append(" |  " + cls.__name__ + argspec)
        lines.append(" |")
    doc = getdoc(cls)
    if doc:
        lines.extend(" |  " + line for line in doc.split("\n"))
        lines.append(" |")
    methods = [(k, v) for k, v in cls.__dict__.items()
               if inspect.isfunction(v) and not (k.startswith("_") and k != "__init__")]
    if methods:
        lines.append(" |  Methods defined here:")
        lines.append(" |")
        for key, func in methods:
            for line in _routine(func, key, cls).rstrip("\n").split("\n"):
                lines.append((" |  " + line).rstrip())
            lines.append(" |")
    descriptors = [(k, d) for k, d in (("__dict__", "dictionary for instance variables"),
                                       ("__weakref__", "list of weak references to the object"))
                   if k in cls.__dict__]
    if descriptors:
        if methods:
            lines.append(" |  " + "-" * 70)
        lines.append(" |  Data descriptors defined here:")
        lines.append(" |")
        for key, doc in descriptors:
            lines.append(" |  " + key)
            lines.append(" |      " + doc)
            lines.append(" |")
    if lines[-1] == " |":
        lines.pop()
    return "\n".join(lines) + "\n"


def render_doc(thing, title="Help on %s:"):
    """The text ``help(thing)`` prints."""
    if isinstance(thing, str):
        thing = _locate(thing)
    if inspect.ismodule(thing):
        doc = getdoc(thing)
        return ("Help on module %s:\n\nNAME\n    %s\n" % (thing.__name__, thing.__name__)
                + ("\nDESCRIPTION\n" + _indent(doc) if doc else ""))
    if inspect.isclass(thing):
        what = "class %s in module %s" % (thing.__name__, thing.__module__)
        return title % what + "\n\n" + _class(thing)
    if inspect.isbuiltin(thing):
        module = getattr(thing, "__module__", None) or "builtins"
        what = "built-in function %s in module %s" % (thing.__name__, module)
        return title % what + "\n\n" + _routine(thing)
    if inspect.isfunction(thing) or inspect.ismethod(thing):
        kind = "method" if inspect.ismethod(thing) else "function"
        what = "%s %s in module %s" % (kind, thing.__name__, thing.__module__)
        return title % what + "\n\n" + _routine(thing)
    cls = type(thing)
    return (title % ("%s object" % cls.__name__) + "\n\n" + _class(cls))


def _locate(name):
    import builtins
    if hasattr(builtins, name):
        return getattr(builtins, name)
    try:
        __import__(name)
        return sys.modules[name]
    except ImportError:
        raise ImportError("No Python documentation found for %r." % name) from None


def help(*args, **kwargs):
    """Print the documentation of an object (``help(obj)``)."""
    if kwargs or len(args) > 1:
        raise TypeError("help() takes at most 1 argument")
    if not args:
        sys.stdout.write("pyvm has no interactive help utility; call help(object) instead.\n")
        return
    try:
        text = render_doc(args[0])
    except ImportError as e:
        sys.stdout.write(str(e) + "\n\n")
        return
    sys.stdout.write(text + "\n")

for f in (lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: divmod(1), lambda: getattr(1), lambda: hasattr(1), lambda: setattr(1, "a"), lambda: chr(), lambda: ord(), lambda: callable(), lambda: repr(), lambda: hash(), lambda: id(), lambda: round(), lambda: pow(1), lambda: isinstance(1), lambda: issubclass(int), lambda: iter(), lambda: next(), lambda: vars(1, 2)):
    try:
        print(f())
    except TypeError as e:
        print(e)

print(__debug__)
del x.__debug__

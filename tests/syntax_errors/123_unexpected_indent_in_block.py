if 1:
  pass
    pass

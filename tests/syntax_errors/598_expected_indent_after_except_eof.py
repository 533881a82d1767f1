try:
    pass
except ValueError:

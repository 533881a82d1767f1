try:
    pass
except A as:
    pass

try:
    pass
except* E:
    continue

if x:
# nothing here

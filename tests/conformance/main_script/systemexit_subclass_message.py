class Exit(SystemExit):
    pass
print("custom exit")
raise Exit("goodbye from subclass")

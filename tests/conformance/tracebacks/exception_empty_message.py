class Quiet(Exception):
    pass

print("raising")
raise Quiet()

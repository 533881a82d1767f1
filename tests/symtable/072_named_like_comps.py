def listcomp():
    return [x for x in ()]
def genexpr(): pass
if 0:
    def dead(): pass

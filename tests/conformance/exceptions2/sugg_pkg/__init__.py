value = 1
def compute(): return 2
class Widget: pass
_private = 3

import sys
class Replacement:
    NOTE = "I replaced the module"
sys.modules[__name__] = Replacement()

inner = ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
raise ExceptionGroup("outer", [ValueError("v"), inner])

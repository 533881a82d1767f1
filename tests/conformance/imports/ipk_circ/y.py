print("y start")
from . import x
Y_SAW = hasattr(x, "X_DONE")
print("y end")

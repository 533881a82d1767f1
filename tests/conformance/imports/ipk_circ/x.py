print("x start")
from . import y
X_DONE = True
print("x end, y.Y_SAW =", y.Y_SAW)

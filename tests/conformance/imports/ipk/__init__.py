print("ipk init")
X = 10
from . import a

import sys
print("stack:", [1, 2])
import collectionz

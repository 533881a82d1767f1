def todo():
    pass

class Empty:
    pass

def stub():
    ...

print(todo(), stub(), Empty.__name__)
print(..., type(...).__name__, Ellipsis is ...)
for _ in range(2):
    pass
if True:
    pass
print("done")

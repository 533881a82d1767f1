class G[T]:
    pass
def __f(): pass
__v = 1

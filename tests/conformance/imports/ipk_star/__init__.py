__all__ = ["public", "sub_mod", "Exported"]
public = 1
_private = 2
not_listed = 3
class Exported:
    pass

class C(b := object, metaclass=(m := type)):
    pass

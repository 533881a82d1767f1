class A(**k, B):
    pass

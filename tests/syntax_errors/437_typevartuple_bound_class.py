class A[*Ts: tuple]:
    pass

def fé(ŝ):
    ĉ = ŝ
    return lambda: ĉ

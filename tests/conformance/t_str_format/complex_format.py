for z in (1 + 2j, -1.5 - 0.5j, 1j, complex(1, 0), complex(float("inf"), -0.0)):
    print(format(z), format(z, ".2f"), format(z, "+.1e"), format(z, "^20") + "|", format(z, "g"))
for spec in ("=10", "010", "c", "%"):
    try:
        format(1j, spec)
    except ValueError as e:
        print(e)

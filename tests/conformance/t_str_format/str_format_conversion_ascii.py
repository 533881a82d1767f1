print("{!a}".format("été"), "{!a}".format(["ü", "\U0001F600"]), "{!r:10}|".format("x"), "{!s:<10}|".format(1.5))
print(f"{'é'!a}", f"{'x'!r:>5}", f"{3.0!s}")

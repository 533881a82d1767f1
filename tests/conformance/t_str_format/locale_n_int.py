print(format(1234567, "n"), format(-1234567, ",d"), format(1234567, "_d"), format(12345.678, "n"), format(12345.678, ",f"))

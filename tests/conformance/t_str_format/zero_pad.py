for spec in ("05", "08", "08.3f", "010,", "010_", "0=8", "0<8", "0>8", "0^8", "012,.2f", "-05"):
    print(spec.ljust(7), "[" + format(-1234, spec.replace(".3f", "").replace(".2f", "")) + "]", "[" + format(1234.5, spec) + "]")
print(format("ab", "05"), format("ab", "0>5"))

for t in "bcdoxXn":
    print(t, format(65, t), format(65, "#" + t) if t not in "cn" else "", format(-65, t) if t != "c" else "")
for t in "eEfFgG%":
    print(t, format(65.125, t), format(-65.125, "+." + "2" + t), format(65.125, "#." + "0" + t))

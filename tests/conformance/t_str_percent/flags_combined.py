for flags in ("", "-", "+", " ", "0", "#", "-0", "+0", "#0", "- ", "+ ", "#-", "#+0"):
    fmt = "[%" + flags + "8x][%" + flags + "8.3f][%" + flags + "8o][%" + flags + "8g]"
    print(flags.ljust(3), fmt % (255, 3.14159, 8, 2.0))

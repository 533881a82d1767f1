print(format("é", "*^7"), format(3, "€>5"), format(-3.5, "🙂<8"), format("x", "\t>3") == "\t\tx", f"{'a':ä^5}")

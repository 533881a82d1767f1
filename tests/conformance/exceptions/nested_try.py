def layered(kind):
    try:
        try:
            if kind == "value":
                raise ValueError("inner value")
            if kind == "key":
                raise KeyError("inner key")
            return "no error"
        except ValueError as e:
            print("inner handler:", e)
            return "handled inside"
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer handler:", e)
        return "handled outside"
    finally:
        print("outer finally")

for k in ("none", "value", "key"):
    print(layered(k))
    print("--")

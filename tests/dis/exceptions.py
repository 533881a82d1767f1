def handlers(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
    except Exception:
        raise RuntimeError("x") from None
    else:
        print("ok")
    finally:
        print("finally")

def early(xs):
    for x in xs:
        try:
            if x:
                break
            return x
        finally:
            print("cleanup")

def managers(path):
    with open(path) as fh, open(path):
        return fh.read()

def star():
    try:
        pass
    except* ValueError:
        pass

def run(excs):
    try:
        raise ExceptionGroup("group", excs)
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])

run([ValueError("a"), TypeError("b"), ValueError("c")])
run([TypeError("only type")])
try:
    run([ValueError("v"), KeyError("unhandled")])
except ExceptionGroup as eg:
    print("leftover:", repr(eg))

try:
    raise ExceptionGroup("jobs", [ValueError("bad input"), TypeError("bad type")])
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])

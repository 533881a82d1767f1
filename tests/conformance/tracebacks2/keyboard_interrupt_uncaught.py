# An uncaught KeyboardInterrupt prints its traceback, then the process dies of SIGINT.
def work():
    print("working")
    raise KeyboardInterrupt


work()

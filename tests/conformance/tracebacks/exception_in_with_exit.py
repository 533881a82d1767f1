class Resource:
    def __enter__(self):
        print("acquired")
        return self
    def __exit__(self, et, ev, tb):
        print("releasing after", et.__name__)
        raise OSError("release failed")

with Resource():
    raise ValueError("work failed")

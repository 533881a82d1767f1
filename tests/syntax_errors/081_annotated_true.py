True: int

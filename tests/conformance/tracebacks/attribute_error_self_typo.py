class Box:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.itmes.append(x)

Box().add(1)

def check(cmd):
    match cmd:
        case "quit" | "exit" | "q" as word:
            return f"leaving via {word}"
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"can't go {direction}"
        case [("pick" | "take"), item] as whole:
            return f"taking {item} from {whole}"
        case (1 | 2) as n:
            return f"number {n}"
        case _:
            return "?"

for c in ("quit", "q", ["go", "north"], ["go", "up"], ["pick", "lamp"], ("take", "key"), 2, 3):
    print(check(c))

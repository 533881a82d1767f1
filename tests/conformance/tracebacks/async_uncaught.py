async def fetch(n):
    if n > 1:
        raise ConnectionError(f"fetch {n} failed")
    return n

async def main():
    total = 0
    for i in range(3):
        total += await fetch(i)
    return total

main().send(None)

import itertools

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

print(list(itertools.islice(primes(), 12)))
print(list(itertools.takewhile(lambda x: x < 30, primes())))
print(list(itertools.islice(itertools.count(5, 3), 4)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))

evens = {x for x in range(10) if x % 2 == 0}
squares = {x * x for x in range(5)}
print(sorted(evens), sorted(squares), sorted(evens & squares), sorted(evens | squares), sorted(evens - squares), sorted(evens ^ squares))
print(len({c for c in "mississippi"}), {1, 2, 3} > {1}, sorted({(i, j) for i in range(2) for j in range(2)}))

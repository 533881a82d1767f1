grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], [x for row in grid for x in row if x % 2], list(zip(*grid)))
print(sum(grid, []), max(grid, key=sum), sorted(grid, key=lambda r: -r[0]))

a + b * (c - d) if x else [y for y in z]

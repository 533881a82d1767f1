for v in (0, 255, -255):
    print(format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"), format(v, "#010x"), format(v, "#_b"), format(v, "#,"))
for v in (1.0, 2.5, 1e10):
    print(format(v, "#g"), format(v, "#.0f"), format(v, "#.0e"), format(v, "#"), format(v, "#.3"))

x = f'{a} b

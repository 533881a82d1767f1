x = f'\N{NOPE}{y}'

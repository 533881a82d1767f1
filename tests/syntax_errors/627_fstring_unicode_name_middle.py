f'a{x}\N{BOGUS NAME}'

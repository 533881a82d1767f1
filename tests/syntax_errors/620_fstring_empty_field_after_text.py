f'abc{}def'

x = 'a'
    'b'
